#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the PostgreSQL test profile and prints the
# environment the tests read. Usage: eval "$(scripts/start-test-postgres.sh)"
set -euo pipefail
PORT="${STANCELINE_PG_PORT:-55432}"
# Take the first free port from there: another cluster may already listen on it.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
DIR="$(mktemp -d /tmp/stanceline-pg.XXXXXX)"
chown postgres "$DIR" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >/dev/null
# A port nobody listens on may still be bound: the kernel hands ports of this range to outgoing
# connections too. So a failed start moves on to the next port, a few times.
for attempt in 1 2 3 4 5 6; do
  if as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off" start >/dev/null 2>&1; then
    break
  fi
  if [ "$attempt" = 6 ] || ! grep -q "could not bind\|could not create any TCP/IP sockets" "$DIR/server.log"; then
    cat "$DIR/server.log" >&2
    exit 1
  fi
  PORT=$((PORT + 1 + RANDOM % 50))
  while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
done
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "create user stanceline password 'stanceline'" >&2
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "create database stanceline owner stanceline" >&2
echo "export STANCELINE_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/stanceline"
echo "export STANCELINE_PG_USER=stanceline"
echo "export STANCELINE_PG_PASSWORD=stanceline"
if [ "$(id -u)" = 0 ]; then STOP="runuser -u postgres -- $BIN/pg_ctl -D $DIR/data stop -m fast"; else STOP="$BIN/pg_ctl -D $DIR/data stop -m fast"; fi
echo "export STANCELINE_PG_STOP='$STOP'"
