#!/usr/bin/env bash
# Flashcards at scale: 10,000 cards and 100,000 logged reviews.
#  1. next card + four button intervals, median (in-process)
#  2. JVM start -> first frame of the app opened on the Flashcards section (due counts shown), big vs empty collection.
# Needs a display for part 2: run under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
mvn -q -B -DskipTests package test-compile
cp="target/test-classes:target/classes:target/lib/*"
big=$(mktemp -d /dev/shm/opsdojo-big.XXXX 2>/dev/null || mktemp -d)   # fsync per review is cheap on tmpfs
empty=$(mktemp -d)
java -cp "$cp" dev.opsdojo.bench.CollectionBenchmark generate "$big"
java -cp "$cp" dev.opsdojo.bench.CollectionBenchmark measure "$big"
printf '{"language":"en","section":"FLASHCARDS"}' > "$empty/settings.json"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
e=(); b=()
for i in $(seq "$runs"); do
  e+=("$(OPSDOJO_HOME="$empty" java -Dopsdojo.exitAfterFirstFrame=true -jar target/opsdojo.jar 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms.*/\1/p')")
  b+=("$(OPSDOJO_HOME="$big" java -Dopsdojo.exitAfterFirstFrame=true -jar target/opsdojo.jar 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms.*/\1/p')")
done
em=$(printf '%s\n' "${e[@]}" | median); bm=$(printf '%s\n' "${b[@]}" | median)
echo "start-up on Flashcards, empty collection: ${e[*]} ms -> median $em ms"
echo "start-up on Flashcards, 10k cards/100k reviews: ${b[*]} ms -> median $bm ms"
awk -v a="$bm" -v e="$em" 'BEGIN {printf "ratio big/empty: %.2f (goal <= 1.2)\n", a/e}'
rm -rf "$big" "$empty"
