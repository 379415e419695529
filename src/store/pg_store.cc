// PostgreSQL implementation of newsgraph::Store: connecting, documents and analyses
// (pg_links.cc: the link tables).
#include "store/pg_store.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include <nlohmann/json.hpp>

#include "store/pg_schema.h"
#include "store/store_text.h"
#include "store/stored_number.h"
#include "store/pg_util.h"

namespace newsgraph {

PgStore::~PgStore() {
  if (conn_) PQfinish(conn_);
}

Result<std::unique_ptr<Store>> PgStore::Open(const std::string& url, const StoreOptions& options) {
  std::unique_ptr<PgStore> store(new PgStore());
  store->url_ = pg::RedactUrl(url);
  // Keywords before "dbname" are defaults the URL may override.
  const char* keys[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
  const char* values[] = {"10", "newsgraph", "UTF8", url.c_str(), nullptr};
  store->conn_ = PQconnectdbParams(keys, values, 1);
  if (!store->conn_ || PQstatus(store->conn_) != CONNECTION_OK) {
    std::string msg = store->conn_ ? PQerrorMessage(store->conn_) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Status::IOError("cannot open database " + store->url_ + ": " + msg);
  }
  // CREATE ... IF NOT EXISTS and friends send notices; libpq would print them on stderr.
  PQsetNoticeProcessor(store->conn_, [](void*, const char*) {}, nullptr);
  PGconn* c = store->conn_;
  NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(c, "SET extra_float_digits = 1; SET standard_conforming_strings = on"));
  if (options.busy_timeout_ms > 0) {
    // Like SQLite's busy timeout: how long a statement waits for a lock another session holds.
    NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(c, "SET lock_timeout = " + std::to_string(options.busy_timeout_ms)));
  }
  if (options.read_only) {
    NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(c, "SET default_transaction_read_only = on"));
    auto version = PgSchemaVersion(c);
    if (!version.ok()) {
      return Status(version.status().code() == StatusCode::kIOError ? StatusCode::kIOError : StatusCode::kInternal,
                    store->url_ + ": not a newsgraph database (" + version.status().message() + ")");
    }
    if (*version > kPgSchemaVersion) {
      return Status::Unsupported(store->url_ + ": database schema version " + std::to_string(*version) +
                                 " is newer than this build reads (" + std::to_string(kPgSchemaVersion) + ")");
    }
    store->has_v4_ = *version >= 4;
    store->has_v5_ = *version >= 5;
  } else {
    Status s = EnsurePgSchema(c);
    if (!s.ok()) return Status(s.code(), store->url_ + ": " + s.message());
  }
  auto trigram = pg::Query(c, "SELECT to_regclass('person_names_trgm') IS NOT NULL");
  if (!trigram.ok()) return trigram.status();
  store->has_trigram_ = store->has_v4_ && trigram->size() > 0 && trigram->Text(0, 0) == "t";
  return std::unique_ptr<Store>(std::move(store));
}

namespace {

using pg::BulkInsert;

// The rows of one batch, table by table, each in key order.
struct AnalysisRows {
  BulkInsert signatures{"signatures(doc_id, shingles, minhash)", {"text", "bigint", "bytea"}, "ON CONFLICT DO NOTHING"};
  BulkInsert analyses{"analyses(doc_id, published, text_length)", {"text", "text", "bigint"}, "ON CONFLICT DO NOTHING"};
  BulkInsert entities{"entities(doc_id, kind, idx, name, office, office_normalized, country)",
                      {"text", "text", "bigint", "text", "text", "text", "text"},
                      "ON CONFLICT DO NOTHING"};
  BulkInsert mentions{"mentions(doc_id, kind, entity_idx, start, \"end\", text)",
                      {"text", "text", "bigint", "bigint", "bigint", "text"},
                      "ON CONFLICT DO NOTHING"};
  BulkInsert quotes{"quotes(doc_id, idx, speaker, text, cue, start, \"end\")",
                    {"text", "bigint", "text", "text", "text", "bigint", "bigint"},
                    "ON CONFLICT DO NOTHING"};
  BulkInsert communications{
      "communications(doc_id, idx, kind, participants, when_text, date, status, duration, start, \"end\")",
      {"text", "bigint", "text", "text", "text", "text", "text", "text", "bigint", "bigint"},
      "ON CONFLICT DO NOTHING"};
  BulkInsert numbers{"numbers(doc_id, idx, text, value, value_max, unit, qualifier, start, \"end\")",
                     {"text", "bigint", "text", "float8", "float8", "text", "text", "bigint", "bigint"},
                     "ON CONFLICT DO NOTHING"};
  BulkInsert statements{"statements(doc_id, idx, speaker, kind, when_text, date, start, \"end\")",
                        {"text", "bigint", "text", "text", "text", "text", "bigint", "bigint"},
                        "ON CONFLICT DO NOTHING"};
  BulkInsert checks{"checks(doc_id, idx, person, office, country, table_office, as_of, verdict, claim, why)",
                    {"text", "bigint", "text", "text", "text", "text", "text", "text", "text", "text"},
                    "ON CONFLICT DO NOTHING"};

