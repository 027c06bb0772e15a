#!/usr/bin/env bash
# Times the linearizability checker (bench/java/.../CheckerBench.java) against the engine in lib/target/classpath,
# without the peer benchmark's dependencies (SSJ). Builds the engine if needed. About 1-2 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [[ ! -f "$root/lib/target/classpath/brokerlab.jar" ]]; then
    (cd "$root" && mvn -B -ntp -q package -DskipTests)
fi
out="$root/build/bench-checker"
mkdir -p "$out"
javac -d "$out" -cp "$root/lib/target/classpath/*" "$here/java/src/main/java/brokerlab/bench/CheckerBench.java"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); $(java -version 2>&1 | head -1)"
java -cp "$out:$root/lib/target/classpath/*" brokerlab.bench.CheckerBench
