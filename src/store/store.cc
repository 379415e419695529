// SQLite implementation of newsgraph::Store: documents and analyses (links.cc: the link tables).
#include "newsgraph/store.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "store/schema.h"
#include "store/sqlite_store.h"
#include "store/store_text.h"
#include "store/stored_number.h"
#include "store/sqlite_util.h"

namespace newsgraph {

SqliteStore::~SqliteStore() {
  if (db_) sqlite3_close_v2(db_);
}

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path, const StoreOptions& options) {
  std::unique_ptr<SqliteStore> store(new SqliteStore());
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  sqlite3*& db = store->db_;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    return sql::Error(db, "cannot open database " + path);
  }
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  if (!options.read_only) {
    // WAL + NORMAL: each committed transaction survives a process crash (kill -9); a power
    // loss may lose the last transactions but never corrupts the file.
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, "PRAGMA journal_mode=WAL"));
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, "PRAGMA synchronous=NORMAL"));
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, "PRAGMA foreign_keys=ON"));
    Status s = EnsureSchema(db);
    if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  } else {
    sql::Stmt probe(db, "SELECT count(*) FROM meta");
    if (!probe.status().ok()) return Status(probe.status().code(), path + ": not a newsgraph database (" + probe.status().message() + ")");
  }
  sql::Stmt checks(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='checks'");
  store->has_checks_ = checks.Step();
  sql::Stmt links(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='stories'");
  store->has_links_ = links.Step();
  sql::Stmt names(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='person_names'");
  store->has_v4_ = names.Step();
  return std::unique_ptr<Store>(std::move(store));
}

namespace {

Status InsertAnalysis(sqlite3* db, const std::string& id, const Analysis& a) {
  sql::Stmt an(db, "INSERT OR REPLACE INTO analyses(doc_id, published, text_length) VALUES (?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(an.Bind(1, id).Bind(2, a.published).Bind(3, static_cast<int64_t>(a.text_length)).Run());
  sql::Stmt ent(db,
                "INSERT OR REPLACE INTO entities(doc_id, kind, idx, name, office, office_normalized, country) "
                "VALUES (?,?,?,?,?,?,?)");
  sql::Stmt men(db, "INSERT OR REPLACE INTO mentions(doc_id, kind, entity_idx, start, end, text) VALUES (?,?,?,?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(ent.status());
  NEWSGRAPH_RETURN_IF_ERROR(men.status());
  auto put_mentions = [&](const char* kind, int64_t idx, const std::vector<Mention>& ms) -> Status {
    for (const auto& m : ms) {
      NEWSGRAPH_RETURN_IF_ERROR(men.Bind(1, id).Bind(2, kind).Bind(3, idx).Bind(4, int64_t{m.start})
                                    .Bind(5, int64_t{m.end}).Bind(6, m.text).Run());
    }
    return Status::Ok();
  };
  for (size_t i = 0; i < a.people.size(); ++i) {
    const Person& p = a.people[i];
    NEWSGRAPH_RETURN_IF_ERROR(ent.Bind(1, id).Bind(2, "person").Bind(3, static_cast<int64_t>(i)).Bind(4, p.name)
                                  .Bind(5, p.office).Bind(6, p.office_normalized).Bind(7, p.country).Run());
    NEWSGRAPH_RETURN_IF_ERROR(put_mentions("person", static_cast<int64_t>(i), p.mentions));
  }
  auto put_things = [&](const char* kind, const std::vector<NamedThing>& things) -> Status {
    for (size_t i = 0; i < things.size(); ++i) {
      NEWSGRAPH_RETURN_IF_ERROR(ent.Bind(1, id).Bind(2, kind).Bind(3, static_cast<int64_t>(i))
                                    .Bind(4, things[i].name).Bind(5, "").Bind(6, "").Bind(7, "").Run());
      NEWSGRAPH_RETURN_IF_ERROR(put_mentions(kind, static_cast<int64_t>(i), things[i].mentions));
    }
    return Status::Ok();
  };
  NEWSGRAPH_RETURN_IF_ERROR(put_things("organization", a.organizations));
  NEWSGRAPH_RETURN_IF_ERROR(put_things("place", a.places));
  sql::Stmt q(db, "INSERT OR REPLACE INTO quotes(doc_id, idx, speaker, text, cue, start, end) VALUES (?,?,?,?,?,?,?)");
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& x = a.quotes[i];
    NEWSGRAPH_RETURN_IF_ERROR(q.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, x.speaker).Bind(4, x.text)
                                  .Bind(5, x.cue).Bind(6, int64_t{x.start}).Bind(7, int64_t{x.end}).Run());
  }
  sql::Stmt c(db,
              "INSERT OR REPLACE INTO communications(doc_id, idx, kind, participants, when_text, date, status, "
              "duration, start, end) VALUES (?,?,?,?,?,?,?,?,?,?)");
  for (size_t i = 0; i < a.communications.size(); ++i) {
    const Communication& x = a.communications[i];
    std::string parts = nlohmann::json(x.participants).dump();
    NEWSGRAPH_RETURN_IF_ERROR(c.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, x.kind).Bind(4, parts)
                                  .Bind(5, x.when).Bind(6, x.date).Bind(7, x.status).Bind(8, x.duration)
                                  .Bind(9, int64_t{x.start}).Bind(10, int64_t{x.end}).Run());
  }
  sql::Stmt n(db,
              "INSERT OR REPLACE INTO numbers(doc_id, idx, text, value, value_max, unit, qualifier, start, end) "
              "VALUES (?,?,?,?,?,?,?,?,?)");
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    const NumberClaim& x = a.numbers[i];
    NEWSGRAPH_RETURN_IF_ERROR(n.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, x.text).Bind(4, x.value)
                                  .Bind(5, x.value_max).Bind(6, x.unit).Bind(7, stored_number::Qualifier(x))
                                  .Bind(8, int64_t{x.start}).Bind(9, int64_t{x.end}).Run());
  }
  sql::Stmt st(db,
               "INSERT OR REPLACE INTO statements(doc_id, idx, speaker, kind, when_text, date, start, end) "
               "VALUES (?,?,?,?,?,?,?,?)");
  for (size_t i = 0; i < a.statements.size(); ++i) {
    const Statement& x = a.statements[i];
    NEWSGRAPH_RETURN_IF_ERROR(st.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, x.speaker).Bind(4, x.kind)
                                  .Bind(5, x.when).Bind(6, x.date).Bind(7, int64_t{x.start})
                                  .Bind(8, int64_t{x.end}).Run());
  }
  return Status::Ok();
}

