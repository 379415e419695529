#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for tests and benchmarks, and prints its URL.
#
#   url=$(scripts/pg/pg-up.sh DIR)      # DIR: a new or empty folder (the cluster lives in DIR/data)
#   ... newsgraph ingest --db "$url" ...
#   scripts/pg/pg-down.sh DIR           # stops exactly this cluster (DIR/data/postmaster.pid)
#
# Listens on 127.0.0.1 only, on a free port, with trust authentication for the local user
# "newsgraph" and one database "newsgraph"; the URL is also written to DIR/url. initdb refuses to
# run as root, so as root the cluster runs as the "postgres" user (Debian's package creates it)
# and DIR is handed to that user. Durability is off (fsync, synchronous_commit, full_page_writes):
# committed transactions survive a killed client or server process, not a power loss. Set
# PG_DURABLE=1 to keep PostgreSQL's defaults (for benchmarks that should count the fsyncs).
set -euo pipefail
DIR=${1:?usage: pg-up.sh DIR}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[[ -x "$PGBIN/initdb" ]] || { echo "pg-up.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
RUN=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || { echo "pg-up.sh: running as root needs the postgres user" >&2; exit 2; }
  chown postgres: "$DIR"
  chmod 755 "$DIR"
  RUN=(runuser -u postgres --)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -A trust -U newsgraph -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
OPTS="-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=300 -c shared_buffers=256MB"
if [[ "${PG_DURABLE:-0}" != 1 ]]; then
  OPTS+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -o "$OPTS" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
"$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U newsgraph -d postgres -c "CREATE DATABASE newsgraph" >/dev/null
URL="postgresql://newsgraph@127.0.0.1:$PORT/newsgraph"
echo "$URL" >"$DIR/url"
echo "$URL"
