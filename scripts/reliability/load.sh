#!/usr/bin/env bash
# The server under load: wrk on loopback against the main endpoints of a store while an ingest
# writes to that store. Passes when there are 0 errors (non-2xx answers, socket errors, a failed
# ingest, a dead server) and the server's resident memory is flat over the run.
#
#   scripts/reliability/load.sh --newsgraph build/newsgraph [--docs 100000] [--extra-docs 20000]
#                               [--seconds 60] [--connections 16] [--work DIR] [--report FILE]
#                               [--no-memory-check]
#
# Bounded: wrk runs --seconds with --connections connections (2 threads) against 127.0.0.1 only.
# Prints one summary line (and appends it to --report when given): documents, requests/s, p50 and
# p99 latency, errors, server RSS at the start/end of the measured window, the ingest beside it.
# Ingest runs with --no-link: the documents, search and analysis endpoints and the store's
# concurrency are under test here (the link stage's cost grows with the corpus; see its docs).
set -euo pipefail

NEWSGRAPH=build/newsgraph
DOCS=100000
EXTRA=20000
DURATION=60
CONNS=16
WORK=""
REPORT=""
MEMCHECK=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --newsgraph) NEWSGRAPH=$2; shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --extra-docs) EXTRA=$2; shift 2 ;;
    --seconds) DURATION=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --report) REPORT=$2; shift 2 ;;
    --no-memory-check) MEMCHECK=0; shift ;;
    *) echo "load.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (scripts/install-deps.sh installs it)" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
NEWSGRAPH=$(realpath "$NEWSGRAPH")
TEMP_WORK=""
if [[ -z "$WORK" ]]; then
  WORK=$(mktemp -d /tmp/newsgraph-load.XXXXXX)
  TEMP_WORK=$WORK
fi
mkdir -p "$WORK"
DB=$WORK/load.db
SERVER_PID=""
INGEST_PID=""
cleanup_procs() {
  [[ -n "$INGEST_PID" ]] && kill "$INGEST_PID" 2>/dev/null || true
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
}
trap 'cleanup_procs; [[ -z "$TEMP_WORK" ]] || rm -rf "$TEMP_WORK"' EXIT

# 1. The store: DOCS documents (reused when the work folder already holds them).
if [[ ! -f "$WORK/load.docs" || "$(cat "$WORK/load.docs")" != "$DOCS" ]]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  python3 "$HERE/gen-corpus.py" --docs "$DOCS" --out "$WORK/base.jsonl"
  start=$(date +%s%N)
  "$NEWSGRAPH" ingest --db "$DB" --no-link --quiet --json "$WORK/base.jsonl" > "$WORK/base-ingest.json"
  echo "load.sh: stored $DOCS documents in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
  echo "$DOCS" > "$WORK/load.docs"
fi
python3 "$HERE/gen-corpus.py" --docs "$EXTRA" --first $((DOCS + $(date +%s) % 1000000 * 100)) --out "$WORK/extra.jsonl"

# 2. The server on a free loopback port. The log exists before the server starts: the background
# shell may not have opened it yet when the first read below runs.
: > "$WORK/serve.log"
"$NEWSGRAPH" serve --db "$DB" --host 127.0.0.1 --port 0 2> "$WORK/serve.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT=$(sed -n 's/.*http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve.log" | head -1 || true)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "$PORT" ]] || { echo "load.sh: the server did not start: $(cat "$WORK/serve.log")" >&2; cleanup_procs; exit 1; }
BASE=http://127.0.0.1:$PORT

# 3. The requests: a mix over the main endpoints, with real document ids and search words.
python3 - "$BASE" "$WORK/requests.lua" <<'PY'
import json, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
ids = [d["id"] for d in json.load(urllib.request.urlopen(base + "/api/documents?limit=500"))["documents"]]
paths = ["/api/stats", "/api/checks?limit=20", "/api/quotes?limit=20", "/api/people?limit=20"]
for i, doc in enumerate(ids[:200]):
    paths.append("/api/documents/" + doc)
    if i % 4 == 0:
        paths.append("/api/documents?limit=20&offset=%d" % (i * 10))
for w in ["geneva", "lavrov%20AND%20blinken", "%22energy%20prices%22", "sanction*", "budget%20OR%20quotas",
          "talks%20NOT%20berlin", "title%3Adispatch", "protested"]:
    paths.append("/api/search?q=%s&limit=20" % w)
