#!/usr/bin/env bash
# Lesson open and search-per-keystroke medians (headless, Monocle + software rendering, like the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package test-compile
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -cp "target/test-classes:target/classes:target/lib/*:$(find ~/.m2/repository/org/testfx/openjfx-monocle/17.0.10 -name '*.jar' | head -1)" \
  dev.opsdojo.bench.LessonBenchmark
