#!/usr/bin/env bash
# The scale-out end-to-end test (issue #15, docs/scaleout.md): the same inputs ingested
#   (a) by one process into SQLite (ingest links at the end), and
#   (b) as 8 Slurm array tasks into PostgreSQL, then one `newsgraph link` job,
# must give the same documents, per-document analysis, people, events, copies, conflicts and
# stories (tests/scaleout/store_dump.cc writes both as sorted JSON Lines; diff compares them).
# Then (c): into a second PostgreSQL database, shard 5 is killed (SIGKILL) after its first
# committed batch and re-run, shard 0 is run twice, then the link job; the dump is again
# equal to (a). Exit 77 (skipped) without root, Slurm, munge or the PostgreSQL server binaries.
#
#   tests/scaleout/run.sh --newsgraph build/newsgraph --dump build/tests/store_dump \
#       --make-warc build/tools/make_warc --work /tmp/scaleout [--docs 1200] [--shards 8]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NEWSGRAPH="" DUMP="" MAKE_WARC="" WORK="" DOCS=1200 SHARDS=8 KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --newsgraph) NEWSGRAPH=$(realpath "$2"); shift 2 ;;
    --dump) DUMP=$(realpath "$2"); shift 2 ;;
    --make-warc) MAKE_WARC=$(realpath "$2"); shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --shards) SHARDS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
skip() { echo "SKIPPED: $*"; exit 77; }
[[ $(id -u) -eq 0 ]] || skip "needs root (slurmd starts the jobs)"
for b in munged slurmctld slurmd sbatch; do command -v $b >/dev/null || skip "$b not installed (scripts/install-deps.sh)"; done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || skip "PostgreSQL server not installed (scripts/install-deps.sh)"
PSQL=$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)

[[ -n "$WORK" ]] || WORK=$(mktemp -d /tmp/newsgraph-scaleout.XXXXXX)
[[ -d "$WORK/pg" ]] && "$ROOT/scripts/pg/pg-down.sh" "$WORK/pg" || true
[[ -d "$WORK/slurm" ]] && "$ROOT/scripts/slurm/slurm-down.sh" "$WORK/slurm" || true
rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
chmod 755 "$WORK"
PID_KILLED=""
cleanup() {
  [[ -n "$PID_KILLED" ]] && kill -9 "$PID_KILLED" 2>/dev/null || true
  "$ROOT/scripts/slurm/slurm-down.sh" "$WORK/slurm" || true
  "$ROOT/scripts/pg/pg-down.sh" "$WORK/pg" || true
  [[ $KEEP -eq 1 ]] || rm -rf "$WORK/corpus"
}
trap cleanup EXIT
t0=$(date +%s)
stamp() { echo "[$(( $(date +%s) - t0 ))s] $*"; }

