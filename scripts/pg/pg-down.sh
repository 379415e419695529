#!/usr/bin/env bash
# Stops the cluster scripts/pg/pg-up.sh started in DIR (only that one: pg_ctl reads
# DIR/data/postmaster.pid). With --remove, deletes DIR afterwards.
set -euo pipefail
DIR=${1:?usage: pg-down.sh DIR [--remove]}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
RUN=()
[[ $(id -u) -eq 0 ]] && RUN=(runuser -u postgres --)
if [[ -f "$DIR/data/postmaster.pid" ]]; then
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >/dev/null || true
fi
[[ "${2:-}" == "--remove" ]] && rm -rf "$DIR"
exit 0
