#!/usr/bin/env bash
# Builds a self-contained app image (a trimmed Java runtime + OpsDojo) with jlink, and optionally a .deb with
# jpackage:  packaging/build-image.sh [--deb]
# Uses the javafx-*-linux.jar files from Maven Central directly (no JavaFX jmods needed).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=target/packaging
rm -rf "$work" && mkdir -p "$work/mods"
cp target/opsdojo.jar "$work/mods/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  # Maven puts an empty placeholder next to each platform jar of JavaFX; jlink wants only the real one.
  case "$name" in javafx-*-linux.jar) cp "$jar" "$work/mods/" ;; javafx-*) ;; *) cp "$jar" "$work/mods/" ;; esac
done
jlink --module-path "$work/mods" --add-modules opsdojo \
  --launcher opsdojo=opsdojo/dev.opsdojo.app.Main \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/image"
# JavaFX's native libraries otherwise get unpacked to ~/.openjfx/cache on first launch.
unzip -q -o -j target/lib/javafx-graphics-*-linux.jar '*.so' -d "$work/image/lib"
unzip -q -o -j target/lib/javafx-controls-*-linux.jar '*.so' -d "$work/image/lib" 2>/dev/null || true
# Application class-data sharing: record the classes of one start-up into an archive the launcher then maps in,
# which cuts start-up by about 40% here (README, "Performance").
archive_home=$(mktemp -d)
OPSDOJO_HOME="$archive_home" xvfb-run -a -s "-screen 0 1600x1000x24" "$work/image/bin/java" -XX:ArchiveClassesAtExit="$work/image/lib/opsdojo.jsa" \
  -Dopsdojo.exitAfterFirstFrame=true -m opsdojo/dev.opsdojo.app.Main >/dev/null 2>&1 \
  || echo "note: no display (xvfb-run) to record the class-data archive; the image starts without it"
rm -rf "$archive_home"
cat > "$work/image/bin/opsdojo" <<'LAUNCHER'
#!/bin/sh
# OpsDojo launcher: maps in the class-data archive when present; JVM options may come from $OPSDOJO_JAVA_OPTS.
DIR=$(dirname "$(readlink -f "$0")")
CDS=""
[ -f "$DIR/../lib/opsdojo.jsa" ] && CDS="-XX:SharedArchiveFile=$DIR/../lib/opsdojo.jsa -Xshare:auto"
exec "$DIR/java" $CDS $OPSDOJO_JAVA_OPTS -m opsdojo/dev.opsdojo.app.Main "$@"
LAUNCHER
chmod +x "$work/image/bin/opsdojo"
echo "app image: $work/image ($(du -sh "$work/image" | cut -f1)); run $work/image/bin/opsdojo"
if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb --name opsdojo --app-version "$(sed -n 's/^version=//p' target/classes/dev/opsdojo/version.properties)" \
    --runtime-image "$work/image" --module opsdojo/dev.opsdojo.app.Main \
    --icon src/main/resources/dev/opsdojo/icons/opsdojo-256.png \
    --linux-shortcut --linux-menu-group Education --linux-package-deps libgtk-3-0 \
    --description "Lessons, flashcards and simulators for backend/DevOps interviews" \
    --dest target/dist
  ls -la target/dist
fi
