// The link stage's tables in the SQLite store: reading documents for linking, replacing the link
// tables after a link run, and the queries behind `newsgraph people|events|copies|stories` and the
// API (docs/formats/store.md, docs/formats/link.md).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "newsgraph/store.h"
#include "store/sqlite_util.h"
#include "store/sqlite_store.h"
#include "store/store_text.h"

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;

using store_text::Dump;
using store_text::LikePattern;
Json Parse(const std::string& s) { return store_text::ParseObject(s); }

// Runs `s` and collects column 0 of every row.
Result<std::vector<std::string>> Column0(sql::Stmt& s) {
  std::vector<std::string> out;
  while (s.Step()) out.push_back(s.Text(0));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::optional<std::string>> OneRow(sql::Stmt& s) {
  if (s.Step()) return std::optional<std::string>(s.Text(0));
  if (!s.status().ok()) return s.status();
  return std::optional<std::string>();
}

constexpr const char* kLinkTables[] = {"copies",         "persons",      "person_aliases", "person_offices",
                                       "person_mentions", "document_people", "events",       "event_participants",
                                       "event_reports",  "conflicts",    "stories",        "story_documents",
                                       "story_changes",  "person_names"};

// v4: the store has version 4's tables and columns (the people search index, the participations'
// dates).
Status WriteLinks(sqlite3* db, const LinkOutput& out, bool v4) {
  for (const char* t : kLinkTables) {
    if (!v4 && std::string_view(t) == "person_names") continue;
    std::string del = std::string("DELETE FROM ") + t;
    NEWSGRAPH_RETURN_IF_ERROR(sql::Exec(db, del.c_str()));
  }
  // Copies.
  sql::Stmt cp(db, "INSERT OR REPLACE INTO copies(copy, source, relation, direction, similarity, changes, facts, json) "
                   "VALUES (?,?,?,?,?,?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(cp.status());
  for (const CopyRelation& r : out.copies) {
    int64_t facts = std::count_if(r.changes.begin(), r.changes.end(), [](const FactChange& c) { return c.fact; });
    NEWSGRAPH_RETURN_IF_ERROR(cp.Bind(1, r.copy).Bind(2, r.source).Bind(3, r.relation).Bind(4, r.direction)
                                  .Bind(5, r.similarity).Bind(6, static_cast<int64_t>(r.changes.size()))
                                  .Bind(7, facts).Bind(8, CopyRelationToJson(r)).Run());
  }
  // People.
  sql::Stmt pe(db, "INSERT OR REPLACE INTO persons(id, name, documents, mentions, json) VALUES (?,?,?,?,?)");
  sql::Stmt al(db, "INSERT OR REPLACE INTO person_aliases(alias, person_id, count) VALUES (?,?,?)");
  sql::Stmt of(db, "INSERT OR REPLACE INTO person_offices(person_id, idx, office, office_normalized, country, first, "
                   "last, documents) VALUES (?,?,?,?,?,?,?,?)");
  sql::Stmt pm(db, "INSERT OR IGNORE INTO person_mentions(doc_id, start, end, person_id, text) VALUES (?,?,?,?,?)");
  for (const sql::Stmt* st : {&pe, &al, &of, &pm}) NEWSGRAPH_RETURN_IF_ERROR(st->status());
  // The search index: each person's name and aliases, once each.
  std::optional<sql::Stmt> pn;
  if (v4) {
    pn.emplace(db, "INSERT INTO person_names(name, person_id) VALUES (?,?)");
    NEWSGRAPH_RETURN_IF_ERROR(pn->status());
  }
  std::map<std::string, std::string> names;
  for (const WorldPerson& p : out.people) {
    names[p.id] = p.name;
    NEWSGRAPH_RETURN_IF_ERROR(pe.Bind(1, p.id).Bind(2, p.name).Bind(3, int64_t{p.documents})
                                  .Bind(4, static_cast<int64_t>(p.mentions.size()))
                                  .Bind(5, PersonToJson(p, false)).Run());
    for (const PersonAlias& a : p.aliases)
      NEWSGRAPH_RETURN_IF_ERROR(al.Bind(1, a.name).Bind(2, p.id).Bind(3, int64_t{a.count}).Run());
    if (pn) {
      std::set<std::string> written{p.name};
      NEWSGRAPH_RETURN_IF_ERROR(pn->Bind(1, p.name).Bind(2, p.id).Run());
      for (const PersonAlias& a : p.aliases)
        if (written.insert(a.name).second) NEWSGRAPH_RETURN_IF_ERROR(pn->Bind(1, a.name).Bind(2, p.id).Run());
    }
    for (size_t i = 0; i < p.offices.size(); ++i) {
      const PersonOffice& o = p.offices[i];
      NEWSGRAPH_RETURN_IF_ERROR(of.Bind(1, p.id).Bind(2, static_cast<int64_t>(i)).Bind(3, o.office)
                                    .Bind(4, o.office_normalized).Bind(5, o.country).Bind(6, o.first)
                                    .Bind(7, o.last).Bind(8, Json(o.documents).dump()).Run());
    }
    for (const PersonMentionRef& m : p.mentions)
      NEWSGRAPH_RETURN_IF_ERROR(pm.Bind(1, m.doc).Bind(2, int64_t{m.start}).Bind(3, int64_t{m.end})
                                    .Bind(4, p.id).Bind(5, m.text).Run());
  }
  sql::Stmt dp(db, "INSERT OR REPLACE INTO document_people(doc_id, name, person_id) VALUES (?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(dp.status());
  for (const auto& [doc, people] : out.people_of)
    for (const auto& [name, id] : people) NEWSGRAPH_RETURN_IF_ERROR(dp.Bind(1, doc).Bind(2, name).Bind(3, id).Run());
  // Conflicts, and the events they are about.
  std::map<std::string, Json> conflicts_of;
  sql::Stmt co(db, "INSERT OR REPLACE INTO conflicts(id, kind, subject, json) VALUES (?,?,?,?)");
  NEWSGRAPH_RETURN_IF_ERROR(co.status());
  for (const Conflict& c : out.conflicts) {
    std::string json = ConflictToJson(c);
    NEWSGRAPH_RETURN_IF_ERROR(co.Bind(1, c.id).Bind(2, c.kind).Bind(3, c.subject).Bind(4, json).Run());
    auto& list = conflicts_of[c.subject];
    if (list.is_null()) list = Json::array();
    list.push_back(Parse(json));
  }
  sql::Stmt ev(db, "INSERT OR REPLACE INTO events(id, kind, date, reports, json) VALUES (?,?,?,?,?)");
  sql::Stmt ep(db, v4
                       ? "INSERT OR IGNORE INTO event_participants(person_id, event_id, date, reports) VALUES (?,?,?,?)"
                       : "INSERT OR IGNORE INTO event_participants(person_id, event_id) VALUES (?,?)");
  sql::Stmt er(db, "INSERT OR IGNORE INTO event_reports(doc_id, start, end, event_id) VALUES (?,?,?,?)");
  for (const sql::Stmt* st : {&ev, &ep, &er}) NEWSGRAPH_RETURN_IF_ERROR(st->status());
  for (const WorldEvent& e : out.events) {
    Json j = Parse(EventToJson(e));
    auto it = conflicts_of.find(e.id);
    j["conflicts"] = it == conflicts_of.end() ? Json::array() : it->second;
    NEWSGRAPH_RETURN_IF_ERROR(ev.Bind(1, e.id).Bind(2, e.kind).Bind(3, e.date)
                                  .Bind(4, static_cast<int64_t>(e.reports.size())).Bind(5, Dump(j)).Run());
    for (const EventParticipant& p : e.participants)
      if (!p.id.empty()) {
        if (v4) ep.Bind(3, e.date).Bind(4, static_cast<int64_t>(e.reports.size()));
        NEWSGRAPH_RETURN_IF_ERROR(ep.Bind(1, p.id).Bind(2, e.id).Run());
      }
    for (const EventReport& r : e.reports)
      NEWSGRAPH_RETURN_IF_ERROR(er.Bind(1, r.doc).Bind(2, int64_t{r.start}).Bind(3, int64_t{r.end}).Bind(4, e.id).Run());
  }
  // Stories.
  sql::Stmt sto(db, "INSERT OR REPLACE INTO stories(id, title, first, last, size, json) VALUES (?,?,?,?,?,?)");
  sql::Stmt sd(db, "INSERT OR REPLACE INTO story_documents(doc_id, story_id, position) VALUES (?,?,?)");
  sql::Stmt sc(db, "INSERT INTO story_changes(idx, kind, into_story, from_story, at_document) VALUES (?,?,?,?,?)");
  for (const sql::Stmt* st : {&sto, &sd, &sc}) NEWSGRAPH_RETURN_IF_ERROR(st->status());
  for (const Story& s : out.stories) {
    NEWSGRAPH_RETURN_IF_ERROR(sto.Bind(1, s.id).Bind(2, s.title).Bind(3, s.first).Bind(4, s.last)
                                  .Bind(5, static_cast<int64_t>(s.documents.size()))
                                  .Bind(6, StoryToJson(s, &names)).Run());
    for (size_t i = 0; i < s.documents.size(); ++i)
      NEWSGRAPH_RETURN_IF_ERROR(sd.Bind(1, s.documents[i]).Bind(2, s.id).Bind(3, static_cast<int64_t>(i)).Run());
  }
  for (size_t i = 0; i < out.story_changes.size(); ++i) {
    const StoryChange& c = out.story_changes[i];
    NEWSGRAPH_RETURN_IF_ERROR(sc.Bind(1, static_cast<int64_t>(i)).Bind(2, c.kind).Bind(3, c.into).Bind(4, c.from)
                                  .Bind(5, c.at_document).Run());
  }
  std::string count = "INSERT OR REPLACE INTO meta(key, value) VALUES ('linked_documents', '" +
                      std::to_string(out.documents) + "')";
  return sql::Exec(db, count.c_str());
}

}  // namespace

Status SqliteStore::ForEachLinkDocument(
    const std::function<Status(const LinkDocument&, const std::vector<OfficeCheck>&)>& fn) {
  sql::Stmt s(db_,
              "SELECT id, title, url, site, published, text FROM documents "
              "ORDER BY length(published) < 10, substr(published, 1, 10), id");
  NEWSGRAPH_RETURN_IF_ERROR(s.status());
  while (s.Step()) {
    LinkDocument d;
    d.id = s.Text(0);
    d.title = s.Text(1);
    d.url = s.Text(2);
    d.site = s.Text(3);
    d.published = s.Text(4);
    d.text = s.Text(5);
    auto analysis = GetAnalysis(d.id);
    if (!analysis.ok()) return analysis.status();
    if (*analysis) d.analysis = std::move(**analysis);
    auto checks = GetChecks(d.id);
    if (!checks.ok()) return checks.status();
    NEWSGRAPH_RETURN_IF_ERROR(fn(d, *checks));
  }
  return s.status();
}

Result<std::shared_ptr<const LinkDocument>> SqliteStore::GetLinkDocument(const std::string& id) {
  sql::Stmt s(db_, "SELECT id, title, url, site, published, text FROM documents WHERE id=?");
  s.Bind(1, id);
  if (!s.Step()) {
    if (!s.status().ok()) return s.status();
    return std::shared_ptr<const LinkDocument>();
  }
  auto d = std::make_shared<LinkDocument>();
  d->id = s.Text(0);
  d->title = s.Text(1);
  d->url = s.Text(2);
  d->site = s.Text(3);
  d->published = s.Text(4);
  d->text = s.Text(5);
  auto analysis = GetAnalysis(id);
  if (!analysis.ok()) return analysis.status();
  if (*analysis) d->analysis = std::move(**analysis);
  return std::shared_ptr<const LinkDocument>(std::move(d));
}

Status SqliteStore::ReplaceLinks(const LinkOutput& out) {
  if (!has_links_) return Status::Unsupported("the store has no link tables (opened read-only before migration)");
  sqlite3* db = db_;
  return sql::InTransaction(db, [&] { return WriteLinks(db, out, has_v4_); });
}

Result<std::vector<std::string>> SqliteStore::CopiesJson(const std::string& doc, uint64_t limit, uint64_t offset) {
  if (!has_links_) return std::vector<std::string>{};
  sql::Stmt s(db_,
              "SELECT json FROM copies WHERE ?1 = '' OR copy = ?1 OR source = ?1 "
              "ORDER BY facts DESC, similarity DESC, copy, source LIMIT ?2 OFFSET ?3");
  s.Bind(1, doc).Bind(2, static_cast<int64_t>(limit)).Bind(3, static_cast<int64_t>(offset));
  return Column0(s);
}

Result<std::vector<std::string>> SqliteStore::PeopleJson(const std::string& name_like, bool with_mentions,
                                                   uint64_t limit, uint64_t offset) {
  if (!has_links_) return std::vector<std::string>{};
  // The list reads the persons_rank index in order. A search whose words hold no LIKE wildcard
  // to escape (the trigram index reads no ESCAPE clause) asks the trigram index of names and
  // aliases (person_names) how many names match, up to kDense: a few are looked up and sorted;
  // many (three common letters) are met soon by reading the people in the list's order and
  // testing each one's name and aliases, which stops at the page's end instead of sorting them
  // all. Other words, and stores opened read-only before version 4, test every person.
  constexpr int64_t kDense = 4096;
  const bool plain = name_like.find_first_of("%_\\") == std::string::npos;
  const std::string pattern = plain ? "%" + name_like + "%" : LikePattern(name_like);
  const bool indexed = !name_like.empty() && plain && has_v4_;
  bool dense = false;
  if (indexed) {
    sql::Stmt c(db_, "SELECT count(*) FROM (SELECT 1 FROM person_names WHERE name LIKE ?1 LIMIT ?2)");
    c.Bind(1, pattern).Bind(2, kDense + 1);
    if (!c.Step()) return c.status().ok() ? Status::Internal("count of matching names: no row") : c.status();
    dense = c.Int(0) > kDense;
  }
  const char* sql =
      name_like.empty()
          ? "SELECT id FROM persons ORDER BY documents DESC, mentions DESC, name, id LIMIT ?3 OFFSET ?4"
      : indexed && !dense
          ? "SELECT id FROM persons WHERE id IN (SELECT person_id FROM person_names WHERE name LIKE ?2) "
            "ORDER BY documents DESC, mentions DESC, name, id LIMIT ?3 OFFSET ?4"
      : indexed
          ? "SELECT id FROM persons p INDEXED BY persons_rank WHERE name LIKE ?2 OR EXISTS (SELECT 1 FROM "
            "person_aliases a WHERE a.person_id = p.id AND a.alias LIKE ?2) "
            "ORDER BY documents DESC, mentions DESC, name, id LIMIT ?3 OFFSET ?4"
          : "SELECT id FROM persons WHERE ?1 = '' OR name LIKE ?2 ESCAPE '\\' OR id IN "
            "(SELECT person_id FROM person_aliases WHERE alias LIKE ?2 ESCAPE '\\') "
            "ORDER BY documents DESC, mentions DESC, name, id LIMIT ?3 OFFSET ?4";
  sql::Stmt s(db_, sql);
  s.Bind(1, name_like).Bind(2, pattern).Bind(3, static_cast<int64_t>(limit)).Bind(4, static_cast<int64_t>(offset));
  auto ids = Column0(s);
  if (!ids.ok()) return ids.status();
  std::vector<std::string> out;
  for (const std::string& id : *ids) {
    auto p = PersonJson(id, with_mentions);
    if (!p.ok()) return p.status();
    if (*p) out.push_back(std::move(**p));
  }
  return out;
}

Result<std::optional<std::string>> SqliteStore::PersonJson(const std::string& id, bool with_mentions) {
  if (!has_links_) return std::optional<std::string>();
  sql::Stmt s(db_, "SELECT json FROM persons WHERE id=?");
  s.Bind(1, id);
  auto row = OneRow(s);
  if (!row.ok() || !*row || !with_mentions) return row;
  Json j = Parse(**row);
  Json mentions = Json::array();
  sql::Stmt m(db_, "SELECT doc_id, text, start, end FROM person_mentions WHERE person_id=? ORDER BY doc_id, start");
  m.Bind(1, id);
  while (m.Step())
    mentions.push_back({{"doc", m.Text(0)}, {"text", m.Text(1)}, {"start", m.Int(2)}, {"end", m.Int(3)}});
  if (!m.status().ok()) return m.status();
  j["mentions"] = std::move(mentions);
  return std::optional<std::string>(Dump(j));
}

Result<std::vector<std::string>> SqliteStore::FindPeople(const std::string& name) {
  if (!has_links_) return std::vector<std::string>{};
  // Through the search index (a LIKE without wildcards is an equality that ignores ASCII case,
  // as COLLATE NOCASE does) when the name holds no LIKE wildcard, else every name and alias.
  const bool plain = name.find_first_of("%_\\") == std::string::npos;
  sql::Stmt s(db_,
              plain && has_v4_
                  ? "SELECT id FROM persons WHERE id IN (SELECT ?1 UNION SELECT person_id FROM person_names "
                    "WHERE name LIKE ?1) ORDER BY documents DESC, mentions DESC, id"
                  : "SELECT p.id FROM persons p WHERE p.id = ?1 OR p.name = ?1 COLLATE NOCASE OR p.id IN "
                    "(SELECT person_id FROM person_aliases WHERE alias = ?1 COLLATE NOCASE) "
                    "ORDER BY p.documents DESC, p.mentions DESC, p.id");
  s.Bind(1, name);
  return Column0(s);
}

Result<std::vector<std::string>> SqliteStore::EventsJson(const EventQuery& q) {
  if (!has_links_) return std::vector<std::string>{};
  // The list through the index events_order, a person's through event_participants_order
  // (version 4: each participation carries its event's date and report count), both the
  // lists' order: a page is chosen on the index alone (it holds every column the filters and
  // the order read), so neither the rows an offset skips nor a busy person's other events are
  // read. A store opened read-only before version 4 joins a person's events and sorts them.
  auto filters = [](const char* t) {
    return std::string("(?2 = '' OR (") + t + ".date != '' AND " + t + ".date >= ?2)) AND (?3 = '' OR (" + t +
           ".date != '' AND " + t + ".date <= ?3)) ";
  };
  const std::string order = "ORDER BY k.date = '', k.date, k.reports DESC, k.id";
  const std::string page = "LIMIT ?4 OFFSET ?5";
  const std::string sql =
      q.person.empty()
          ? "SELECT e.json FROM (SELECT e.id, e.date, e.reports FROM events e WHERE " + filters("e") +
                "ORDER BY e.date = '', e.date, e.reports DESC, e.id " + page +
                ") k JOIN events e ON e.id = k.id " + order
      : has_v4_
          ? "SELECT e.json FROM (SELECT p.event_id AS id, p.date AS date, p.reports AS reports FROM "
            "event_participants p WHERE p.person_id = ?1 AND " + filters("p") +
                "ORDER BY p.date = '', p.date, p.reports DESC, p.event_id " + page +
                ") k JOIN events e ON e.id = k.id " + order
          : "SELECT e.json FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.person_id = ?1 AND " +
                filters("e") + "ORDER BY e.date = '', e.date, e.reports DESC, e.id " + page;
  sql::Stmt s(db_, sql.c_str());
  s.Bind(1, q.person).Bind(2, q.from).Bind(3, q.to).Bind(4, static_cast<int64_t>(q.limit))
      .Bind(5, static_cast<int64_t>(q.offset));
  return Column0(s);
}

Result<uint64_t> SqliteStore::PersonEventCount(const std::string& person_id) {
  if (!has_links_) return uint64_t{0};
  // The participations alone (the key of event_participants): a link run writes each event
  // with its participations, so each one is an event of the person's list.
  sql::Stmt s(db_, "SELECT count(*) FROM event_participants WHERE person_id = ?");
  s.Bind(1, person_id);
  if (!s.Step()) return s.status().ok() ? Status::Internal("count of a person's events: no row") : s.status();
  return static_cast<uint64_t>(s.Int(0));
}

Result<std::optional<std::string>> SqliteStore::EventJson(const std::string& id) {
  if (!has_links_) return std::optional<std::string>();
  sql::Stmt s(db_, "SELECT json FROM events WHERE id=?");
  s.Bind(1, id);
  return OneRow(s);
}

Result<std::vector<std::string>> SqliteStore::ConflictsJson(const std::string& kind, uint64_t limit, uint64_t offset) {
  if (!has_links_) return std::vector<std::string>{};
  sql::Stmt s(db_, "SELECT json FROM conflicts WHERE ?1 = '' OR kind = ?1 ORDER BY kind, id LIMIT ?2 OFFSET ?3");
  s.Bind(1, kind).Bind(2, static_cast<int64_t>(limit)).Bind(3, static_cast<int64_t>(offset));
  return Column0(s);
}

Result<std::vector<std::string>> SqliteStore::StoriesJson(uint64_t limit, uint64_t offset, bool by_recent) {
  if (!has_links_) return std::vector<std::string>{};
  sql::Stmt s(db_, by_recent ? "SELECT json FROM stories ORDER BY last DESC, id LIMIT ? OFFSET ?"
                                   : "SELECT json FROM stories ORDER BY size DESC, id LIMIT ? OFFSET ?");
  s.Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  return Column0(s);
}

Result<std::optional<std::string>> SqliteStore::StoryJson(const std::string& id) {
  if (!has_links_) return std::optional<std::string>();
  sql::Stmt s(db_, "SELECT json FROM stories WHERE id=?");
  s.Bind(1, id);
  return OneRow(s);
}

Result<DocumentLinks> SqliteStore::GetDocumentLinks(const std::string& id) {
  DocumentLinks out;
  if (!has_links_) return out;
  sqlite3* db = db_;
  sql::Stmt st(db, "SELECT story_id FROM story_documents WHERE doc_id=?");
  st.Bind(1, id);
  if (st.Step()) out.story = st.Text(0);
  sql::Stmt pp(db, "SELECT name, person_id FROM document_people WHERE doc_id=?");
  pp.Bind(1, id);
  while (pp.Step()) out.people[pp.Text(0)] = pp.Text(1);
  sql::Stmt ev(db, "SELECT DISTINCT event_id FROM event_reports WHERE doc_id=? ORDER BY start");
  ev.Bind(1, id);
  while (ev.Step()) out.events.push_back(ev.Text(0));
  for (const sql::Stmt* s : {&st, &pp, &ev})
    if (!s->status().ok()) return s->status();
  auto copies = CopiesJson(id, 1000, 0);
  if (!copies.ok()) return copies.status();
  out.copies = std::move(*copies);
  return out;
}

Result<std::vector<QuoteRow>> SqliteStore::PersonQuotes(const std::string& person_id, uint64_t limit) {
  if (!has_links_) return std::vector<QuoteRow>{};
  sql::Stmt s(db_,
              "SELECT q.doc_id, q.speaker, q.text, q.cue, q.start, q.end FROM document_people dp "
              "JOIN quotes q ON q.doc_id = dp.doc_id AND q.speaker = dp.name WHERE dp.person_id = ? "
              // dp.doc_id (equal to q.doc_id): the person's documents come in that order from
              // document_people_person, so only each document's quotes are sorted and the scan
              // stops at the limit instead of sorting the quotes of every document of the person
              "ORDER BY dp.doc_id, q.idx LIMIT ?");
  s.Bind(1, person_id).Bind(2, static_cast<int64_t>(limit));
  std::vector<QuoteRow> out;
  while (s.Step()) out.push_back(QuoteFromRow(s));
  if (!s.status().ok()) return s.status();
  return out;
}

Result<std::vector<DocumentSummary>> SqliteStore::Summaries(const std::vector<std::string>& ids) {
  sql::Stmt s(db_, "SELECT id, title, url, published, site, source, text_length FROM documents WHERE id=?");
  std::vector<DocumentSummary> out;
  for (const std::string& id : ids) {
    s.Bind(1, id);
    if (s.Step()) out.push_back(SummaryFromRow(s));
    if (!s.status().ok()) return s.status();
    s.Reset();
  }
  return out;
}

}  // namespace newsgraph