Status InsertChecks(sqlite3* db, const std::string& id, const std::vector<OfficeCheck>& checks) {
  sql::Stmt c(db,
              "INSERT OR REPLACE INTO checks(doc_id, idx, person, office, country, table_office, as_of, "
              "verdict, claim, why) VALUES (?,?,?,?,?,?,?,?,?,?)");
  for (size_t i = 0; i < checks.size(); ++i) {
    const OfficeCheck& x = checks[i];
    NEWSGRAPH_RETURN_IF_ERROR(c.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, x.person)
                                  .Bind(4, x.office).Bind(5, x.country).Bind(6, x.table_office)
                                  .Bind(7, x.as_of).Bind(8, x.verdict).Bind(9, x.claim).Bind(10, x.why)
                                  .Run());
  }
  return Status::Ok();
}

// The OfficeCheck in columns [first, first + 8) of a row: person, office, country, table_office,
// as_of, verdict, claim, why.
OfficeCheck CheckFromRow(const sql::Stmt& s, int first) {
  return OfficeCheck{s.Text(first),     s.Text(first + 1), s.Text(first + 2), s.Text(first + 3),
                     s.Text(first + 4), s.Text(first + 5), s.Text(first + 6), s.Text(first + 7)};
}

Status AddInTransaction(sqlite3* db, const std::vector<StoredDocument>& docs, uint64_t* added) {
  sql::Stmt ins(db,
                "INSERT OR IGNORE INTO documents(id, source, record, offset, format, url, title, published, "
                "site, language, authors, text, text_length) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  sql::Stmt place(db, "INSERT OR IGNORE INTO places(source, record, doc_id) VALUES (?,?,?)");
  sql::Stmt sig(db, "INSERT OR REPLACE INTO signatures(doc_id, shingles, minhash) VALUES (?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(ins.status());
  NEWSGRAPH_RETURN_IF_ERROR(place.status());
  NEWSGRAPH_RETURN_IF_ERROR(sig.status());
  for (const StoredDocument& sd : docs) {
    const Document& d = sd.document;
    std::string authors = nlohmann::json(d.authors).dump();
    NEWSGRAPH_RETURN_IF_ERROR(ins.Bind(1, d.id.hex).Bind(2, d.source).Bind(3, static_cast<int64_t>(d.record))
                                  .Bind(4, static_cast<int64_t>(d.offset)).Bind(5, d.format).Bind(6, d.url)
                                  .Bind(7, d.title).Bind(8, d.published).Bind(9, d.site).Bind(10, d.language)
                                  .Bind(11, authors).Bind(12, d.text)
                                  .Bind(13, static_cast<int64_t>(d.text.size())).Run());
    bool is_new = sqlite3_changes(db) > 0;
    NEWSGRAPH_RETURN_IF_ERROR(
        place.Bind(1, d.source).Bind(2, static_cast<int64_t>(d.record)).Bind(3, d.id.hex).Run());
    if (!is_new) continue;
    ++*added;
    if (sd.signature) {
      NEWSGRAPH_RETURN_IF_ERROR(sig.Bind(1, d.id.hex).Bind(2, static_cast<int64_t>(sd.signature->shingles))
                                    .BindBlob(3, sd.signature->mins.data(), sizeof(sd.signature->mins)).Run());
    }
    if (sd.analysis) NEWSGRAPH_RETURN_IF_ERROR(InsertAnalysis(db, d.id.hex, *sd.analysis));
    NEWSGRAPH_RETURN_IF_ERROR(InsertChecks(db, d.id.hex, sd.checks));
  }
  return Status::Ok();
}

}  // namespace

DocumentSummary SummaryFromRow(const sql::Stmt& s) {
  DocumentSummary d;
  d.id = s.Text(0);
  d.title = s.Text(1);
  d.url = s.Text(2);
  d.published = s.Text(3);
  d.site = s.Text(4);
  d.source = s.Text(5);
  d.text_length = static_cast<uint64_t>(s.Int(6));
  return d;
}

QuoteRow QuoteFromRow(const sql::Stmt& s) {
  return {s.Text(0), s.Text(1), s.Text(2), s.Text(3), static_cast<uint32_t>(s.Int(4)), static_cast<uint32_t>(s.Int(5))};
}

Result<uint64_t> SqliteStore::Add(const std::vector<StoredDocument>& docs) {
  sqlite3* db = db_;
  uint64_t added = 0;
  NEWSGRAPH_RETURN_IF_ERROR(
      sql::InTransaction(db, [&] { return AddInTransaction(db, docs, &added); }));
  return added;
}

Result<bool> SqliteStore::HasDocument(const std::string& id) {
  sql::Stmt s(db_, "SELECT 1 FROM documents WHERE id=?");
  s.Bind(1, id);
  bool found = s.Step();
  if (!s.status().ok()) return s.status();
  return found;
}

Result<Document> SqliteStore::GetDocument(const std::string& id) {
  sql::Stmt s(db_,
              "SELECT id, source, record, offset, format, url, title, published, site, language, authors, text "
              "FROM documents WHERE id=?");
  s.Bind(1, id);
  if (!s.Step()) {
    if (!s.status().ok()) return s.status();
    return Status::NotFound("no document with id " + id);
  }
  Document d;
  d.id.hex = s.Text(0);
  d.source = s.Text(1);
  d.record = static_cast<uint64_t>(s.Int(2));
  d.offset = static_cast<uint64_t>(s.Int(3));
  d.format = s.Text(4);
  d.url = s.Text(5);
  d.title = s.Text(6);
  d.published = s.Text(7);
  d.site = s.Text(8);
  d.language = s.Text(9);
  auto authors = nlohmann::json::parse(s.Text(10), nullptr, false);
  if (authors.is_array()) {
    for (const auto& a : authors)
      if (a.is_string()) d.authors.push_back(a.get<std::string>());
  }
  d.text = s.Text(11);
  return d;
}

Result<std::optional<Analysis>> SqliteStore::GetAnalysis(const std::string& id) {
  sqlite3* db = db_;
  sql::Stmt head(db, "SELECT published, text_length FROM analyses WHERE doc_id=?");
  head.Bind(1, id);
  if (!head.Step()) {
    if (!head.status().ok()) return head.status();
    return std::optional<Analysis>();
  }
  Analysis a;
  a.published = head.Text(0);
  a.text_length = static_cast<uint64_t>(head.Int(1));
  sql::Stmt ent(db, "SELECT kind, idx, name, office, office_normalized, country FROM entities WHERE doc_id=? ORDER BY kind, idx");
  ent.Bind(1, id);
  while (ent.Step()) {
    std::string kind = ent.Text(0);
    if (kind == "person") {
      a.people.push_back(Person{ent.Text(2), {}, ent.Text(3), ent.Text(4), ent.Text(5)});
    } else if (kind == "organization") {
      a.organizations.push_back(NamedThing{ent.Text(2), {}});
    } else {
      a.places.push_back(NamedThing{ent.Text(2), {}});
    }
  }
  sql::Stmt men(db, "SELECT kind, entity_idx, start, end, text FROM mentions WHERE doc_id=? ORDER BY kind, entity_idx, start");
  men.Bind(1, id);
  while (men.Step()) {
    std::string kind = men.Text(0);
    auto idx = static_cast<size_t>(men.Int(1));
    Mention m{men.Text(4), static_cast<uint32_t>(men.Int(2)), static_cast<uint32_t>(men.Int(3))};
    if (kind == "person" && idx < a.people.size()) a.people[idx].mentions.push_back(m);
    if (kind == "organization" && idx < a.organizations.size()) a.organizations[idx].mentions.push_back(m);
    if (kind == "place" && idx < a.places.size()) a.places[idx].mentions.push_back(m);
  }
  sql::Stmt q(db, "SELECT speaker, text, start, end, cue FROM quotes WHERE doc_id=? ORDER BY idx");
  q.Bind(1, id);
  while (q.Step()) {
    a.quotes.push_back(Quote{q.Text(0), q.Text(1), static_cast<uint32_t>(q.Int(2)), static_cast<uint32_t>(q.Int(3)), q.Text(4)});
  }
  sql::Stmt c(db,
              "SELECT participants, kind, when_text, date, status, duration, start, end FROM communications "
              "WHERE doc_id=? ORDER BY idx");
  c.Bind(1, id);
  while (c.Step()) {
    Communication x;
    auto parts = nlohmann::json::parse(c.Text(0), nullptr, false);
    if (parts.is_array())
      for (const auto& p : parts)
        if (p.is_string()) x.participants.push_back(p.get<std::string>());
    x.kind = c.Text(1);
    x.when = c.Text(2);
    x.date = c.Text(3);
    x.status = c.Text(4);
    x.duration = c.Text(5);
    x.start = static_cast<uint32_t>(c.Int(6));
    x.end = static_cast<uint32_t>(c.Int(7));
    a.communications.push_back(std::move(x));
  }
  sql::Stmt n(db, "SELECT text, value, unit, qualifier, start, end, value_max FROM numbers WHERE doc_id=? ORDER BY idx");
  n.Bind(1, id);
  while (n.Step()) {
    a.numbers.push_back(stored_number::Read(n.Text(0), n.Double(1), n.Double(6), n.Text(2), n.Text(3),
                                     static_cast<uint32_t>(n.Int(4)), static_cast<uint32_t>(n.Int(5))));
  }
  sql::Stmt stm(db, "SELECT speaker, kind, when_text, date, start, end FROM statements WHERE doc_id=? ORDER BY idx");
  stm.Bind(1, id);
  while (stm.Step()) {
    a.statements.push_back(Statement{stm.Text(0), stm.Text(1), stm.Text(2), stm.Text(3),
                                     static_cast<uint32_t>(stm.Int(4)), static_cast<uint32_t>(stm.Int(5))});
  }
  for (const sql::Stmt* st : {&ent, &men, &q, &c, &n, &stm})
    if (!st->status().ok()) return st->status();
  return std::optional<Analysis>(std::move(a));
}

Result<std::vector<std::pair<std::string, uint64_t>>> SqliteStore::GetPlaces(const std::string& id) {
  sql::Stmt s(db_, "SELECT source, record FROM places WHERE doc_id=? ORDER BY source, record");
  s.Bind(1, id);
  std::vector<std::pair<std::string, uint64_t>> out;
  while (s.Step()) out.emplace_back(s.Text(0), static_cast<uint64_t>(s.Int(1)));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats st;
  struct Q {
    const char* sql;
    uint64_t* out;
  } queries[] = {
      {"SELECT count(*), coalesce(sum(text_length),0) FROM documents", &st.documents},
      {"SELECT count(*) FROM places", &st.sources},
      {"SELECT count(*) FROM analyses", &st.analyzed},
      {"SELECT count(*) FROM entities WHERE kind='person'", &st.people},
      {"SELECT count(*) FROM quotes", &st.quotes},
      {"SELECT count(*) FROM communications", &st.communications},
      {"SELECT count(*) FROM numbers", &st.numbers},
      {has_checks_ ? "SELECT count(*) FROM checks WHERE verdict='contradicted'" : "SELECT 0",
       &st.contradicted},
      {has_links_ ? "SELECT count(*) FROM persons" : "SELECT 0", &st.persons},
      {has_links_ ? "SELECT count(*) FROM events" : "SELECT 0", &st.events},
      {has_links_ ? "SELECT count(*) FROM conflicts" : "SELECT 0", &st.conflicts},
      {has_links_ ? "SELECT count(*) FROM copies" : "SELECT 0", &st.copies},
      {has_links_ ? "SELECT count(*) FROM stories" : "SELECT 0", &st.stories},
      {"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='linked_documents'), 0)",
       &st.linked_documents},
  };
  // One read transaction: every count is of the same snapshot, never of half a batch.
  NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db_, "BEGIN"));
  for (const Q& q : queries) {
    sql::Stmt s(db_, q.sql);
    if (!s.Step()) {
      Status err = s.status().ok() ? Status::Internal("no row") : s.status();
      (void)sql::Exec(db_, "ROLLBACK");
      return err;
    }
    *q.out = static_cast<uint64_t>(s.Int(0));
    if (q.out == &st.documents) st.text_bytes = static_cast<uint64_t>(s.Int(1));
  }
  NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db_, "COMMIT"));
  return st;
}

