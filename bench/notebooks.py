"""Notebook wall time as a benchmark: executes narrative notebooks headless, as the tests do, and times each.

Usage (the project's .venv, which `make setup` creates; bench/run.sh calls this):
    .venv/bin/python bench/notebooks.py --out DIR [--modes fast,full] [--only 01,12]

For every notebook and mode (fast: BROKERLAB_FAST=1, the tests' short run lengths; full: the run lengths the notebook
claims its precision at) it records one JSON line in DIR/notebooks.jsonl and then prints the table (also written to
DIR/notebooks.txt): wall seconds from kernel start to the last cell's end, the kernel's CPU seconds (the JVM is this
process's child, reaped when the kernel shuts down, so its user + system time shows in RUSAGE_CHILDREN), CPU over wall
(above 1: more than one core busy), and the load average before the notebook started, because on a shared machine
wall time depends on everyone else's jobs, and what the notebook simulated: the customers and events counted by the
engine itself (`brokerlab.sim.SimulatedWork`, read by one extra cell after the notebook's last, in the same kernel:
every run of the station engines, warm-up included, and every event a `Simulator` fired; analytic cells count
nothing), with customers and events per wall second. The same cell reads the CPU clock of each of the kernel JVM's
threads (Linux /proc) and splits the kernel's CPU time: JShell compiling the notebook's snippets (JJava's shell thread,
during which no cell runs, so it is time the reader waits), the cells' own code (every other thread a cell runs on,
ended ones included) and the JIT compiler (see `kernel_cpu`). The extra cell is inside the timed span (one cell of
one block, about 50 ms).

Recording: `--record DIR` writes the timings of a results folder (its notebooks.jsonl, kernel.jsonl and
machine.txt; of a notebook timed several times there, the median run, with the customers and events it simulated)
to data/notebook-times.csv with its .meta.json
(machine, library and Java version, the kernel's fixed cost), the committed table from which `tools/notebooks.py nav`
writes each notebook's run-time line. Rows of notebooks not timed in DIR stay as they were, so re-timing one notebook
after a change (BENCH_NOTEBOOKS=01) updates just its rows; the kernel's fixed cost is the latest folder's.

Selecting pieces: --modes full --only 01,04 runs just those two at full length, so the long full-mode part can be
run a few notebooks at a time; each invocation writes its own lines, and `--table DIR/notebooks.jsonl` reprints a table.
--full-only 01,12 narrows the full mode alone: `--modes fast,full --full-only 01,12` (what `make bench` runs) times
every notebook fast and those two at full length. Each invocation also appends the machine (cores, CPU model, load
average) to DIR/machine.txt, so a results folder says where and in what conditions it was measured.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

MODES = ("fast", "full")
TIMES = ROOT / "data" / "notebook-times.csv"
TIME_COLUMNS = ["notebook", "mode", "wall_s", "cpu_s", "compile_cpu_s", "cells_cpu_s", "jit_cpu_s", "load_before",
                "load_after", "runs", "customers", "events", "date"]


def library_version() -> str:
    import re  # noqa: PLC0415

    match = re.search(r"<artifactId>brokerlab-parent</artifactId>\s*<version>([^<]+)</version>",
                      (ROOT / "pom.xml").read_text(encoding="utf-8"))
    return match[1] if match else "unknown"


def java_version() -> str:
    import subprocess  # noqa: PLC0415

    out = subprocess.run(["java", "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
    return next((line.split("=", 1)[1].strip() for line in out.splitlines() if "java.version =" in line), "unknown")


def record(results: Path) -> None:
    """data/notebook-times.csv and .meta.json from one results folder (the median run of each notebook and mode)."""
    import statistics  # noqa: PLC0415

    def lines(name: str) -> list[dict]:
        path = results / name
        if not path.is_file():
            sys.exit(f"--record {results}: no {name} there; run bench/run.sh with BENCH_PARTS=notebooks first")
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("{")]

    runs: dict[tuple[str, str], list[dict]] = {}
    for r in lines("notebooks.jsonl"):
        runs.setdefault((r["notebook"], r["mode"]), []).append(r)
    failed = [f"{n} ({m}): {r['status']}" for (n, m), rs in runs.items() for r in rs if r["status"] != "ok"]
    if failed:
        sys.exit("--record: only passing runs are recorded; failed: " + "; ".join(failed))
    kernel = lines("kernel.jsonl")
    pieces = [line for line in (results / "machine.txt").read_text(encoding="utf-8").splitlines()
              if line.startswith("notebooks.py")]
    machines = [line.split(": ", 1)[1] for line in pieces]
    # A notebook timed more than once in the folder (bench/run.sh again with the same BENCH_OUT) is recorded as the
    # median run: the one whose wall time is the median (the lower middle one for an even count), with its own
    # CPU time and load, so every number in a row was measured together.
    # Notebooks not timed in this folder keep their rows (re-timing one notebook after a change updates just it).
    # A table written before a column existed keeps its rows, the new column empty (not measured then), except the
    # date: a row without one was measured before that table's own creation, so it gets that day.
    # A run's date is when it started (runs timed before the field existed: the folder's last notebooks.py piece).
    folder_day = next((line.split(" at ", 1)[1][:10] for line in reversed(pieces) if " at " in line),
                      time.strftime("%Y-%m-%d", time.gmtime()))
    lines_by_key, sources = {}, []
    if TIMES.is_file():
        old = TIMES.read_text(encoding="utf-8").splitlines()
        header = old[0].split(",") if old else []
        if header[:2] == ["notebook", "mode"]:
            old_meta = json.loads(TIMES.with_suffix(".meta.json").read_text(encoding="utf-8"))
            for line in old[1:]:
                if line:
                    cells = {"date": old_meta["created_utc"][:10], **dict(zip(header, line.split(",")))}
                    lines_by_key[(cells["notebook"], cells["mode"])] = ",".join(cells.get(c, "") for c in TIME_COLUMNS)
            sources = old_meta["parameters"]["results"]
    if set(lines_by_key) <= set(runs):
        sources = []                      # every row comes from this folder now
    for key, timed in runs.items():
        r = {**sorted(timed, key=lambda row: row["seconds"])[(len(timed) - 1) // 2], "runs": len(timed)}
        split = ",".join(f"{r[k]:.1f}" if k in r else "" for k in
                         ("compile_cpu_seconds", "cells_cpu_seconds", "jit_cpu_seconds"))
        lines_by_key[key] = (f"{r['notebook']},{r['mode']},{r['seconds']:.1f},{r['cpu_seconds']:.1f},{split},"
                             f"{r['load_before'].split()[0]},{r['load_after'].split()[0]},{r['runs']},"
                             f"{r.get('customers', '')},{r.get('events', '')},{r.get('at', folder_day)[:10]}")
    rows = [lines_by_key[k] for k in sorted(lines_by_key, key=lambda k: (k[0], MODES.index(k[1])))]
    TIMES.write_text("\n".join([",".join(TIME_COLUMNS), *rows]) + "\n", encoding="utf-8")
    sources = sorted({*([sources] if isinstance(sources, str) else sources), results.name})
    median = lambda key: round(statistics.median(k[key] for k in kernel), 3)  # noqa: E731
    meta = {"name": "notebook-times", "producer": "bench/notebooks.py", "library_version": library_version(),
            "java_version": java_version(), "created_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "rows": len(rows), "columns": TIME_COLUMNS,
            "parameters": {"results": sources, "machine": machines[0] if machines else "unknown",
                           "load_columns": "1-minute load average before and after the notebook",
                           "work_columns": "customers and events the notebook simulated, as the engine counted them "
                                           "(brokerlab.sim.SimulatedWork), in the run whose wall time is recorded",
                           "cpu_columns": "cpu_s: the kernel JVM and its child processes; of the JVM's own threads "
                                          "(Linux /proc, read by one cell after the notebook's last): compile_cpu_s "
                                          "JJava's shell thread (JShell compiling each snippet, and showing results), "
                                          "cells_cpu_s the threads running the cells' code (ended threads included), "
                                          "jit_cpu_s the JIT compiler's threads",
                           "kernel_start_s": median("start_s"), "kernel_engine_cell_s": median("engine_cell_s"),
                           "kernel_cell_round_trip_s": median("one_cell_s"), "kernel_shutdown_s": median("shutdown_s"),
                           "kernels_timed": len(kernel), "kernel_results": results.name}}
    TIMES.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {TIMES.name} ({len(rows)} rows) and its .meta.json in {TIMES.parent.name}/")


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores, {cpu}, load average {load_average()}"


def select(paths: list[Path], only: str) -> list[Path]:
    wanted = [w.strip() for w in only.split(",") if w.strip()]
    return [q for q in paths if any(q.stem.startswith(w) or w in q.stem for w in wanted)] if wanted else paths


def time_notebook(path: Path, mode: str) -> dict:
    import nbrun  # noqa: PLC0415  (needs the .venv's nbclient; imported here so --table works without it)

    row = {"notebook": path.stem, "mode": mode, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "load_before": load_average()}
    cpu0, t0 = children_cpu(), time.perf_counter()
    try:
        nb = nbrun.execute(path, fast=mode == "fast", epilogue=WORK_CELL)
        errors = nbrun.error_outputs(nb)
        row["status"] = "ok" if not errors else "error: " + errors[0]
        row.update(simulated_work(nb.cells[-1]))
        row.update(kernel_cpu(nb.cells[-1]))
    except Exception as e:  # a failing notebook is a row of the table, not the end of the benchmark
        row["status"] = f"error: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:200]
    row["seconds"] = round(time.perf_counter() - t0, 2)
    row["cpu_seconds"] = round(children_cpu() - cpu0, 2)
    row["load_after"] = load_average()
    return row


# Run after the notebook's last cell, in its kernel: the engine's own count of what the notebook simulated, then the
# CPU clock of each of the kernel JVM's threads and of the whole JVM (Linux /proc; nothing where there is none).
WORK_CELL = ("{ var work = brokerlab.sim.SimulatedWork.totals(); "
             "System.out.println(\"simulated-work \" + work.customers() + \" \" + work.events()); "
             "var proc = java.nio.file.Path.of(\"/proc/self\"); "
             "try (var tasks = java.nio.file.Files.list(proc.resolve(\"task\"))) { "
             "for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) { "
             "try { System.out.println(\"thread-stat \" + java.nio.file.Files.readString(task.resolve(\"stat\")).trim()); } "
             "catch (java.io.IOException ended) { } } "
             "System.out.println(\"process-stat \" + java.nio.file.Files.readString(proc.resolve(\"stat\")).trim()); } "
             "catch (java.io.IOException noProc) { } }")


# Where the kernel's CPU went, by thread (names as Linux keeps them, cut to 15 characters). JJava's shell thread runs
# JShell: it compiles every snippet (and turns each cell's result into its output) while no cell code runs, so its CPU
# time is wall time the reader waits for compiling. The JIT compiler's threads compile hot code to machine code on the
# other core meanwhile. The JVM's and the kernel's own threads (start-up, messages, garbage collection) are known by
# name; everything else, and every thread that has ended, ran the cells' code (JJava's execution thread, the engine's
# parallel replications, clients and servers a cell starts).
COMPILE_THREADS = ("Shell-",)
JIT_THREADS = ("C1 CompilerThre", "C2 CompilerThre")
KERNEL_THREADS = {"java", "Thread-0", "reaper-1", "Heartbeat-0", "Signal Dispatch", "Common-Cleaner", "Reference Handl",
                  "Finalizer", "Notification Th", "Service Thread", "Sweeper thread", "VM Thread", "VM Periodic Tas",
                  "Monitor Deflati", "brokerlab-exit-", "brokerlab-shell"}
KERNEL_PREFIXES = ("GC Thread#", "iothread-")


def stat_fields(line: str) -> tuple[str, float]:
    """(thread name, CPU seconds) of one /proc stat line: utime + stime, after the name in parentheses."""
    rest = line.split(" ", 1)[1]
    fields = rest[rest.rindex(")") + 2:].split()
    return rest[rest.index("(") + 1:rest.rindex(")")], (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def kernel_cpu(cell) -> dict:
    """{"compile_cpu_seconds", "cells_cpu_seconds", "jit_cpu_seconds"} from the work cell's thread lines; empty
    without them (no /proc)."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    threads = [stat_fields(line) for line in text.splitlines() if line.startswith("thread-stat ")]
    process = [stat_fields(line)[1] for line in text.splitlines() if line.startswith("process-stat ")]
    if not threads or not process:
        return {}
    compiling = sum(cpu for name, cpu in threads if name.startswith(COMPILE_THREADS))
    jit = sum(cpu for name, cpu in threads if name.startswith(JIT_THREADS))
    kernel = sum(cpu for name, cpu in threads if name in KERNEL_THREADS or name.startswith(KERNEL_PREFIXES))
    live = sum(cpu for _, cpu in threads)
    cells = live - compiling - jit - kernel + max(process[0] - live, 0.0)   # the rest, and the ended threads
    return {"compile_cpu_seconds": round(compiling, 2), "cells_cpu_seconds": round(cells, 2),
            "jit_cpu_seconds": round(jit, 2)}


