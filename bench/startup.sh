#!/usr/bin/env bash
# JVM start -> first frame of the real app vs an empty JavaFX window, same machine, same method, medians of N runs.
# Needs a display: run under xvfb-run (apt-get install -y xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
mvn -q -B -DskipTests package test-compile
data=$(mktemp -d)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
empty=(); app=(); image=()
img=target/packaging/image/bin/opsdojo   # built by packaging/build-image.sh, if present
for i in $(seq "$runs"); do
  # Alternate the two so machine noise hits both alike.
  empty+=("$(java -cp "target/test-classes:target/lib/*" dev.opsdojo.bench.EmptyWindowStartup 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms.*/\1/p')")
  app+=("$(OPSDOJO_HOME="$data" java -Dopsdojo.exitAfterFirstFrame=true -jar target/opsdojo.jar 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms.*/\1/p')")
  if [ -x "$img" ]; then
    image+=("$(OPSDOJO_HOME="$data" OPSDOJO_JAVA_OPTS=-Dopsdojo.exitAfterFirstFrame=true "$img" 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms.*/\1/p')")
  fi
done
e=$(printf '%s\n' "${empty[@]}" | median); a=$(printf '%s\n' "${app[@]}" | median)
echo "empty JavaFX window: ${empty[*]} ms -> median $e ms"
echo "OpsDojo:             ${app[*]} ms -> median $a ms"
awk -v a="$a" -v e="$e" 'BEGIN {printf "ratio app/empty: %.2f (goal <= 1.5)\n", a/e}'
if [ ${#image[@]} -gt 0 ]; then
  i=$(printf '%s\n' "${image[@]}" | median)
  echo "packaged image (jlink + AppCDS): ${image[*]} ms -> median $i ms"
  awk -v a="$i" -v e="$e" 'BEGIN {printf "ratio image/empty: %.2f\n", a/e}'
fi
rm -rf "$data"
