#!/usr/bin/env bash
# Runs every Google Benchmark program in the build folder and prints its figures.
set -euo pipefail
build=${1:-build}
shopt -s nullglob
found=0
for b in "$build"/tests/*_bench; do
  [[ -x "$b" ]] || continue
  found=1
  echo "== $(basename "$b")"
  "$b" --benchmark_min_time=0.2 2>&1 | grep -v '^\*\*\*'
done
[[ $found -eq 1 ]] || echo "no benchmarks built in $build/tests"
