#!/usr/bin/env bash
# Runs every libFuzzer target of a `make fuzz` build for N seconds each, or until it has made
# RUNS executions (environment, default 10,000,000) if that comes first, and records, per target,
# executions, coverage, corpus size and findings in a table.
#
#   [RUNS=N] scripts/reliability/fuzz-run.sh BUILD_FUZZ_DIR SECONDS [TARGET...]
#
# Working corpora live in BUILD_FUZZ_DIR/corpus/<target> (kept between runs, never in the repo);
# the repo's seed corpus tests/fuzz/corpus/<target> is read, not written. Findings (crash-*,
# leak-*, timeout-*, oom-*) go to BUILD_FUZZ_DIR/findings/<target>/: each one becomes a
# regression input in tests/fuzz/corpus/<target>/ once fixed. The table is printed and written
# to BUILD_FUZZ_DIR/fuzz-run.md (or to $TABLE). Exit status 1 when any target had a finding.
set -euo pipefail
DIR=${1:?usage: fuzz-run.sh BUILD_FUZZ_DIR SECONDS [TARGET...]}
SECS=${2:?usage: fuzz-run.sh BUILD_FUZZ_DIR SECONDS [TARGET...]}
RUNS=${RUNS:-10000000}
shift 2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for bin in "$DIR"/tests/*_fuzzer; do [[ -x "$bin" ]] && targets+=("$(basename "$bin")"); done
fi
[[ ${#targets[@]} -gt 0 ]] || { echo "fuzz-run: no fuzz targets in $DIR/tests (run make fuzz)" >&2; exit 2; }

table=${TABLE:-$DIR/fuzz-run.md}  # TABLE=...: a second run beside this one keeps its own table
{
  echo "| target | seconds | executions | exec/s | coverage (edges) | corpus files | findings |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$table.tmp"
total_exec=0
total_findings=0
for t in "${targets[@]}"; do
  corpus=$DIR/corpus/$t
  findings=$DIR/findings/$t
  seeds=$ROOT/tests/fuzz/corpus/$t
  mkdir -p "$corpus" "$findings"
  log=$DIR/fuzz-logs/$t.log
  mkdir -p "$(dirname "$log")"
  inputs=("$corpus")
  [[ -d "$seeds" ]] && inputs+=("$seeds")
  echo "fuzz-run: $t for $SECS s or $RUNS executions" >&2
  start=$(date +%s)
  # -rss_limit_mb / -timeout / -max_len: an input that needs over 2 GB, 20 s or 1 MB is a finding.
  # The targets that run the analysis or the link stage trace so many comparisons that libFuzzer's
  # entropic scheduler (UpdateFeatureFrequency: 74% of the time in a profile) starves them:
  # analyze 6 -> 153, world 36 -> 179, copies 18 -> 46, extract 427 -> 1,038 executions/s
  # without it on the 2-core machine. The parsers keep the default.
  extra=()
  case "$t" in analyze_fuzzer|copies_fuzzer|world_fuzzer|extract_fuzzer) extra=(-entropic=0) ;; esac
  "$DIR/tests/$t" "${extra[@]}" -max_total_time="$SECS" -runs="$RUNS" -print_final_stats=1 -rss_limit_mb=2048 -timeout=20 \
    -max_len=1048576 -artifact_prefix="$findings/" "${inputs[@]}" > "$log" 2>&1 || true
  secs=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)
  execs=${execs:-0}
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)  # none when it died at once
  files=$(find "$corpus" -type f | wc -l)
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  rate=$(( secs > 0 ? execs / secs : execs ))
  echo "| $t | $secs | $execs | $rate | ${cov:-?} | $files | $found |" >> "$table.tmp"
  total_exec=$((total_exec + execs))
  total_findings=$((total_findings + found))
done
echo "| **all ${#targets[@]} targets** | | **$total_exec** | | | | **$total_findings** |" >> "$table.tmp"
mv "$table.tmp" "$table"
cat "$table"
[[ $total_findings -eq 0 ]]