for w in ["lavrov", "scholz", "macron", "a"]:
    paths.append("/api/people?q=%s&limit=20" % w)
    paths.append("/api/quotes?speaker=%s&limit=20" % w)
with open(out, "w") as f:
    f.write("local paths = {%s}\n" % ", ".join('"%s"' % p for p in paths))
    f.write("local i = 0\n")
    f.write("setup = function(thread) thread:set('offset', math.random(1, #paths)) end\n")
    f.write("init = function(args) i = tonumber(wrk.thread:get('offset') or 1) end\n")
    f.write("request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n")
print("load.sh: %d request paths" % len(paths), file=sys.stderr)
PY

# 4. Memory samples of the server every 0.5 s.
( while kill -0 "$SERVER_PID" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || true
    sleep 0.5
  done ) > "$WORK/rss.log" &
SAMPLER_PID=$!

# 5. An ingest into the same store, and wrk, at the same time.
start=$(date +%s%N)
( "$NEWSGRAPH" ingest --db "$DB" --no-link --quiet --json "$WORK/extra.jsonl" > "$WORK/extra-ingest.json" 2> "$WORK/extra-ingest.err";
  echo $? > "$WORK/extra-ingest.rc"; echo $(( ($(date +%s%N) - start) / 1000000 )) > "$WORK/extra-ingest.ms" ) &
INGEST_PID=$!
wrk -t2 -c"$CONNS" -d"${DURATION}s" --timeout 10s --latency -s "$WORK/requests.lua" "$BASE" > "$WORK/wrk.txt" 2>&1 || true
wait "$INGEST_PID" || true
INGEST_PID=""
alive=1
kill -0 "$SERVER_PID" 2>/dev/null || alive=0
kill "$SERVER_PID" 2>/dev/null || true
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true

# 6. The figures.
python3 - "$WORK" "$DOCS" "$EXTRA" "$DURATION" "$CONNS" "$alive" "$MEMCHECK" "$REPORT" <<'PY'
import json, re, sys
work, docs, extra, duration, conns, alive, memcheck, report = sys.argv[1:]
wrk = open(work + "/wrk.txt").read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", wrk, re.M))
total = int(re.search(r"(\d+) requests in", wrk).group(1)) if "requests in" in wrk else 0
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1)) if "Requests/sec" in wrk else 0.0
non2xx = int(re.search(r"Non-2xx or 3xx responses: (\d+)", wrk).group(1)) if "Non-2xx" in wrk else 0
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", wrk)
sock_errors = sum(int(x) for x in sock.groups()) if sock else 0
rss = [int(x) for x in open(work + "/rss.log").read().split()]
ingest_rc = int(open(work + "/extra-ingest.rc").read().strip() or 1)
ingest_s = int(open(work + "/extra-ingest.ms").read().strip() or 0) / 1000
added = json.load(open(work + "/extra-ingest.json")).get("added", 0) if ingest_rc == 0 else 0
# Flat memory: after a warm-up quarter, the last quarter's peak may exceed the second quarter's
# peak by at most 10% + 16 MB (SQLite page caches and httplib buffers fill during warm-up).
q = max(1, len(rss) // 4)
warm, late = max(rss[q:2 * q] or rss), max(rss[-q:] or rss)
flat = late <= warm * 1.10 + 16 * 1024
errors = non2xx + sock_errors
ok = errors == 0 and total > 0 and alive == "1" and ingest_rc == 0 and (flat or memcheck == "0")
line = ("load: %s documents (+%s ingested alongside: %s added in %.1f s, exit %d), %s connections, %s s: "
        "%d requests, %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d errors (%d non-2xx, %d socket); "
        "server RSS %.0f MB after warm-up, %.0f MB peak at the end (%s)%s" % (
            docs, extra, added, ingest_s, ingest_rc, conns, duration, total, rps,
            ms(lat.get("50", "0us")), ms(lat.get("99", "0us")), errors, non2xx, sock_errors, warm / 1024, late / 1024,
            "flat" if flat else "GROWING", "" if alive == "1" else "; THE SERVER DIED"))
print(line)
if report:
    with open(report, "a") as f:
        f.write(line + "\n")
if ingest_rc != 0:
    print(open(work + "/extra-ingest.err").read()[-2000:], file=sys.stderr)
if not ok:
    print(wrk, file=sys.stderr)
sys.exit(0 if ok else 1)
PY
