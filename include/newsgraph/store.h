// Store: where documents, their analyses and the link tables live. One interface, two backends:
// the embedded default (SQLite in WAL mode, with an FTS5 full-text index; a file path) and a
// shared PostgreSQL database (a postgresql:// or postgres:// URL, plain libpq) that many writers
// can fill at once, e.g. Slurm array tasks (docs/scaleout.md). Store::Open picks the backend.
//
//   auto store = newsgraph::Store::Open("news.db");   // or "postgresql://host:5432/news"
//   if (!store.ok()) { ... }
//   auto added = (*store)->Add(batch);     // one transaction; returns how many were new
//   auto doc = (*store)->GetDocument("288c59c3fbd3361e");
//
// Crash safety: every Add() is one transaction, so a crash or SIGKILL at any moment leaves the
// database consistent and holding whole batches only; re-running the same ingest then stores
// exactly what is missing (documents are keyed by their content id). The schema of both backends is
// documented in docs/formats/store.md. A Store is used from one thread at a time; open one per
// thread. Every method means the same on both backends; where they differ (search syntax and
// ranking, what the integrity check checks) the method's comment says so.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/analyze.h"
#include "newsgraph/document.h"
#include "newsgraph/link.h"
#include "newsgraph/link_document.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct StoreOptions {
  bool read_only = false;
  // How long a writer waits for a lock held by another process before failing. Default 10 s.
  int busy_timeout_ms = 10000;
};

// A document with what the pipeline derived from it, as one unit of storage.
struct StoredDocument {
  Document document;
  std::optional<Analysis> analysis;
  std::optional<MinHashSignature> signature;
  std::vector<OfficeCheck> checks;  // the analysis's office claims against the table
};

struct StoreStats {
  uint64_t documents = 0;
  uint64_t sources = 0;      // (source, record) places documents were read from
  uint64_t analyzed = 0;
  uint64_t people = 0;       // person entries over all documents
  uint64_t quotes = 0;
  uint64_t communications = 0;
  uint64_t numbers = 0;
  uint64_t contradicted = 0;  // office claims the office-holder table contradicts
  uint64_t text_bytes = 0;
  // The link stage (0 until a link run): people and events across documents, conflicts,
  // copy relations, stories.
  uint64_t persons = 0;
  uint64_t events = 0;
  uint64_t conflicts = 0;
  uint64_t copies = 0;
  uint64_t stories = 0;
  // Documents the last completed link run read; differs from `documents` when documents were
  // stored after it (or a link run was interrupted), i.e. when the links need rebuilding.
  uint64_t linked_documents = 0;
};

// What the link stage knows of one document.
struct DocumentLinks {
  std::string story;                                // story id, empty when not linked
  std::map<std::string, std::string> people;        // its person names -> person ids
  std::vector<std::string> copies;                  // copy relations it is in (JSON, one each)
  std::vector<std::string> events;                  // event ids it reports
};

// Filters for Store::EventsJson.
struct EventQuery {
  std::string person;  // a person id: events they took part in
  std::string from;    // YYYY-MM-DD bounds on the event date (inclusive); dateless events are
  std::string to;      // left out when either bound is given
  uint64_t limit = 50;
  uint64_t offset = 0;
};

struct DocumentSummary {
  std::string id;
  std::string title;
  std::string url;
  std::string published;
  std::string site;
  std::string source;
  uint64_t text_length = 0;
  std::string snippet;  // for search hits: the matching passage, with [..] around matches
};

// A person as seen across the store: one row per (name, office, country) reading.
struct PersonSummary {
  std::string name;
  std::string office;      // normalised office where known, else as worded
  std::string country;
  uint64_t documents = 0;  // how many documents name this person so
};

// A quote with the document it comes from.
struct QuoteRow {
  std::string doc_id;
  std::string speaker;
  std::string text;
  std::string cue;
  uint32_t start = 0;
  uint32_t end = 0;
};

// An office check with the document it comes from.
struct CheckRow {
  std::string doc_id;
  std::string title;
  std::string url;
  OfficeCheck check;
};

class Store {
 public:
  // Opens (creating if needed) the database at `path_or_url` and migrates its schema.
  // `path_or_url` is a SQLite file path, or a PostgreSQL connection URL (postgresql://... or
  // postgres://..., libpq syntax: user, password, host, port, dbname, ?sslmode=...). The
  // PostgreSQL database itself must exist; its tables are created on the first writable open.
  // Read-only stores are never migrated.
  static Result<std::unique_ptr<Store>> Open(const std::string& path_or_url, const StoreOptions& options = {});
  // Whether `path_or_url` names a PostgreSQL database (starts with postgresql:// or postgres://).
  static bool IsPostgresUrl(const std::string& path_or_url);
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Adds the documents in one transaction. A document whose id is already stored is not stored
  // again (its (source, record) place is still recorded). Returns how many documents were new.
  virtual Result<uint64_t> Add(const std::vector<StoredDocument>& docs) = 0;

