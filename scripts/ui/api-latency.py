#!/usr/bin/env python3
"""The API calls the web UI's views make, timed with wrk: one run per call, each over many
different real ids and queries of the store, N concurrent connections on loopback.

    python3 scripts/ui/api-latency.py --newsgraph build/newsgraph --db STORE.db \
        [--connections 16] [--seconds 10] [--cache-mb 64] [--no-warm] [--json OUT.jsonl] [--markdown OUT.md]

Starts `newsgraph serve` on a free loopback port, reads ids from the store through the API
(documents, people, events, stories, copies), then for each view's call runs
`wrk -t2 -c N -d S --latency` over a list of paths and prints one line per call: requests/s,
p50, p99 and max latency, non-2xx answers. Each path is first requested once (the steady state
of a server that has answered them before; `--no-warm` times the first answers too).
`--cache-mb 0` measures every answer computed from the store (the server's answer cache off).
Standard library only; wrk from Debian.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.load(r)


def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def calls(base):
    """The view calls (web/src/views), each with the paths to spread its requests over."""
    q = urllib.parse.quote
    docs = []
    for off in range(0, 5000, 500):
        docs += [d["id"] for d in get(base, "/api/documents?limit=50&offset=%d" % off)["documents"]]
    people = [p["id"] for p in get(base, "/api/people?limit=200")["people"]]
    events = [e["id"] for e in get(base, "/api/events?limit=200")["events"]]
    stories = [s["id"] for s in get(base, "/api/stories?limit=200")["stories"]]
    copies = get(base, "/api/copies?limit=200")["copies"]
    words = ["president", "sanctions", "geneva", "energy prices", "lavrov", "blinken", "talks", "budget",
             "minister", "protested", "ceasefire", "grain", "berlin", "vaccine", "rail", "water", "macron",
             "scholz", "officials", "euros"]
    out = [
        ("home: stats", ["/api/stats"]),
        ("home: top stories", ["/api/stories?limit=8&sort=size"]),
        ("home: people", ["/api/people?limit=12"]),
        ("home: contradicted checks", ["/api/checks?verdict=contradicted&limit=5"]),
        ("documents list", ["/api/documents?limit=50&offset=%d" % (i * 50) for i in range(100)]),
        ("article", ["/api/documents/" + d for d in docs]),
        ("search", ["/api/search?q=%s&limit=200" % q(w) for w in words]),
        ("people list", ["/api/people?limit=50&offset=%d" % (i * 50) for i in range(20)]),
        ("people by name", ["/api/people?q=%s&limit=5" % q(w) for w in words]),
    ]
    if people:
        out.append(("person", ["/api/people/" + p for p in people]))
        out.append(("person's events", ["/api/events?person=%s&limit=200" % p for p in people]))
    out.append(("events list", ["/api/events?limit=200"]))
    if events:
        out.append(("event", ["/api/events/" + e for e in events]))
    out.append(("stories list", ["/api/stories?limit=200&offset=%d" % (i * 200) for i in range(10)]))
    if stories:
        out.append(("story", ["/api/stories/" + s for s in stories]))
    out.append(("copies list", ["/api/copies?limit=200"]))
    if copies:
        out.append(("copy and source", ["/api/diff?a=%s&b=%s" % (c["source"], c["copy"]) for c in copies]))
    out.append(("checks", ["/api/checks?verdict=%s&limit=500" % v for v in ("contradicted", "supported", "")]))
    out.append(("conflicts", ["/api/conflicts?limit=200"]))
    return out


def lua(paths, path):
    with open(path, "w") as f:
        f.write("local paths = {%s}\n" % ", ".join(json.dumps(p) for p in paths))
        f.write("local i = 0\n")
        f.write("setup = function(thread) thread:set('offset', math.random(1, #paths)) end\n")
        f.write("init = function(args) i = tonumber(wrk.thread:get('offset') or 1) end\n")
        f.write("request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsgraph", default="build/newsgraph")
    ap.add_argument("--db", required=True)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--cache-mb", type=int, default=64)
    ap.add_argument("--no-warm", action="store_true", help="do not request each path once before timing")
    ap.add_argument("--json", help="append one JSON line per call here")
    ap.add_argument("--markdown", help="write the table here")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("api-latency: wrk is not installed (scripts/install-deps.sh installs it)")
    work = tempfile.mkdtemp(prefix="newsgraph-api-latency.")
    log = open(os.path.join(work, "serve.log"), "w+")
    server = subprocess.Popen([args.newsgraph, "serve", "--db", args.db, "--host", "127.0.0.1", "--port", "0",
                               "--cache-mb", str(args.cache_mb)], stderr=log)
    try:
        port = None
        for _ in range(200):
            log.seek(0)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read())
            if m:
                port = int(m.group(1))
                break
            if server.poll() is not None:
                break
            time.sleep(0.1)
        if not port:
            log.seek(0)
            sys.exit("api-latency: the server did not start: " + log.read())
        base = "http://127.0.0.1:%d" % port
        stats = get(base, "/api/stats")
        rows = []
        print("api-latency: %d documents, %d connections, %d s per call, answer cache %d MiB" % (
            stats["documents"], args.connections, args.seconds, args.cache_mb), file=sys.stderr)
        for name, paths in calls(base):
            if not paths:  # an empty store has no articles to ask for
                print("%-26s skipped: nothing of that kind in the store" % name, flush=True)
                continue
            first_ms = 0.0
            if not args.no_warm:
                t0 = time.monotonic()
                for p in paths:
                    urllib.request.urlopen(base + p, timeout=60).read()
                first_ms = (time.monotonic() - t0) * 1000 / len(paths)
            script = os.path.join(work, "calls.lua")
            lua(paths, script)
            out = subprocess.run(["wrk", "-t2", "-c%d" % args.connections, "-d%ds" % args.seconds, "--timeout", "10s",
                                  "--latency", "-s", script, base], capture_output=True, text=True).stdout
            lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
            mx = re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out)
            total = int(re.search(r"(\d+) requests in", out).group(1)) if "requests in" in out else 0
            rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)) if "Requests/sec" in out else 0.0
            non2xx = int(re.search(r"Non-2xx or 3xx responses: (\d+)", out).group(1)) if "Non-2xx" in out else 0
            sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
            row = {"call": name, "paths": len(paths), "documents": stats["documents"], "connections": args.connections,
                   "seconds": args.seconds, "cache_mb": args.cache_mb, "requests": total, "requests_per_s": rps,
                   "p50_ms": ms(lat.get("50", "0us")), "p99_ms": ms(lat.get("99", "0us")),
                   "max_ms": ms(mx.group(1)) if mx else 0.0, "non2xx": non2xx,
                   "socket_errors": sum(int(x) for x in sock.groups()) if sock else 0,
                   "warm": not args.no_warm, "first_answer_ms": first_ms}
            rows.append(row)
            print("%-26s %5d paths %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d%s" % (
                name, len(paths), rps, row["p50_ms"], row["p99_ms"], row["max_ms"], non2xx + row["socket_errors"],
                "" if args.no_warm else "  (first answers %.1f ms each, one client)" % first_ms), flush=True)
        if args.json:
            with open(args.json, "a") as f:
                for r in rows:
                    f.write(json.dumps(r) + "\n")
        if args.markdown:
            with open(args.markdown, "w") as f:
                f.write("| call | paths | first answer ms | requests/s | p50 ms | p99 ms | max ms | errors |\n"
                        "|---|---:|---:|---:|---:|---:|---:|---:|\n")
                for r in rows:
                    f.write("| %s | %d | %s | %.0f | %.2f | %.2f | %.1f | %d |\n" % (
                        r["call"], r["paths"], "%.1f" % r["first_answer_ms"] if r["warm"] else "-", r["requests_per_s"],
                        r["p50_ms"], r["p99_ms"], r["max_ms"], r["non2xx"] + r["socket_errors"]))
        bad = [r for r in rows if r["non2xx"] or r["socket_errors"] or not r["requests"]]
        return 1 if bad else 0
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
