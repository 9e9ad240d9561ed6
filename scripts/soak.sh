#!/usr/bin/env bash
# Stanceline soak (issue 9): the packaged app on a fresh database, READERS concurrent readers over the read
# endpoints for DURATION seconds (wrk, one process per endpoint, readers shared out evenly) while an analyst
# posts ARTICLES articles (the seed texts in src/test/resources/ingest/seeds, varied so none is a duplicate).
# Every acknowledged write (201) is remembered with its proposals; at the end each must be readable with
# exactly those proposals. Prints the errors (any status but 2xx/3xx, except 503 which overload answers on
# purpose, plus socket errors and timeouts), p50/p99 per endpoint and of the writes. Exits 1 on any error.
#
#   scripts/soak.sh                                   # 300 s, 64 readers, 100 articles, H2 file database
#   scripts/soak.sh --duration 60                     # the CI version (SoakIT)
#   scripts/soak.sh --db pg                           # PostgreSQL (needs STANCELINE_PG_URL, as benchmark.sh)
#
# Options: --duration S (300) · --readers N (64) · --articles N (100) · --db h2|pg (h2) · --port P (18090)
#          --no-build (use the jar already in target/)
# Needs: wrk, curl. Output: target/soak/<db>/report.txt (also printed), app log and raw wrk output beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=300
READERS=64
ARTICLES=100
DB=h2
BUILD=1
PORT="${STANCELINE_SOAK_PORT:-18090}"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --readers) READERS="$2"; shift 2 ;;
    --articles) ARTICLES="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found: apt-get install curl" >&2; exit 1; }

OUT="target/soak/$DB"
rm -rf "$OUT"; mkdir -p "$OUT/wrk" "$OUT/articles"
REPORT="$OUT/report.txt"
BASE="http://127.0.0.1:$PORT"
ADMIN_PW=soak-admin
ANALYST_PW=soak-analyst
say() { echo "$*" | tee -a "$REPORT"; }

if [ "$DB" = pg ]; then
  : "${STANCELINE_PG_URL:?set STANCELINE_PG_URL (eval \"\$(scripts/start-test-postgres.sh)\")}"
  JAR=target/pg-app/quarkus-run.jar
  if [ "$BUILD" = 1 ]; then ./mvnw -q package -DskipTests -Dquarkus.quinoa=false; fi
  PG_HOSTPORT="$(echo "$STANCELINE_PG_URL" | sed -E 's#jdbc:postgresql://([^/]+)/.*#\1#')"
  SOAK_DB="stanceline_soak_$$"
  psql -q -h "${PG_HOSTPORT%:*}" -p "${PG_HOSTPORT#*:}" -U postgres -c "drop database if exists $SOAK_DB" \
    -c "create database $SOAK_DB owner ${STANCELINE_PG_USER:-stanceline}" >/dev/null 2>&1
  DB_PROPS=(-Dquarkus.profile=pg "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://$PG_HOSTPORT/$SOAK_DB"
            "-Dquarkus.datasource.username=${STANCELINE_PG_USER:-stanceline}"
            "-Dquarkus.datasource.password=${STANCELINE_PG_PASSWORD:-}")
else
  JAR=target/quarkus-app/quarkus-run.jar
  if [ "$BUILD" = 1 ]; then ./mvnw -q package -DskipTests; fi
  DB_PROPS=("-Dstanceline.db-file=$PWD/$OUT/h2/stanceline")
fi
[ -f "$JAR" ] || { echo "$JAR missing: build first (or drop --no-build)" >&2; exit 1; }

