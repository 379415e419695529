#include "store/schema.h"

#include <string>

#include "store/sqlite_util.h"

namespace newsgraph {
namespace {

// Version 1. Every change to this text needs a new version and a migration below.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per distinct document (by content id).
CREATE TABLE IF NOT EXISTS documents(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,            -- 16 hex digits: XXH3-64 of the normalised text
  source TEXT NOT NULL,               -- where it was first read: path or "-"
  record INTEGER NOT NULL,            -- record number within that source
  offset INTEGER NOT NULL,            -- byte offset of the record in the (decompressed) source
  format TEXT NOT NULL,               -- text | html | jsonl | warc
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '', -- ISO 8601
  site TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  text TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

-- Every place a document was read from (a document seen twice has two places).
CREATE TABLE IF NOT EXISTS places(
  source TEXT NOT NULL,
  record INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  PRIMARY KEY(source, record)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS places_doc ON places(doc_id);

-- Full-text index over title and text (external content: documents).
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

-- Link stage: MinHash fingerprint (128 little-endian uint64) of each document.
CREATE TABLE IF NOT EXISTS signatures(
  doc_id TEXT PRIMARY KEY,
  shingles INTEGER NOT NULL,
  minhash BLOB NOT NULL
) WITHOUT ROWID;

-- Analyze stage: what each document says. `idx` orders rows within a document.
CREATE TABLE IF NOT EXISTS analyses(
  doc_id TEXT PRIMARY KEY,
  published TEXT NOT NULL DEFAULT '',
  text_length INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entities(
  doc_id TEXT NOT NULL,
  kind TEXT NOT NULL,                 -- person | organization | place
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  office TEXT NOT NULL DEFAULT '',
  office_normalized TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(doc_id, kind, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_office ON entities(office_normalized);
CREATE TABLE IF NOT EXISTS mentions(
  doc_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  entity_idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(doc_id, kind, entity_idx, start)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quotes(
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS communications(
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  participants TEXT NOT NULL,         -- JSON array of names
  when_text TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  duration TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS numbers(
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL NOT NULL DEFAULT 0,  -- high end of a range ("30 to 40"), 0 when not a range
  unit TEXT NOT NULL DEFAULT '',
  qualifier TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS statements(
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  kind TEXT NOT NULL,                 -- the reporting word: said, told reporters, statement, tweet ...
  when_text TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
)sql";

// Version 2: office claims checked against the office-holder table (link stage, docs/checks.md).
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE IF NOT EXISTS checks(
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  person TEXT NOT NULL,
  office TEXT NOT NULL,               -- as the document words it
  country TEXT NOT NULL,
  table_office TEXT NOT NULL,         -- the office of the table it was checked against
  as_of TEXT NOT NULL,                -- YYYY-MM-DD
  verdict TEXT NOT NULL,              -- supported | contradicted
  claim TEXT NOT NULL,
  why TEXT NOT NULL,
  PRIMARY KEY(doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS checks_verdict ON checks(verdict);
)sql";

// Version 3: the link stage (docs/formats/store.md, docs/link.md). Every table below is derived
// from the documents and their analyses and is rewritten as a whole by each link run
// (RelinkStore), in the same transaction, so a crash leaves the previous link run in place.
constexpr const char* kSchemaV3 = R"sql(
-- Counting documents and their bytes reads this index, not every row's text.
CREATE INDEX IF NOT EXISTS documents_length ON documents(text_length);

-- Copy relations: `copy` copies `source` (for direction siblings/unknown: just the two documents).
CREATE TABLE IF NOT EXISTS copies(
  copy TEXT NOT NULL,
  source TEXT NOT NULL,
  relation TEXT NOT NULL,             -- duplicate | near-verbatim | rewrite | partial
  direction TEXT NOT NULL,            -- earlier | evidence | siblings | unknown
  similarity REAL NOT NULL,
  changes INTEGER NOT NULL,           -- how many changes, of which `facts` change a fact
  facts INTEGER NOT NULL,
  json TEXT NOT NULL,                 -- the relation with its changes (docs/formats/link.md)
  PRIMARY KEY(copy, source)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS copies_source ON copies(source);

-- People resolved across documents.
CREATE TABLE IF NOT EXISTS persons(
  id TEXT PRIMARY KEY,                -- P + 12 hex digits
  name TEXT NOT NULL,
  documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  json TEXT NOT NULL                  -- the person without mentions (docs/formats/link.md)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS persons_documents ON persons(documents DESC, name);
CREATE TABLE IF NOT EXISTS person_aliases(
  alias TEXT NOT NULL,
  person_id TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY(alias, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_aliases_person ON person_aliases(person_id);
CREATE TABLE IF NOT EXISTS person_offices(
  person_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  office TEXT NOT NULL,
  office_normalized TEXT NOT NULL,
  country TEXT NOT NULL,
  first TEXT NOT NULL,                -- first and last publication date saying so
  last TEXT NOT NULL,
  documents TEXT NOT NULL,            -- JSON array of document ids
  PRIMARY KEY(person_id, idx)
) WITHOUT ROWID;
-- Key columns first: SQLite 3.40's integrity_check misreports a WITHOUT ROWID table whose key
-- columns come after a column that is not in the key (docs/reliability.md).
CREATE TABLE IF NOT EXISTS person_mentions(
  doc_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(doc_id, start, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_mentions_person ON person_mentions(person_id, doc_id);
-- A document's own people (entities.name of kind person) and the person each resolved to.
CREATE TABLE IF NOT EXISTS document_people(
  doc_id TEXT NOT NULL,
  name TEXT NOT NULL,
  person_id TEXT NOT NULL,
  PRIMARY KEY(doc_id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_people_person ON document_people(person_id);

-- Events (calls, meetings, talks) merged across the documents that report them.
CREATE TABLE IF NOT EXISTS events(
  id TEXT PRIMARY KEY,                -- E + 12 hex digits
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  reports INTEGER NOT NULL,
  json TEXT NOT NULL                  -- the event with its reports and conflicts
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_participants(
  person_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY(person_id, event_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_reports(
  doc_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, start, event_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_reports_event ON event_reports(event_id);

-- Where sources disagree.
CREATE TABLE IF NOT EXISTS conflicts(
  id TEXT PRIMARY KEY,                -- C + 12 hex digits
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,              -- an event or person id, or the quantity's words
  json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS conflicts_subject ON conflicts(subject);

-- Stories and their documents.
CREATE TABLE IF NOT EXISTS stories(
  id TEXT PRIMARY KEY,                -- S + 12 hex digits
  title TEXT NOT NULL,
  first TEXT NOT NULL,
  last TEXT NOT NULL,
  size INTEGER NOT NULL,              -- documents
  json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stories_size ON stories(size DESC, id);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last DESC, id);
CREATE TABLE IF NOT EXISTS story_documents(
  doc_id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  position INTEGER NOT NULL           -- the document's place in the story's time order
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents(story_id, position);
CREATE TABLE IF NOT EXISTS story_changes(
  idx INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                 -- merge | split
  into_story TEXT NOT NULL,
  from_story TEXT NOT NULL,
  at_document TEXT NOT NULL
);
)sql";

// Version 4: people found by any part of a name or alias without reading every person (a
// trigram full-text index of the names and aliases, rewritten with the other link tables), and
// the people and events lists' orders as indexes, so that a page of a list is read in order
// instead of sorting every person or event; each participation in an event carries the event's
// date and report count, so that a person's events are read in the list's order too. The
// migration fills the index from the people already stored.
constexpr const char* kSchemaV4 = R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS person_names USING fts5(name, person_id UNINDEXED, tokenize='trigram');
DELETE FROM person_names;
INSERT INTO person_names(name, person_id)
  SELECT name, id FROM persons UNION SELECT alias, person_id FROM person_aliases;
CREATE INDEX IF NOT EXISTS persons_rank ON persons(documents DESC, mentions DESC, name, id);
DROP INDEX IF EXISTS persons_documents;
CREATE INDEX IF NOT EXISTS events_order ON events(date = '', date, reports DESC, id);
)sql";

// Version 4, continued: each participation carries its event's date and report count (added
// only where missing, so that a file relabelled older is migrated again without harm).
constexpr const char* kSchemaV4Participants = R"sql(
ALTER TABLE event_participants ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE event_participants ADD COLUMN reports INTEGER NOT NULL DEFAULT 0;
UPDATE event_participants SET date = (SELECT e.date FROM events e WHERE e.id = event_id),
                              reports = (SELECT e.reports FROM events e WHERE e.id = event_id);
)sql";
constexpr const char* kSchemaV4ParticipantsIndex = R"sql(
CREATE INDEX IF NOT EXISTS event_participants_order
  ON event_participants(person_id, date = '', date, reports DESC, event_id);
)sql";

Status ApplyV4(sqlite3* db) {
  NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV4));
  sql::Stmt has(db, "SELECT 1 FROM pragma_table_info('event_participants') WHERE name='reports'");
  NEWSGRAPH_RETURN_IF_ERROR(has.status());
  if (!has.Step()) NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV4Participants));
  NEWSGRAPH_RETURN_IF_ERROR(has.status());
  return sql::Exec(db, kSchemaV4ParticipantsIndex);
}

Status SetVersion(sqlite3* db) {
  std::string ins = "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" +
                    std::to_string(kSchemaVersion) + "')";
  return sql::Exec(db, ins.c_str());
}


}  // namespace

Status EnsureSchema(sqlite3* db) {
  sql::Stmt probe(db, "SELECT value FROM meta WHERE key='schema_version'");
  if (probe.status().ok() && probe.Step()) {
    int version = std::stoi(probe.Text(0));
    if (version > kSchemaVersion) {
      return Status::Unsupported("database schema version " + std::to_string(version) +
                                 " is newer than this build reads (" +
                                 std::to_string(kSchemaVersion) + ")");
    }
    if (version == kSchemaVersion) return Status::Ok();
    probe.Reset();
    // Version 1 -> 2: the checks table (documents stored before it have no checks).
    // Version 2 -> 3: the link tables, empty until the next link run.
    // Version 3 -> 4: the people search index, filled from the people stored.
    return sql::InTransaction(db, [&] {
      if (version < 2) NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV2));
      if (version < 3) NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV3));
      NEWSGRAPH_RETURN_IF_ERROR(ApplyV4(db));
      return SetVersion(db);
    });
  }
  return sql::InTransaction(db, [&] {
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV1));
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV2));
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, kSchemaV3));
    NEWSGRAPH_RETURN_IF_ERROR(ApplyV4(db));
    return SetVersion(db);
  });
}

}  // namespace newsgraph
