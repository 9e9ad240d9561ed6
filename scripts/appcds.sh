#!/usr/bin/env bash
# Faster start-up on the JDK 17 the README uses: a dynamic AppCDS archive (JEP 350) of the classes the
# packaged app loads, written by one short training run that loads the demo corpus into a throw-away
# database and asks the main read endpoints. The JDK then maps those classes instead of reading, parsing
# and verifying them at every start.
#
#   ./mvnw package -DskipTests && scripts/appcds.sh
#   then start with the command it prints (from the repository root; the archive records that path).
#
# The archive fits only the exact jars and JDK it was trained with: run the script again after every build
# (the JVM warns and starts without it otherwise). On JDK 25+ scripts/aot-cache.sh does more (the JDK AOT cache).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=target/quarkus-app/quarkus-run.jar
ARCHIVE=target/quarkus-app/app-cds.jsa
PORT="${STANCELINE_CDS_PORT:-18098}"
[ -s "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
rm -f "$ARCHIVE"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

source scripts/bench/training-run.sh
training_run "$JAVA" "$JAR" "$PORT" "$WORK" "-XX:ArchiveClassesAtExit=$ARCHIVE"
[ -s "$ARCHIVE" ] || { echo "no archive written; see the training log:" >&2; tail -30 "$WORK/training.log" >&2; exit 1; }
echo "AppCDS archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
echo "start with:"
echo "  java -Xmx1g -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
