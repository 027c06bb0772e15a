"""The README's performance tables and the issue's targets, written from recorded benchmark results, never by hand.

Usage (standard library only; bench/run.sh calls --targets at the end of every run):
    python3 bench/report.py --targets DIR      print the targets table of one results folder (and data/notebook-times.csv)
    python3 bench/report.py --record DIR       copy DIR's engine, protocol and start-up results into data/bench/,
                                               then rewrite README's block (as --readme)
    python3 bench/report.py --readme           rewrite README's block from data/bench/ and data/notebook-times.csv
    python3 bench/report.py --check            exit 1 when README's block differs from what data/ gives

A benchmark run (bench/run.sh) leaves its raw results in bench/results/<time>/, which git ignores. `--record` makes
one of them the project's artefact: data/bench/ gets its speed.jsonl (engines), protocol.jsonl, cli.jsonl, optional
memory.jsonl and machine.txt, plus run.meta.json (library and Java version, when and from which folder it was
recorded). Notebook times are recorded separately (`bench/notebooks.py --record`) into data/notebook-times.csv.
README's "Performance" section holds a block between two markers that this script writes from both: the machine and
the date, the engine table, the targets with their verdicts computed from the numbers (never typed), and the notebook
table. tests/test_bench_report.py fails when README's block is not what the recorded data gives, so re-recording
without regenerating (or editing the block by hand) cannot go unnoticed.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# bench/notebooks.py (library and Java version, the notebook-times table, the compact count format), loaded under its
# own name: tools/notebooks.py is imported as `notebooks` elsewhere (the tests), and the two must not shadow each other.
def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


notebooks = _load("bench_notebooks", "notebooks.py")
speed_tables = _load("bench_table", "table.py")      # bench/table.py: what counts as memory growing with run length

DATA = ROOT / "data" / "bench"
README = ROOT / "README.md"
BEGIN = "<!-- bench/report.py: begin (generated from data/bench/ and data/notebook-times.csv; do not edit) -->"
END = "<!-- bench/report.py: end -->"
RAW = ("speed.jsonl", "protocol.jsonl", "cli.jsonl", "memory.jsonl", "machine.txt")

# The targets of issue 20 ("Speed where the reader waits").
EVENT_RATE_TARGET = 15e6          # event engine, warm customers per second
SSJ_RATIO_TARGET = 3.0            # event engine and farm path against SSJ, warm
PROTOCOL_RATIO_TARGET = 2.0       # bare event loop over Raft, messages per CPU-second
CLI_START_TARGET = 0.3            # `brokerlab analyze`, whole process, median wall seconds
FAST_TARGET, FULL_TARGET, CHEAP_TARGET = 8.0, 30.0, 5.0
CHEAP_NOTEBOOK = "12-equations"   # the notebook of cheap cells the 5 s target names


def load(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


def rate(x: float) -> str:
    return f"{x / 1e6:.1f} M" if x >= 1e6 else f"{x / 1e3:.0f} k"


def count(n: int) -> str:
    exp = len(str(n)) - 1
    return f"10^{exp}" if n == 10 ** exp else f"{n:,}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def warm_rates(speed: list[dict]) -> dict[str, float]:
    """Warm customers/s per engine, of its median JVM when the run timed it in several rounds (table.median_runs)."""
    return {r["key"]: r["customers"] / r["warm_s"] for r in speed_tables.median_runs(speed)}


def engine_table(speed: list[dict]) -> list[str]:
    speed = speed_tables.median_runs(speed)
    rates = {r["key"]: r["customers"] / r["warm_s"] for r in speed}
    reference = rates.get("brokerlab-event")
    lines = ["| engine | customers per call | cold customers/s | warm customers/s | ÷ BrokerLab event engine "
             "| mean wait vs Erlang C (95% CI) |",
             "|---|---|---|---|---|---|"]
    for r in sorted(speed, key=lambda r: -rates[r["key"]]):
        error = (r["wq"] - r["exact"]) / r["exact"]
        half = r["ci_half"] / r["exact"]
        inside = abs(r["wq"] - r["exact"]) <= r["ci_half"]
        check = (f"{100 * error:+.1f}% (CI ±{100 * half:.1f}%)"
                 + ("" if inside else ", **Erlang C outside the CI**"))
        ratio = f"{reference / rates[r['key']]:.2f}" if reference else "—"
        lines.append(f"| {r['engine']} | {count(r['customers'])} | {rate(r['customers'] / r['cold_s'])} "
                     f"| {rate(rates[r['key']])} | {ratio} | {check} |")
    return lines


def read_times(path: Path = notebooks.TIMES) -> dict[tuple[str, str], dict]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["notebook"], r["mode"]): r for r in csv.DictReader(f)}


def times_of_run(results: Path) -> dict[tuple[str, str], dict]:
    """The notebook times of one results folder, as read_times gives them: the median (lower middle) passing run."""
    runs: dict[tuple[str, str], list[float]] = {}
    for r in load(results / "notebooks.jsonl"):
        if r.get("status") == "ok":
            runs.setdefault((r["notebook"], r["mode"]), []).append(r["seconds"])
    return {key: {"wall_s": f"{statistics.median_low(s):.1f}"} for key, s in runs.items()}


def number(name: str) -> str:
    return name.split("-", 1)[0]


def targets(speed: list[dict], protocol: list[dict], cli: list[dict], times: dict, kernel: dict | None,
            memory: list[dict] = ()) -> list[str]:
    """Rows of the targets table: what was measured, the target, and the verdict computed from the two."""
    rows = ["| target | measured | verdict |", "|---|---|---|"]
    rates = warm_rates(speed)
    event, ssj, farm = rates.get("brokerlab-event"), rates.get("ssj"), rates.get("brokerlab-farm")
    if event:
        rows.append(f"| event engine ≥ {EVENT_RATE_TARGET / 1e6:.0f} M customers/s warm (M/M/4, ρ = 0.9) "
                    f"| {rate(event)} customers/s | {verdict(event >= EVENT_RATE_TARGET)} |")
    if event and ssj:
        rows.append(f"| event engine ≥ {SSJ_RATIO_TARGET:.0f}× SSJ, warm | {event / ssj:.2f}× "
                    f"({rate(event)} against {rate(ssj)} customers/s) | {verdict(event / ssj >= SSJ_RATIO_TARGET)} |")
    if farm and ssj:
        rows.append(f"| farm path (`simulate --speeds`) ≥ {SSJ_RATIO_TARGET:.0f}× SSJ, warm | {farm / ssj:.2f}× "
                    f"({rate(farm)} customers/s) | {verdict(farm / ssj >= SSJ_RATIO_TARGET)} |")
    for r in protocol:
        paired = statistics.median(lo / ra for lo, ra in zip(r["loop_rates"], r["raft_rates"]))
        rows.append(f"| Raft ({r['nodes']} nodes, {r['topology']}) within {PROTOCOL_RATIO_TARGET:.0f}× of a bare "
                    f"event loop doing the same message passing | bare loop ÷ Raft {paired:.2f} (median of "
                    f"{r['calls']} paired calls; {rate(r['raft_rate'])} against {rate(r['loop_rate'])} messages per "
                    f"CPU-second) | {verdict(paired <= PROTOCOL_RATIO_TARGET)} |")
    for r in cli:
        wall = r["cds"]["median_wall_s"]
        rows.append(f"| `bin/brokerlab analyze` whole process under {CLI_START_TARGET} s | {wall:.3f} s with the "
                    f"class data sharing archive ({r['no_cds']['median_wall_s']:.3f} s without), median of "
                    f"{r['runs']} | {verdict(wall < CLI_START_TARGET)} |")
    by_engine: dict[str, list[dict]] = {}
    for r in memory:
        by_engine.setdefault(r["engine"], []).append(r)
    for engine, runs in by_engine.items():
        small, big = sorted(runs, key=lambda r: r["customers"])[0], sorted(runs, key=lambda r: r["customers"])[-1]
        rows.append(f"| statistics in constant memory: {engine}, one replication in a JVM with `-Xmx256m` "
                    f"| {count(small['customers'])} → {count(big['customers'])} customers: live heap "
                    f"{small['live_heap_mb']:.2f} → {big['live_heap_mb']:.2f} MB, {big['collections']} collections, "
                    f"max RSS {small['max_rss_mb']:.0f} → {big['max_rss_mb']:.0f} MB "
                    f"| {verdict(not speed_tables.memory_grows(small, big))} |")
    for mode, budget in (("fast", FAST_TARGET), ("full", FULL_TARGET)):
        timed = {n: float(r["wall_s"]) for (n, m), r in times.items() if m == mode}
        if not timed:
            continue
        within = sorted(number(n) for n, s in timed.items() if s < budget)
        over = sorted(number(n) for n, s in timed.items() if s >= budget)
        untimed = sorted(number(n) for (n, m) in times if m == "fast" and n not in timed) if mode == "full" else []
        detail = (f"{min(timed.values()):.1f}-{max(timed.values()):.1f} s; within: "
                  f"{', '.join(within) or 'none'}; over: {', '.join(over) or 'none'}"
                  + (f"; not timed in this mode: {', '.join(untimed)}" if untimed else ""))
        rows.append(f"| every notebook under {budget:.0f} s in {mode} mode (median of its runs) | {detail} "
                    f"| {verdict(not over)}: {len(within)} of {len(timed)} timed |")
    cheap = times.get((CHEAP_NOTEBOOK, "fast"))
    if cheap:
        seconds = float(cheap["wall_s"])
        rows.append(f"| {CHEAP_NOTEBOOK} (cheap cells only) under {CHEAP_TARGET:.0f} s, fast mode | {seconds:.1f} s "
                    f"| {verdict(seconds < CHEAP_TARGET)} |")
    split = {n: r for (n, m), r in times.items() if m == "fast" and r.get("compile_cpu_s")}
    if split:
        compiling = {n: float(r["compile_cpu_s"]) for n, r in split.items()}
        wall = sum(float(r["wall_s"]) for r in split.values())
        rows.append(f"| JShell compiling, fast mode (CPU time of the kernel's shell thread: loading the engine, compiling, "
                    f"showing the output, while no cell runs; no target) | {min(compiling.values()):.1f}-{max(compiling.values()):.1f} s per notebook, "
                    f"{sum(compiling.values()):.0f} s of the {wall:.0f} s the {len(split)} notebooks took; the JIT "
                    f"compiler used {sum(float(r['jit_cpu_s']) for r in split.values()):.0f} CPU-s beside them, "
                    f"the cells' code {sum(float(r['cells_cpu_s']) for r in split.values()):.0f} | — |")
    if kernel:
        rows.append(f"| the java kernel's fixed cost ({kernel['kernels_timed']} fresh kernels, medians; no target) "
                    f"| start {kernel['kernel_start_s']:.2f} s, engine cell (`%classpath` + imports) "
                    f"{kernel['kernel_engine_cell_s']:.2f} s, a trivial cell's round trip "
                    f"{1000 * kernel['kernel_cell_round_trip_s']:.0f} ms, shutdown {kernel['kernel_shutdown_s']:.2f} s "
                    f"| — |")
    return rows


def work(row: dict | None) -> str:
    if row is None or not row.get("customers"):
        return "—"
    parts = [f"{notebooks.short(int(row[key]))} {label}" for key, label in (("customers", "cust."), ("events", "ev."))
             if int(row[key])]
    return ", ".join(parts) or "0"


def cpu_split(row: dict | None) -> str:
    """'2.6 · 1.1 · 5.4': the kernel's CPU seconds compiling (JShell), in the cells' code and in the JIT compiler."""
    values = [(row or {}).get(k) or "" for k in ("compile_cpu_s", "cells_cpu_s", "jit_cpu_s")]
    return " · ".join(values) if all(values) else "—"


def notebook_table(times: dict) -> list[str]:
    lines = ["| notebook | fast s | fast CPU-s: JShell · cells · JIT | simulated (fast) | full s | simulated (full) |",
             "|---|---|---|---|---|---|"]
    for name in sorted({n for n, _ in times}):
        fast, full = times.get((name, "fast")), times.get((name, "full"))
        lines.append(f"| {name} | {fast['wall_s'] if fast else 'not timed'} | {cpu_split(fast)} | {work(fast)} "
                     f"| {full['wall_s'] if full else 'not timed'} | {work(full) if full else '—'} |")
    return lines


def machine_line(machine: Path) -> str:
    """'engines protocol cli at 2026-12-06T16:59Z on 2 cores, AMD EPYC (load 1.3 at start, 2.0 at end); Java ...'."""
    fields = {}
    for line in machine.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, value)
    piece, _, when = fields.get("piece", "?").rpartition(" at ")
    cpu, _, load = fields.get("machine", "?").partition(", load average at start: ")
    end = fields.get("load average at end", "?").split(";")[0]
    return (f"`BENCH_PARTS=\"{piece.strip()}\"` at {when} on {cpu} (load average {load.split()[0] if load else '?'} "
            f"at start, {end.split()[0]} at end); {fields.get('java', '?')}")


def block(data: Path = DATA, times_path: Path = notebooks.TIMES) -> str:
    speed, protocol, cli, memory = (load(data / name) for name in ("speed.jsonl", "protocol.jsonl", "cli.jsonl",
                                                                      "memory.jsonl"))
    times = read_times(times_path)
    meta_path = times_path.with_suffix(".meta.json")
    times_meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    run = json.loads((data / "run.meta.json").read_text(encoding="utf-8")) if (data / "run.meta.json").is_file() else {}
    out = [BEGIN, ""]
    if speed or protocol or cli:
        rounds = speed_tables.rounds_sentence(speed_tables.median_runs(speed))
        each = f" {rounds[0].upper()}{rounds[1:]}." if rounds else ""
        out += [f"Engines, protocol and start-up: {machine_line(data / 'machine.txt')}; library "
                f"{run.get('library_version', '?')} (recorded in `data/bench/` from `bench/results/{run.get('results', '?')}`)."
                + each, ""]
    if times_meta:
        p = times_meta["parameters"]
        runs = sorted({int(r["runs"]) for r in times.values() if r.get("runs")})
        each = (f"{runs[0]}" if len(runs) == 1 else f"{runs[0]}-{runs[-1]}") if runs else "?"
        out += [f"Notebooks: {', '.join(f'`bench/results/{r}`' for r in p['results'])} ({p['machine']}; recorded "
                f"{times_meta['created_utc']}, Java {times_meta['java_version']}, library "
                f"{times_meta['library_version']}), each row the median of its runs ({each} per row).", ""]
    if speed:
        out += engine_table(speed) + [""]
    out += targets(speed, protocol, cli, times, times_meta.get("parameters"), memory) + [""]
    if times:
        out += notebook_table(times) + [""]
    return "\n".join(out + [END])


def readme_block(text: str) -> tuple[int, int]:
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit(f"README.md has no block between '{BEGIN}' and '{END}': put both markers in its Performance section")
    return start, end + len(END)


def write_readme(readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = readme_block(text)
    readme.write_text(text[:start] + block() + text[end:], encoding="utf-8")
    print(f"rewrote the performance block of {readme.name}")


def record(results: Path, data: Path = DATA) -> None:
    present = [name for name in RAW if (results / name).is_file()]
    if "speed.jsonl" not in present:
        sys.exit(f"--record {results}: no speed.jsonl there; run bench/run.sh with BENCH_PARTS including engines")
    if data.exists():
        shutil.rmtree(data)                    # one run, whole: no file left from an older one
    data.mkdir(parents=True)
    for name in present:
        shutil.copyfile(results / name, data / name)
    meta = {"name": "bench", "producer": "bench/run.sh (recorded by bench/report.py)",
            "library_version": notebooks.library_version(), "java_version": notebooks.java_version(),
            "recorded_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": results.name,
            "files": present}
    (data / "run.meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"recorded {', '.join(present)} of {results} in data/bench/")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--targets", type=Path, metavar="DIR", help="print the targets table of one results folder")
    g.add_argument("--record", type=Path, metavar="DIR", help="record a results folder in data/bench/, then --readme")
    g.add_argument("--readme", action="store_true", help="rewrite README's performance block from data/")
    g.add_argument("--check", action="store_true", help="exit 1 when README's block differs from what data/ gives")
    args = p.parse_args()
    if args.targets:
        d = args.targets
        run_times = times_of_run(d)
        print("\n".join(targets(load(d / "speed.jsonl"), load(d / "protocol.jsonl"), load(d / "cli.jsonl"),
                                run_times or read_times(), None, load(d / "memory.jsonl"))))
        if not run_times:
            print("(notebook rows: data/notebook-times.csv, as recorded; this run timed no notebook)")
        return 0
    if args.record:
        record(args.record)
        write_readme()
        return 0
    if args.readme:
        write_readme()
        return 0
    text = README.read_text(encoding="utf-8")
    start, end = readme_block(text)
    if text[start:end] != block():
        print("README.md's performance block differs from data/bench/ and data/notebook-times.csv: "
              "run `python3 bench/report.py --readme`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