# Inputs: JSON Lines files (sharded by file) and one WARC (split between shards by record).
python3 "$HERE/gen_corpus.py" --docs "$DOCS" --out "$WORK/corpus"
"$MAKE_WARC" "$WORK/corpus/pages.warc.gz" "$WORK/corpus/pages" >/dev/null
rm -rf "$WORK/corpus/pages"
INPUTS=("$WORK"/corpus/jsonl/*.jsonl "$WORK/corpus/pages.warc.gz")
export NEWSGRAPH_ARGS="--shard-split-bytes 65536 --published 2021-06-01"
stamp "corpus: $DOCS documents in ${#INPUTS[@]} files"

# (a) One process, SQLite.
"$NEWSGRAPH" ingest --db "$WORK/ref.db" --quiet --published 2021-06-01 "${INPUTS[@]}" 2>"$WORK/ref.err" || {
  cat "$WORK/ref.err" >&2; echo "FAIL: SQLite reference ingest" >&2; exit 1; }
"$DUMP" "$WORK/ref.db" >"$WORK/ref.jsonl"
stamp "SQLite reference: $(grep -c '^{"document"' "$WORK/ref.jsonl") documents, $(grep -c '^{"person"' "$WORK/ref.jsonl") people, $(grep -c '^{"event"' "$WORK/ref.jsonl") events, $(grep -c '^{"copy"' "$WORK/ref.jsonl") copies, $(grep -c '^{"story"' "$WORK/ref.jsonl") stories"
for kind in document person event copy story; do
  [[ $(grep -c "^{\"$kind\"" "$WORK/ref.jsonl") -gt 0 ]] || { echo "FAIL: the reference has no $kind rows" >&2; exit 1; }
done

# The throw-away cluster and database.
URL=$("$ROOT/scripts/pg/pg-up.sh" "$WORK/pg")
export SLURM_CONF
SLURM_CONF=$("$ROOT/scripts/slurm/slurm-up.sh" "$WORK/slurm" "$SHARDS")
stamp "PostgreSQL at $URL, Slurm at $SLURM_CONF"

# (b) 8 array tasks into PostgreSQL, then the link job.
mkdir -p "$WORK/out"
if ! "$ROOT/scripts/slurm/submit.sh" --db "$URL" --shards "$SHARDS" --cpus-per-task 1 --newsgraph "$NEWSGRAPH" \
    --output-dir "$WORK/out" --wait -- "${INPUTS[@]}" >"$WORK/submit.out"; then
  tail -n 20 "$WORK"/out/*.out >&2 || true
  echo "FAIL: the Slurm jobs failed" >&2
  exit 1
fi
"$DUMP" "$URL" >"$WORK/pg.jsonl"
stamp "Slurm + PostgreSQL: $(grep -c '^{"document"' "$WORK/pg.jsonl") documents"
if ! diff -q "$WORK/ref.jsonl" "$WORK/pg.jsonl" >/dev/null; then
  diff "$WORK/ref.jsonl" "$WORK/pg.jsonl" | head -c 3000 >&2
  echo "FAIL: the sharded PostgreSQL store differs from the SQLite one" >&2
  exit 1
fi
stamp "equal: sharded PostgreSQL == SQLite"

# (c) A killed task, re-run; a task run twice; the link step twice.
"$PSQL" -X -q "$URL" -c "CREATE DATABASE newsgraph2" >/dev/null
URL2=${URL%/newsgraph}/newsgraph2
KILL=$((SHARDS > 5 ? 5 : SHARDS - 1))
OTHERS=$(seq 0 $((SHARDS - 1)) | grep -vx "$KILL" | paste -sd, -)
NEWSGRAPH=$NEWSGRAPH NEWSGRAPH_DB=$URL2 NEWSGRAPH_SHARDS=$SHARDS sbatch --wait --quiet --export=ALL \
  --array="$OTHERS" --cpus-per-task=1 --output="$WORK/out/c-%A_%a.out" \
  "$ROOT/scripts/slurm/newsgraph-array.sbatch" "${INPUTS[@]}"
before=$("$PSQL" -X -tA "$URL2" -c "SELECT count(*) FROM places")
# shellcheck disable=SC2086
"$NEWSGRAPH" ingest --db "$URL2" --shard "$KILL/$SHARDS" --threads 1 --batch-documents 10 --quiet $NEWSGRAPH_ARGS \
  "${INPUTS[@]}" 2>/dev/null &
PID_KILLED=$!
killed=0
# The task runs in 20 ms slices and is stopped (SIGSTOP) while the store is looked at, so that on
# a fast, idle machine it cannot finish between two looks: it is killed at the first look that
# finds a committed batch.
for _ in $(seq 1 3000); do
  sleep 0.02
  kill -STOP "$PID_KILLED" 2>/dev/null || break
  now=$("$PSQL" -X -tA "$URL2" -c "SELECT count(*) FROM places")
  if [[ "$now" -gt "$before" ]]; then
    kill -9 "$PID_KILLED" 2>/dev/null && killed=1
    break
  fi
  kill -CONT "$PID_KILLED" 2>/dev/null || break
done
wait "$PID_KILLED" 2>/dev/null || true
PID_KILLED=""
partial=$("$PSQL" -X -tA "$URL2" -c "SELECT count(*) FROM places")
stamp "shard $KILL killed: $killed (places before $before, at the kill $partial)"
total=$("$PSQL" -X -tA "$URL" -c "SELECT count(*) FROM places")
[[ $killed -eq 1 && $partial -lt $total ]] || { echo "FAIL: shard $KILL finished before it could be killed mid-way" >&2; exit 1; }
NEWSGRAPH=$NEWSGRAPH NEWSGRAPH_DB=$URL2 NEWSGRAPH_SHARDS=$SHARDS sbatch --wait --quiet --export=ALL \
  --array="$KILL,0" --cpus-per-task=1 --output="$WORK/out/r-%A_%a.out" \
  "$ROOT/scripts/slurm/newsgraph-array.sbatch" "${INPUTS[@]}"
sbatch --wait --quiet --export=ALL --output="$WORK/out/l-%j.out" --wrap "'$NEWSGRAPH' link --db '$URL2' --quiet"
"$DUMP" "$URL2" >"$WORK/pg2.jsonl"
if ! diff -q "$WORK/ref.jsonl" "$WORK/pg2.jsonl" >/dev/null; then
  diff "$WORK/ref.jsonl" "$WORK/pg2.jsonl" | head -c 3000 >&2
  echo "FAIL: after a killed and re-run task the store differs" >&2
  exit 1
fi
stamp "equal: killed + re-run shard, repeated shard == SQLite"

# The server reads the PostgreSQL store.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$NEWSGRAPH" serve --db "$URL" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
ok=0
for _ in $(seq 1 100); do
  if python3 - "$PORT" "$WORK/ref.jsonl" <<'PY'
import json, sys, urllib.request
port = sys.argv[1]
stats = json.load(urllib.request.urlopen("http://127.0.0.1:%s/api/stats" % port, timeout=5))
ref = [json.loads(l)["stats"] for l in open(sys.argv[2]) if l.startswith('{"stats"')][0]
assert stats["documents"] == ref["documents"], (stats, ref)
PY
  then ok=1; break; fi
  sleep 0.2
done
kill "$SERVE_PID" 2>/dev/null || true
wait "$SERVE_PID" 2>/dev/null || true
[[ $ok -eq 1 ]] || { cat "$WORK/serve.log" >&2; echo "FAIL: newsgraph serve over PostgreSQL" >&2; exit 1; }
stamp "serve --db $URL answers /api/stats with the same counts"
echo "PASS"