  Status Flush(PGconn* c) {
    for (BulkInsert* b : {&signatures, &analyses, &entities, &mentions, &quotes, &communications, &numbers,
                          &statements, &checks})
      NEWSGRAPH_RETURN_IF_ERROR(b->Flush(c));
    return Status::Ok();
  }
};

void AddAnalysisRows(const std::string& id, const Analysis& a, AnalysisRows& rows) {
  rows.analyses.Row().Add(id).Add(a.published).Add(static_cast<int64_t>(a.text_length));
  // The SQLite store writes mentions with INSERT OR REPLACE: for one key the last one stays.
  std::map<std::tuple<std::string, int64_t, int64_t>, const Mention*> mentions;
  auto put_mentions = [&](const char* kind, int64_t idx, const std::vector<Mention>& ms) {
    for (const auto& m : ms) mentions[{kind, idx, int64_t{m.start}}] = &m;
  };
  for (size_t i = 0; i < a.people.size(); ++i) {
    const Person& p = a.people[i];
    rows.entities.Row().Add(id).Add("person").Add(static_cast<int64_t>(i)).Add(p.name).Add(p.office)
        .Add(p.office_normalized).Add(p.country);
    put_mentions("person", static_cast<int64_t>(i), p.mentions);
  }
  auto put_things = [&](const char* kind, const std::vector<NamedThing>& things) {
    for (size_t i = 0; i < things.size(); ++i) {
      rows.entities.Row().Add(id).Add(kind).Add(static_cast<int64_t>(i)).Add(things[i].name).Add("").Add("").Add("");
      put_mentions(kind, static_cast<int64_t>(i), things[i].mentions);
    }
  };
  put_things("organization", a.organizations);
  put_things("place", a.places);
  for (const auto& [key, m] : mentions) {
    rows.mentions.Row().Add(id).Add(std::get<0>(key)).Add(std::get<1>(key)).Add(std::get<2>(key))
        .Add(int64_t{m->end}).Add(m->text);
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& x = a.quotes[i];
    rows.quotes.Row().Add(id).Add(static_cast<int64_t>(i)).Add(x.speaker).Add(x.text).Add(x.cue)
        .Add(int64_t{x.start}).Add(int64_t{x.end});
  }
  for (size_t i = 0; i < a.communications.size(); ++i) {
    const Communication& x = a.communications[i];
    rows.communications.Row().Add(id).Add(static_cast<int64_t>(i)).Add(x.kind)
        .Add(nlohmann::json(x.participants).dump()).Add(x.when).Add(x.date).Add(x.status).Add(x.duration)
        .Add(int64_t{x.start}).Add(int64_t{x.end});
  }
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    const NumberClaim& x = a.numbers[i];
    rows.numbers.Row().Add(id).Add(static_cast<int64_t>(i)).Add(x.text).Add(x.value).Add(x.value_max)
        .Add(x.unit).Add(stored_number::Qualifier(x)).Add(int64_t{x.start}).Add(int64_t{x.end});
  }
  for (size_t i = 0; i < a.statements.size(); ++i) {
    const Statement& x = a.statements[i];
    rows.statements.Row().Add(id).Add(static_cast<int64_t>(i)).Add(x.speaker).Add(x.kind).Add(x.when)
        .Add(x.date).Add(int64_t{x.start}).Add(int64_t{x.end});
  }
}