  virtual Result<bool> HasDocument(const std::string& id) = 0;
  virtual Result<Document> GetDocument(const std::string& id) = 0;
  // The stored analysis of a document, if any.
  virtual Result<std::optional<Analysis>> GetAnalysis(const std::string& id) = 0;
  // Every (source, record) place the document was read from.
  virtual Result<std::vector<std::pair<std::string, uint64_t>>> GetPlaces(const std::string& id) = 0;

  virtual Result<StoreStats> Stats() = 0;
  // A number that differs from this connection's previous answer when another connection has
  // committed to the store in between (SQLite: PRAGMA data_version); nullopt when the store
  // cannot tell (PostgreSQL). The server keeps answers until it changes.
  virtual std::optional<uint64_t> ChangeCounter() { return std::nullopt; }
  // Newest first (by published, then insertion).
  virtual Result<std::vector<DocumentSummary>> ListDocuments(uint64_t limit, uint64_t offset) = 0;
  // Full-text search, best match first; plain words are ANDed. SQLite: FTS5 query syntax, bm25
  // rank. PostgreSQL: websearch_to_tsquery syntax ("quoted phrase", or, -word), ts_rank order.
  virtual Result<std::vector<DocumentSummary>> Search(const std::string& query, uint64_t limit) = 0;
  // People whose name contains `name_like` (case-insensitive; empty: all), most documents first.
  virtual Result<std::vector<PersonSummary>> People(const std::string& name_like, uint64_t limit) = 0;
  // Quotes whose speaker contains `speaker_like` (empty: all), in document order.
  virtual Result<std::vector<QuoteRow>> Quotes(const std::string& speaker_like, uint64_t limit) = 0;
  // Office checks of one document, in document order.
  virtual Result<std::vector<OfficeCheck>> GetChecks(const std::string& id) = 0;
  // Office checks over the store with the given verdict ("contradicted", "supported"; empty:
  // all), newest publication date first.
  virtual Result<std::vector<CheckRow>> Checks(const std::string& verdict, uint64_t limit) = 0;
  // SQLite: runs PRAGMA integrity_check. PostgreSQL: checks the schema version and that every
  // place and analysis belongs to a stored document. OK when the database is sound.
  virtual Status CheckIntegrity() = 0;

  // --- The link stage's tables (src/store/links.cc; docs/formats/store.md) ---
  // Calls `fn` with every stored document and its office checks, in link order (LinkOrderLess).
  // Documents without a stored analysis come with an empty one. Stops at the first error.
  virtual Status ForEachLinkDocument(
      const std::function<Status(const LinkDocument&, const std::vector<OfficeCheck>&)>& fn) = 0;
  // One document as the link stage reads it; nullptr when it is not stored.
  virtual Result<std::shared_ptr<const LinkDocument>> GetLinkDocument(const std::string& id) = 0;
  // Replaces every link table with `out`, in one transaction.
  virtual Status ReplaceLinks(const LinkOutput& out) = 0;

  // Queries; every row is one JSON object (docs/formats/link.md).
  // Copy relations, most similar first; `doc` (optional) keeps those the document is in.
  virtual Result<std::vector<std::string>> CopiesJson(const std::string& doc, uint64_t limit, uint64_t offset) = 0;
  // People whose name or alias contains `name_like` (empty: all), most documents first.
  virtual Result<std::vector<std::string>> PeopleJson(const std::string& name_like, bool with_mentions,
                                              uint64_t limit, uint64_t offset) = 0;
  // One person by id; nullopt when unknown.
  virtual Result<std::optional<std::string>> PersonJson(const std::string& id, bool with_mentions) = 0;
  // The ids of the people whose name or an alias is `name` (case-insensitive), most documents first.
  virtual Result<std::vector<std::string>> FindPeople(const std::string& name) = 0;
  // Events (each with its conflicts), by date.
  virtual Result<std::vector<std::string>> EventsJson(const EventQuery& query) = 0;
  // How many events the person took part in (EventsJson's list for {person}, in full).
  virtual Result<uint64_t> PersonEventCount(const std::string& person_id) = 0;
  virtual Result<std::optional<std::string>> EventJson(const std::string& id) = 0;
  // Conflicts; `kind` (optional) filters.
  virtual Result<std::vector<std::string>> ConflictsJson(const std::string& kind, uint64_t limit, uint64_t offset) = 0;
  // Stories, largest first (`by_recent`: most recent first).
  virtual Result<std::vector<std::string>> StoriesJson(uint64_t limit, uint64_t offset, bool by_recent = false) = 0;
  virtual Result<std::optional<std::string>> StoryJson(const std::string& id) = 0;
  virtual Result<DocumentLinks> GetDocumentLinks(const std::string& id) = 0;
  // Quotes by a resolved person (through the documents' own speaker names).
  virtual Result<std::vector<QuoteRow>> PersonQuotes(const std::string& person_id, uint64_t limit) = 0;
  // Summaries of the given documents, in the given order (unknown ids skipped).
  virtual Result<std::vector<DocumentSummary>> Summaries(const std::vector<std::string>& ids) = 0;

 protected:
  Store() = default;
};

}  // namespace newsgraph