def simulated_work(cell) -> dict:
    """{"customers": n, "events": m} from the work cell's output; empty when the notebook never loaded the engine."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "simulated-work":
            return {"customers": int(parts[1]), "events": int(parts[2])}
    return {}


def short(n: float) -> str:
    """1234567 -> '1.23 M': counts and rates at a glance."""
    for size, unit in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if n >= size:
            return f"{n / size:.3g}{unit}"
    return f"{n:.0f}"


def table(rows: list[dict]) -> str:
    lines = [f"{'notebook':<36} {'mode':<5} {'wall s':>8} {'CPU s':>7} {'CPU/wall':>8} {'customers':>10} {'events':>9} "
             f"{'cust/s':>8} {'events/s':>9} {'JShell':>7} {'cells':>7} {'JIT':>7}  {'load before':<15} status",
             "-" * 164]
    for r in rows:
        ratio = r["cpu_seconds"] / r["seconds"] if r["seconds"] > 0 else float("nan")
        counted = "customers" in r
        work = (f"{short(r['customers']):>10} {short(r['events']):>9} {short(r['customers'] / r['seconds']):>8} "
                f"{short(r['events'] / r['seconds']):>9}" if counted and r["seconds"] > 0 else f"{'-':>10} {'-':>9} {'-':>8} {'-':>9}")
        split = " ".join(f"{r[k]:>7.1f}" if k in r else f"{'-':>7}"
                         for k in ("compile_cpu_seconds", "cells_cpu_seconds", "jit_cpu_seconds"))
        lines.append(f"{r['notebook']:<36} {r['mode']:<5} {r['seconds']:>8.1f} {r['cpu_seconds']:>7.1f} {ratio:>8.2f} "
                     f"{work} {split}  {r['load_before']:<15} {r['status']}")
    for mode in MODES:
        done = [r for r in rows if r["mode"] == mode]
        if done:
            lines.append(f"{'total ' + mode + f' ({len(done)} notebooks)':<42} {sum(r['seconds'] for r in done):>8.1f} "
                         f"{sum(r['cpu_seconds'] for r in done):>7.1f} {'':>8} "
                         f"{short(sum(r.get('customers', 0) for r in done)):>10} {short(sum(r.get('events', 0) for r in done)):>9}")
    lines.append("customers, events: what the engine counted (brokerlab.sim.SimulatedWork: station runs with their warm-up, "
                 "Simulator events); per second of wall time")
    lines.append("JShell, cells, JIT: CPU seconds of the kernel JVM's threads: JJava's shell thread (JShell compiling "
                 "each snippet, showing results; no cell runs meanwhile), the threads running the cells' code, the JIT "
                 "compiler")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, help="folder for notebooks.jsonl and notebooks.txt")
    p.add_argument("--modes", default="fast,full", help="comma-separated: fast, full (default both)")
    p.add_argument("--only", default="", help="comma-separated notebook numbers or name parts, e.g. 01,12 (default all)")
    p.add_argument("--full-only", default="", help="comma-separated notebooks for the full mode only (default: as --only)")
    p.add_argument("--table", type=Path, help="only reprint the table of this notebooks.jsonl")
    p.add_argument("--record", type=Path, help="write this results folder's timings to data/notebook-times.csv")
    args = p.parse_args()

    if args.record:
        record(args.record)
        return 0
    if args.table:
        rows = [json.loads(line) for line in args.table.read_text(encoding="utf-8").splitlines() if line.startswith("{")]
        print(table(rows))
        return 0
    if args.out is None:
        p.error("--out DIR is needed (or --table FILE)")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    bad = [m for m in modes if m not in MODES]
    if bad or not modes:
        p.error(f"--modes {args.modes!r}: each mode must be one of {', '.join(MODES)}, e.g. --modes fast or --modes fast,full")
    paths = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    paths = select(paths, args.only)
    full_paths = select(paths, args.full_only)
    for flag, value, chosen in (("--only", args.only, paths), ("--full-only", args.full_only, full_paths)):
        if not chosen:
            p.error(f"{flag} {value!r} matches no notebook in notebooks/; give numbers such as 01,12")

    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "machine.txt").open("a", encoding="utf-8") as f:
        f.write(f"notebooks.py {','.join(modes)} at {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}: {machine()}\n")
    jsonl = args.out / "notebooks.jsonl"
    rows = []
    for mode in modes:
        for path in full_paths if mode == "full" else paths:
            print(f"[bench] notebook {path.stem}, {mode} mode", file=sys.stderr, flush=True)
            row = time_notebook(path, mode)
            rows.append(row)
            with jsonl.open("a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")
    text = table(rows)
    (args.out / "notebooks.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if all(r["status"] == "ok" for r in rows) else 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