void AddCheckRows(const std::string& id, const std::vector<OfficeCheck>& checks, AnalysisRows& rows) {
  for (size_t i = 0; i < checks.size(); ++i) {
    const OfficeCheck& x = checks[i];
    rows.checks.Row().Add(id).Add(static_cast<int64_t>(i)).Add(x.person).Add(x.office).Add(x.country)
        .Add(x.table_office).Add(x.as_of).Add(x.verdict).Add(x.claim).Add(x.why);
  }
}

OfficeCheck CheckFromRow(const pg::Rows& r, int row, int first) {
  return OfficeCheck{r.Text(row, first),     r.Text(row, first + 1), r.Text(row, first + 2),
                     r.Text(row, first + 3), r.Text(row, first + 4), r.Text(row, first + 5),
                     r.Text(row, first + 6), r.Text(row, first + 7)};
}

DocumentSummary SummaryFromRow(const pg::Rows& r, int row) {
  DocumentSummary d;
  d.id = r.Text(row, 0);
  d.title = r.Text(row, 1);
  d.url = r.Text(row, 2);
  d.published = r.Text(row, 3);
  d.site = r.Text(row, 4);
  d.source = r.Text(row, 5);
  d.text_length = static_cast<uint64_t>(r.Int(row, 6));
  return d;
}

}  // namespace

Status PgStore::AddOnce(const std::vector<const StoredDocument*>& docs, uint64_t* added) {
  // Documents in id order (the first of equal ids wins, as in SQLite's INSERT OR IGNORE), then
  // places in (source, record) order: concurrent writers take row locks in one global order.
  BulkInsert ins("documents(rowid, id, source, record, \"offset\", format, url, title, published, site, language, "
                 "authors, text, text_length)",
                 {"bigint", "text", "text", "bigint", "bigint", "text", "text", "text", "text", "text", "text", "text",
                  "text", "bigint"},
                 "ON CONFLICT (id) DO NOTHING RETURNING id");
  std::vector<const StoredDocument*> firsts;
  for (const StoredDocument* sd : docs) {
    if (!firsts.empty() && firsts.back()->document.id.hex == sd->document.id.hex) continue;
    firsts.push_back(sd);
  }
  // Row ids in the batch's own order (the pointers point into the caller's vector, in its order).
  std::vector<const StoredDocument*> in_order = firsts;
  std::sort(in_order.begin(), in_order.end(), std::less<const StoredDocument*>());
  auto ids = pg::Query(conn_, "SELECT nextval('documents_rowid_seq') FROM generate_series(1, $1::bigint) ORDER BY 1",
                       pg::Params().Add(static_cast<int64_t>(in_order.size())));
  if (!ids.ok()) return ids.status();
  if (ids->size() != static_cast<int>(in_order.size())) return Status::Internal("documents_rowid_seq: short answer");
  std::map<const StoredDocument*, int64_t> rowid;
  for (size_t k = 0; k < in_order.size(); ++k) rowid[in_order[k]] = ids->Int(static_cast<int>(k), 0);
  for (const StoredDocument* sd : firsts) {
    const Document& d = sd->document;
    ins.Row().Add(rowid[sd]).Add(d.id.hex).Add(d.source).Add(static_cast<int64_t>(d.record)).Add(static_cast<int64_t>(d.offset))
        .Add(d.format).Add(d.url).Add(d.title).Add(d.published).Add(d.site).Add(d.language)
        .Add(nlohmann::json(d.authors).dump()).Add(d.text).Add(static_cast<int64_t>(d.text.size()));
  }
  std::vector<std::string> returned;
  NEWSGRAPH_RETURN_IF_ERROR(ins.Flush(conn_, &returned));
  std::set<std::string> fresh(returned.begin(), returned.end());

  std::map<std::pair<std::string, int64_t>, std::string> places;  // first place wins
  for (const StoredDocument* sd : docs)
    places.emplace(std::make_pair(pg::CleanText(sd->document.source), static_cast<int64_t>(sd->document.record)),
                   sd->document.id.hex);
  BulkInsert pl("places(source, record, doc_id)", {"text", "bigint", "text"}, "ON CONFLICT DO NOTHING");
  for (const auto& [key, id] : places) pl.Row().Add(key.first).Add(key.second).Add(id);
  NEWSGRAPH_RETURN_IF_ERROR(pl.Flush(conn_));

  AnalysisRows rows;
  for (const StoredDocument* sd : firsts) {
    const std::string& id = sd->document.id.hex;
    if (!fresh.count(pg::CleanText(id))) continue;
    if (sd->signature) {
      rows.signatures.Row().Add(id).Add(static_cast<int64_t>(sd->signature->shingles))
          .AddBinary(sd->signature->mins.data(), sizeof(sd->signature->mins));
    }
    if (sd->analysis) AddAnalysisRows(id, *sd->analysis, rows);
    AddCheckRows(id, sd->checks, rows);
  }
  NEWSGRAPH_RETURN_IF_ERROR(rows.Flush(conn_));
  *added = fresh.size();
  return Status::Ok();
}

