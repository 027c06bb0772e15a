"""Whole-process start-up of `brokerlab analyze`: what a script calling the command line waits for each time.

Usage: python3 bench/cli_start.py [runs, default 15]   (standard library only; prints one JSON line)

Runs bin/brokerlab analyze on M/M/4 (Erlang C, a closed form: the work is negligible, so the time is the JVM's
start, class loading and exit) `runs` times with the class data sharing archive of `make cli` and `runs` times
without it, alternating so a shared machine's load falls on both alike. Reported per variant: median and minimum
wall seconds, median CPU seconds (user + system of the JVM, from RUSAGE_CHILDREN), and the load average before and
after. On a loaded machine wall time is mostly waiting for a core; CPU seconds are the part the command controls.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "lib" / "target" / "brokerlab-cli.jsa"
COMMAND = [str(ROOT / "bin" / "brokerlab"), "analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)",
           "--servers", "4", "--json"]


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "n/a"


def once(env: dict) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(COMMAND, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    if runs < 1:
        print(f"cli_start.py: runs = {runs} is invalid: it must be >= 1, e.g. 15", file=sys.stderr)
        return 2
    if not ARCHIVE.is_file():
        print(f"cli_start.py: {ARCHIVE.relative_to(ROOT)} is missing: run 'make cli' first", file=sys.stderr)
        return 2
    hidden = ARCHIVE.with_suffix(".jsa.off")
    with_cds = dict(os.environ)
    samples = {"cds": [], "no_cds": []}
    start_load = load()
    once(with_cds)                      # the first run pays for reading the jar into the page cache: not timed
    for _ in range(runs):
        samples["cds"].append(once(with_cds))
        ARCHIVE.rename(hidden)          # bin/brokerlab passes the archive only when it exists
        try:
            samples["no_cds"].append(once(with_cds))
        finally:
            hidden.rename(ARCHIVE)
    row = {"key": "cli-start", "command": "analyze M/M/4 (Erlang C)", "runs": runs, "load_before": start_load,
           "load_after": load()}
    for name, xs in samples.items():
        walls, cpus = [w for w, _ in xs], [c for _, c in xs]
        row[name] = {"median_wall_s": round(statistics.median(walls), 3), "min_wall_s": round(min(walls), 3),
                     "median_cpu_s": round(statistics.median(cpus), 3)}
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
