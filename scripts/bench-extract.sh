#!/usr/bin/env bash
# Speed of the extract stage next to Mozilla Readability (with jsdom), side by side on the 181
# pages of the Scrapinghub article-extraction benchmark, whole process, one core each.
#
#   scripts/bench-extract.sh [BUILD_DIR]          (default: build)
#
# The pages are first decompressed once into BUILD_DIR/bench-pages/<id>.html; then each side
# reads those same files:
#   newsgraph:   `newsgraph extract BUILD_DIR/bench-pages` (reading, charset check, extraction,
#                metadata, language, document ids, JSON Lines output);
#   Readability: scripts/bench-readability/run.js (reading, jsdom parse, Readability.parse()).
# Both are pinned to one core (taskset -c 0) and timed as whole processes; the ratio uses CPU
# time (user + sys), which other load on a shared machine does not inflate. Node modules are
# installed into BUILD_DIR/bench-readability (npm ci), never into the source tree. Each side
# runs RUNS times (default 3) and the fastest run counts. Also prints both extractors' F1 on
# the benchmark with the same scorer (tools/extract_eval).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build}
[[ "$build" = /* ]] || build="$root/$build"
shared=${NEWSGRAPH_SHARED_DIR:-$root/../shared}
data="$shared/data/article-extraction-benchmark"
runs=${RUNS:-3}
newsgraph="$build/newsgraph"
eval_tool="$build/tools/extract_eval"
[[ -x "$newsgraph" ]] || { echo "no $newsgraph: build first (make build)" >&2; exit 2; }
[[ -d "$data/html" ]] || { echo "no benchmark pages in $data" >&2; exit 2; }
command -v node >/dev/null || { echo "node is not installed" >&2; exit 2; }
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

# Readability.js and jsdom, pinned by package-lock.json, installed outside the source tree.
rd="$build/bench-readability"
mkdir -p "$rd"
cp "$here/bench-readability/package.json" "$here/bench-readability/package-lock.json" \
   "$here/bench-readability/run.js" "$rd/"
if [[ ! -d "$rd/node_modules/@mozilla/readability" || ! -d "$rd/node_modules/jsdom" ]]; then
  (cd "$rd" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

pagedir="$build/bench-pages"
mkdir -p "$pagedir"
for f in "$data"/html/*.html.gz; do
  out="$pagedir/$(basename "$f" .gz)"
  [[ -s "$out" ]] || gzip -dc "$f" > "$out"
done
pages=$(ls "$pagedir"/*.html | wc -l)
# Runs the command $runs times; prints the best wall time and the best CPU time (user + sys of
# the whole process) in seconds. Pinned to one core, the CPU time is the time on one core with
# what else runs on the machine taken out, so the ratio is computed from it.
best() {
  local best_wall="" best_cpu="" out wall cpu
  for _ in $(seq "$runs"); do
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
    wall=$(echo "$out" | awk '{ print $1 }')
    cpu=$(echo "$out" | awk '{ printf "%.3f", $2 + $3 }')
    if [[ -z "$best_wall" ]] || awk -v t="$wall" -v b="$best_wall" 'BEGIN { exit !(t < b) }'; then best_wall=$wall; fi
    if [[ -z "$best_cpu" ]] || awk -v t="$cpu" -v b="$best_cpu" 'BEGIN { exit !(t < b) }'; then best_cpu=$cpu; fi
  done
  echo "$best_wall $best_cpu"
}

read -r w_ng c_ng < <(best "${pin[@]}" "$newsgraph" extract "$pagedir")
read -r w_rd c_rd < <(best "${pin[@]}" node "$rd/run.js" "$data" --pages "$pagedir")
rate() { awk -v n="$pages" -v t="$1" 'BEGIN { printf "%.1f", n / t }'; }
printf "pages: %d (%s, %s MB)\n" "$pages" "$data" "$(du -sm "$pagedir" | cut -f1)"
printf "%-18s %9s %9s %12s %12s\n" "" "wall s" "CPU s" "pages/s wall" "pages/s CPU"
printf "%-18s %9s %9s %12s %12s\n" "newsgraph extract" "$w_ng" "$c_ng" "$(rate "$w_ng")" "$(rate "$c_ng")"
printf "%-18s %9s %9s %12s %12s\n" "readability.js" "$w_rd" "$c_rd" "$(rate "$w_rd")" "$(rate "$c_rd")"
printf "speed ratio (CPU time, one core): %.0fx   (wall time: %.0fx)\n" \
  "$(awk -v a="$c_rd" -v b="$c_ng" 'BEGIN { print a / b }')" \
  "$(awk -v a="$w_rd" -v b="$w_ng" 'BEGIN { print a / b }')"

if [[ -x "$eval_tool" ]]; then
  node "$rd/run.js" "$data" --dump "$rd/readability-predictions.json" >/dev/null
  echo "F1 on the benchmark (same scorer):"
  printf "  newsgraph      : "; NEWSGRAPH_SHARED_DIR="$shared" "$eval_tool" aeb | tail -1
  printf "  readability.js : "
  NEWSGRAPH_SHARED_DIR="$shared" "$eval_tool" aeb --predictions "$rd/readability-predictions.json" | tail -1
fi