Result<uint64_t> PgStore::Add(const std::vector<StoredDocument>& docs) {
  std::vector<const StoredDocument*> sorted;
  sorted.reserve(docs.size());
  for (const StoredDocument& d : docs) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const StoredDocument* a, const StoredDocument* b) {
    return a->document.id.hex < b->document.id.hex;
  });
  Status last;
  for (int attempt = 0; attempt < 8; ++attempt) {
    uint64_t added = 0;
    last = pg::InTransaction(conn_, [&] { return AddOnce(sorted, &added); });
    if (last.ok()) return added;
    if (!pg::IsRetryable(last)) return last;
    std::this_thread::sleep_for(std::chrono::milliseconds(20 << attempt));
  }
  return last;
}

Result<bool> PgStore::HasDocument(const std::string& id) {
  auto r = pg::Query(conn_, "SELECT 1 FROM documents WHERE id=$1", pg::Params().Add(id));
  if (!r.ok()) return r.status();
  return r->size() > 0;
}

Result<Document> PgStore::GetDocument(const std::string& id) {
  auto r = pg::Query(conn_,
                     "SELECT id, source, record, \"offset\", format, url, title, published, site, language, authors, "
                     "text FROM documents WHERE id=$1",
                     pg::Params().Add(id));
  if (!r.ok()) return r.status();
  if (r->size() == 0) return Status::NotFound("no document with id " + id);
  Document d;
  d.id.hex = r->Text(0, 0);
  d.source = r->Text(0, 1);
  d.record = static_cast<uint64_t>(r->Int(0, 2));
  d.offset = static_cast<uint64_t>(r->Int(0, 3));
  d.format = r->Text(0, 4);
  d.url = r->Text(0, 5);
  d.title = r->Text(0, 6);
  d.published = r->Text(0, 7);
  d.site = r->Text(0, 8);
  d.language = r->Text(0, 9);
  auto authors = nlohmann::json::parse(r->Text(0, 10), nullptr, false);
  if (authors.is_array()) {
    for (const auto& a : authors)
      if (a.is_string()) d.authors.push_back(a.get<std::string>());
  }
  d.text = r->Text(0, 11);
  return d;
}

// One query for every table of a document's analysis and its checks: column 0 says which table
// (0 analyses, 1 entities, 2 mentions, 3 quotes, 4 communications, 5 numbers, 6 statements,
// 7 checks), columns 1-3 order the rows as the SQLite store orders them, columns 4- are values.
constexpr const char* kAnalysisSql = R"sql(
SELECT 0 AS t, '' AS k1, 0::bigint AS k2, 0::bigint AS k3, published AS c0, text_length::text AS c1,
  '' AS c2, '' AS c3, '' AS c4, '' AS c5, '' AS c6, '' AS c7 FROM analyses WHERE doc_id = $1
