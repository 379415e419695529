// The link stage's tables in the PostgreSQL store: reading documents for linking, replacing the
// link tables after a link run, and the queries behind the CLI and API (the same answers as
// links.cc gives over SQLite; docs/formats/store.md).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "store/pg_store.h"
#include "store/pg_util.h"
#include "store/store_text.h"

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;
using pg::BulkInsert;

using store_text::Dump;
using store_text::LikePattern;
Json Parse(const std::string& s) { return store_text::ParseObject(s); }

Result<std::vector<std::string>> Column0(PGconn* conn, const char* sql, const pg::Params& p) {
  auto r = pg::Query(conn, sql, p);
  if (!r.ok()) return r.status();
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(r->size()));
  for (int i = 0; i < r->size(); ++i) out.push_back(r->Text(i, 0));
  return out;
}

Result<std::optional<std::string>> OneRow(PGconn* conn, const char* sql, const pg::Params& p) {
  auto r = pg::Query(conn, sql, p);
  if (!r.ok()) return r.status();
  if (r->size() == 0) return std::optional<std::string>();
  return std::optional<std::string>(r->Text(0, 0));
}

// Serialises link runs over one database (pg_advisory_xact_lock key).
constexpr const char* kLinkLock = "SELECT pg_advisory_xact_lock(7215400002)";

constexpr const char* kLinkTables[] = {"copies",          "persons",         "person_aliases", "person_offices",
                                       "person_mentions", "document_people", "events",         "event_participants",
                                       "event_reports",   "conflicts",       "stories",        "story_documents",
                                       "story_changes",   "person_names"};

