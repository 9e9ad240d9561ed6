# Sourced by scripts/appcds.sh and scripts/aot-cache.sh: one training run of the packaged app for the JVM's
# class-data archive or AOT cache. Starts it on a throw-away database with the demo corpus, asks the main
# read endpoints and a signed-in call, and stops it with SIGTERM; the JVM writes its archive as it exits.
#
#   training_run JAVA JAR PORT WORKDIR [JVM option ...]
training_run() {
  local java="$1" jar="$2" port="$3" work="$4"; shift 4
  STANCELINE_ADMIN_PASSWORD=training STANCELINE_ANALYST_PASSWORD=training \
    "$java" -Xmx1g "$@" "-Dquarkus.http.port=$port" "-Dstanceline.db-file=$work/stanceline" \
    -jar "$jar" >"$work/training.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/training.log" >&2; return 1; }
    sleep 0.2
  done
  local six="moscow,london,paris,washington,kyiv,copenhagen" path
  for path in / /api/topics /api/actors "/api/timeline?topic=troops&actors=$six&bucket=month" \
    "/api/timeline?topic=troops&bucket=week" "/api/positions?topic=troops" "/api/shifts?topic=troops" \
    "/api/statements?topic=troops&size=50" "/api/statements?topic=troops&q=troops" \
    "/charts/timeline.svg?topic=troops" "/embed/timeline?topic=troops" /q/health/live; do
    curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
  done
  curl -s -o /dev/null -u analyst:training "http://127.0.0.1:$port/api/me" || true
  kill -TERM "$pid"
  wait "$pid" || true
}