UNION ALL SELECT 1, kind, idx, 0, kind, name, office, office_normalized, country, '', '', ''
  FROM entities WHERE doc_id = $1
UNION ALL SELECT 2, kind, entity_idx, start, kind, entity_idx::text, start::text, "end"::text, text, '', '', ''
  FROM mentions WHERE doc_id = $1
UNION ALL SELECT 3, '', idx, 0, speaker, text, start::text, "end"::text, cue, '', '', ''
  FROM quotes WHERE doc_id = $1
UNION ALL SELECT 4, '', idx, 0, participants, kind, when_text, date, status, duration, start::text, "end"::text
  FROM communications WHERE doc_id = $1
UNION ALL SELECT 5, '', idx, 0, text, value::text, unit, qualifier, start::text, "end"::text, value_max::text, ''
  FROM numbers WHERE doc_id = $1
UNION ALL SELECT 6, '', idx, 0, speaker, kind, when_text, date, start::text, "end"::text, '', ''
  FROM statements WHERE doc_id = $1
UNION ALL SELECT 7, '', idx, 0, person, office, country, table_office, as_of, verdict, claim, why
  FROM checks WHERE doc_id = $1
ORDER BY t, k1, k2, k3)sql";

Status PgStore::ReadAnalysis(const std::string& id, std::optional<Analysis>* analysis,
                             std::vector<OfficeCheck>* checks) {
  auto r = pg::Query(conn_, kAnalysisSql, pg::Params().Add(id));
  if (!r.ok()) return r.status();
  analysis->reset();
  checks->clear();
  Analysis a;
  bool has = false;
  auto u32 = [&](int row, int col) { return static_cast<uint32_t>(r->Int(row, col)); };
  for (int i = 0; i < r->size(); ++i) {
    auto t = r->Int(i, 0);
    auto v = [&](int k) { return r->Text(i, 4 + k); };
    switch (t) {
      case 0:
        has = true;
        a.published = v(0);
        a.text_length = static_cast<uint64_t>(r->Int(i, 5));
        break;
      case 1:
        if (v(0) == "person") {
          a.people.push_back(Person{v(1), {}, v(2), v(3), v(4)});
        } else if (v(0) == "organization") {
          a.organizations.push_back(NamedThing{v(1), {}});
        } else {
          a.places.push_back(NamedThing{v(1), {}});
        }
        break;
      case 2: {
        std::string kind = v(0);
        auto idx = static_cast<size_t>(r->Int(i, 5));
        Mention m{v(4), u32(i, 6), u32(i, 7)};
        if (kind == "person" && idx < a.people.size()) a.people[idx].mentions.push_back(m);
        if (kind == "organization" && idx < a.organizations.size()) a.organizations[idx].mentions.push_back(m);
        if (kind == "place" && idx < a.places.size()) a.places[idx].mentions.push_back(m);
        break;
      }
      case 3:
        a.quotes.push_back(Quote{v(0), v(1), u32(i, 6), u32(i, 7), v(4)});
        break;
      case 4: {
        Communication x;
        auto parts = nlohmann::json::parse(v(0), nullptr, false);
        if (parts.is_array())
          for (const auto& part : parts)
            if (part.is_string()) x.participants.push_back(part.get<std::string>());
        x.kind = v(1);
        x.when = v(2);
        x.date = v(3);
        x.status = v(4);
        x.duration = v(5);
        x.start = u32(i, 10);
        x.end = u32(i, 11);
        a.communications.push_back(std::move(x));
        break;
      }
      case 5:
        a.numbers.push_back(stored_number::Read(v(0), r->Double(i, 5), r->Double(i, 10), v(2), v(3), u32(i, 8), u32(i, 9)));
        break;
      case 6:
        a.statements.push_back(Statement{v(0), v(1), v(2), v(3), u32(i, 8), u32(i, 9)});
        break;
      case 7:
        checks->push_back(OfficeCheck{v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7)});
        break;
      default:
        break;
    }
  }
  if (has) *analysis = std::move(a);
  return Status::Ok();
}

