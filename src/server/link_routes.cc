// HTTP handlers for the link stage's records (docs/api.md): translation between HTTP and the
// store, no logic of their own.
#include <algorithm>
#include <map>
#include <set>

#include "newsgraph/link.h"
#include "server/api_util.h"
#include "store/json_view.h"

namespace newsgraph::server {
namespace {

using Json = nlohmann::json;

Json Parse(const std::string& s) { return Json::parse(s, nullptr, false); }

Json Rows(const std::vector<std::string>& rows) {
  Json arr = Json::array();
  for (const std::string& r : rows) arr.push_back(Parse(r));
  return arr;
}

Json Summaries(Store& st, const std::vector<std::string>& ids, Status* status) {
  auto docs = st.Summaries(ids);
  if (!docs.ok()) {
    *status = docs.status();
    return Json::array();
  }
  Json arr = Json::array();
  for (const DocumentSummary& d : *docs) arr.push_back(SummaryJson(d));
  return arr;
}

// A YYYY-MM-DD parameter (or empty).
Result<std::string> DateParam(const httplib::Request& req, const char* name) {
  std::string v = req.get_param_value(name);
  if (v.empty()) return v;
  bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
  for (size_t i = 0; ok && i < v.size(); ++i) ok = i == 4 || i == 7 || (v[i] >= '0' && v[i] <= '9');
  if (!ok) return Status::InvalidArgument(std::string(name) + " must be a date YYYY-MM-DD, got '" + v + "'");
  return v;
}

Result<std::pair<uint64_t, uint64_t>> Page(const httplib::Request& req, const ServerOptions& o) {
  auto limit = LimitParam(req, o);
  if (!limit.ok()) return limit.status();
  auto offset = UIntParam(req, "offset", 0);
  if (!offset.ok()) return offset.status();
  return std::pair{*limit, *offset};
}

// The page of a record's nested list that an answer carries: `limit` (default 200, capped at
// options.max_limit) items from `offset`. A story of 30,000 articles or a person named in 20,000
// is answered a page at a time, never in one 20 MB answer.
Result<std::pair<size_t, size_t>> NestedPage(const httplib::Request& req, const ServerOptions& o, size_t total) {
  auto limit = UIntParam(req, "limit", 200);
  if (!limit.ok()) return limit.status();
  auto offset = UIntParam(req, "offset", 0);
  if (!offset.ok()) return offset.status();
  const size_t begin = std::min<size_t>(*offset, total);
  const size_t end = std::min<size_t>(total, begin + std::min<uint64_t>(*limit, o.max_limit));
  return std::pair{begin, end};
}

// `documents_total`, `documents_offset` and the `document_summaries` of docs[page] in `record`.
void AddSummariesPage(Store& st, const std::vector<std::string>& docs, std::pair<size_t, size_t> page, Json* record,
                      Status* status) {
  (*record)["documents_total"] = docs.size();
  (*record)["documents_offset"] = page.first;
  (*record)["document_summaries"] =
      Summaries(st,
                std::vector<std::string>(docs.begin() + static_cast<std::ptrdiff_t>(page.first),
                                         docs.begin() + static_cast<std::ptrdiff_t>(page.second)),
                status);
}

// At most this many events of a story are answered in full (the most central first).
constexpr size_t kMaxEventDetails = 100;
// At most this many mentions of a person are answered (the record keeps more).
constexpr size_t kMaxMentions = 500;
// The events a person's answer carries: the first screenful of the person's list (the rest is
// paged by /api/events?person=ID&offset=). A person in tens of thousands of events is answered
// from 50 event records, not 500 (each with all of its reports) read and sent by the store.
constexpr uint64_t kPersonEvents = 50;
// The reports of each of a person's events that the person's answer carries.
constexpr size_t kMaxPersonEventReports = 3;

// Who spoke with whom around one person: the people of the events given (a person's answer: the
// first page of their events) as nodes, one edge per event and pair of participants.
Json Network(const Json& events, const std::string& center, const std::string& center_name) {
  std::map<std::string, std::string> nodes{{center, center_name}};
  Json edges = Json::array();
  for (const Json& e : events) {
    std::vector<std::pair<std::string, std::string>> ps;
    for (const Json& p : e.value("participants", Json::array()))
      if (!p.value("id", "").empty()) ps.emplace_back(p.value("id", ""), p.value("name", ""));
    for (const auto& [id, name] : ps) nodes.emplace(id, name);
    for (size_t i = 0; i < ps.size(); ++i)
      for (size_t j = i + 1; j < ps.size(); ++j)
        edges.push_back({{"event", e.value("id", "")}, {"source", ps[i].first}, {"target", ps[j].first},
                         {"kind", e.value("kind", "")}, {"date", e.value("date", "")}});
  }
  Json n = Json::array();
  for (const auto& [id, name] : nodes) n.push_back({{"id", id}, {"name", name}});
  return {{"nodes", n}, {"edges", edges}};
}

}  // namespace

void RegisterLinkRoutes(httplib::Server& srv, const ServerOptions& o, const std::shared_ptr<AnswerCache>& cache) {
  srv.Get("/api/people", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    auto page = Page(req, o);
    if (!page.ok()) return SendError(res, page.status());
    auto rows = st.PeopleJson(req.get_param_value("q"), false, page->first, page->second);
    if (!rows.ok()) return SendError(res, rows.status());
    SendJson(res, {{"people", Rows(*rows)}});
  }));
  srv.Get(R"(/api/people/([A-Za-z0-9]{1,64}))", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    std::string id = req.matches[1];
    auto row = st.PersonJson(id, true);
    if (!row.ok()) return SendError(res, row.status());
    if (!*row) return SendError(res, Status::NotFound("no person with id " + id));
    Json p = Parse(**row);
    EventQuery q;
    q.person = id;
    q.limit = kPersonEvents;
    auto events = st.EventsJson(q);
    if (!events.ok()) return SendError(res, events.status());
    auto events_total = events->size() < kPersonEvents ? Result<uint64_t>(events->size()) : st.PersonEventCount(id);
    if (!events_total.ok()) return SendError(res, events_total.status());
    auto quotes = st.PersonQuotes(id, 200);
    if (!quotes.ok()) return SendError(res, quotes.status());
    Json ev = Rows(*events);
    Json qs = Json::array();
    for (const QuoteRow& x : *quotes)
      qs.push_back({{"doc", x.doc_id}, {"text", x.text}, {"cue", x.cue}, {"start", x.start}, {"end", x.end}});
    std::vector<std::string> docs;
    std::set<std::string> seen;
    for (const Json& m : p.value("mentions", Json::array())) {
      std::string d = m.value("doc", "");
      if (seen.insert(d).second) docs.push_back(d);
    }
    auto page = NestedPage(req, o, docs.size());
    if (!page.ok()) return SendError(res, page.status());
    Status s;
    p["network"] = Network(ev, id, p.value("name", ""));
    // Each event with its first reports only (the event's own answer has them all): a person in
    // hundreds of events reported by dozens of outlets is answered in kilobytes, not megabytes.
    for (Json& e : ev) {
      if (Json& reports = e["reports"]; reports.is_array() && reports.size() > kMaxPersonEventReports) {
        e["reports_total"] = reports.size();
        reports.erase(reports.begin() + kMaxPersonEventReports, reports.end());
      }
    }
    p["events"] = std::move(ev);
    p["events_total"] = *events_total;
    p["quotes"] = std::move(qs);
    AddSummariesPage(st, docs, *page, &p, &s);
    if (Json& mentions = p["mentions"]; mentions.is_array() && mentions.size() > kMaxMentions) {
      p["mentions_total"] = mentions.size();
      mentions.erase(mentions.begin() + kMaxMentions, mentions.end());
    }
    if (!s.ok()) return SendError(res, s);
    SendJson(res, p);
  }));
  srv.Get("/api/events", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    auto page = Page(req, o);
    if (!page.ok()) return SendError(res, page.status());
    auto from = DateParam(req, "from");
    auto to = DateParam(req, "to");
    if (!from.ok()) return SendError(res, from.status());
    if (!to.ok()) return SendError(res, to.status());
    EventQuery q;
    q.person = req.get_param_value("person");
    q.from = *from;
    q.to = *to;
    q.limit = page->first;
    q.offset = page->second;
    auto rows = st.EventsJson(q);
    if (!rows.ok()) return SendError(res, rows.status());
    SendJson(res, {{"events", Rows(*rows)}});
  }));
  srv.Get(R"(/api/events/([A-Za-z0-9]{1,64}))", WrapHandler(o, cache, [](const httplib::Request& req, httplib::Response& res, Store& st) {
    std::string id = req.matches[1];
    auto row = st.EventJson(id);
    if (!row.ok()) return SendError(res, row.status());
    if (!*row) return SendError(res, Status::NotFound("no event with id " + id));
    Json e = Parse(**row);
    std::vector<std::string> docs;
    std::set<std::string> seen;
    for (const Json& r : e.value("reports", Json::array()))
      if (seen.insert(r.value("doc", "")).second) docs.push_back(r.value("doc", ""));
    Status s;
    e["document_summaries"] = Summaries(st, docs, &s);
    if (!s.ok()) return SendError(res, s);
    SendJson(res, e);
  }));
  srv.Get("/api/conflicts", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    auto page = Page(req, o);
    if (!page.ok()) return SendError(res, page.status());
    auto rows = st.ConflictsJson(req.get_param_value("kind"), page->first, page->second);
    if (!rows.ok()) return SendError(res, rows.status());
    SendJson(res, {{"conflicts", Rows(*rows)}});
  }));
  srv.Get("/api/copies", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    auto page = Page(req, o);
    if (!page.ok()) return SendError(res, page.status());
    auto rows = st.CopiesJson(req.get_param_value("doc"), page->first, page->second);
    if (!rows.ok()) return SendError(res, rows.status());
    SendJson(res, {{"copies", Rows(*rows)}});
  }));
  srv.Get(R"(/api/documents/([0-9a-f]{1,64})/copies)",
          WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
            auto rows = st.CopiesJson(req.matches[1], o.max_limit, 0);
            if (!rows.ok()) return SendError(res, rows.status());
            SendJson(res, {{"copies", Rows(*rows)}});
          }));
  srv.Get("/api/diff", WrapHandler(o, cache, [](const httplib::Request& req, httplib::Response& res, Store& st) {
    std::string a_id = req.get_param_value("a"), b_id = req.get_param_value("b");
    if (a_id.empty() || b_id.empty()) return SendError(res, Status::InvalidArgument("need both a and b"));
    auto a = st.GetLinkDocument(a_id);
    auto b = st.GetLinkDocument(b_id);
    if (!a.ok()) return SendError(res, a.status());
    if (!b.ok()) return SendError(res, b.status());
    if (!*a) return SendError(res, Status::NotFound("no document with id " + a_id));
    if (!*b) return SendError(res, Status::NotFound("no document with id " + b_id));
    // The stored relation when there is one (it carries the contradicted claims), else computed.
    Json relation = nullptr;
    auto stored = st.CopiesJson(a_id, 1000, 0);
    if (stored.ok()) {
      for (const std::string& r : *stored) {
        Json j = Parse(r);
        if (j.value("copy", "") == b_id || j.value("source", "") == b_id) relation = j;
      }
    }
    if (relation.is_null()) {
      if (auto rel = CompareDocuments(**a, **b)) relation = Parse(CopyRelationToJson(*rel));
    }
    const LinkDocument* src = a->get();
    const LinkDocument* cpy = b->get();
    if (relation.is_object() && relation.value("source", "") == b_id && relation.value("copy", "") == a_id)
      std::swap(src, cpy);
    Alignment al = AlignTexts(*src, *cpy);
    Json pairs = Json::array();
    for (const AlignedSpan& p : al.pairs)
      pairs.push_back({{"a_start", p.a_start}, {"a_end", p.a_end}, {"b_start", p.b_start}, {"b_end", p.b_end},
                       {"similarity", p.similarity}});
    auto doc_json = [&](const LinkDocument& d) {
      return Json{{"id", d.id}, {"title", d.title}, {"url", d.url}, {"site", d.site}, {"published", d.published},
                  {"text", d.text}};
    };
    SendJson(res, {{"a", doc_json(*src)}, {"b", doc_json(*cpy)}, {"alignment", pairs},
                   {"coverage_a", al.coverage_a}, {"coverage_b", al.coverage_b}, {"relation", relation}});
  }));
  srv.Get("/api/stories", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    auto page = Page(req, o);
    if (!page.ok()) return SendError(res, page.status());
    std::string sort = req.get_param_value("sort");
    if (!sort.empty() && sort != "size" && sort != "recent")
      return SendError(res, Status::InvalidArgument("sort must be size or recent, got '" + sort + "'"));
    auto rows = st.StoriesJson(page->first, page->second, sort == "recent");
    if (!rows.ok()) return SendError(res, rows.status());
    SendJson(res, {{"stories", Rows(*rows)}});
  }));
  srv.Get(R"(/api/stories/([A-Za-z0-9]{1,64}))", WrapHandler(o, cache, [&o](const httplib::Request& req, httplib::Response& res, Store& st) {
    std::string id = req.matches[1];
    auto row = st.StoryJson(id);
    if (!row.ok()) return SendError(res, row.status());
    if (!*row) return SendError(res, Status::NotFound("no story with id " + id));
    Json s = Parse(**row);
    std::vector<std::string> docs;
    for (const Json& d : s.value("documents", Json::array())) docs.push_back(d.get<std::string>());
    auto page = NestedPage(req, o, docs.size());
    if (!page.ok()) return SendError(res, page.status());
    Status status;
    AddSummariesPage(st, docs, *page, &s, &status);
    if (!status.ok()) return SendError(res, status);
    Json events = Json::array();
    const Json story_events = s.value("events", Json::array());
    for (const Json& e : story_events) {
      if (events.size() >= kMaxEventDetails) break;
      auto ev = st.EventJson(e.get<std::string>());
      if (!ev.ok()) return SendError(res, ev.status());
      if (*ev) events.push_back(Parse(**ev));
    }
    s["events_total"] = story_events.size();
    s["event_details"] = std::move(events);
    SendJson(res, s);
  }));
}

}  // namespace newsgraph::server
