#!/usr/bin/env bash
# Runs BrokerLab's engines and their peers (SSJ, SimPy, Ciw) on the same M/M/4 model in one go and prints
# one speed/accuracy table, then the memory check, Raft's simulated messages per second against a bare event loop,
# the command line's start-up, and every notebook's wall time in fast and full mode. See bench/README.md. Needs Java
# 17, Maven, Python 3.11, `make setup` (for the notebooks) and network access to Maven Central and PyPI (first run only).
#
# Parts (BENCH_PARTS, any of: engines memory protocol cli notebooks; default all) run in that order, so a long
# benchmark can be taken in pieces: BENCH_PARTS=notebooks BENCH_NOTEBOOK_MODES=full BENCH_NOTEBOOKS=01,04 times just
# those two notebooks at full length. BENCH_NOTEBOOK_MODES: fast,full (default) or one of them; BENCH_NOTEBOOKS:
# comma-separated numbers (default all); BENCH_FULL_NOTEBOOKS: the ones also run at full length (default 01,12, a
# heavy and a cheap one: all of them at full length take several minutes each on a shared machine; "all" for every one). BENCH_OUT: the results folder (default bench/results/<UTC time>; reuse one
# to add pieces to the same run).
#
# Knobs (environment): BENCH_JAVA_N (customers per call, Java engines, default 10^7), BENCH_SIMPY_N (600000),
# BENCH_CIW_N (400000), BENCH_MEMORY_N (run lengths of the memory check, "10000000 100000000"),
# BENCH_MEMORY=0 skips the memory check, BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
java_n="${BENCH_JAVA_N:-10000000}"
simpy_n="${BENCH_SIMPY_N:-600000}"
ciw_n="${BENCH_CIW_N:-400000}"
memory="${BENCH_MEMORY:-1}"
parts=" ${BENCH_PARTS:-engines memory protocol cli notebooks} "
[[ "$memory" == 1 ]] || parts="${parts/ memory / }"
part() { [[ "$parts" == *" $1 "* ]]; }
read -r -a memory_n <<< "${BENCH_MEMORY_N:-10000000 100000000}"
out="${BENCH_OUT:-$here/results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"

say() { echo "[bench] $*" >&2; }

for tool in java mvn python3; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: '$tool' not found on PATH; install it (see bench/README.md)" >&2; exit 1; }
done

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    # The bench project depends on org.brokerlab:brokerlab:0.1.0 like any user would: install it into ~/.m2.
    say "building the engine (mvn install -DskipTests, repo root)"
    (cd "$root" && mvn -B -ntp -q install -DskipTests)
    say "building bench/java (SSJ from Maven Central)"
    mvn -B -ntp -q -f "$here/java/pom.xml" package
    if [[ ! -x "$here/.venv/bin/python" ]]; then
        say "creating bench/.venv"
        python3 -m venv "$here/.venv"
    fi
    say "installing pinned SimPy and Ciw into bench/.venv"
    "$here/.venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
    if part cli; then
        say "building the command line and its class data sharing archive (make cli)"
        make -s -C "$root" cli
    fi
fi

cp=("$here/java/target/bench.jar:$here/java/target/lib/*")
py="$here/.venv/bin/python"

# Appended, so pieces run into one BENCH_OUT folder keep each piece's machine state.
{
    echo "piece: ${parts# }at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "java: $(java -version 2>&1 | head -1); python: $([[ -x "$py" ]] && "$py" --version 2>&1 || echo "bench/.venv not built")"
    echo "other processes using CPU at start (top, by CPU): $(top -bn1 -o %CPU 2>/dev/null | sed -n '8,12p' | awk '{printf "%s %s%%; ", $12, $9}')"
} >> "$out/machine.txt"

# raw-event-core: the bare event list under the event engine, to show what the model layer costs;
# brokerlab-farm: the server-farm path (`simulate --speeds`), per-server state and a routing decision per job.
java_engines=(brokerlab-fast brokerlab-event brokerlab-farm raw-event-core ssj)
# BENCH_ENGINE_ROUNDS fresh JVMs per Java engine, interleaved round by round: the tables take each engine's median JVM,
# so a host that slows down mid-run (a shared virtual machine does) shifts every engine's rate, not the ratios.
engine_rounds="${BENCH_ENGINE_ROUNDS:-3}"
if part engines; then
    for round in $(seq 1 "$engine_rounds"); do
        for key in "${java_engines[@]}"; do
            say "timing $key, $java_n customers per call (fresh JVM, round $round of $engine_rounds)"
            java -cp "${cp[@]}" brokerlab.bench.Harness "$key" "$java_n" >> "$out/speed.jsonl"
        done
    done
    say "timing SimPy, $simpy_n customers per call (fresh interpreter)"
    (cd "$here/python" && "$py" mm4_simpy.py "$simpy_n") >> "$out/speed.jsonl"
    say "timing Ciw, $ciw_n customers per call (fresh interpreter)"
    (cd "$here/python" && "$py" mm4_ciw.py "$ciw_n") >> "$out/speed.jsonl"
