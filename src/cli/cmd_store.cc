// Store queries: `stats`, `show`, `list`, `search`.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "newsgraph/store.h"
#include "store/json_view.h"

namespace newsgraph::cli {

void AddStoreCommands(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);

  auto* stats = app.add_subcommand("stats", "Print counts of what the store holds");
  stats->add_option("--db", *db, "SQLite database file")->required();
  stats->add_flag("--json", *json, "JSON output: {\"documents\": N, ...}");
  stats->callback([db, json] {
    auto store = OpenStoreOrReport(*db);
    if (!store) return;
    auto s = store->Stats();
    if (ReportFailure(s.status())) return;
    auto j = StatsJson(*s);
    if (*json) {
      std::cout << j.dump() << "\n";
    } else {
      for (auto& [k, v] : j.items()) std::cout << k << ": " << v.dump() << "\n";
    }
  });

  auto id = std::make_shared<std::string>();
  auto* show = app.add_subcommand("show", "Print a stored document (with its places and analysis) as JSON");
  show->add_option("--db", *db, "SQLite database file")->required();
  show->add_option("id", *id, "Document id (16 hex digits)")->required();
  show->callback([db, id] {
    auto store = OpenStoreOrReport(*db);
    if (!store) return;
    auto doc = store->GetDocument(*id);
    if (ReportFailure(doc.status())) return;
    auto j = DocumentJson(*doc);
    auto places = store->GetPlaces(*id);
    if (places.ok()) j["places"] = PlacesJson(*places);
    auto analysis = store->GetAnalysis(*id);
    if (analysis.ok()) j["analysis"] = AnalysisJson(*analysis);
    auto checks = store->GetChecks(*id);
    if (checks.ok()) j["checks"] = ChecksJson(*checks);
    std::cout << j.dump(2) << "\n";
  });

  auto limit = std::make_shared<uint64_t>(20);
  auto offset = std::make_shared<uint64_t>(0);
  auto* list = app.add_subcommand("list", "List stored documents, newest first (JSON Lines)");
  list->add_option("--db", *db, "SQLite database file")->required();
  list->add_option("--limit", *limit, "How many (default 20)");
  list->add_option("--offset", *offset, "Skip this many");
  list->callback([db, limit, offset] {
    auto store = OpenStoreOrReport(*db);
    if (!store) return;
    auto docs = store->ListDocuments(*limit, *offset);
    if (ReportFailure(docs.status())) return;
    for (const auto& d : *docs) std::cout << SummaryJson(d).dump() << "\n";
  });

  auto query = std::make_shared<std::string>();
  auto* search = app.add_subcommand("search", "Full-text search over titles and texts (JSON Lines, best first)");
  search->add_option("--db", *db, "SQLite database file")->required();
  search->add_option("query", *query, "Words (all must match), \"a phrase\", OR, NOT, prefix*")->required();
  search->add_option("--limit", *limit, "How many (default 20)");
  search->callback([db, query, limit] {
    auto store = OpenStoreOrReport(*db);
    if (!store) return;
    auto hits = store->Search(*query, *limit);
    if (ReportFailure(hits.status())) return;
    for (const auto& d : *hits) std::cout << SummaryJson(d).dump() << "\n";
  });
}

}  // namespace newsgraph::cli
