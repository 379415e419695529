#!/usr/bin/env python3
"""The Python module's overhead over the C++ engine (figures in docs/python.md).

    PYTHONPATH=build/python python3 python/bench.py [--shared ../shared] [--cxx-bench build/tests/analyze_bench]

Times newsgraph.analyze on the corpus tests/bench/analyze_bench.cc uses (the seeds and the
gum-news development texts, concatenated; a synthetic article without ../shared), and runs the
C++ benchmark's BM_AnalyzeWithNer on the same corpus for comparison. newsgraph.analyze does what
`newsgraph analyze` does: AnalyzeText, then the JSON (AnalysisToJson), the office checks and the
conversion to Python objects; the C++ benchmark times AnalyzeText alone. Also times a trivial call
(analyze of an empty text) and a store query, to show the fixed cost of crossing into C++.
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
# This script sits beside the package's sources (python/newsgraph/, without the extension): import
# the built package from PYTHONPATH instead.
if sys.path and pathlib.Path(sys.path[0] or ".").resolve() == ROOT / "python":
    del sys.path[0]
import newsgraph  # noqa: E402


def corpus(shared):
    parts = []
    for sub in ("seeds", "gold/gum-news"):
        for p in sorted((pathlib.Path(shared) / sub).glob("*.txt")):
            parts.append(p.read_bytes() + b"\n\n")
    if not parts:  # as analyze_bench does without ../shared
        parts = [("Russian Foreign Minister Sergey Lavrov said on Tuesday that up to 175,000 "
                  "troops were \"on exercise,\" according to a statement. Lavrov added that "
                  "talks with his Ukrainian counterpart lasted 30 to 40 minutes.\n\n").encode()] * 200
    return b"".join(parts).decode("utf-8", "replace")


def best_of(fn, repeat, number):
    """Median CPU seconds per call over `repeat` rounds of `number` calls (plus one warm-up).
    CPU time, as Google Benchmark reports it, since the machine is shared: wall time there
    measures the other processes. Every call here runs on the calling thread."""
    fn()
    rounds = []
    for _ in range(repeat):
        t = time.process_time()
        for _ in range(number):
            fn()
        rounds.append((time.process_time() - t) / number)
    return statistics.median(rounds)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cxx-bench", default=str(ROOT / "build" / "tests" / "analyze_bench"))
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    text = corpus(args.shared)
    size = len(text.encode("utf-8"))
    py = best_of(lambda: newsgraph.analyze(text, published="2021-12-06"), args.repeat, 3)
    print(f"newsgraph.analyze, {size} bytes: {py * 1e3:.1f} ms CPU/call, {size / py / 1e6:.2f} MB/s")

    if os.path.exists(args.cxx_bench):
        out = subprocess.run([args.cxx_bench, "--benchmark_filter=BM_AnalyzeWithNer",
                              f"--benchmark_repetitions={args.repeat}", "--benchmark_format=json"],
                             capture_output=True, text=True, check=True).stdout
        runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
        cxx = statistics.median(b["cpu_time"] for b in runs) / 1e3  # ms -> s
        rate = statistics.median(b["bytes_per_second"] for b in runs)
        print(f"C++ AnalyzeText (analyze_bench BM_AnalyzeWithNer): {cxx * 1e3:.1f} ms/call, "
              f"{rate / 1e6:.2f} MB/s; "
              f"the module adds {(py - cxx) * 1e3:.1f} ms ({(py / cxx - 1) * 100:+.1f}%)")
    else:
        print(f"(no {args.cxx_bench}: build the analyze_bench target for the C++ figure)")

    empty = best_of(lambda: newsgraph.analyze(""), args.repeat, 2000)
    print(f"newsgraph.analyze(''): {empty * 1e6:.1f} us CPU/call")
    short = best_of(lambda: newsgraph.analyze("Biden met Putin on Tuesday.", published="2021-06-15"),
                    args.repeat, 200)
    print(f"newsgraph.analyze('Biden met Putin on Tuesday.'): {short * 1e6:.1f} us CPU/call")

    with tempfile.TemporaryDirectory() as tmp:
        store = newsgraph.Store(os.path.join(tmp, "bench.db"))
        store.ingest([str(ROOT / "data" / "sample")])
        stats = best_of(store.stats, args.repeat, 200)
        people = best_of(lambda: store.people(limit=1000), args.repeat, 20)
        n = len(store.people(limit=1000))
        print(f"Store.stats(): {stats * 1e6:.1f} us CPU/call; Store.people(limit=1000) on the demo "
              f"corpus ({n} people): {people * 1e3:.2f} ms CPU/call")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
