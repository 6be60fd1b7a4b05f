#!/usr/bin/env bash
# Deployment simulator: wall time of one 15-minute run per strategy and of the four-strategy comparison (median).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.opsdojo.bench.DeployBenchmark "$runs"
