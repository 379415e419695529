#include "store/pg_schema.h"

#include <cstdio>
#include <mutex>
#include <string>

#include "store/pg_util.h"

namespace newsgraph {
namespace {

// Advisory lock keys (pg_advisory_xact_lock): schema creation and link runs.
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(7215400001)";

// Version 3, the same tables and columns as the SQLite schema (store/schema.cc) with PostgreSQL
// types. `ctext` stands for text COLLATE "C": bytewise order, as in SQLite, whatever the
// database's locale. "offset" and "end" are reserved words here and are quoted.
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE IF NOT EXISTS meta(key ctext PRIMARY KEY, value ctext NOT NULL);

CREATE SEQUENCE IF NOT EXISTS documents_rowid_seq;
CREATE TABLE IF NOT EXISTS documents(
  -- Insertion order (ListDocuments ties): within a batch the batch's order, as in SQLite, though
  -- rows are inserted in id order.
  rowid bigint NOT NULL DEFAULT nextval('documents_rowid_seq'),
  id ctext NOT NULL PRIMARY KEY,
  source ctext NOT NULL,
  record bigint NOT NULL,
  "offset" bigint NOT NULL,
  format ctext NOT NULL,
  url ctext NOT NULL DEFAULT '',
  title ctext NOT NULL DEFAULT '',
  published ctext NOT NULL DEFAULT '',
  site ctext NOT NULL DEFAULT '',
  language ctext NOT NULL DEFAULT '',
  authors ctext NOT NULL DEFAULT '[]',
  text ctext NOT NULL,
  text_length bigint NOT NULL,
  ingested_at ctext NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  -- Full-text index over title and the first 200000 characters of the text (a tsvector holds
  -- at most 1 MB).
  tsv tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, left(title || ' ' || text, 200000))) STORED
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING gin(tsv);
CREATE INDEX IF NOT EXISTS documents_link_order
  ON documents((length(published) < 10), (substr(published, 1, 10)), id);

CREATE TABLE IF NOT EXISTS places(
  source ctext NOT NULL,
  record bigint NOT NULL,
  doc_id ctext NOT NULL,
  PRIMARY KEY(source, record)
);
CREATE INDEX IF NOT EXISTS places_doc ON places(doc_id);

CREATE TABLE IF NOT EXISTS signatures(
  doc_id ctext PRIMARY KEY,
  shingles bigint NOT NULL,
  minhash bytea NOT NULL
);

CREATE TABLE IF NOT EXISTS analyses(
  doc_id ctext PRIMARY KEY,
  published ctext NOT NULL DEFAULT '',
  text_length bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS entities(
  doc_id ctext NOT NULL,
  kind ctext NOT NULL,
  idx bigint NOT NULL,
  name ctext NOT NULL,
  office ctext NOT NULL DEFAULT '',
  office_normalized ctext NOT NULL DEFAULT '',
  country ctext NOT NULL DEFAULT '',
  PRIMARY KEY(doc_id, kind, idx)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_office ON entities(office_normalized);
CREATE TABLE IF NOT EXISTS mentions(
  doc_id ctext NOT NULL,
  kind ctext NOT NULL,
  entity_idx bigint NOT NULL,
  start bigint NOT NULL,
  "end" bigint NOT NULL,
  text ctext NOT NULL,
  PRIMARY KEY(doc_id, kind, entity_idx, start)
);
CREATE TABLE IF NOT EXISTS quotes(
  doc_id ctext NOT NULL,
  idx bigint NOT NULL,
  speaker ctext NOT NULL,
  text ctext NOT NULL,
  cue ctext NOT NULL DEFAULT '',
  start bigint NOT NULL,
  "end" bigint NOT NULL,
  PRIMARY KEY(doc_id, idx)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS communications(
  doc_id ctext NOT NULL,
  idx bigint NOT NULL,
  kind ctext NOT NULL,
  participants ctext NOT NULL,
  when_text ctext NOT NULL DEFAULT '',
  date ctext NOT NULL DEFAULT '',
  status ctext NOT NULL DEFAULT '',
  duration ctext NOT NULL DEFAULT '',
  start bigint NOT NULL,
  "end" bigint NOT NULL,
  PRIMARY KEY(doc_id, idx)
);
CREATE TABLE IF NOT EXISTS numbers(
  doc_id ctext NOT NULL,
  idx bigint NOT NULL,
  text ctext NOT NULL,
  value double precision NOT NULL,
  value_max double precision NOT NULL DEFAULT 0,
  unit ctext NOT NULL DEFAULT '',
  qualifier ctext NOT NULL DEFAULT '',
  start bigint NOT NULL,
  "end" bigint NOT NULL,
  PRIMARY KEY(doc_id, idx)
);
CREATE TABLE IF NOT EXISTS statements(
  doc_id ctext NOT NULL,
  idx bigint NOT NULL,
  speaker ctext NOT NULL,
  kind ctext NOT NULL,
  when_text ctext NOT NULL DEFAULT '',
  date ctext NOT NULL DEFAULT '',
  start bigint NOT NULL,
  "end" bigint NOT NULL,
  PRIMARY KEY(doc_id, idx)
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
CREATE TABLE IF NOT EXISTS checks(
  doc_id ctext NOT NULL,
  idx bigint NOT NULL,
  person ctext NOT NULL,
  office ctext NOT NULL,
  country ctext NOT NULL,
  table_office ctext NOT NULL,
  as_of ctext NOT NULL,
  verdict ctext NOT NULL,
  claim ctext NOT NULL,
  why ctext NOT NULL,
  PRIMARY KEY(doc_id, idx)
);
CREATE INDEX IF NOT EXISTS checks_verdict ON checks(verdict);

-- The link stage: rewritten as a whole by each link run, in one transaction.
CREATE TABLE IF NOT EXISTS copies(
  copy ctext NOT NULL,
  source ctext NOT NULL,
  relation ctext NOT NULL,
  direction ctext NOT NULL,
  similarity double precision NOT NULL,
  changes bigint NOT NULL,
  facts bigint NOT NULL,
  json ctext NOT NULL,
  PRIMARY KEY(copy, source)
);
CREATE INDEX IF NOT EXISTS copies_source ON copies(source);
CREATE TABLE IF NOT EXISTS persons(
  id ctext PRIMARY KEY,
  name ctext NOT NULL,
  documents bigint NOT NULL,
  mentions bigint NOT NULL,
  json ctext NOT NULL
);
CREATE INDEX IF NOT EXISTS persons_documents ON persons(documents DESC, name);
CREATE TABLE IF NOT EXISTS person_aliases(
  alias ctext NOT NULL,
  person_id ctext NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY(alias, person_id)
);
CREATE INDEX IF NOT EXISTS person_aliases_person ON person_aliases(person_id);
CREATE TABLE IF NOT EXISTS person_offices(
  person_id ctext NOT NULL,
  idx bigint NOT NULL,
  office ctext NOT NULL,
  office_normalized ctext NOT NULL,
  country ctext NOT NULL,
  first ctext NOT NULL,
  last ctext NOT NULL,
  documents ctext NOT NULL,
  PRIMARY KEY(person_id, idx)
);
CREATE TABLE IF NOT EXISTS person_mentions(
  doc_id ctext NOT NULL,
  start bigint NOT NULL,
  person_id ctext NOT NULL,
  "end" bigint NOT NULL,
  text ctext NOT NULL,
  PRIMARY KEY(doc_id, start, person_id)
);
CREATE INDEX IF NOT EXISTS person_mentions_person ON person_mentions(person_id, doc_id);
CREATE TABLE IF NOT EXISTS document_people(
  doc_id ctext NOT NULL,
  name ctext NOT NULL,
  person_id ctext NOT NULL,
  PRIMARY KEY(doc_id, name)
);
CREATE INDEX IF NOT EXISTS document_people_person ON document_people(person_id);
CREATE TABLE IF NOT EXISTS events(
  id ctext PRIMARY KEY,
  kind ctext NOT NULL,
  date ctext NOT NULL,
  reports bigint NOT NULL,
  json ctext NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_participants(
  person_id ctext NOT NULL,
  event_id ctext NOT NULL,
  PRIMARY KEY(person_id, event_id)
);
CREATE TABLE IF NOT EXISTS event_reports(
  doc_id ctext NOT NULL,
  start bigint NOT NULL,
  event_id ctext NOT NULL,
  "end" bigint NOT NULL,
  PRIMARY KEY(doc_id, start, event_id)
);
CREATE INDEX IF NOT EXISTS event_reports_event ON event_reports(event_id);
CREATE TABLE IF NOT EXISTS conflicts(
  id ctext PRIMARY KEY,
  kind ctext NOT NULL,
  subject ctext NOT NULL,
  json ctext NOT NULL
);
CREATE INDEX IF NOT EXISTS conflicts_subject ON conflicts(subject);
CREATE TABLE IF NOT EXISTS stories(
  id ctext PRIMARY KEY,
  title ctext NOT NULL,
  first ctext NOT NULL,
  last ctext NOT NULL,
  size bigint NOT NULL,
  json ctext NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_size ON stories(size DESC, id);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last DESC, id);
CREATE TABLE IF NOT EXISTS story_documents(
  doc_id ctext PRIMARY KEY,
  story_id ctext NOT NULL,
  position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents(story_id, position);
CREATE TABLE IF NOT EXISTS story_changes(
  idx bigint PRIMARY KEY,
  kind ctext NOT NULL,
  into_story ctext NOT NULL,
  from_story ctext NOT NULL,
  at_document ctext NOT NULL
);
)sql";

// Version 4 (as store/schema.cc's version 4): people found by any part of a name or alias
// without reading every person (`person_names`: each person's name and aliases once each, with a
// pg_trgm GIN index when the extension is available; rewritten with the other link tables), the
// people and events lists' orders as indexes, each participation in an event carrying the
// event's date and report count (a person's events read in the list's order), and a person's
// documents in document order (a person's quotes read a page at a time), and each person's and
// event's place in its list (PostgreSQL only: a page at any offset read by key). Every statement is
// idempotent: a database relabelled older is migrated again without change.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE IF NOT EXISTS person_names(
  name ctext NOT NULL,
  person_id ctext NOT NULL
);
DELETE FROM person_names;
INSERT INTO person_names(name, person_id)
  SELECT name, id FROM persons UNION SELECT alias, person_id FROM person_aliases;
-- A person's names and aliases, for the search that reads the people in the list's order.
CREATE INDEX IF NOT EXISTS person_names_person ON person_names(person_id, name);
CREATE INDEX IF NOT EXISTS persons_rank ON persons(documents DESC, mentions DESC, name, id);
DROP INDEX IF EXISTS persons_documents;
CREATE INDEX IF NOT EXISTS events_order ON events((date = ''), date, reports DESC, id);
ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS date ctext NOT NULL DEFAULT '';
ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS reports bigint NOT NULL DEFAULT 0;
UPDATE event_participants p SET date = e.date, reports = e.reports FROM events e
 WHERE e.id = p.event_id AND (p.date, p.reports) IS DISTINCT FROM (e.date, e.reports);
CREATE INDEX IF NOT EXISTS event_participants_order
  ON event_participants(person_id, (date = ''), date, reports DESC, event_id);
CREATE INDEX IF NOT EXISTS document_people_person_doc ON document_people(person_id, doc_id);
DROP INDEX IF EXISTS document_people_person;
-- Each person's and event's place in its list (0, 1, ...), so that a page at any offset is found
-- by key: PostgreSQL counts the entries an OFFSET skips one by one.
ALTER TABLE persons ADD COLUMN IF NOT EXISTS list_position bigint NOT NULL DEFAULT -1;
ALTER TABLE events ADD COLUMN IF NOT EXISTS list_position bigint NOT NULL DEFAULT -1;
UPDATE persons p SET list_position = r.n FROM (SELECT id, row_number() OVER (
  ORDER BY documents DESC, mentions DESC, name, id) - 1 AS n FROM persons) r
 WHERE r.id = p.id AND p.list_position != r.n;
UPDATE events e SET list_position = r.n FROM (SELECT id, row_number() OVER (
  ORDER BY date = '', date, reports DESC, id) - 1 AS n FROM events) r
 WHERE r.id = e.id AND e.list_position != r.n;
CREATE INDEX IF NOT EXISTS persons_position ON persons(list_position);
CREATE INDEX IF NOT EXISTS events_position ON events(list_position);
)sql";

// Version 5 (PostgreSQL only): each name in person_names carries its person's place in the people
// list (persons.list_position), and the index person_names_position holds the names in the
// list's order. A search then chooses its page from person_names alone: many matching names are
// met by reading that index in order (an index-only scan testing each name), few are found
// through the trigram index and sorted by position, and only the page's people are read. Version
// 4 tested each person of the list through one index lookup, tens of thousands of lookups for
// three letters that match a few thousand names far down the list at 1M documents. Idempotent.
constexpr const char* kSchemaV5 = R"sql(
ALTER TABLE person_names ADD COLUMN IF NOT EXISTS list_position bigint NOT NULL DEFAULT -1;
UPDATE person_names n SET list_position = p.list_position FROM persons p
 WHERE p.id = n.person_id AND n.list_position != p.list_position;
CREATE INDEX IF NOT EXISTS person_names_position ON person_names(list_position, name);
)sql";

// The trigram index of person_names. pg_trgm ships with PostgreSQL (contrib) but creating an
// extension may need more rights than the store's user has; the store then searches without it.
constexpr const char* kTrigramIndex = R"sql(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS person_names_trgm ON person_names USING gin(name gin_trgm_ops);
)sql";

std::string Expand(const char* schema) {
  std::string out;
  std::string_view s(schema);
  const std::string_view token = "ctext";
  size_t pos = 0;
  while (pos < s.size()) {
    size_t hit = s.find(token, pos);
    if (hit == std::string_view::npos) {
      out.append(s.substr(pos));
      break;
    }
    out.append(s.substr(pos, hit - pos));
    out.append("text COLLATE \"C\"");
    pos = hit + token.size();
  }
  return out;
}

}  // namespace

Result<int> PgSchemaVersion(PGconn* conn) {
  auto exists = pg::Query(conn, "SELECT to_regclass('meta') IS NOT NULL");
  if (!exists.ok()) return exists.status();
  if (exists->size() == 0 || exists->Text(0, 0) != "t") return Status::NotFound("no newsgraph schema");
  auto v = pg::Query(conn, "SELECT value FROM meta WHERE key='schema_version'");
  if (!v.ok()) return v.status();
  if (v->size() == 0) return Status::Corruption("meta has no schema_version");
  return static_cast<int>(v->Int(0, 0));
}

namespace {

// Creates the trigram index of person_names if it is missing, in a savepoint: without the
// extension (or the right to create it) the schema stays as it is, and the reason is printed
// once per process.
Status EnsureTrigramIndex(PGconn* conn) {
  auto has = pg::Query(conn, "SELECT to_regclass('person_names_trgm') IS NOT NULL");
  if (!has.ok()) return has.status();
  if (has->size() > 0 && has->Text(0, 0) == "t") return Status::Ok();
  NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, "SAVEPOINT person_names_trgm"));
  Status s = pg::Exec(conn, kTrigramIndex);
  if (s.ok()) return pg::Exec(conn, "RELEASE SAVEPOINT person_names_trgm");
  NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, "ROLLBACK TO SAVEPOINT person_names_trgm"));
  static std::once_flag said;
  std::call_once(said, [&] {
    std::fprintf(stderr,
                 "newsgraph: no pg_trgm trigram index on person_names (%s); people searches read every "
                 "name (CREATE EXTENSION pg_trgm as a superuser, then open the store for writing)\n",
                 s.message().c_str());
  });
  return Status::Ok();
}

}  // namespace