// The tables' rows, deduplicated by primary key as SQLite's INSERT OR REPLACE (last wins) and
// INSERT OR IGNORE (first wins) would leave them. Only a store opened for writing writes, and it
// is at the current schema version.
Status WriteLinks(PGconn* c, const LinkOutput& out) {
  // The world's records, made once: the tables below are filled from maps that point into them
  // (a record read from out.people or out.events lives only until the loop moves on).
  const std::vector<WorldPerson> world_people(out.people.begin(), out.people.end());
  const std::vector<WorldEvent> world_events(out.events.begin(), out.events.end());
  NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(c, kLinkLock));
  for (const char* t : kLinkTables) NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(c, std::string("DELETE FROM ") + t));
  // Copies (OR REPLACE).
  std::map<std::pair<std::string, std::string>, const CopyRelation*> copies;
  for (const CopyRelation& r : out.copies) copies[{r.copy, r.source}] = &r;
  BulkInsert cp("copies(copy, source, relation, direction, similarity, changes, facts, json)",
                {"text", "text", "text", "text", "float8", "bigint", "bigint", "text"}, "");
  for (const auto& [key, r] : copies) {
    int64_t facts = std::count_if(r->changes.begin(), r->changes.end(), [](const FactChange& x) { return x.fact; });
    cp.Row().Add(r->copy).Add(r->source).Add(r->relation).Add(r->direction).Add(r->similarity)
        .Add(static_cast<int64_t>(r->changes.size())).Add(facts).Add(CopyRelationToJson(*r));
  }
  NEWSGRAPH_RETURN_IF_ERROR(cp.Flush(c));
  // People.
  std::map<std::string, std::string> names;
  std::map<std::string, const WorldPerson*> persons;                                 // OR REPLACE
  std::map<std::pair<std::string, std::string>, int64_t> aliases;                      // OR REPLACE
  std::map<std::pair<std::string, int64_t>, const PersonOffice*> offices;              // OR REPLACE
  std::map<std::tuple<std::string, int64_t, std::string>, const PersonMentionRef*> pm;  // OR IGNORE
  for (const WorldPerson& p : world_people) {
    names[p.id] = p.name;
    persons[p.id] = &p;
    for (const PersonAlias& a : p.aliases) aliases[{a.name, p.id}] = int64_t{a.count};
    for (size_t i = 0; i < p.offices.size(); ++i) offices[{p.id, static_cast<int64_t>(i)}] = &p.offices[i];
    for (const PersonMentionRef& m : p.mentions) pm.emplace(std::make_tuple(m.doc, int64_t{m.start}, p.id), &m);
  }
  // The list's order (persons_rank: documents DESC, mentions DESC, name, id; std::string
  // compares bytes as COLLATE "C" does) gives each person's list_position.
  std::vector<const WorldPerson*> ranked;
  for (const auto& [id, p] : persons) ranked.push_back(p);
  std::sort(ranked.begin(), ranked.end(), [](const WorldPerson* a, const WorldPerson* b) {
    return std::make_tuple(-int64_t{a->documents}, -static_cast<int64_t>(a->mentions.size()), std::cref(a->name),
                           std::cref(a->id)) < std::make_tuple(-int64_t{b->documents},
                                                              -static_cast<int64_t>(b->mentions.size()),
                                                              std::cref(b->name), std::cref(b->id));
  });
  BulkInsert pe("persons(id, name, documents, mentions, json, list_position)",
                {"text", "text", "bigint", "bigint", "text", "bigint"}, "");
  for (size_t i = 0; i < ranked.size(); ++i) {
    const WorldPerson* p = ranked[i];
    pe.Row().Add(p->id).Add(p->name).Add(int64_t{p->documents}).Add(static_cast<int64_t>(p->mentions.size()))
        .Add(PersonToJson(*p, false)).Add(static_cast<int64_t>(i));
  }
  NEWSGRAPH_RETURN_IF_ERROR(pe.Flush(c));
  BulkInsert al("person_aliases(alias, person_id, count)", {"text", "text", "bigint"}, "");
  for (const auto& [key, count] : aliases) al.Row().Add(key.first).Add(key.second).Add(count);
  NEWSGRAPH_RETURN_IF_ERROR(al.Flush(c));
  // The search table: each person's name and aliases, once each (as SQLite's person_names), with
  // the person's list_position (version 5).
  std::map<std::string_view, int64_t> position_of;
  for (size_t i = 0; i < ranked.size(); ++i) position_of[ranked[i]->id] = static_cast<int64_t>(i);
  BulkInsert pn("person_names(name, person_id, list_position)", {"text", "text", "bigint"}, "");
  for (const WorldPerson& p : world_people) {
    const int64_t position = position_of.at(p.id);
    std::set<std::string> written{p.name};
    pn.Row().Add(p.name).Add(p.id).Add(position);
    for (const PersonAlias& a : p.aliases)
      if (written.insert(a.name).second) pn.Row().Add(a.name).Add(p.id).Add(position);
  }
  NEWSGRAPH_RETURN_IF_ERROR(pn.Flush(c));
  BulkInsert of("person_offices(person_id, idx, office, office_normalized, country, first, last, documents)",
                {"text", "bigint", "text", "text", "text", "text", "text", "text"}, "");
  for (const auto& [key, o] : offices)
    of.Row().Add(key.first).Add(key.second).Add(o->office).Add(o->office_normalized).Add(o->country).Add(o->first)
        .Add(o->last).Add(Json(o->documents).dump());
  NEWSGRAPH_RETURN_IF_ERROR(of.Flush(c));
  BulkInsert pmi("person_mentions(doc_id, start, \"end\", person_id, text)",
                 {"text", "bigint", "bigint", "text", "text"}, "");
  for (const auto& [key, m] : pm)
    pmi.Row().Add(std::get<0>(key)).Add(std::get<1>(key)).Add(int64_t{m->end}).Add(std::get<2>(key)).Add(m->text);
  NEWSGRAPH_RETURN_IF_ERROR(pmi.Flush(c));
  std::map<std::pair<std::string, std::string>, std::string> dp;  // OR REPLACE
  for (const auto& [doc, people] : out.people_of)
    for (const auto& [name, id] : people) dp[{doc, name}] = id;
  BulkInsert dpi("document_people(doc_id, name, person_id)", {"text", "text", "text"}, "");
  for (const auto& [key, id] : dp) dpi.Row().Add(key.first).Add(key.second).Add(id);
  NEWSGRAPH_RETURN_IF_ERROR(dpi.Flush(c));
  // Conflicts, and the events they are about.
  std::map<std::string, Json> conflicts_of;
  std::map<std::string, std::pair<const Conflict*, std::string>> conflicts;  // OR REPLACE
  for (const Conflict& x : out.conflicts) {
    std::string json = ConflictToJson(x);
    conflicts[x.id] = {&x, json};
    auto& list = conflicts_of[x.subject];
    if (list.is_null()) list = Json::array();
    list.push_back(Parse(json));
  }
  BulkInsert co("conflicts(id, kind, subject, json)", {"text", "text", "text", "text"}, "");
  for (const auto& [id, x] : conflicts) co.Row().Add(id).Add(x.first->kind).Add(x.first->subject).Add(x.second);
  NEWSGRAPH_RETURN_IF_ERROR(co.Flush(c));
  std::map<std::string, std::pair<const WorldEvent*, std::string>> events;  // OR REPLACE
  // OR IGNORE: the event's date and report count as the first writing left them
  std::map<std::pair<std::string, std::string>, std::pair<std::string, int64_t>> participants;
  std::map<std::tuple<std::string, int64_t, std::string>, int64_t> reports;  // OR IGNORE: end
  for (const WorldEvent& e : world_events) {
    Json j = Parse(EventToJson(e));
    auto it = conflicts_of.find(e.id);
    j["conflicts"] = it == conflicts_of.end() ? Json::array() : it->second;
    events[e.id] = {&e, Dump(j)};
    for (const EventParticipant& p : e.participants)
      if (!p.id.empty())
        participants.emplace(std::make_pair(p.id, e.id),
                             std::make_pair(e.date, static_cast<int64_t>(e.reports.size())));
    for (const EventReport& r : e.reports) reports.emplace(std::make_tuple(r.doc, int64_t{r.start}, e.id), int64_t{r.end});
  }
  // The list's order (events_order: undated last, date, reports DESC, id) gives list_position.
  std::vector<const std::pair<const std::string, std::pair<const WorldEvent*, std::string>>*> listed;
  for (const auto& entry : events) listed.push_back(&entry);
  auto order_key = [](const WorldEvent& e) {
    return std::make_tuple(e.date.empty(), std::cref(e.date), -static_cast<int64_t>(e.reports.size()),
                           std::cref(e.id));
  };
  std::sort(listed.begin(), listed.end(), [&](const auto* a, const auto* b) {
    return order_key(*a->second.first) < order_key(*b->second.first);
  });
  BulkInsert ev("events(id, kind, date, reports, json, list_position)",
                {"text", "text", "text", "bigint", "text", "bigint"}, "");
  for (size_t i = 0; i < listed.size(); ++i) {
    const auto& [id, e] = *listed[i];
    ev.Row().Add(id).Add(e.first->kind).Add(e.first->date).Add(static_cast<int64_t>(e.first->reports.size()))
        .Add(e.second).Add(static_cast<int64_t>(i));
  }
  NEWSGRAPH_RETURN_IF_ERROR(ev.Flush(c));
  // Each participation with its event's date and report count (the list's order, version 4).
  BulkInsert ep("event_participants(person_id, event_id, date, reports)", {"text", "text", "text", "bigint"}, "");
  for (const auto& [key, when] : participants)
    ep.Row().Add(key.first).Add(key.second).Add(when.first).Add(when.second);
  NEWSGRAPH_RETURN_IF_ERROR(ep.Flush(c));
  BulkInsert er("event_reports(doc_id, start, \"end\", event_id)", {"text", "bigint", "bigint", "text"}, "");
  for (const auto& [key, end] : reports) er.Row().Add(std::get<0>(key)).Add(std::get<1>(key)).Add(end).Add(std::get<2>(key));
  NEWSGRAPH_RETURN_IF_ERROR(er.Flush(c));
  // Stories.
  std::map<std::string, const Story*> stories;                     // OR REPLACE
  std::map<std::string, std::pair<std::string, int64_t>> story_of;  // OR REPLACE
  for (const Story& s : out.stories) {
    stories[s.id] = &s;
    for (size_t i = 0; i < s.documents.size(); ++i) story_of[s.documents[i]] = {s.id, static_cast<int64_t>(i)};
  }
  BulkInsert sto("stories(id, title, first, last, size, json)", {"text", "text", "text", "text", "bigint", "text"}, "");
  for (const auto& [id, s] : stories)
    sto.Row().Add(id).Add(s->title).Add(s->first).Add(s->last).Add(static_cast<int64_t>(s->documents.size()))
        .Add(StoryToJson(*s, &names));
  NEWSGRAPH_RETURN_IF_ERROR(sto.Flush(c));
  BulkInsert sd("story_documents(doc_id, story_id, position)", {"text", "text", "bigint"}, "");
  for (const auto& [doc, s] : story_of) sd.Row().Add(doc).Add(s.first).Add(s.second);
  NEWSGRAPH_RETURN_IF_ERROR(sd.Flush(c));
  BulkInsert sc("story_changes(idx, kind, into_story, from_story, at_document)",
                {"bigint", "text", "text", "text", "text"}, "");
  for (size_t i = 0; i < out.story_changes.size(); ++i) {
    const StoryChange& x = out.story_changes[i];
    sc.Row().Add(static_cast<int64_t>(i)).Add(x.kind).Add(x.into).Add(x.from).Add(x.at_document);
  }
  NEWSGRAPH_RETURN_IF_ERROR(sc.Flush(c));
  return pg::Exec(c, "INSERT INTO meta(key, value) VALUES ('linked_documents', '" + std::to_string(out.documents) +
                         "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
}

}  // namespace

