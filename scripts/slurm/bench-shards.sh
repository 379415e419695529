#!/usr/bin/env bash
# Shard-parallel ingest speed on one node: documents/s against the number of Slurm array tasks
# (1, 2, 4, 8 by default) into a throw-away PostgreSQL, and the time of the link step after it.
# Starts its own Slurm (scripts/slurm/slurm-up.sh) and PostgreSQL (scripts/pg/pg-up.sh; durable
# settings unless --fast) in --work and stops them at the end. Needs root, slurm-wlm, munge and
# postgresql (scripts/install-deps.sh). Not pass/fail: prints one table (and appends it to
# --report). `cmake --build BUILD --target bench-scaleout` runs it with 100000 documents.
#
#   scripts/slurm/bench-shards.sh --newsgraph build/newsgraph [--docs 100000] [--shards "1 2 4 8"]
#       [--cpus-per-task 1] [--work DIR] [--report FILE] [--fast]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NEWSGRAPH="" DOCS=100000 SHARD_LIST="1 2 4 8" CPUS=1 WORK="" REPORT="" FAST=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --newsgraph) NEWSGRAPH=$(realpath "$2"); shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --shards) SHARD_LIST=$2; shift 2 ;;
    --cpus-per-task) CPUS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --report) REPORT=$2; shift 2 ;;
    --fast) FAST=1; shift ;;
    *) echo "bench-shards.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x "$NEWSGRAPH" ]] || { echo "bench-shards.sh: --newsgraph PATH required" >&2; exit 2; }
[[ -n "$WORK" ]] || WORK=$(mktemp -d /tmp/newsgraph-bench.XXXXXX)
"$ROOT/scripts/slurm/slurm-down.sh" "$WORK/slurm" 2>/dev/null || true
"$ROOT/scripts/pg/pg-down.sh" "$WORK/pg" 2>/dev/null || true
rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
chmod 755 "$WORK"
cleanup() {
  "$ROOT/scripts/slurm/slurm-down.sh" "$WORK/slurm" || true
  "$ROOT/scripts/pg/pg-down.sh" "$WORK/pg" || true
}
trap cleanup EXIT
MAX=0
for n in $SHARD_LIST; do (( n > MAX )) && MAX=$n; done
python3 "$ROOT/tests/scaleout/gen_corpus.py" --docs "$DOCS" --out "$WORK/corpus" --files 64 --warc-share 0
INPUTS=("$WORK"/corpus/jsonl/*.jsonl)
BYTES=$(cat "${INPUTS[@]}" | wc -c)
[[ $FAST -eq 1 ]] && export PG_DURABLE=0 || export PG_DURABLE=1
URL=$("$ROOT/scripts/pg/pg-up.sh" "$WORK/pg")
export SLURM_CONF
SLURM_CONF=$("$ROOT/scripts/slurm/slurm-up.sh" "$WORK/slurm" "$((MAX * CPUS))")
PSQL=$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)
export NEWSGRAPH_ARGS="--published 2021-06-01"
HEADER="shards  cpus/task  documents  seconds  docs/s  MB/s   (node: $(nproc) cores; PostgreSQL $([[ $FAST -eq 1 ]] && echo 'fsync off' || echo 'durable'))"
LINES=()
LAST_URL=""
for n in $SHARD_LIST; do
  db="bench_$n"
  "$PSQL" -X -q "$URL" -c "CREATE DATABASE $db" >/dev/null
  u=${URL%/newsgraph}/$db
  mkdir -p "$WORK/out-$n"
  start=$(date +%s.%N)
  job=$(NEWSGRAPH=$NEWSGRAPH NEWSGRAPH_DB=$u NEWSGRAPH_SHARDS=$n sbatch --parsable --export=ALL --array="0-$((n - 1))" \
    --cpus-per-task="$CPUS" --output="$WORK/out-$n/%A_%a.out" "$ROOT/scripts/slurm/newsgraph-array.sbatch" "${INPUTS[@]}")
  # Poll (sbatch --wait polls too coarsely to time short jobs).
  while [[ -n "$(squeue -h -j "${job%%;*}" -o %i 2>/dev/null)" ]]; do sleep 0.2; done
  end=$(date +%s.%N)
  stored=$("$PSQL" -X -tA "$u" -c "SELECT count(*) FROM documents")
  LINES+=("$(python3 -c "import sys; n,c,d,t,b=sys.argv[1:]; t=float(t); print('%6s  %9s  %9s  %7.1f  %6.1f  %5.2f' % (n,c,d,t,int(d)/t,int(b)/t/1e6))" \
    "$n" "$CPUS" "$stored" "$(echo "$end - $start" | bc)" "$BYTES")")
  echo "${LINES[-1]}"
  LAST_URL=$u
done
start=$(date +%s.%N)
"$NEWSGRAPH" link --db "$LAST_URL" --quiet --json >"$WORK/link.json"
end=$(date +%s.%N)
LINK="link step over $(python3 -c "import json; print(json.load(open('$WORK/link.json'))['documents'])") documents: $(echo "$end - $start" | bc) s ($(cat "$WORK/link.json"))"
{
  echo "bench-shards.sh $(date -u +%Y-%m-%dT%H:%MZ) docs=$DOCS"
  echo "$HEADER"
  printf '%s\n' "${LINES[@]}"
  echo "$LINK"
} | tee -a "${REPORT:-/dev/null}"