APP_PID=""
WRK_PIDS=()
cleanup() {
  for p in "${WRK_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "${SOAK_DB:-}" ]; then
    psql -q -h "${PG_HOSTPORT%:*}" -p "${PG_HOSTPORT#*:}" -U postgres -c "drop database if exists $SOAK_DB" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

STANCELINE_ADMIN_PASSWORD=$ADMIN_PW STANCELINE_ANALYST_PASSWORD=$ANALYST_PW \
  java -Xmx1g "-Dquarkus.http.port=$PORT" "-Dstanceline.data-dir=$PWD/data" "${DB_PROPS[@]}" -jar "$JAR" \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
  curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "app exited; see $OUT/app.log" >&2; tail -30 "$OUT/app.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "app not ready after 90 s" >&2; exit 1; }

say "Stanceline soak: $DB, ${DURATION}s, $READERS readers, $ARTICLES articles, $(nproc) cores, $(date -u +%FT%TZ)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# ------------------------------------------------------------------ readers
SOURCE_ID=$(curl -sf "$BASE/api/sources" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
[ -n "$SOURCE_ID" ] || { echo "no source in the corpus to read (is data/ there?)" >&2; exit 1; }
declare -a ENDPOINTS=(
  "topics|/api/topics"
  "timeline|/api/timeline?topic=troops&bucket=month"
  "positions|/api/positions?topic=troops"
  "statements|/api/statements?topic=troops&size=50"
  "search|/api/statements?q=troops&size=20"
  "shifts|/api/shifts?topic=troops"
  "sources|/api/sources"
  "source|/api/sources/$SOURCE_ID"
)
PER=$(( READERS / ${#ENDPOINTS[@]} )); EXTRA=$(( READERS % ${#ENDPOINTS[@]} ))
[ "$PER" -ge 1 ] || { PER=1; EXTRA=0; }
i=0
for spec in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path <<<"$spec"
  c=$PER; if [ "$i" -lt "$EXTRA" ]; then c=$((c + 1)); fi
  curl -sf -o /dev/null "$BASE$path" || say "warning: $name $path did not answer 200 before the soak"
  wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s --latency -s scripts/bench/statuses.lua "$BASE$path" \
    >"$OUT/wrk/$name.txt" 2>&1 &
  WRK_PIDS+=($!)
  echo "$c" >"$OUT/wrk/$name.clients"
  i=$((i + 1))
done

# ------------------------------------------------------------------ the analyst
SEEDS=(src/test/resources/ingest/seeds/*.txt)
STAMP=$(date +%s%N)
# Articles are spread over the first 80 % of the run: article n starts at n × SPACING ms, or at once if late.
SPACING_MS=$(( ARTICLES > 0 ? DURATION * 800 / ARTICLES : 0 ))
T0_MS=$(( $(date +%s%N) / 1000000 ))
ACKED="$OUT/acknowledged.txt"; : >"$ACKED"
WRITES="$OUT/writes.txt"; : >"$WRITES"
WRITE_ERRORS=0; WRITE_503=0
for n in $(seq 1 "$ARTICLES"); do
  seed="${SEEDS[$(( (n - 1) % ${#SEEDS[@]} ))]}"
  f="$OUT/articles/$n.txt"
  # A title of its own and the paragraphs rotated: a different text (and content hash) every time.
  { echo "Soak article $n of run $STAMP"; echo
    awk -v RS= -v k="$n" '{ p[NR] = $0 } END { for (j = 0; j < NR; j++) { print p[(j + k) % NR + 1]; print "" } }' "$seed"
  } >"$f"
  for attempt in 1 2 3 4 5; do
    res=$(curl -s -o "$OUT/articles/$n.json" -w '%{http_code} %{time_total}' -u "analyst:$ANALYST_PW" \
      -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$f" "$BASE/api/sources" || echo "000 0")
    code=${res% *}; secs=${res#* }
    echo "$n $code $secs" >>"$WRITES"
    if [ "$code" = 503 ]; then WRITE_503=$((WRITE_503 + 1)); sleep 2; continue; fi
    break
  done
  if [ "$code" = 201 ]; then
    id=$(grep -o '^{"id":[0-9]*' "$OUT/articles/$n.json" | cut -d: -f2 || true)
    # One "status" per proposed statement; its confirmed neighbours carry a quote but no status.
    proposed=$( (grep -o '"status":"proposed"' "$OUT/articles/$n.json" || true) | wc -l)
    echo "$id $proposed" >>"$ACKED"
  else
    WRITE_ERRORS=$((WRITE_ERRORS + 1))
    echo "write $n answered $code: $(head -c 300 "$OUT/articles/$n.json" 2>/dev/null)" >>"$OUT/errors.txt"
  fi
  wait_ms=$(( T0_MS + n * SPACING_MS - $(date +%s%N) / 1000000 ))
  if [ "$wait_ms" -gt 0 ]; then sleep "$(awk -v m="$wait_ms" 'BEGIN { printf "%.3f", m / 1000 }')"; fi
done
WRITES_DONE_S=$(( ($(date +%s%N) / 1000000 - T0_MS) / 1000 ))
for p in "${WRK_PIDS[@]}"; do wait "$p" || true; done
WRK_PIDS=()

# ------------------------------------------------------------------ every acknowledged write, read back
LOST=0; WRONG=0
while read -r id proposed; do
  if ! curl -sf -o /dev/null "$BASE/api/sources/$id"; then
    LOST=$((LOST + 1)); echo "source $id not readable" >>"$OUT/errors.txt"; continue
  fi
  total=$(curl -sf "$BASE/api/statements?source=$id&status=any&size=1" | grep -o '"total":[0-9]*' | cut -d: -f2 || true)
  if [ "${total:-x}" != "$proposed" ]; then
    WRONG=$((WRONG + 1)); echo "source $id: $total statements, acknowledged with $proposed" >>"$OUT/errors.txt"
  fi
done <"$ACKED"
ACK_COUNT=$(wc -l <"$ACKED")

# ------------------------------------------------------------------ report
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.1f", v/1000 }
  else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.1f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.1f", v*1000 }
  else print "-" }'; }
say "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
printf '%-11s %7s %9s %8s %9s %9s %7s %6s  %s\n' endpoint clients requests req/s p50_ms p99_ms errors 503s statuses | tee -a "$REPORT"
READ_ERRORS=0; READ_503=0
for spec in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path <<<"$spec"
  out="$OUT/wrk/$name.txt"
  statuses=$(awk '/^statuses/ { $1 = ""; print }' "$out")
  bad=0; s503=0
  for kv in $statuses; do
    code=${kv%=*}; count=${kv#*=}
    if [ "$code" = 503 ]; then s503=$((s503 + count)); elif [ "$code" -lt 200 ] || [ "$code" -ge 400 ]; then bad=$((bad + count)); fi
  done
  sock=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
  bad=$((bad + ${sock:-0}))
  [ -n "$statuses" ] || { bad=$((bad + 1)); echo "$name: wrk printed no statuses (see $out)" >>"$OUT/errors.txt"; }
  READ_ERRORS=$((READ_ERRORS + bad)); READ_503=$((READ_503 + s503))
  requests=$(awk '/requests in/ { print $1 }' "$out")
  printf '%-11s %7s %9s %8s %9s %9s %7s %6s  %s\n' "$name" "$(cat "$OUT/wrk/$name.clients")" "${requests:-0}" \
    "$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$out")" "$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")" \
    "$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")" "$bad" "$s503" "${statuses# }" | tee -a "$REPORT"
done
W_P50=$(awk '$2 == 201 { print $3 * 1000 }' "$WRITES" | sort -n | awk '{ a[NR] = $1 } END { if (NR) printf "%.1f", a[int((NR - 1) * 0.5) + 1]; else print "-" }')
W_P99=$(awk '$2 == 201 { print $3 * 1000 }' "$WRITES" | sort -n | awk '{ a[NR] = $1 } END { if (NR) printf "%.1f", a[int((NR - 1) * 0.99) + 1]; else print "-" }')
printf '%-11s %7s %9s %8s %9s %9s %7s %6s  %s\n' "POST source" 1 "$(wc -l <"$WRITES")" - "$W_P50" "$W_P99" "$WRITE_ERRORS" "$WRITE_503" \
  "acknowledged $ACK_COUNT of $ARTICLES in ${WRITES_DONE_S}s" | tee -a "$REPORT"
say ""
say "acknowledged writes read back: $((ACK_COUNT - LOST - WRONG)) of $ACK_COUNT whole; $LOST missing, $WRONG with other proposals"
ERRORS=$((READ_ERRORS + WRITE_ERRORS + LOST + WRONG))
say "errors: $ERRORS (reads $READ_ERRORS, writes $WRITE_ERRORS, lost $LOST, wrong $WRONG); deliberate 503s: reads $READ_503, writes $WRITE_503"
if [ "$ERRORS" -gt 0 ] || [ "$ACK_COUNT" -lt "$ARTICLES" ]; then
  say "SOAK FAILED (details: $OUT/errors.txt)"; if [ -f "$OUT/errors.txt" ]; then head -20 "$OUT/errors.txt"; fi
  exit 1
fi
say "SOAK PASSED"