Result<std::optional<Analysis>> PgStore::GetAnalysis(const std::string& id) {
  std::optional<Analysis> a;
  std::vector<OfficeCheck> checks;
  NEWSGRAPH_RETURN_IF_ERROR(ReadAnalysis(id, &a, &checks));
  return a;
}

Result<std::vector<std::pair<std::string, uint64_t>>> PgStore::GetPlaces(const std::string& id) {
  auto r = pg::Query(conn_, "SELECT source, record FROM places WHERE doc_id=$1 ORDER BY source, record",
                     pg::Params().Add(id));
  if (!r.ok()) return r.status();
  std::vector<std::pair<std::string, uint64_t>> out;
  for (int i = 0; i < r->size(); ++i) out.emplace_back(r->Text(i, 0), static_cast<uint64_t>(r->Int(i, 1)));
  return out;
}

Result<StoreStats> PgStore::Stats() {
  auto r = pg::Query(conn_,
                     "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(text_length),0) FROM documents), "
                     "(SELECT count(*) FROM places), (SELECT count(*) FROM analyses), "
                     "(SELECT count(*) FROM entities WHERE kind='person'), (SELECT count(*) FROM quotes), "
                     "(SELECT count(*) FROM communications), (SELECT count(*) FROM numbers), "
                     "(SELECT count(*) FROM checks WHERE verdict='contradicted'), (SELECT count(*) FROM persons), "
                     "(SELECT count(*) FROM events), (SELECT count(*) FROM conflicts), "
                     "(SELECT count(*) FROM copies), (SELECT count(*) FROM stories), "
                     "(SELECT coalesce((SELECT CAST(value AS BIGINT) FROM meta WHERE key='linked_documents'), 0))");
  if (!r.ok()) return r.status();
  if (r->size() != 1) return Status::Internal("no row");
  StoreStats st;
  uint64_t* outs[] = {&st.documents, &st.text_bytes,  &st.sources, &st.analyzed,  &st.people,
                      &st.quotes,    &st.communications, &st.numbers, &st.contradicted, &st.persons,
                      &st.events,    &st.conflicts,   &st.copies,  &st.stories, &st.linked_documents};
  for (int i = 0; i < 15; ++i) *outs[i] = static_cast<uint64_t>(r->Int(0, i));
  return st;
}

