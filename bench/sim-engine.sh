#!/usr/bin/env bash
# Simulation engine throughput, side by side with SSJ (ca.umontreal.iro.simul:ssj) in one JVM:
#  1. M/M/8 at utilisation 0.9: median events/s of the OpsDojo engine and of SSJ over RUNS runs, and the ratio (goal >= 2)
#  2. the flash-sale preset at 100,000 users for one simulated hour, wall time (goal < 10 s on one core)
# Runs on one core (taskset) when available.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" java -Xmx2g -XX:+UseParallelGC -cp "$cp" dev.opsdojo.bench.SimEngineBenchmark "$runs"