Status EnsurePgSchema(PGconn* conn) {
  return pg::InTransaction(conn, [&]() -> Status {
    NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, kSchemaLock));
    auto version = PgSchemaVersion(conn);
    int from = 0;  // 0: a new database
    if (version.ok()) {
      if (*version > kPgSchemaVersion) {
        return Status::Unsupported("database schema version " + std::to_string(*version) +
                                   " is newer than this build reads (" + std::to_string(kPgSchemaVersion) + ")");
      }
      // Current: only the trigram index may be missing (the extension was not available).
      if (*version == kPgSchemaVersion) return EnsureTrigramIndex(conn);
      from = *version;
    } else if (version.status().code() != StatusCode::kNotFound) {
      return version.status();
    }
    // Version 3 -> 4: the people search table (filled from the people stored), the lists' order
    // indexes, the participations' dates (filled from events). 4 -> 5: the names' positions.
    if (from < 3) NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, Expand(kSchemaV3)));
    if (from < 4) NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, Expand(kSchemaV4)));
    NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn, Expand(kSchemaV5)));
    NEWSGRAPH_RETURN_IF_ERROR(EnsureTrigramIndex(conn));
    return pg::Exec(conn, "INSERT INTO meta(key, value) VALUES ('schema_version', '" +
                              std::to_string(kPgSchemaVersion) +
                              "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  });
}

}  // namespace newsgraph
