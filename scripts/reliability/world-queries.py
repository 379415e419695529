#!/usr/bin/env python3
"""People and events queries on a store the size of N documents' world (the target: p99 <= 50 ms
at 1M documents).

Linking a million real documents takes hours, so the store's link tables are filled the way a
link run of N documents would fill them, with synthetic rows in the real schema (created by
`newsgraph ingest` and `newsgraph link` on one small document, then bulk-loaded here):

  * N documents (a short headline text each, full-text indexed as ingest does);
  * each document names 6 people drawn from a skewed population (N * 0.4 people; u^3, so a few
    are in a large share of the documents and most in one or two), 3 mentions each; at most
    1,000 mentions kept per person (WorldOptions::max_mentions_per_person); 2 aliases per person,
    an office for one in five; the document's people (document_people) and 2 quotes a document
    spoken by its people;
  * one communication a document: 60% a new event, 40% a report of one of the 2,000 latest
    events; 2 participants each.

Then `newsgraph serve` answers, one request at a time over one keep-alive connection, with
distinct paths (the server's answer cache does not help): /api/people?q=<3 to 5 letters of a
name>, /api/people?offset=K (the list by documents), /api/people/<id> (any person), the same
for the 1,000 busiest people (in tens of thousands of documents each), /api/events?person=<id>, /api/events/<id>, /api/events?offset=K (the
list by date). Prints p50/p99/max per
call as JSON Lines.

  scripts/reliability/world-queries.py --newsgraph build/newsgraph --docs 1000000 \
      --db build/world-1m.db [--requests 300]

The store is kept (and reused when it holds the same N) -- about 4 GB at 1M documents.
"""
import argparse
import http.client
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

CONS = "bdfgklmnprstvz"
VOW = "aeiou"
GIVEN = ["Joe", "Anna", "Volodymyr", "Sergei", "Maria", "John", "Olaf", "Emmanuel", "Li", "Fumio",
         "Rishi", "Ursula", "Pedro", "Giorgia"]