fi

if part memory; then
    for key in brokerlab-fast brokerlab-event; do
        for n in "${memory_n[@]}"; do
            say "memory: $key, $n customers, child JVM with -Xmx256m"
            java -Xmx256m -cp "${cp[@]}" brokerlab.bench.MemoryCheck "$key" "$n" >> "$out/memory.jsonl"
        done
    done
fi

if part protocol; then
    say "timing Raft (5 nodes) against a bare event loop doing the same message passing (fresh JVM)"
    java -cp "${cp[@]}" brokerlab.bench.ProtocolBench >> "$out/protocol.jsonl"
fi
if part cli; then
    say "timing bin/brokerlab analyze start-up, with and without the class data sharing archive"
    python3 "$here/cli_start.py" >> "$out/cli.jsonl"
fi
notebooks_ok=0
if part notebooks; then
    [[ -x "$root/.venv/bin/python" ]] || { echo "bench/run.sh: the notebooks need the project's .venv: run 'make setup' first" >&2; exit 1; }
    full_only="${BENCH_FULL_NOTEBOOKS:-01,12}"
    [[ "$full_only" != all ]] || full_only=""
    # The simulation notebooks: 14 and 18 measure real servers for fixed periods in full mode, 17 times a Spark sweep.
    [[ "$full_only" != simulation ]] || full_only="01,02,03,04,05,06,07,08,09,10,11,12,13,15,16"
    say "timing the java kernel's fixed cost (start, engine cell, one cell, shutdown), five fresh kernels"
    "$root/.venv/bin/python" "$here/kernel_cost.py" --out "$out" > /dev/null
    say "executing notebooks (${BENCH_NOTEBOOK_MODES:-fast,full} mode; full mode: ${full_only:-all}), one kernel each"
    "$root/.venv/bin/python" "$here/notebooks.py" --out "$out" --modes "${BENCH_NOTEBOOK_MODES:-fast,full}" \
        --only "${BENCH_NOTEBOOKS:-}" --full-only "$full_only" > /dev/null || notebooks_ok=$?
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); bench wall time (builds included): ${SECONDS} s" >> "$out/machine.txt"
echo
cat "$out/machine.txt"
echo
if part engines && part memory; then
    python3 "$here/table.py" "$out/speed.jsonl" "$out/memory.jsonl" | tee "$out/table.txt"
    echo
elif part engines; then
    python3 "$here/table.py" "$out/speed.jsonl" | tee "$out/table.txt"
    echo
fi
extra=()
part protocol && extra+=(--protocol "$out/protocol.jsonl")
part cli && extra+=(--cli "$out/cli.jsonl")
if [[ ${#extra[@]} -gt 0 ]]; then
    python3 "$here/summary.py" "${extra[@]}" | tee "$out/summary.txt"
    echo
fi
if part notebooks; then
    cat "$out/kernel.txt"
    echo
    # every notebook timed into this folder so far, pieces included
    "$root/.venv/bin/python" "$here/notebooks.py" --table "$out/notebooks.jsonl" | tee "$out/notebooks.txt"
    echo
fi
if part engines || part protocol || part cli || part notebooks; then
    echo "Targets (bench/report.py --targets; \`bench/report.py --record $out\` makes this run the one README shows)"
    python3 "$here/report.py" --targets "$out" | tee "$out/targets.txt"
    echo
fi
say "raw results: $out"
[[ "$notebooks_ok" == 0 ]] || { echo "bench/run.sh: a notebook failed (status column above)" >&2; exit 1; }
if [[ "${BENCH_RECORD:-0}" == 1 ]]; then
    # One switch from a run to the project's record: notebook times into data/notebook-times.csv (and every
    # notebook's run-time line), the rest into data/bench/, then README's performance block from both.
    if part notebooks; then
        "$root/.venv/bin/python" "$here/notebooks.py" --record "$out"
        "$root/.venv/bin/python" "$root/tools/notebooks.py" nav
    fi
    if part engines; then
        python3 "$here/report.py" --record "$out"
    else
        python3 "$here/report.py" --readme
    fi
fi
