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

PostgreSQL: with --pg URL (or --pg-cluster DIR: a new cluster started there by
scripts/pg/pg-up.sh and stopped at the end; DIR is kept), the SQLite world above is built as before, then
copied into the database (its schema created by `newsgraph ingest` of the binary given, its
tables filled with psql's \copy from CSV files, then VACUUM ANALYZE), and the server answers
from PostgreSQL. A database that already holds the same N is reused, after `newsgraph ingest
--no-link` has brought it to the binary's schema version (the migration's time is printed):

  url=$(scripts/pg/pg-up.sh /tmp/wq-pg)
  scripts/reliability/world-queries.py --newsgraph build/newsgraph --docs 100000 \
      --db build/world-100k.db --pg "$url"
  scripts/pg/pg-down.sh /tmp/wq-pg
"""
import argparse
import csv
import http.client
import json
import os
import random
import shutil
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
    # Version 4's derived rows, as a link run writes them: the people search index, and each
    # participation's event date and report count.
    if columns(con, "event_participants") >= {"date", "reports"}:
        con.execute("UPDATE event_participants SET date = (SELECT e.date FROM events e WHERE e.id = event_id), "
                    "reports = (SELECT e.reports FROM events e WHERE e.id = event_id)")
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'person_names'").fetchone():
        con.execute("DELETE FROM person_names")
        con.execute("INSERT INTO person_names(name, person_id) SELECT name, id FROM persons "
                    "UNION SELECT alias, person_id FROM person_aliases")
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


def columns(con, table):
    return {r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (table,))}


# The tables the world fills, copied to PostgreSQL (the columns both schemas have).
PG_TABLES = ("documents", "persons", "person_aliases", "person_offices", "person_mentions", "document_people",
             "events", "event_participants", "event_reports", "quotes", "person_names")


def psql(url, sql):
    r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", url, "-c", sql],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("world-queries: psql: %s" % r.stderr.strip())
    return r.stdout.strip()


def pg_docs(url):
    try:
        v = psql(url, "SELECT value FROM meta WHERE key='world_queries_docs'")
        return int(v) if v else -1
    except SystemExit:
        return -1


def load_pg(args):
    """Copies the SQLite world into PostgreSQL: the schema of the binary given, then every table
    the world fills, through CSV files and psql's \\copy."""
    t0 = time.time()
    url = args.pg
    with tempfile.TemporaryDirectory() as tmp:
        seed = os.path.join(tmp, "seed.txt")
        with open(seed, "w") as f:
            f.write("President Joe Biden spoke with Chancellor Olaf Scholz by phone on Tuesday.\n")
        r = subprocess.run([args.newsgraph, "ingest", "--db", url, seed], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit("world-queries: newsgraph ingest --db %s failed: %s" % (url, r.stderr.strip()))
        have = psql(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        have = set(have.split())
        lite = sqlite3.connect(args.db)
        tables = [t for t in PG_TABLES if t in have]
        psql(url, "TRUNCATE " + ", ".join(tables + ["places", "analyses", "entities", "mentions", "signatures",
                                                   "copies", "conflicts", "stories", "story_documents"]))
        rows = {}
        for t in tables:
            pg_cols = psql(url, "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                "current_schema() AND table_name = '%s' AND is_generated = 'NEVER'" % t).split()
            try:
                lite_cols = {r[1] for r in lite.execute("SELECT * FROM pragma_table_info('%s')" % t)}
                if t == "documents":
                    lite_cols.add("rowid")
            except sqlite3.Error:
                continue
            cols = [c for c in pg_cols if c in lite_cols]
            path = os.path.join(tmp, t + ".csv")
            n = 0
            with open(path, "w", newline="") as f:
                w = csv.writer(f, quoting=csv.QUOTE_ALL)  # "" is an empty text, not NULL
                quoted = ", ".join('"%s"' % c for c in cols)
                for r in lite.execute("SELECT %s FROM %s" % (quoted, t)):
                    w.writerow(r)
                    n += 1
            progress("world-queries: copying %s (%d rows)" % (t, n))
            psql(url, "\\copy %s(%s) FROM '%s' WITH (FORMAT csv)" % (t, quoted, path))
            os.remove(path)
            rows[t] = n
        lite.close()
        # PostgreSQL's version 4 keeps each person's and event's place in its list, as a link run
        # writes it (SQLite has no such column).
        for table, order in (("persons", "documents DESC, mentions DESC, name, id"),
                             ("events", "date = '', date, reports DESC, id")):
            if psql(url, "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                         "AND table_name = '%s' AND column_name = 'list_position'" % table):
                psql(url, "UPDATE %s t SET list_position = r.n FROM (SELECT id, row_number() OVER (ORDER BY %s) - 1 "
                          "AS n FROM %s) r WHERE r.id = t.id" % (table, order, table))
        # Version 5: each name of the search table with its person's place in the list.
        if psql(url, "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                     "AND table_name = 'person_names' AND column_name = 'list_position'"):
            psql(url, "UPDATE person_names n SET list_position = p.list_position FROM persons p "
                      "WHERE p.id = n.person_id")
        psql(url, "SELECT setval('documents_rowid_seq', (SELECT max(rowid) FROM documents))")
        for key in ("world_queries_docs", "linked_documents"):
            psql(url, "INSERT INTO meta(key, value) VALUES ('%s', '%d') ON CONFLICT (key) DO UPDATE "
                      "SET value = excluded.value" % (key, args.docs))
        psql(url, "VACUUM ANALYZE")
    progress("")
    print(json.dumps({"loaded": args.pg_redacted, "documents": args.docs, "rows": rows,
                      "seconds": round(time.time() - t0, 1)}), flush=True)


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
    t0 = time.time()
    with tempfile.NamedTemporaryFile(suffix=".txt") as empty:
        subprocess.run([args.newsgraph, "ingest", "--no-link", "--db", args.pg or args.db, empty.name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if args.pg:
        psql(args.pg, "VACUUM ANALYZE")  # a migration's new rows and indexes, settled
        print(json.dumps({"opened_for_writing": args.pg_redacted,
                          "schema_version": psql(args.pg, "SELECT value FROM meta WHERE key='schema_version'"),
                          "seconds": round(time.time() - t0, 1)}), flush=True)


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
    server = subprocess.Popen([args.newsgraph, "serve", "--db", args.pg or args.db, "--host", "127.0.0.1", "--port",
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
    ap.add_argument("--pg", default="", help="a PostgreSQL URL: copy the world there and serve from it")
    ap.add_argument("--pg-cluster", default="", metavar="DIR",
                    help="start a new PostgreSQL cluster in DIR (scripts/pg/pg-up.sh), serve from it, stop it")
    args = ap.parse_args()
    if not (os.path.isfile(args.newsgraph) and os.access(args.newsgraph, os.X_OK)):
        ap.error("--newsgraph %s: not an executable file (build it first: make build)" % args.newsgraph)
    if args.docs < 1 or args.requests < 1:
        ap.error("--docs and --requests must be at least 1")
    if args.pg and args.pg_cluster:
        ap.error("--pg and --pg-cluster: one or the other")
    if (args.pg or args.pg_cluster) and not shutil.which("psql"):
        ap.error("--pg needs psql (apt-get install postgresql-client)")
    scripts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pg")
    if args.pg_cluster:
        r = subprocess.run([os.path.join(scripts, "pg-up.sh"), args.pg_cluster], stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit("world-queries: pg-up.sh %s failed" % args.pg_cluster)
        args.pg = r.stdout.strip()
    args.pg_redacted = args.pg.split("@")[-1] if args.pg else ""
    try:
        rebuilt = args.rebuild or stored_docs(args.db) != args.docs
        if rebuilt:
            build(args)
        if args.pg and (rebuilt or pg_docs(args.pg) != args.docs):
            load_pg(args)
        measure(args)
    finally:
        if args.pg_cluster:
            subprocess.run([os.path.join(scripts, "pg-down.sh"), args.pg_cluster])


if __name__ == "__main__":
    main()
