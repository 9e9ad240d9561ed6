#!/usr/bin/env bash
# Faster start-up on JDK 25+: builds target/aot-app (Quarkus's aot-jar packaging, plain class path, so
# the JDK can cache the application's classes) and trains a JDK AOT cache for it (JEP 483/514/515) with
# one short run that loads the demo corpus into a throw-away database and asks the main read endpoints.
#
#   scripts/aot-cache.sh            # needs a JDK 25+: JAVA25_HOME, else JAVA_HOME, else temurin-25 under /usr/lib/jvm
#   then start with the command it prints (from the repository root).
#
# The cache only fits the exact jars it was trained with: run the script again after every build.
# The default fast-jar build (target/quarkus-app) stays the one the README starts: on JDK 17 it starts
# faster than aot-jar without a cache, and the JDK 17 has no AOT cache.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_java25() {
  for home in "${JAVA25_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${major%%.*}" -ge 25 ]; then echo "$home/bin/java"; return; fi
  done
  echo "no JDK 25+ found: set JAVA25_HOME" >&2; exit 1
}
JAVA25=$(pick_java25)
APP=target/aot-app
CACHE=$APP/app.aot
PORT="${STANCELINE_AOT_PORT:-18099}"

./mvnw -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot-app
rm -f "$CACHE"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

source scripts/bench/training-run.sh
training_run "$JAVA25" "$APP/quarkus-run.jar" "$PORT" "$WORK" "-XX:AOTCacheOutput=$CACHE"
[ -s "$CACHE" ] || { echo "no cache written; see the training log:" >&2; tail -30 "$WORK/training.log" >&2; exit 1; }
echo "AOT cache: $CACHE ($(du -h "$CACHE" | cut -f1))"
echo "start with:"
# CompileThresholdScaling=3: C2 compiles later, so start-up keeps the second core (ready 1.8 s instead of 2.0 s
# on the 1 M file); steady state still ends up compiled, a little later.
echo "  $JAVA25 -Xmx1g -Xms64m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=40 -XX:AOTCache=$CACHE -XX:CompileThresholdScaling=3 -jar $APP/quarkus-run.jar"
