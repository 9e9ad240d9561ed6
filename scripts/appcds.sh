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

STANCELINE_ADMIN_PASSWORD=cds-training STANCELINE_ANALYST_PASSWORD=cds-training \
  "$JAVA" -Xmx1g "-XX:ArchiveClassesAtExit=$ARCHIVE" "-Dquarkus.http.port=$PORT" \
  "-Dstanceline.db-file=$WORK/stanceline" -jar "$JAR" >"$WORK/training.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/training.log" >&2; exit 1; }
  sleep 0.2
done
SIX="moscow,london,paris,washington,kyiv,copenhagen"
for path in / /api/topics /api/actors "/api/timeline?topic=troops&actors=$SIX&bucket=month" \
  "/api/timeline?topic=troops&bucket=week" "/api/positions?topic=troops" "/api/shifts?topic=troops" \
  "/api/statements?topic=troops&size=50" "/api/statements?topic=troops&q=troops" \
  "/charts/timeline.svg?topic=troops" "/embed/timeline?topic=troops" /q/health/live; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$path" || true
done
curl -s -o /dev/null -u analyst:cds-training "http://127.0.0.1:$PORT/api/me" || true
kill -TERM "$PID"
wait "$PID" || true
[ -s "$ARCHIVE" ] || { echo "no archive written; see the training log:" >&2; tail -30 "$WORK/training.log" >&2; exit 1; }
echo "AppCDS archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
echo "start with:"
echo "  java -Xmx1g -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
