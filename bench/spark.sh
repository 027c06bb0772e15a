#!/usr/bin/env bash
# Spark's per-task overhead (bench/spark/SparkOverheadBench.java): empty tasks and tiny M/M/1 simulations on local
# threads and on Spark local[2], and the break-even task size. Needs the Spark module (built here when missing).
# About 2-4 minutes on 2 cores. Not a test: the numbers depend on the machine and its load, which is printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cp="$root/spark/target/classpath"
if [[ ! -f "$cp/brokerlab-spark.jar" ]]; then
    (cd "$root" && make spark)
fi
out="$root/build/bench-spark"
mkdir -p "$out"
javac -d "$out" -cp "$cp/*" "$here/spark/SparkOverheadBench.java"
opens="-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); $(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086  # option list
java $opens -cp "$out:$cp/*" brokerlab.bench.SparkOverheadBench
