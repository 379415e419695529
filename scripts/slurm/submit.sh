#!/usr/bin/env bash
# Submits a shard-parallel ingest and the link step after it (docs/scaleout.md):
#   1. an array job, one task per shard (scripts/slurm/newsgraph-array.sbatch), into the store;
#   2. a link job (`newsgraph link`) that starts when every shard succeeded
#      (--dependency=afterok; it is cancelled when a shard fails: --kill-on-invalid-dep=yes).
#
#   scripts/slurm/submit.sh --db postgresql://user@dbhost/news --shards 16 [--cpus-per-task 4]
#       [--newsgraph PATH] [--output-dir DIR] [--wait] [--sbatch-arg ARG]... -- INPUT...
#
# Prints "ARRAY_JOB_ID LINK_JOB_ID". With --wait, returns when the link job has ended, with its
# exit code (0: everything ingested and linked). Extra --sbatch-arg values (e.g. --partition=batch,
# --time=02:00:00, --account=news) go to both sbatch calls.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DB=""
SHARDS=""
CPUS=2
NEWSGRAPH=$(command -v newsgraph || true)
OUTDIR=$PWD
WAIT=0
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --shards) SHARDS=$2; shift 2 ;;
    --cpus-per-task) CPUS=$2; shift 2 ;;
    --newsgraph) NEWSGRAPH=$2; shift 2 ;;
    --output-dir) OUTDIR=$2; shift 2 ;;
    --wait) WAIT=1; shift ;;
    --sbatch-arg) EXTRA+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "submit.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$DB" && -n "$SHARDS" && $# -gt 0 ]] || { echo "usage: submit.sh --db URL --shards N [options] -- INPUT..." >&2; exit 2; }
[[ -x "$NEWSGRAPH" ]] || { echo "submit.sh: no newsgraph binary (--newsgraph PATH)" >&2; exit 2; }
[[ "$SHARDS" =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: --shards must be a positive number" >&2; exit 2; }
NEWSGRAPH=$(realpath "$NEWSGRAPH")
mkdir -p "$OUTDIR"
# Absolute input paths, identical for every task (shards are chosen by path).
INPUTS=()
for p in "$@"; do INPUTS+=("$(realpath "$p")"); done
ARRAY=$(NEWSGRAPH=$NEWSGRAPH NEWSGRAPH_DB=$DB NEWSGRAPH_SHARDS=$SHARDS \
  sbatch --parsable --export=ALL --array="0-$((SHARDS - 1))" --cpus-per-task="$CPUS" \
    --output="$OUTDIR/newsgraph-ingest-%A_%a.out" "${EXTRA[@]}" \
    "$HERE/newsgraph-array.sbatch" "${INPUTS[@]}")
ARRAY=${ARRAY%%;*}
LINK_ARGS=(--parsable --export=ALL --job-name=newsgraph-link --cpus-per-task=1
  --dependency="afterok:$ARRAY" --kill-on-invalid-dep=yes --output="$OUTDIR/newsgraph-link-%j.out" "${EXTRA[@]}")
LINK_CMD="'$NEWSGRAPH' link --db '$DB' --quiet --json"
if [[ $WAIT -eq 1 ]]; then
  echo "$ARRAY"
  set +e
  sbatch --wait "${LINK_ARGS[@]}" --wrap "$LINK_CMD" >/dev/null
  rc=$?
  exit $rc
fi
LINK=$(sbatch "${LINK_ARGS[@]}" --wrap "$LINK_CMD")
echo "$ARRAY ${LINK%%;*}"
