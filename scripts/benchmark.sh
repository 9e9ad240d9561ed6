#!/usr/bin/env bash
# Stanceline's scale benchmark (issue 8). Generates N statements as a backup file, restores it through
# POST /api/import/dataset, restarts, then measures the read endpoints with wrk at 1, 32 and 64 clients
# beside /api/topics (the framework's ceiling, same run) and beside the same questions asked of the
# database directly over JDBC. Prints every figure beside its target.
#
#   scripts/benchmark.sh                      # 1,000,000 statements on the embedded H2 file database
#   scripts/benchmark.sh --db pg              # the same on PostgreSQL (needs STANCELINE_PG_URL: see below)
#   scripts/benchmark.sh --statements 20000 --duration 5      # a short run
#
# Options: --statements N (1000000) · --db h2|pg (h2) · --duration S seconds per wrk run (10)
#          --no-build (use the jar already in target/) · --keep (leave the app running at the end)
# Needs: wrk (apt-get install wrk), curl; for --db pg a server reachable as STANCELINE_PG_URL with a
# superuser "postgres" (eval "$(scripts/start-test-postgres.sh)" starts one).
# Output: target/bench/<db>-<N>/report.txt (also printed), with the app logs beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

STATEMENTS=1000000
DB=h2
DURATION=10
BUILD=1
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --statements) STATEMENTS="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }

OUT="target/bench/$DB-$STATEMENTS"
rm -rf "$OUT"; mkdir -p "$OUT"
REPORT="$OUT/report.txt"
PORT="${STANCELINE_BENCH_PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
ADMIN_PW=bench-admin
ANALYST_PW=bench-analyst
SIX="moscow,london,paris,washington,kyiv,copenhagen"
say() { echo "$*" | tee -a "$REPORT"; }

# ------------------------------------------------------------------ build
if [ "$DB" = pg ]; then
  : "${STANCELINE_PG_URL:?set STANCELINE_PG_URL (eval \"\$(scripts/start-test-postgres.sh)\")}"
  JAR=target/pg-app/quarkus-run.jar
  if [ "$BUILD" = 1 ]; then ./mvnw -q package -DskipTests -Dquarkus.quinoa=false; fi
  PG_HOSTPORT="$(echo "$STANCELINE_PG_URL" | sed -E 's#jdbc:postgresql://([^/]+)/.*#\1#')"
  PG_HOST="${PG_HOSTPORT%:*}"; PG_PORT="${PG_HOSTPORT#*:}"
  BENCH_DB="stanceline_bench"
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -c "drop database if exists $BENCH_DB" \
    -c "create database $BENCH_DB owner ${STANCELINE_PG_USER:-stanceline}" >/dev/null
  JDBC_URL="jdbc:postgresql://$PG_HOSTPORT/$BENCH_DB"
  DB_USER="${STANCELINE_PG_USER:-stanceline}"; DB_PW="${STANCELINE_PG_PASSWORD:-}"
  DB_PROPS=(-Dquarkus.profile=pg "-Dquarkus.datasource.jdbc.url=$JDBC_URL"
            "-Dquarkus.datasource.username=$DB_USER" "-Dquarkus.datasource.password=$DB_PW")
  DRIVER="$(ls target/pg-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
else
  JAR=target/quarkus-app/quarkus-run.jar
  if [ "$BUILD" = 1 ]; then ./mvnw -q package -DskipTests; fi
  H2_FILE="$PWD/$OUT/h2/stanceline"
  JDBC_URL="jdbc:h2:file:$H2_FILE"
  DB_USER=stanceline; DB_PW=""
  DB_PROPS=("-Dstanceline.db-file=$H2_FILE")
  DRIVER="$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)"
fi