def surname(k):
    s, v = "", k + 1
    while v > 0:
        s += CONS[v % 14] + VOW[(v // 14) % 5]
        v //= 14
    return s.capitalize()


def hexid(prefix, k, salt):
    return prefix + format((k * 2654435761 + salt) & 0xFFFFFFFFFFFF, "012x")


def progress(msg):
    if sys.stderr.isatty():
        print("\r" + msg, end="", file=sys.stderr, flush=True)


def build(args):
    n = args.docs
    db = args.db
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    with tempfile.TemporaryDirectory() as tmp:
        seed = os.path.join(tmp, "seed.txt")
        with open(seed, "w") as f:
            f.write("President Joe Biden spoke with Chancellor Olaf Scholz by phone on Tuesday.\n")
        subprocess.run([args.newsgraph, "ingest", "--db", db, seed], check=True,
                       stdout=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    for t in ("documents", "analyses", "quotes", "entities", "persons", "person_aliases",
              "person_offices", "person_mentions", "document_people", "events",
              "event_participants", "event_reports", "conflicts", "stories", "story_documents",
              "copies", "signatures", "mentions", "communications", "places", "numbers",
              "statements", "checks"):
        try:
            con.execute(f"DELETE FROM {t}")
        except sqlite3.OperationalError:
            pass  # not in this schema
    rng = random.Random(42)
    population = max(10, int(n * 0.4))
    doc_people = {}  # person -> documents
    mentions_kept = {}
    events = []  # (id, kind, date, participants, reports)
    recent = []
    t0 = time.time()
    docs_rows, dp_rows, pm_rows, q_rows, er_rows = [], [], [], [], []

    def flush():
        con.executemany("INSERT INTO documents(id, source, record, offset, format, title, published, "
                        "text, text_length) VALUES (?,?,?,?,?,?,?,?,?)", docs_rows)
        con.executemany("INSERT OR IGNORE INTO document_people(doc_id, name, person_id) VALUES (?,?,?)", dp_rows)
        con.executemany("INSERT OR IGNORE INTO person_mentions(doc_id, start, person_id, end, text) "
                        "VALUES (?,?,?,?,?)", pm_rows)
        con.executemany("INSERT OR IGNORE INTO quotes(doc_id, idx, speaker, text, cue, start, end) "
                        "VALUES (?,?,?,?,?,?,?)", q_rows)
        con.executemany("INSERT OR IGNORE INTO event_reports(doc_id, start, event_id, end) VALUES (?,?,?,?)",
                        er_rows)
        for rows in (docs_rows, dp_rows, pm_rows, q_rows, er_rows):
            rows.clear()

    pid = lambda k: hexid("P", k, 7)
    name_of = lambda k: GIVEN[k % 14] + " " + surname(k)
    for d in range(n):
        doc = format((d * 11400714819323198485) & 0xFFFFFFFFFFFFFFFF, "016x")
        day = d // 500
        date = "20%02d-%02d-%02d" % (10 + day // 336, 1 + (day // 28) % 12, 1 + day % 28)
        people = []
        for _ in range(6):
            k = int((rng.random() ** 3) * population)
            if k not in people:
                people.append(k)
        title = "%s meets %s about the %s" % (name_of(people[0]), name_of(people[-1]), surname(d % 997))
        docs_rows.append((doc, "synthetic", d, 0, "text", title, date, title, len(title)))
        for i, k in enumerate(people):
            doc_people[k] = doc_people.get(k, 0) + 1
            dp_rows.append((doc, name_of(k), pid(k)))
            for m in range(3):
                c = mentions_kept.get(k, 0)
                if c >= 1000:
                    break
                mentions_kept[k] = c + 1
                pm_rows.append((doc, 100 * i + 10 * m, pid(k), 100 * i + 10 * m + 8, name_of(k)))
        for qi in range(2):
            q_rows.append((doc, qi, name_of(people[qi % len(people)]), "we will work together %d" % d,
                           "said", 500 + 40 * qi, 530 + 40 * qi))
        if recent and rng.random() < 0.4:
            e = events[rng.choice(recent)]
        else:
            eid = hexid("E", len(events), 11)
            e = [eid, "call" if rng.random() < 0.5 else "meeting", date, (people[0], people[1] if len(people) > 1 else people[0]), []]
            events.append(e)
            recent.append(len(events) - 1)
            if len(recent) > 2000:
                recent.pop(0)
        if len(e[4]) < 1000:
            e[4].append((doc, date))
        er_rows.append((doc, 10, e[0], 40))
        if len(docs_rows) >= 20000:
            flush()
            progress("world-queries: %d of %d documents (%.0f s)" % (d + 1, n, time.time() - t0))
    flush()
    persons, aliases, offices = [], [], []
    for k, docs in doc_people.items():
        nm = name_of(k)
        al = [{"name": surname(k), "count": docs}, {"name": nm, "count": max(1, docs // 2)}]
        off = []
        if k % 5 == 0:
            off = [{"office": "Minister", "office_normalized": "Minister", "country": "Country%d" % (k % 50),
                    "first": "2010-01-01", "last": "2012-12-28", "documents": []}]
            offices.append((pid(k), 0, "Minister", "Minister", "Country%d" % (k % 50), "2010-01-01", "2012-12-28", "[]"))
        persons.append((pid(k), nm, docs, mentions_kept.get(k, 0),
                        json.dumps({"id": pid(k), "name": nm, "aliases": al, "offices": off, "documents": docs})))
        aliases.append((surname(k), pid(k), docs))
        aliases.append((nm, pid(k), max(1, docs // 2)))
    con.executemany("INSERT INTO persons(id, name, documents, mentions, json) VALUES (?,?,?,?,?)", persons)
    con.executemany("INSERT OR IGNORE INTO person_aliases(alias, person_id, count) VALUES (?,?,?)", aliases)
    con.executemany("INSERT OR IGNORE INTO person_offices(person_id, idx, office, office_normalized, country, "
                    "first, last, documents) VALUES (?,?,?,?,?,?,?,?)", offices)
    ev_rows, part_rows = [], []
    for eid, kind, date, parts, reports in events:
        ps = [{"id": pid(p), "name": name_of(p)} for p in dict.fromkeys(parts)]
        js = {"id": eid, "kind": kind, "participants": ps, "date": date, "date_evidence": "",
              "status": "happened", "reports": [{"doc": r[0], "start": 10, "end": 40, "kind": kind, "when": "",
                                                   "date": date, "duration": "", "status": "happened",
                                                   "published": r[1]} for r in reports]}
        ev_rows.append((eid, kind, date, len(reports), json.dumps(js)))
        for p in dict.fromkeys(parts):
            part_rows.append((pid(p), eid))
    con.executemany("INSERT INTO events(id, kind, date, reports, json) VALUES (?,?,?,?,?)", ev_rows)
    con.executemany("INSERT OR IGNORE INTO event_participants(person_id, event_id) VALUES (?,?)", part_rows)
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('world_queries_docs', ?)", (str(n),))
    # linked as a whole: an ingest does not relink it (which would replace these tables)
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('linked_documents', ?)", (str(n),))
    con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()
    progress("")
    print(json.dumps({"built": db, "documents": n, "persons": len(persons), "events": len(events),
                      "person_mentions": sum(mentions_kept.values()), "seconds": round(time.time() - t0, 1)}),
          flush=True)


def stored_docs(db):
    try:
        con = sqlite3.connect(db)
        v = con.execute("SELECT value FROM meta WHERE key='world_queries_docs'").fetchone()
        con.close()
        return int(v[0]) if v else -1
    except sqlite3.Error:
        return -1


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]


def migrate(args):
    """Lets the binary bring the store to its schema version (the server opens it read-only and
    would not): an ingest of an empty file, without linking, opens it for writing."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as empty:
        subprocess.run([args.newsgraph, "ingest", "--no-link", "--db", args.db, empty.name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure(args):
    migrate(args)
    con = sqlite3.connect(args.db)
    busy = [r[0] for r in con.execute("SELECT id FROM persons ORDER BY documents DESC LIMIT 1000")]
    ids = [r[0] for r in con.execute("SELECT id FROM persons ORDER BY random() LIMIT ?", (args.requests * 2,))]
    names = [r[0] for r in con.execute("SELECT name FROM persons ORDER BY random() LIMIT ?", (args.requests,))]
    events = [r[0] for r in con.execute("SELECT id FROM events ORDER BY random() LIMIT ?", (args.requests,))]
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    persons = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    con.close()
    rng = random.Random(7)
    server = subprocess.Popen([args.newsgraph, "serve", "--db", args.db, "--host", "127.0.0.1", "--port",
                               str(args.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):
            try:
                c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
                c.request("GET", "/api/stats")
                c.getresponse().read()
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            sys.exit("world-queries: the server did not answer on 127.0.0.1:%d" % args.port)
        if server.poll() is not None:
            sys.exit("world-queries: the server stopped: %s" % server.stderr.read().decode(errors="replace").strip())
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
        calls = {
            "people?q=": ["/api/people?q=" + nm.split()[-1][rng.randrange(0, 2):][:rng.randrange(3, 6)] +
                          "&limit=50&n=%d" % i for i, nm in enumerate(names)],
            "people?offset=": ["/api/people?limit=50&offset=%d" % rng.randrange(0, max(1, persons - 50))
                               for _ in range(args.requests)],
            "people/{id}": ["/api/people/" + ids[i] for i in range(args.requests)],
            "people/{busy id}": ["/api/people/" + busy[i % len(busy)] for i in range(args.requests)],
            "events?person=": ["/api/events?person=" + ids[(args.requests + i) % len(ids)] + "&limit=50"
                               for i in range(args.requests)],
            "events/{id}": ["/api/events/" + e for e in events],
            "events?offset=": ["/api/events?limit=50&offset=%d" % rng.randrange(0, max(1, n_events - 50))
                               for _ in range(args.requests)],
        }
        for name, paths in calls.items():
            if args.calls and name not in args.calls.split(","):
                continue
            times, errors = [], 0
            for p in paths:
                t = time.perf_counter()
                conn.request("GET", p)
                r = conn.getresponse()
                r.read()
                times.append((time.perf_counter() - t) * 1000)
                if r.status >= 400:
                    errors += 1
            print(json.dumps({"call": name, "requests": len(times), "errors": errors,
                              "p50_ms": round(pct(times, 50), 2), "p99_ms": round(pct(times, 99), 2),
                              "max_ms": round(max(times), 2)}), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsgraph", required=True, help="the newsgraph binary")
    ap.add_argument("--docs", type=int, default=1000000, help="documents the world stands for")
    ap.add_argument("--db", required=True, help="the store to build (kept and reused for the same --docs)")
    ap.add_argument("--requests", type=int, default=300, help="requests per call")
    ap.add_argument("--port", type=int, default=18731)
    ap.add_argument("--rebuild", action="store_true", help="build the store even when it exists")
    ap.add_argument("--calls", default="", help="only these calls, comma-separated (e.g. people?q=,events/{id})")
    args = ap.parse_args()
    if not (os.path.isfile(args.newsgraph) and os.access(args.newsgraph, os.X_OK)):
        ap.error("--newsgraph %s: not an executable file (build it first: make build)" % args.newsgraph)
    if args.docs < 1 or args.requests < 1:
        ap.error("--docs and --requests must be at least 1")
    if args.rebuild or stored_docs(args.db) != args.docs:
        build(args)
    measure(args)


if __name__ == "__main__":
    main()