std::optional<uint64_t> SqliteStore::ChangeCounter() {
  sql::Stmt s(db_, "PRAGMA data_version");
  if (!s.Step()) return std::nullopt;
  return static_cast<uint64_t>(s.Int(0));
}

Result<std::vector<DocumentSummary>> SqliteStore::ListDocuments(uint64_t limit, uint64_t offset) {
  sql::Stmt s(db_,
              "SELECT id, title, url, published, site, source, text_length FROM documents "
              "ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?");
  s.Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  std::vector<DocumentSummary> out;
  while (s.Step()) out.push_back(SummaryFromRow(s));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::vector<DocumentSummary>> SqliteStore::Search(const std::string& query, uint64_t limit) {
  sql::Stmt s(db_,
              "SELECT d.id, d.title, d.url, d.published, d.site, d.source, d.text_length, "
              "snippet(documents_fts, 1, '[', ']', '…', 24) FROM documents_fts "
              "JOIN documents d ON d.rowid = documents_fts.rowid "
              "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
  s.Bind(1, query).Bind(2, static_cast<int64_t>(limit));
  std::vector<DocumentSummary> out;
  while (s.Step()) {
    out.push_back(SummaryFromRow(s));
    out.back().snippet = s.Text(7);
  }
  if (!s.status().ok()) {
    // FTS5 syntax errors are the user's: report them as such.
    return Status::InvalidArgument("search query '" + query + "': " + s.status().message());
  }
  return out;
}

using store_text::LikePattern;

Result<std::vector<PersonSummary>> SqliteStore::People(const std::string& name_like, uint64_t limit) {
  sql::Stmt s(db_,
              "SELECT name, CASE WHEN office_normalized != '' THEN office_normalized ELSE office END AS off, "
              "country, count(DISTINCT doc_id) AS n FROM entities WHERE kind='person' AND name LIKE ? ESCAPE '\\' "
              "GROUP BY name, off, country ORDER BY n DESC, name LIMIT ?");
  s.Bind(1, LikePattern(name_like)).Bind(2, static_cast<int64_t>(limit));
  std::vector<PersonSummary> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), static_cast<uint64_t>(s.Int(3))});
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::vector<QuoteRow>> SqliteStore::Quotes(const std::string& speaker_like, uint64_t limit) {
  sql::Stmt s(db_,
              "SELECT doc_id, speaker, text, cue, start, end FROM quotes WHERE speaker LIKE ? ESCAPE '\\' "
              "ORDER BY doc_id, idx LIMIT ?");
  s.Bind(1, LikePattern(speaker_like)).Bind(2, static_cast<int64_t>(limit));
  std::vector<QuoteRow> out;
  while (s.Step()) out.push_back(QuoteFromRow(s));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::vector<OfficeCheck>> SqliteStore::GetChecks(const std::string& id) {
  if (!has_checks_) return std::vector<OfficeCheck>{};
  sql::Stmt s(db_,
              "SELECT person, office, country, table_office, as_of, verdict, claim, why FROM checks "
              "WHERE doc_id=? ORDER BY idx");
  s.Bind(1, id);
  std::vector<OfficeCheck> out;
  while (s.Step()) out.push_back(CheckFromRow(s, 0));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::vector<CheckRow>> SqliteStore::Checks(const std::string& verdict, uint64_t limit) {
  if (!has_checks_) return std::vector<CheckRow>{};
  sql::Stmt s(db_,
              "SELECT c.doc_id, d.title, d.url, c.person, c.office, c.country, c.table_office, c.as_of, "
              "c.verdict, c.claim, c.why FROM checks c JOIN documents d ON d.id = c.doc_id "
              "WHERE ?1 = '' OR c.verdict = ?1 ORDER BY c.as_of DESC, c.doc_id, c.idx LIMIT ?2");
  s.Bind(1, verdict).Bind(2, static_cast<int64_t>(limit));
  std::vector<CheckRow> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), CheckFromRow(s, 3)});
  if (!s.status().ok()) return s.status();
  return out;
}

Status SqliteStore::CheckIntegrity() {
  sql::Stmt s(db_, "PRAGMA integrity_check");
  std::string result;
  while (s.Step()) result += s.Text(0);
  if (!s.status().ok()) return s.status();
  if (result != "ok") return Status::Corruption("integrity_check: " + result);
  return Status::Ok();
}

}  // namespace newsgraph
