"""The java kernel's fixed cost, piece by piece: what every notebook pays before and around its own computations.

Usage (the project's .venv; bench/run.sh calls this in its notebooks part):
    .venv/bin/python bench/kernel_cost.py [--kernels 5] [--out DIR]

Each of --kernels fresh kernels (the installed `java` kernelspec, or --kernel NAME, started the way nbclient starts it, in notebooks/)
is timed through the same steps, and the table prints the median and the range over kernels:

* start: process launch to the kernel answering kernel_info (JVM start, JJava, JShell, the startup script);
* engine cell: the notebooks' first cell, `%classpath ../lib/target/classpath/*` and the imports of 12-equations,
  the first compilation against the engine's 48 jars;
* one cell: a trivial statement as its own cell (`int x3 = 3;`), median over 40 such cells: the round trip of a cell
  (messages, JJava's shell loop, which sleeps 50 ms between polls, and one JShell compilation);
* in one cell: the same 40 statements in a single cell, per statement: JShell compiling one snippet without the
  round trip;
* shutdown: shutdown request to the process's exit (0 when the JVM ended by itself).

Wall times, from this client; the machine's load average is printed with them.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parent.parent
ENGINE_CELL = """%classpath ../lib/target/classpath/*
import brokerlab.analytic.*;
import brokerlab.dist.*;
import brokerlab.notebook.*;
import tech.tablesaw.api.*;"""
STATEMENTS = 40


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def run_cell(kc, code: str) -> float:
    t0 = time.perf_counter()
    reply = kc.execute_interactive(code, timeout=300, output_hook=lambda msg: None)
    elapsed = time.perf_counter() - t0
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"cell failed: {reply['content'].get('ename')}: {reply['content'].get('evalue')}\n{code}")
    return elapsed


def one_kernel(kernel: str) -> dict:
    km = KernelManager(kernel_name=kernel)
    t0 = time.perf_counter()
    km.start_kernel(cwd=str(ROOT / "notebooks"))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        row = {"start_s": time.perf_counter() - t0, "engine_cell_s": run_cell(kc, ENGINE_CELL)}
        per_cell = [run_cell(kc, f"int x{i} = {i};") for i in range(STATEMENTS)]
        row["one_cell_s"] = statistics.median(per_cell)
        block = "\n".join(f"int y{i} = {i};" for i in range(STATEMENTS))
        row["statement_in_one_cell_s"] = run_cell(kc, block) / STATEMENTS
        t1 = time.perf_counter()
        km.request_shutdown()
        status = km.provisioner.process.wait(timeout=30)
        row["shutdown_s"] = time.perf_counter() - t1
        row["exit_status"] = status
        return row
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        km.cleanup_resources()


LABELS = [("start_s", "kernel start to ready"), ("engine_cell_s", "engine cell (%classpath + imports)"),
          ("one_cell_s", "one trivial cell, round trip"), ("statement_in_one_cell_s", "one statement inside a cell"),
          ("shutdown_s", "shutdown request to exit")]


def table(rows: list[dict], load_before: str, load_after: str) -> str:
    lines = [f"java kernel fixed cost, {len(rows)} kernels (load average {load_before} before, {load_after} after)",
             f"{'step':<38} {'median ms':>10} {'min ms':>8} {'max ms':>8}", "-" * 67]
    for key, label in LABELS:
        values = [r[key] * 1000 for r in rows]
        lines.append(f"{label:<38} {statistics.median(values):>10.0f} {min(values):>8.0f} {max(values):>8.0f}")
    statuses = sorted({r["exit_status"] for r in rows})
    lines.append(f"kernel exit status: {', '.join(map(str, statuses))} (0: the JVM ended itself)")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kernels", type=int, default=5, help="fresh kernels to time (default 5)")
    p.add_argument("--kernel", default="java", help="kernelspec to time (default java, the notebooks' kernel)")
    p.add_argument("--out", type=Path, help="folder for kernel.jsonl and kernel.txt")
    args = p.parse_args()
    if args.kernels < 1:
        p.error(f"--kernels {args.kernels}: time at least one kernel, e.g. --kernels 5")
    load_before = load_average()
    rows = []
    for i in range(args.kernels):
        print(f"[bench] kernel fixed cost, kernel {i + 1} of {args.kernels}", file=sys.stderr, flush=True)
        rows.append(one_kernel(args.kernel))
    text = table(rows, load_before, load_average())
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        # One measurement per results folder, the latest: it describes the kernel its notebook rows ran on.
        (args.out / "kernel.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        (args.out / "kernel.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