# ------------------------------------------------------------------ app lifecycle and memory sampling
APP_PID=""
SAMPLER_PID=""
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ "$KEEP" = 0 ] && [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

start_app() { # $1 = log name; extra args after; sets APP_PID and READY_MS (ms from java -jar to ready)
  local log="$OUT/$1.log"; shift
  local t0; t0=$(date +%s%N)
  STANCELINE_ADMIN_PASSWORD=$ADMIN_PW STANCELINE_ANALYST_PASSWORD=$ANALYST_PW \
    "${JAVA_BIN:-java}" -Xmx1g -Xms64m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=40 "-Dquarkus.http.port=$PORT" "${DB_PROPS[@]}" "$@" -jar "$JAR" >"$log" 2>&1 &
  APP_PID=$!
  until curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app exited; see $log" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }
sample_rss() { # writes the peak RSS (MB) of the app seen so far into $OUT/rss-peak
  echo 0 >"$OUT/rss-peak"
  ( while true; do
      pid=$(pgrep -f -- "-Dquarkus.http.port=$PORT" | head -1 || true)
      if [ -n "$pid" ]; then
        r=$(( $(ps -o rss= -p "$pid" 2>/dev/null || echo 0) / 1024 ))
        [ "$r" -gt "$(cat "$OUT/rss-peak")" ] && echo "$r" >"$OUT/rss-peak"
      fi
      sleep 0.5
    done ) &
  SAMPLER_PID=$!
}

say "Stanceline benchmark: $STATEMENTS statements on $DB, wrk ${DURATION}s per run, $(nproc) cores, $(date -u +%FT%TZ)"
say "java: $(java -version 2>&1 | head -1)"
say ""

# ------------------------------------------------------------------ generate and restore
BACKUP="target/bench/backup-$STATEMENTS.json.gz"
if [ ! -s "$BACKUP" ]; then
  t0=$(date +%s%N)
  java scripts/GenerateBackup.java --statements "$STATEMENTS" --out "$BACKUP" >"$OUT/generate.log"
  say "generated $BACKUP ($(du -h "$BACKUP" | cut -f1)) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
fi

sample_rss
start_app empty -Dstanceline.load-corpus=false; READY_EMPTY=$READY_MS
t0=$(date +%s%N)
RESTORE_STATUS=$(curl -sS -o "$OUT/restore.json" -w '%{http_code}' -u "admin:$ADMIN_PW" \
  -H 'Content-Type: application/gzip' --data-binary "@$BACKUP" "$BASE/api/import/dataset")
RESTORE_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
RESTORE_RSS=$(cat "$OUT/rss-peak")
[ "$RESTORE_STATUS" = 200 ] || [ "$RESTORE_STATUS" = 201 ] || { say "restore failed: $RESTORE_STATUS $(head -c 500 "$OUT/restore.json")"; exit 1; }
COMPACTION="-"
[ "$DB" = h2 ] && DB_SIZE_RESTORED="$(du -h "$H2_FILE.mv.db" | cut -f1)"
t0=$(date +%s%N)
stop_app # on H2 the graceful stop after a restore compacts the file (stanceline.storage.compact-after-restore)
STOP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$DB" = h2 ] && COMPACTION="$(grep -o 'H2 file compacted.*' "$OUT/empty.log" || echo 'no compaction logged')"
start_app restarted -Dstanceline.load-corpus=false; READY_FULL=$READY_MS
READY_RSS=$(rss_mb)
sleep 35 # idle: past G1's periodic collection (30 s), which returns the heap start-up took
IDLE_RSS=$(rss_mb)
if [ "$DB" = pg ]; then
  DB_SIZE=$(psql -tA -h "$PG_HOST" -p "$PG_PORT" -U postgres -c "select pg_size_pretty(pg_database_size('$BENCH_DB'))")
else
  DB_SIZE="$(du -h "$H2_FILE.mv.db" | cut -f1)"
fi

# ------------------------------------------------------------------ wrk runs
declare -A RPS P50 P99 ERR
run() { # name clients path
  local name="$1" c="$2" path="$3" t=2
  [ "$c" -lt 2 ] && t=1
  local out; out=$(wrk -t$t -c"$c" -d"${DURATION}s" --timeout 10s --latency -s scripts/bench/statuses.lua "$BASE$path" 2>&1)
  echo "== $name c=$c $path" >>"$OUT/wrk.log"; echo "$out" >>"$OUT/wrk.log"
  RPS[$name,$c]=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  P50[$name,$c]=$(echo "$out" | awk '$1=="50%" {print $2}')
  P99[$name,$c]=$(echo "$out" | awk '$1=="99%" {print $2}')
  local non2xx sock
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  sock=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}')
  ERR[$name,$c]=$(( ${non2xx:-0} + ${sock:-0} ))
  STATUSES[$name,$c]=$(echo "$out" | awk '/^statuses/ {$1=""; print}')
}
declare -A STATUSES
to_ms() { # wrk prints 812.00us, 1.23ms or 1.02s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 } else print "-" }'
}

# The period of the generated data: its last statement's month, and two years before it for weekly buckets.
LAST=$(curl -sf "$BASE/api/timeline?topic=troops&actors=moscow&bucket=month" | grep -o '"end":"[0-9-]*"' | tail -1 | cut -d'"' -f4)
TWO_YEARS_BEFORE=$(date -u -d "$LAST -2 years +1 day" +%F)
# name|path|clients|targets: "c:p99_ms" is a p99 target at c clients, "c:ratio%" a throughput target against
# /api/topics at c clients (issue 8's targets; printed beside the figures, never asserted).
declare -a ENDPOINTS=(
  "topics|/api/topics|1 32 64|"
  "timeline-6-month|/api/timeline?topic=troops&actors=$SIX&bucket=month|1 32 64|32:50 32:10%"
  "timeline-6-week-2y|/api/timeline?topic=troops&actors=$SIX&bucket=week&from=$TWO_YEARS_BEFORE&to=$LAST|1 32 64|32:50"
  "timeline-50-month|/api/timeline?topic=troops&bucket=month|1 32 64|32:200"
  "positions|/api/positions?topic=troops|1 32 64|"
  "statements|/api/statements?topic=troops&size=50|1 32 64|32:100"
  "search|/api/statements?q=ceasefire&size=50|1 8|8:300"
  "shifts|/api/shifts?topic=troops|1 8|8:200"
  "chart-svg|/charts/timeline.svg?topic=troops&actors=$SIX|1 8|8:200"
)
for spec in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path clients target <<<"$spec"
  curl -sf -o /dev/null "$BASE$path" || say "warning: $name $path did not answer 200"
  for c in $clients; do run "$name" "$c" "$path"; done
done

# Overload: 256 clients on the heavy endpoints get only 200 or 503 (problem+json with Retry-After).
for name in timeline-50-month shifts chart-svg search; do
  for spec in "${ENDPOINTS[@]}"; do
    IFS='|' read -r n path clients target <<<"$spec"
    [ "$n" = "$name" ] && run "$name" 256 "$path"
  done
done

# The first timeline after a confirm: uncached, and it must already show the change.
T6="/api/timeline?topic=troops&actors=$SIX&bucket=month"
sum_counts() { grep -o '"count":[0-9]*' | cut -d: -f2 | paste -sd+ | bc; }
BEFORE=$(curl -sf "$BASE$T6" | sum_counts)
PROPOSED=$(curl -sf "$BASE/api/statements?topic=troops&actor=moscow&status=proposed&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
CONFIRM_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -u "analyst:$ANALYST_PW" -X POST "$BASE/api/statements/$PROPOSED/confirm")
FIRST_AFTER_MS=$(curl -s -o "$OUT/after-confirm.json" -w '%{time_total}' "$BASE$T6" | awk '{printf "%.1f", $1*1000}')
AFTER=$(sum_counts <"$OUT/after-confirm.json")
PEAK_RSS=$(cat "$OUT/rss-peak")

# ------------------------------------------------------------------ the same questions asked of the database
# The app's own queries are in its log at DEBUG only, so the SQL here is written out: the rollup read behind
# the six-actor timeline and the statements page (topic, newest first, 50 rows; the ORDER BY starts with the
# filtered index columns, as the app's own page query does, since H2 reads an index in order only then).
TOPIC_ID_SQL="(select id from topic where slug = 'troops')"
SQL_TIMELINE="select r.actor_id, r.bucket_start, r.statement_count, r.stance_sum, r.stance_min, r.stance_max, r.intensity_max, r.last_statement_id, r.last_said_on, r.last_stance from stance_rollup r where r.topic_id = $TOPIC_ID_SQL and r.bucket_kind = 'M' and r.actor_id in (select id from actor where slug in ('moscow','london','paris','washington','kyiv','copenhagen')) order by r.actor_id, r.bucket_start"
SQL_PAGE="select s.id, s.quote, s.said_on, s.stance, s.intensity from statement s where s.topic_id = $TOPIC_ID_SQL and s.status = 'CONFIRMED' order by s.topic_id, s.status, s.said_on desc, s.id desc limit 50"
if [ "$DB" = h2 ]; then stop_app; fi
# With a JDK 17 AppCDS archive trained on this very jar (scripts/appcds.sh, 30-40 s), the same restart once more.
READY_CDS="- (PostgreSQL run: measured on H2 only)"
if [ "$DB" = h2 ]; then
  if scripts/appcds.sh >"$OUT/appcds.log" 2>&1; then
    start_app restarted-cds -Dstanceline.load-corpus=false -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa
    READY_CDS="$READY_MS ms"; stop_app
  else
    READY_CDS="- (scripts/appcds.sh failed: $OUT/appcds.log)"
  fi
fi
# With a JDK 25 AOT cache built by scripts/aot-cache.sh, the same restart once more on that build.
READY_AOT="- (no target/aot-app/app.aot: run scripts/aot-cache.sh first)"
if [ "$DB" = h2 ] && [ -s target/aot-app/app.aot ] && [ -x "${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" ]; then
  SAVED_JAR=$JAR; JAR=target/aot-app/quarkus-run.jar
  JAVA_BIN="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" \
    start_app restarted-aot -Dstanceline.load-corpus=false -XX:AOTCache=target/aot-app/app.aot -XX:CompileThresholdScaling=3
  READY_AOT="$READY_MS ms"; stop_app; JAR=$SAVED_JAR
fi
direct() { java -cp "$DRIVER" scripts/bench/DirectQuery.java "$JDBC_URL" "$DB_USER" "$DB_PW" "$1" "$DURATION" "$2" 2>>"$OUT/direct.log" || echo "p50_ms=- p99_ms=- qps=0"; }
D_T1=$(direct 1 "$SQL_TIMELINE"); D_T32=$(direct 32 "$SQL_TIMELINE")
D_P1=$(direct 1 "$SQL_PAGE"); D_P32=$(direct 32 "$SQL_PAGE")
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

# ------------------------------------------------------------------ report
say ""
say "Restore of $STATEMENTS statements: $RESTORE_MS ms (target <= 600000), HTTP $RESTORE_STATUS, peak RSS during restore $RESTORE_RSS MB"
if [ "$DB" = h2 ]; then
  say "H2 file: $DB_SIZE_RESTORED when the restore answered; $DB_SIZE after the graceful stop that compacts it and a restart (target <= 3 GB); stop took $STOP_MS ms: $COMPACTION"
else
  say "Database size after restore: $DB_SIZE"
fi
say "Ready after java -jar: empty database $READY_EMPTY ms (target <= 2000 on a quiet machine); restart on $STATEMENTS statements $READY_FULL ms (target <= 3000 after a restore; <= 2000 on a quiet machine)"
say "Restart on $STATEMENTS statements with an AppCDS archive (JDK 17, scripts/appcds.sh): $READY_CDS (target <= 2000)"
say "Restart on $STATEMENTS statements with the JDK 25 AOT cache (scripts/aot-cache.sh): $READY_AOT (target <= 2000)"
say "RSS after restart: at ready $READY_RSS MB, idle 35 s later $IDLE_RSS MB (target <= 300); peak RSS over the whole run: $PEAK_RSS MB (target <= 1536)"
say "First timeline after a confirm: $FIRST_AFTER_MS ms (target <= 300), confirm HTTP $CONFIRM_STATUS, statements counted $BEFORE -> $AFTER ($([ "${AFTER:-0}" -gt "${BEFORE:-0}" ] && echo shows the change || echo 'DOES NOT show the change'))"
say ""
# The target that applies to one row, and whether the row meets it: "p99 <= 50 ms: met".
verdict() { # targets clients p99_ms ratio_percent errors
  local targets="$1" c="$2" p99="$3" ratio="${4%\%}" errors="$5" out="" t tc tv ok
  for t in $targets; do
    tc="${t%%:*}"; tv="${t#*:}"
    [ "$tc" = "$c" ] || continue
    if [[ "$tv" == *% ]]; then
      ok=$(awk -v a="$ratio" -v b="${tv%\%}" 'BEGIN { print (a != "-" && a+0 >= b+0) ? "met" : "MISSED" }')
      out="$out${out:+; }>= ${tv} of topics: $ok"
    else
      ok=$(awk -v a="$p99" -v b="$tv" 'BEGIN { print (a != "-" && a+0 <= b+0) ? "met" : "MISSED" }')
      out="$out${out:+; }p99 <= $tv ms: $ok"
    fi
  done
  out="$out${out:+; }0 errors: $([ "$errors" = 0 ] && echo met || echo MISSED)"
  echo "$out"
}
printf '%-20s %4s %10s %10s %10s %9s %7s  %s\n' endpoint c p50_ms p99_ms req/s vs_topics errors "target (issue 8): result" | tee -a "$REPORT"
for spec in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path clients target <<<"$spec"
  for c in $clients 256; do
    [ -z "${RPS[$name,$c]:-}" ] && continue
    ratio="-"
    if [ -n "${RPS[topics,$c]:-}" ]; then ratio=$(awk -v a="${RPS[$name,$c]}" -v b="${RPS[topics,$c]}" 'BEGIN {printf "%.1f%%", 100*a/b}'); fi
    if awk -v r="${RPS[$name,$c]}" 'BEGIN { exit !(r+0 == 0) }'; then
      shown="MISSED: no request answered within wrk's 10 s timeout"
    elif [ "$c" = 256 ]; then
      only=$(echo "${STATUSES[$name,$c]}" | tr ' ' '\n' | grep -vE '^(200|503)=' | grep -c . || true)
      shown="only 200/503: $([ "$only" = 0 ] && echo met || echo MISSED) (${STATUSES[$name,$c]# })"
    else
      shown=$(verdict "$target" "$c" "$(to_ms "${P99[$name,$c]}")" "$ratio" "${ERR[$name,$c]}")
    fi
    printf '%-20s %4s %10s %10s %10s %9s %7s  %s\n' "$name" "$c" "$(to_ms "${P50[$name,$c]}")" "$(to_ms "${P99[$name,$c]}")" \
      "${RPS[$name,$c]}" "$ratio" "${ERR[$name,$c]}" "$shown" | tee -a "$REPORT"
  done
done
say ""
say "The same questions asked of the database directly (JDBC, $DB, ${DURATION}s each; endpoint p50 / direct p50; issue 8 sets no target for this ratio):"
for pair in "timeline-6-month|1|$D_T1" "timeline-6-month|32|$D_T32" "statements|1|$D_P1" "statements|32|$D_P32"; do
  IFS='|' read -r name c d <<<"$pair"
  dp50=$(field "$d" p50_ms); ep50=$(to_ms "${P50[$name,$c]}")
  ratio=$(awk -v e="$ep50" -v d="$dp50" 'BEGIN { if (d > 0) printf "%.1fx", e/d; else print "-" }')
  say "$(printf '%-20s %4s direct p50 %s ms p99 %s ms %s q/s; endpoint p50 %s ms (%s)' "$name" "$c" "$dp50" "$(field "$d" p99_ms)" "$(field "$d" qps)" "$ep50" "$ratio")"
done
say ""
say "Raw wrk output: $OUT/wrk.log; app logs: $OUT/*.log"
