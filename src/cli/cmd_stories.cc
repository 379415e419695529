// `newsgraph stories` and `newsgraph story`: the stories the store's documents report.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {
using Json = nlohmann::ordered_json;
}  // namespace

void AddStoryCommands(CLI::App& app) {
  struct Args {
    std::string db, id;
    bool json = false, recent = false;
    uint64_t limit = 50, offset = 0;
  };
  auto a = std::make_shared<Args>();

  auto* stories = app.add_subcommand(
      "stories", "Stories, largest first (JSON Lines with --json: {\"id\",\"title\",\"first\",\"last\",\n"
                 "\"documents\":[ID,...],\"people\":[{\"id\",\"name\"}],\"events\":[ID,...]})");
  stories->add_option("--db", a->db, "SQLite database file")->required();
  stories->add_flag("--json", a->json, "JSON Lines, one story a line");
  stories->add_flag("--recent", a->recent, "Most recent first instead of largest first");
  stories->add_option("--limit", a->limit, "How many (default 50)");
  stories->add_option("--offset", a->offset, "Skip this many");
  stories->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    auto rows = store->StoriesJson(a->limit, a->offset, a->recent);
    if (ReportFailure(rows.status())) return;
    for (const std::string& row : *rows) {
      if (a->json) {
        std::cout << row << "\n";
        continue;
      }
      Json s = Json::parse(row, nullptr, false);
      std::cout << s.value("id", "") << "  " << s.value("first", "") << ".." << s.value("last", "") << "  "
                << Counted(s.value("documents", Json::array()).size(), "document") << "  " << s.value("title", "") << "\n";
    }
  });

  auto* story = app.add_subcommand("story", "One story's timeline: its documents in time order, its people and events");
  story->add_option("--db", a->db, "SQLite database file")->required();
  story->add_option("id", a->id, "Story id (S...)")->required();
  story->add_flag("--json", a->json, "One JSON object: the story with document summaries and events");
  story->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    auto row = store->StoryJson(a->id);
    if (ReportFailure(row.status())) return;
    if (!*row) {
      ReportFailure(Status::NotFound("no story with id " + a->id));
      return;
    }
    Json s = Json::parse(**row, nullptr, false);
    std::vector<std::string> ids;
    for (const auto& d : s.value("documents", Json::array())) ids.push_back(d.get<std::string>());
    auto docs = store->Summaries(ids);
    if (ReportFailure(docs.status())) return;
    Json events = Json::array();
    for (const auto& e : s.value("events", Json::array())) {
      auto ev = store->EventJson(e.get<std::string>());
      if (ev.ok() && *ev) events.push_back(Json::parse(**ev, nullptr, false));
    }
    if (a->json) {
      Json d = Json::array();
      for (const DocumentSummary& x : *docs)
        d.push_back({{"id", x.id}, {"title", x.title}, {"url", x.url}, {"published", x.published}, {"site", x.site}});
      s["document_summaries"] = std::move(d);
      s["event_details"] = std::move(events);
      std::cout << s.dump(2) << "\n";
      return;
    }
    std::cout << s.value("title", "") << "  (" << s.value("id", "") << ", " << s.value("first", "") << " .. "
              << s.value("last", "") << ")\n\npeople:";
    for (const auto& p : s.value("people", Json::array())) std::cout << "  " << p.value("name", "");
    std::cout << "\n\ndocuments:\n";
    for (const DocumentSummary& x : *docs)
      std::cout << "  " << (x.published.empty() ? "(undated)  " : x.published.substr(0, 10)) << "  " << x.id << "  "
                << (x.site.empty() ? "" : x.site + ": ") << x.title << "\n";
    std::cout << "\nevents:\n";
    for (const auto& e : events) {
      std::string parts;
      for (const auto& p : e.value("participants", Json::array()))
        parts += (parts.empty() ? "" : ", ") + p.value("name", "");
      std::cout << "  " << e.value("date", "(no date)") << "  " << e.value("kind", "") << ": " << parts << "  ("
                << e.value("reports", Json::array()).size() << " reports)\n";
    }
  });
}

}  // namespace newsgraph::cli
