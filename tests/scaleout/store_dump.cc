// store_dump: writes everything a store holds that does not depend on the backend or on the order
// documents were written in, as canonical JSON Lines sorted bytewise, so that two stores can be
// compared with diff (tests/scaleout/run.sh: the sharded PostgreSQL run against one SQLite run).
//
//   store_dump STORE > dump.jsonl      STORE: a SQLite file or a postgresql:// URL
//
// One line per document (metadata, text, places), per document analysis with its office checks,
// per document's links (story, people, events), per person (with mentions), event, copy relation,
// conflict and story, and one line of counts. Left out: insertion order (rowid, ingested_at) and
// search ranking. Reads through the Store interface only.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsgraph/store.h"
#include "store/json_view.h"

namespace {

using newsgraph::Status;
using Json = nlohmann::json;  // keys sorted: canonical

int Fail(const Status& s) {
  std::fprintf(stderr, "store_dump: %s\n", s.ToString().c_str());
  return 1;
}

// Re-serialises a JSON text with sorted keys.
std::string Canonical(const std::string& text) {
  Json j = Json::parse(text, nullptr, false);
  return j.is_discarded() ? text : j.dump();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: store_dump STORE\n");
    return 2;
  }
  newsgraph::StoreOptions ro;
  ro.read_only = true;
  auto opened = newsgraph::Store::Open(argv[1], ro);
  if (!opened.ok()) return Fail(opened.status());
  newsgraph::Store& store = **opened;
  std::vector<std::string> lines;
  std::vector<std::string> ids;
  Status s = store.ForEachLinkDocument(
      [&](const newsgraph::LinkDocument& d, const std::vector<newsgraph::OfficeCheck>&) {
        ids.push_back(d.id);
        return Status::Ok();
      });
  if (!s.ok()) return Fail(s);
  for (const std::string& id : ids) {
    auto doc = store.GetDocument(id);
    if (!doc.ok()) return Fail(doc.status());
    auto places = store.GetPlaces(id);
    if (!places.ok()) return Fail(places.status());
    Json dj = newsgraph::DocumentJson(*doc);
    dj["text"] = doc->text;
    dj["places"] = newsgraph::PlacesJson(*places);
    lines.push_back(Json{{"document", dj}}.dump());
    auto analysis = store.GetAnalysis(id);
    if (!analysis.ok()) return Fail(analysis.status());
    auto checks = store.GetChecks(id);
    if (!checks.ok()) return Fail(checks.status());
    lines.push_back(Json{{"analysis", {{"id", id},
                                       {"analysis", newsgraph::AnalysisJson(*analysis)},
                                       {"checks", Json::parse(newsgraph::ChecksJson(*checks).dump())}}}}
                        .dump());
    auto links = store.GetDocumentLinks(id);
    if (!links.ok()) return Fail(links.status());
    std::vector<std::string> events = links->events;
    std::sort(events.begin(), events.end());
    lines.push_back(Json{{"document_links", {{"id", id}, {"story", links->story}, {"people", links->people},
                                             {"events", events}}}}
                        .dump());
  }
  constexpr uint64_t kAll = uint64_t{1} << 40;
  auto add_all = [&](const char* kind, const newsgraph::Result<std::vector<std::string>>& rows) -> Status {
    if (!rows.ok()) return rows.status();
    for (const std::string& r : *rows) lines.push_back(std::string("{\"") + kind + "\":" + Canonical(r) + "}");
    return Status::Ok();
  };
  newsgraph::EventQuery all_events;
  all_events.limit = kAll;
  for (Status st : {add_all("person", store.PeopleJson("", true, kAll, 0)), add_all("event", store.EventsJson(all_events)),
                    add_all("copy", store.CopiesJson("", kAll, 0)), add_all("conflict", store.ConflictsJson("", kAll, 0)),
                    add_all("story", store.StoriesJson(kAll, 0))}) {
    if (!st.ok()) return Fail(st);
  }
  auto stats = store.Stats();
  if (!stats.ok()) return Fail(stats.status());
  lines.push_back(Json{{"stats", newsgraph::StatsJson(*stats)}}.dump());
  std::sort(lines.begin(), lines.end());
  for (const std::string& l : lines) std::cout << l << '\n';
  return std::cout.good() ? 0 : 1;
}
