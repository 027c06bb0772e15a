#!/usr/bin/env bash
# Runs BrokerLab's engines and their peers (SSJ, SimPy, Ciw) on the same M/M/4 model in one go and prints
# one speed/accuracy table, then the memory check. See bench/README.md. Needs Java 17, Maven, Python 3.11 and
# network access to Maven Central and PyPI (first run only). Takes about 3-5 minutes on 2 cores.
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
read -r -a memory_n <<< "${BENCH_MEMORY_N:-10000000 100000000}"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)"
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
fi

cp=("$here/java/target/bench.jar:$here/java/target/lib/*")
py="$here/.venv/bin/python"

{
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "java: $(java -version 2>&1 | head -1); python: $("$py" --version 2>&1)"
} > "$out/machine.txt"

# raw-event-core: the bare event list under the event engine, to show what the model layer costs.
java_engines=(brokerlab-fast brokerlab-event raw-event-core ssj)
for key in "${java_engines[@]}"; do
    say "timing $key, $java_n customers per call (fresh JVM)"
    java -cp "${cp[@]}" brokerlab.bench.Harness "$key" "$java_n" >> "$out/speed.jsonl"
done
say "timing SimPy, $simpy_n customers per call (fresh interpreter)"
(cd "$here/python" && "$py" mm4_simpy.py "$simpy_n") >> "$out/speed.jsonl"
say "timing Ciw, $ciw_n customers per call (fresh interpreter)"
(cd "$here/python" && "$py" mm4_ciw.py "$ciw_n") >> "$out/speed.jsonl"

if [[ "$memory" == 1 ]]; then
    for key in brokerlab-fast brokerlab-event; do
        for n in "${memory_n[@]}"; do
            say "memory: $key, $n customers, child JVM with -Xmx256m"
            java -Xmx256m -cp "${cp[@]}" brokerlab.bench.MemoryCheck "$key" "$n" >> "$out/memory.jsonl"
        done
    done
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); bench wall time (builds included): ${SECONDS} s" >> "$out/machine.txt"
echo
cat "$out/machine.txt"
echo
if [[ "$memory" == 1 ]]; then
    python3 "$here/table.py" "$out/speed.jsonl" "$out/memory.jsonl" | tee "$out/table.txt"
else
    python3 "$here/table.py" "$out/speed.jsonl" | tee "$out/table.txt"
fi
echo
say "raw results: $out"