Status PgStore::ForEachLinkDocument(
    const std::function<Status(const LinkDocument&, const std::vector<OfficeCheck>&)>& fn) {
  // One snapshot for the whole pass, read through a cursor so memory stays bounded.
  return pg::InTransaction(
      conn_,
      [&]() -> Status {
        NEWSGRAPH_RETURN_IF_ERROR(pg::Exec(conn_,
                                           "DECLARE link_docs NO SCROLL CURSOR FOR "
                                           "SELECT id, title, url, site, published, text FROM documents "
                                           "ORDER BY length(published) < 10, substr(published, 1, 10), id"));
        while (true) {
          auto rows = pg::Query(conn_, "FETCH 256 FROM link_docs");
          if (!rows.ok()) return rows.status();
          if (rows->size() == 0) break;
          for (int i = 0; i < rows->size(); ++i) {
            LinkDocument d;
            d.id = rows->Text(i, 0);
            d.title = rows->Text(i, 1);
            d.url = rows->Text(i, 2);
            d.site = rows->Text(i, 3);
            d.published = rows->Text(i, 4);
            d.text = rows->Text(i, 5);
            std::optional<Analysis> analysis;
            std::vector<OfficeCheck> checks;
            NEWSGRAPH_RETURN_IF_ERROR(ReadAnalysis(d.id, &analysis, &checks));
            if (analysis) d.analysis = std::move(*analysis);
            // The linker reads earlier documents back (GetLinkDocument) to align copies.
            auto shared = std::make_shared<const LinkDocument>(std::move(d));
            link_cache_.Put(shared);
            NEWSGRAPH_RETURN_IF_ERROR(fn(*shared, checks));
          }
        }
        return pg::Exec(conn_, "CLOSE link_docs");
      },
      "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

std::shared_ptr<const LinkDocument> LinkDocumentCache::Get(const std::string& id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return nullptr;
  lru_.splice(lru_.begin(), lru_, it->second);
  return *it->second;
}

void LinkDocumentCache::Put(std::shared_ptr<const LinkDocument> doc) {
  if (!doc || by_id_.count(doc->id)) return;
  size_t bytes = doc->text.size() + 1024;
  if (bytes > max_bytes_ / 4) return;
  lru_.push_front(doc);
  by_id_[doc->id] = lru_.begin();
  bytes_ += bytes;
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    bytes_ -= lru_.back()->text.size() + 1024;
    by_id_.erase(lru_.back()->id);
    lru_.pop_back();
  }
}

Result<std::shared_ptr<const LinkDocument>> PgStore::GetLinkDocument(const std::string& id) {
  if (auto cached = link_cache_.Get(id)) return cached;
  auto r = pg::Query(conn_, "SELECT id, title, url, site, published, text FROM documents WHERE id=$1",
                     pg::Params().Add(id));
  if (!r.ok()) return r.status();
  if (r->size() == 0) return std::shared_ptr<const LinkDocument>();
  auto d = std::make_shared<LinkDocument>();
  d->id = r->Text(0, 0);
  d->title = r->Text(0, 1);
  d->url = r->Text(0, 2);
  d->site = r->Text(0, 3);
  d->published = r->Text(0, 4);
  d->text = r->Text(0, 5);
  std::optional<Analysis> analysis;
  std::vector<OfficeCheck> checks;
  NEWSGRAPH_RETURN_IF_ERROR(ReadAnalysis(id, &analysis, &checks));
  if (analysis) d->analysis = std::move(*analysis);
  std::shared_ptr<const LinkDocument> out(std::move(d));
  link_cache_.Put(out);
  return out;
}

Status PgStore::ReplaceLinks(const LinkOutput& out) {
  return pg::InTransaction(conn_, [&] { return WriteLinks(conn_, out); });
}

Result<std::vector<std::string>> PgStore::CopiesJson(const std::string& doc, uint64_t limit, uint64_t offset) {
  return Column0(conn_,
                 "SELECT json FROM copies WHERE $1::text = '' OR copy = $1::text OR source = $1::text "
                 "ORDER BY facts DESC, similarity DESC, copy, source LIMIT $2 OFFSET $3",
                 pg::Params().Add(doc).Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
}

Result<std::vector<std::string>> PgStore::PeopleJson(const std::string& name_like, bool with_mentions, uint64_t limit,
                                                     uint64_t offset) {
  // As SQLite's PeopleJson (links.cc), but a page of the list is found by key (version 4: each
  // person's list_position; an OFFSET would step over every entry it skips). A search
  // asks the trigram index of names and aliases (person_names_trgm) how many names match, up to
  // kDense: a few are looked up and sorted; many (three common letters) are met soon by reading
  // the names in the list's order, which stops at the page's end. Version 5: both read
  // person_names alone (each name carries its person's list_position; person_names_position
  // holds them in the list's order, so the scan is index-only) and then only the page's people,
  // and the count and the few matches' page are one pass through the trigram index; version 4
  // (read-only) looks up every matching person, or reads the people in the list's order testing
  // each one's names. Without the trigram index (no pg_trgm, or a version 3 database opened
  // read-only) a search tests every person. ILIKE under COLLATE "C" folds ASCII letters only, as
  // SQLite's LIKE does; the pattern escapes %, _ and \ with \, PostgreSQL's default escape.
  // The plans are fixed by the queries' form: the matching ids as an array are looked up by key
  // (an IN would let the planner hash-join every person), and OFFSET 0 keeps each person's names
  // test a lookup by person_id (else a hash of every name).
  constexpr int64_t kDense = 4096;
  const std::string pattern = LikePattern(name_like);
  const int64_t lim = static_cast<int64_t>(limit), off = static_cast<int64_t>(offset);
  const bool indexed = !name_like.empty() && has_trigram_;
  // Version 5: a matching name costs about 3 us through the trigram index (its row read and
  // rechecked), a name about 0.2 us in the scan of person_names_position; at 1M documents
  // (800,000 names) the two ways cost about the same for a page of 50 near 2,000 matching names
  // (docs/world.md, "Queries at 1M documents").
  constexpr int64_t kFewNames = 2048;
  auto page = [&]() -> Result<pg::Rows> {
    if (indexed && has_v5_) {
      // One pass through the trigram index: the matching names up to kFewNames + 1 (a
      // materialized CTE, planned for all of them, never as a scan of the list's order),
      // counted; when there are no more than kFewNames, the page is their positions sorted, and
      // only its people are read.
      auto few = pg::Query(conn_,
                           "WITH m AS MATERIALIZED (SELECT list_position FROM person_names WHERE name ILIKE $1 "
                           "LIMIT $4), c AS (SELECT count(*) AS n FROM m) "
                           "SELECT k.id, k.json, c.n FROM c LEFT JOIN LATERAL (SELECT p.id, p.json, p.list_position "
                           "FROM (SELECT DISTINCT list_position FROM m WHERE c.n <= $5 ORDER BY list_position "
                           "LIMIT $2 OFFSET $3) x JOIN persons p ON p.list_position = x.list_position) k ON true "
                           "ORDER BY k.list_position",
                           pg::Params().Add(pattern).Add(lim).Add(off).Add(kFewNames + 1).Add(kFewNames));
      if (!few.ok() || few->size() == 0 || few->Int(0, 2) <= kFewNames) return few;
      // Many: person_names_position in order, each name tested in the index (index-only), until
      // the page's people are met.
      return pg::Query(conn_,
                       "SELECT p.id, p.json FROM (SELECT DISTINCT list_position FROM person_names "
                       "WHERE name ILIKE $1 ORDER BY list_position LIMIT $2 OFFSET $3) k "
                       "JOIN persons p ON p.list_position = k.list_position ORDER BY k.list_position",
                       pg::Params().Add(pattern).Add(lim).Add(off));
    }
    bool dense = false;
    if (indexed) {
      auto c = pg::Query(conn_, "SELECT count(*) FROM (SELECT 1 FROM person_names WHERE name ILIKE $1 LIMIT $2) m",
                         pg::Params().Add(pattern).Add(kDense + 1));
      if (!c.ok()) return c.status();
      dense = c->Int(0, 0) > kDense;
    }
    return name_like.empty() && has_v4_
          ? pg::Query(conn_, "SELECT id, json FROM persons WHERE list_position >= $2 ORDER BY list_position LIMIT $1",
                    pg::Params().Add(lim).Add(off))
      : name_like.empty()
          ? pg::Query(conn_,
                      "SELECT id, json FROM persons ORDER BY documents DESC, mentions DESC, name, id "
                      "LIMIT $1 OFFSET $2",
                      pg::Params().Add(lim).Add(off))
      : indexed && !dense
          ? pg::Query(conn_,
                    "SELECT id, json FROM persons WHERE id = ANY (ARRAY(SELECT person_id FROM person_names "
                    "WHERE name ILIKE $1)) ORDER BY documents DESC, mentions DESC, name, id LIMIT $2 OFFSET $3",
                    pg::Params().Add(pattern).Add(lim).Add(off))
      : indexed
          ? pg::Query(conn_,
                    // the page chosen on persons_rank and person_names_person alone (index-only
                    // scans: person_names holds each person's name and aliases), then its rows read
                    "SELECT p.id, p.json FROM (SELECT id, documents, mentions, name FROM persons p WHERE "
                    "EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id AND n.name ILIKE $1 OFFSET 0) "
                    "ORDER BY documents DESC, mentions DESC, name, id LIMIT $2 OFFSET $3) k "
                    "JOIN persons p ON p.id = k.id ORDER BY k.documents DESC, k.mentions DESC, k.name, k.id",
                    pg::Params().Add(pattern).Add(lim).Add(off))
          : pg::Query(conn_,
                    "SELECT id, json FROM persons WHERE name ILIKE $1 OR id IN "
                    "(SELECT person_id FROM person_aliases WHERE alias ILIKE $1) "
                    "ORDER BY documents DESC, mentions DESC, name, id LIMIT $2 OFFSET $3",
                    pg::Params().Add(pattern).Add(lim).Add(off));
  };
  Result<pg::Rows> rows = page();
  if (!rows.ok()) return rows.status();
  // Each person as stored; with mentions, each one read as PersonJson reads it.
  std::vector<std::string> out;
  for (int i = 0; i < rows->size(); ++i) {
    if (rows->IsNull(i, 0)) continue;  // the one-pass search's count alone: no page
    if (!with_mentions) {
      out.push_back(rows->Text(i, 1));
      continue;
    }
    auto p = PersonJson(rows->Text(i, 0), true);
    if (!p.ok()) return p.status();
    if (*p) out.push_back(std::move(**p));
  }
  return out;
}

Result<std::optional<std::string>> PgStore::PersonJson(const std::string& id, bool with_mentions) {
  auto row = OneRow(conn_, "SELECT json FROM persons WHERE id=$1", pg::Params().Add(id));
  if (!row.ok() || !*row || !with_mentions) return row;
  Json j = Parse(**row);
  Json mentions = Json::array();
  auto m = pg::Query(conn_,
                     "SELECT doc_id, text, start, \"end\" FROM person_mentions WHERE person_id=$1 ORDER BY doc_id, start",
                     pg::Params().Add(id));
  if (!m.ok()) return m.status();
  for (int i = 0; i < m->size(); ++i)
    mentions.push_back({{"doc", m->Text(i, 0)}, {"text", m->Text(i, 1)}, {"start", m->Int(i, 2)}, {"end", m->Int(i, 3)}});
  j["mentions"] = std::move(mentions);
  return std::optional<std::string>(Dump(j));
}

Result<std::vector<std::string>> PgStore::FindPeople(const std::string& name) {
  // SQLite's COLLATE NOCASE folds ASCII letters only; so do lower() and ILIKE under COLLATE "C".
  // With the trigram index: an ILIKE without wildcards (the name's %, _ and \ escaped) is that
  // equality, and the index finds it.
  if (has_trigram_) {
    std::string exact = LikePattern(name);
    exact = exact.substr(1, exact.size() - 2);
    return Column0(conn_,
                   "SELECT id FROM persons WHERE id = ANY (ARRAY(SELECT $1::text UNION ALL SELECT person_id FROM "
                   "person_names WHERE name ILIKE $2)) ORDER BY documents DESC, mentions DESC, id",
                   pg::Params().Add(name).Add(exact));
  }
  return Column0(conn_,
                 "SELECT p.id FROM persons p WHERE p.id = $1::text OR lower(p.name) = lower($1::text) OR p.id IN "
                 "(SELECT person_id FROM person_aliases WHERE lower(alias) = lower($1::text)) "
                 "ORDER BY p.documents DESC, p.mentions DESC, p.id",
                 pg::Params().Add(name));
}

Result<std::vector<std::string>> PgStore::EventsJson(const EventQuery& q) {
  // As SQLite's EventsJson (links.cc): the whole list by list_position (version 4), the list
  // between dates through the index events_order, a person's
  // events through event_participants_order (version 4: each participation carries its event's
  // date and report count), both in the list's order, so a page is chosen on the index and
  // neither the rows an offset skips nor a busy person's other events are sorted. A version 3
  // database opened read-only joins a person's events and sorts them.
  auto filters = [](const std::string& t, int from, int to) {
    const std::string f = "$" + std::to_string(from) + "::text", u = "$" + std::to_string(to) + "::text";
    return "(" + f + " = '' OR (" + t + ".date != '' AND " + t + ".date >= " + f + ")) AND (" + u + " = '' OR (" +
           t + ".date != '' AND " + t + ".date <= " + u + ")) ";
  };
  const std::string order = "ORDER BY k.date = '', k.date, k.reports DESC, k.id";
  const int64_t lim = static_cast<int64_t>(q.limit), off = static_cast<int64_t>(q.offset);
  if (q.person.empty() && q.from.empty() && q.to.empty() && has_v4_) {
    // The whole list: a page at any offset found by key (events.list_position, version 4).
    return Column0(conn_, "SELECT json FROM events WHERE list_position >= $2 ORDER BY list_position LIMIT $1",
                   pg::Params().Add(lim).Add(off));
  }
  if (q.person.empty()) {
    const std::string sql = "SELECT e.json FROM (SELECT e.id, e.date, e.reports FROM events e WHERE " +
                            filters("e", 1, 2) + "ORDER BY e.date = '', e.date, e.reports DESC, e.id " +
                            "LIMIT $3 OFFSET $4) k JOIN events e ON e.id = k.id " + order;
    return Column0(conn_, sql.c_str(), pg::Params().Add(q.from).Add(q.to).Add(lim).Add(off));
  }
  const std::string sql =
      has_v4_ ? "SELECT e.json FROM (SELECT p.event_id AS id, p.date AS date, p.reports AS reports FROM "
                "event_participants p WHERE p.person_id = $1::text AND " + filters("p", 2, 3) +
                    "ORDER BY p.date = '', p.date, p.reports DESC, p.event_id LIMIT $4 OFFSET $5) k "
                    "JOIN events e ON e.id = k.id " + order
              : "SELECT e.json FROM event_participants p JOIN events e ON e.id = p.event_id "
                "WHERE p.person_id = $1::text AND " + filters("e", 2, 3) +
                    "ORDER BY e.date = '', e.date, e.reports DESC, e.id LIMIT $4 OFFSET $5";
  return Column0(conn_, sql.c_str(), pg::Params().Add(q.person).Add(q.from).Add(q.to).Add(lim).Add(off));
}

Result<uint64_t> PgStore::PersonEventCount(const std::string& person_id) {
  // As SQLite's (links.cc): the participations alone, an index-only scan of their key.
  auto r = pg::Query(conn_, "SELECT count(*) FROM event_participants WHERE person_id = $1::text",
                     pg::Params().Add(person_id));
  if (!r.ok()) return r.status();
  return static_cast<uint64_t>(r->Int(0, 0));
}

Result<std::optional<std::string>> PgStore::EventJson(const std::string& id) {
  return OneRow(conn_, "SELECT json FROM events WHERE id=$1", pg::Params().Add(id));
}

Result<std::vector<std::string>> PgStore::ConflictsJson(const std::string& kind, uint64_t limit, uint64_t offset) {
  return Column0(conn_,
                 "SELECT json FROM conflicts WHERE $1::text = '' OR kind = $1::text ORDER BY kind, id "
                 "LIMIT $2 OFFSET $3",
                 pg::Params().Add(kind).Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
}

Result<std::vector<std::string>> PgStore::StoriesJson(uint64_t limit, uint64_t offset, bool by_recent) {
  return Column0(conn_,
                 by_recent ? "SELECT json FROM stories ORDER BY last DESC, id LIMIT $1 OFFSET $2"
                           : "SELECT json FROM stories ORDER BY size DESC, id LIMIT $1 OFFSET $2",
                 pg::Params().Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
}

Result<std::optional<std::string>> PgStore::StoryJson(const std::string& id) {
  return OneRow(conn_, "SELECT json FROM stories WHERE id=$1", pg::Params().Add(id));
}

Result<DocumentLinks> PgStore::GetDocumentLinks(const std::string& id) {
  DocumentLinks out;
  pg::Params p;
  p.Add(id);
  auto st = pg::Query(conn_, "SELECT story_id FROM story_documents WHERE doc_id=$1", p);
  if (!st.ok()) return st.status();
  if (st->size() > 0) out.story = st->Text(0, 0);
  auto pp = pg::Query(conn_, "SELECT name, person_id FROM document_people WHERE doc_id=$1", p);
  if (!pp.ok()) return pp.status();
  for (int i = 0; i < pp->size(); ++i) out.people[pp->Text(i, 0)] = pp->Text(i, 1);
  // SQLite's SELECT DISTINCT ... ORDER BY start keeps each event at its first report.
  auto ev = pg::Query(conn_,
                      "SELECT event_id FROM event_reports WHERE doc_id=$1 GROUP BY event_id "
                      "ORDER BY min(start), event_id",
                      p);
  if (!ev.ok()) return ev.status();
  for (int i = 0; i < ev->size(); ++i) out.events.push_back(ev->Text(i, 0));
  auto copies = CopiesJson(id, 1000, 0);
  if (!copies.ok()) return copies.status();
  out.copies = std::move(*copies);
  return out;
}

Result<std::vector<QuoteRow>> PgStore::PersonQuotes(const std::string& person_id, uint64_t limit) {
  auto r = pg::Query(conn_,
                     // The person's documents in doc_id order (document_people_person_doc, version 4),
                     // each one's quotes looked up by key, so only each document's quotes are sorted
                     // and the scan stops at the limit. The lateral subquery (OFFSET 0 keeps it one)
                     // makes it a nested loop: the planner, which cannot tell how many quotes a
                     // person's documents hold, would otherwise hash-join every quote of the table
                     // for a busy person.
                     "SELECT q.doc_id, q.speaker, q.text, q.cue, q.start, q.\"end\" FROM document_people dp "
                     "CROSS JOIN LATERAL (SELECT * FROM quotes q WHERE q.doc_id = dp.doc_id AND q.speaker = dp.name "
                     "ORDER BY q.idx OFFSET 0) q WHERE dp.person_id = $1 ORDER BY dp.doc_id, q.idx LIMIT $2",
                     pg::Params().Add(person_id).Add(static_cast<int64_t>(limit)));
  if (!r.ok()) return r.status();
  std::vector<QuoteRow> out;
  for (int i = 0; i < r->size(); ++i) {
    out.push_back({r->Text(i, 0), r->Text(i, 1), r->Text(i, 2), r->Text(i, 3), static_cast<uint32_t>(r->Int(i, 4)),
                   static_cast<uint32_t>(r->Int(i, 5))});
  }
  return out;
}

Result<std::vector<DocumentSummary>> PgStore::Summaries(const std::vector<std::string>& ids) {
  // One round trip for the whole list (a person's page asks for hundreds): the ids as a text
  // array, in their order (WITH ORDINALITY), each found by key; unknown ids drop out.
  std::vector<DocumentSummary> out;
  if (ids.empty()) return out;
  std::string array = "{";
  for (const std::string& id : ids) {
    if (array.size() > 1) array += ',';
    array += '"';
    for (char c : id) {
      if (c == '"' || c == '\\') array += '\\';
      array += c;
    }
    array += '"';
  }
  array += '}';
  auto r = pg::Query(conn_,
                     "SELECT d.id, d.title, d.url, d.published, d.site, d.source, d.text_length FROM "
                     "unnest($1::text[]) WITH ORDINALITY AS u(id, n) JOIN documents d ON d.id = u.id COLLATE \"C\" "
                     "ORDER BY u.n",
                     pg::Params().Add(array));
  if (!r.ok()) return r.status();
  out.reserve(static_cast<size_t>(r->size()));
  for (int i = 0; i < r->size(); ++i) {
    DocumentSummary d;
    d.id = r->Text(i, 0);
    d.title = r->Text(i, 1);
    d.url = r->Text(i, 2);
    d.published = r->Text(i, 3);
    d.site = r->Text(i, 4);
    d.source = r->Text(i, 5);
    d.text_length = static_cast<uint64_t>(r->Int(i, 6));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace newsgraph
