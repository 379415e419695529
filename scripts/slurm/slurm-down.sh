#!/usr/bin/env bash
# Stops the daemons scripts/slurm/slurm-up.sh started in DIR, by the PID files there (never by
# name), and waits for them to go. With --remove, deletes DIR afterwards.
set -uo pipefail
DIR=${1:?usage: slurm-down.sh DIR [--remove]}
for f in slurmd.pid slurmctld.pid munged.pid; do
  [[ -f "$DIR/$f" ]] || continue
  pid=$(cat "$DIR/$f")
  [[ "$pid" =~ ^[0-9]+$ ]] || continue
  kill "$pid" 2>/dev/null || continue
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
done
[[ "${2:-}" == "--remove" ]] && rm -rf "$DIR"
exit 0