Result<std::vector<DocumentSummary>> PgStore::ListDocuments(uint64_t limit, uint64_t offset) {
  auto r = pg::Query(conn_,
                     "SELECT id, title, url, published, site, source, text_length FROM documents "
                     "ORDER BY published DESC, rowid DESC LIMIT $1 OFFSET $2",
                     pg::Params().Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
  if (!r.ok()) return r.status();
  std::vector<DocumentSummary> out;
  for (int i = 0; i < r->size(); ++i) out.push_back(SummaryFromRow(*r, i));
  return out;
}

Result<std::vector<DocumentSummary>> PgStore::Search(const std::string& query, uint64_t limit) {
  auto r = pg::Query(conn_,
                     "SELECT d.id, d.title, d.url, d.published, d.site, d.source, d.text_length, "
                     "ts_headline('simple', left(d.text, 100000), q, "
                     "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') "
                     "FROM documents d, websearch_to_tsquery('simple', $1::text) q WHERE d.tsv @@ q "
                     "ORDER BY ts_rank(d.tsv, q) DESC, d.id LIMIT $2",
                     pg::Params().Add(query).Add(static_cast<int64_t>(limit)));
  if (!r.ok()) return Status::InvalidArgument("search query '" + query + "': " + r.status().message());
  std::vector<DocumentSummary> out;
  for (int i = 0; i < r->size(); ++i) {
    out.push_back(SummaryFromRow(*r, i));
    out.back().snippet = r->Text(i, 7);
  }
  return out;
}

Result<std::vector<PersonSummary>> PgStore::People(const std::string& name_like, uint64_t limit) {
  auto r = pg::Query(conn_,
                     "SELECT name, CASE WHEN office_normalized != '' THEN office_normalized ELSE office END AS off, "
                     "country, count(DISTINCT doc_id) AS n FROM entities WHERE kind='person' AND "
                     "name ILIKE $1::text ESCAPE '\\' GROUP BY name, off, country ORDER BY n DESC, name LIMIT $2",
                     pg::Params().Add(store_text::LikePattern(name_like)).Add(static_cast<int64_t>(limit)));
  if (!r.ok()) return r.status();
  std::vector<PersonSummary> out;
  for (int i = 0; i < r->size(); ++i)
    out.push_back({r->Text(i, 0), r->Text(i, 1), r->Text(i, 2), static_cast<uint64_t>(r->Int(i, 3))});
  return out;
}

Result<std::vector<QuoteRow>> PgStore::Quotes(const std::string& speaker_like, uint64_t limit) {
  auto r = pg::Query(conn_,
                     "SELECT doc_id, speaker, text, cue, start, \"end\" FROM quotes WHERE speaker ILIKE $1::text "
                     "ESCAPE '\\' ORDER BY doc_id, idx LIMIT $2",
                     pg::Params().Add(store_text::LikePattern(speaker_like)).Add(static_cast<int64_t>(limit)));
  if (!r.ok()) return r.status();
  std::vector<QuoteRow> out;
  for (int i = 0; i < r->size(); ++i) {
    out.push_back({r->Text(i, 0), r->Text(i, 1), r->Text(i, 2), r->Text(i, 3), static_cast<uint32_t>(r->Int(i, 4)),
                   static_cast<uint32_t>(r->Int(i, 5))});
  }
  return out;
}

Result<std::vector<OfficeCheck>> PgStore::GetChecks(const std::string& id) {
  auto r = pg::Query(conn_,
                     "SELECT person, office, country, table_office, as_of, verdict, claim, why FROM checks "
                     "WHERE doc_id=$1 ORDER BY idx",
                     pg::Params().Add(id));
  if (!r.ok()) return r.status();
  std::vector<OfficeCheck> out;
  for (int i = 0; i < r->size(); ++i) out.push_back(CheckFromRow(*r, i, 0));
  return out;
}

Result<std::vector<CheckRow>> PgStore::Checks(const std::string& verdict, uint64_t limit) {
  auto r = pg::Query(conn_,
                     "SELECT c.doc_id, d.title, d.url, c.person, c.office, c.country, c.table_office, c.as_of, "
                     "c.verdict, c.claim, c.why FROM checks c JOIN documents d ON d.id = c.doc_id "
                     "WHERE $1::text = '' OR c.verdict = $1::text ORDER BY c.as_of DESC, c.doc_id, c.idx LIMIT $2",
                     pg::Params().Add(verdict).Add(static_cast<int64_t>(limit)));
  if (!r.ok()) return r.status();
  std::vector<CheckRow> out;
  for (int i = 0; i < r->size(); ++i) out.push_back({r->Text(i, 0), r->Text(i, 1), r->Text(i, 2), CheckFromRow(*r, i, 3)});
  return out;
}

Status PgStore::CheckIntegrity() {
  auto version = PgSchemaVersion(conn_);
  if (!version.ok()) return Status::Corruption("integrity: " + version.status().message());
  auto r = pg::Query(conn_,
                     "SELECT (SELECT count(*) FROM places p WHERE NOT EXISTS "
                     "(SELECT 1 FROM documents d WHERE d.id = p.doc_id)), "
                     "(SELECT count(*) FROM analyses a WHERE NOT EXISTS "
                     "(SELECT 1 FROM documents d WHERE d.id = a.doc_id))");
  if (!r.ok()) return r.status();
  if (r->Int(0, 0) != 0 || r->Int(0, 1) != 0) {
    return Status::Corruption("integrity: " + r->Text(0, 0) + " places and " + r->Text(0, 1) +
                              " analyses without their document");
  }
  return Status::Ok();
}

}  // namespace newsgraph
