// `newsgraph link`: runs the link stage over a whole store.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"

namespace newsgraph::cli {

void AddLinkCommand(CLI::App& app) {
  struct Args {
    std::string db;
    bool json = false, quiet = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "link",
      "Link every stored document across documents and rebuild the link tables: copies and what\n"
      "each copy changed, people and events resolved across documents, conflicts between sources,\n"
      "stories. Documents are linked in publication-date order (then by id), so the answer\n"
      "depends only on what is stored; running it twice changes nothing. `ingest` runs it by\n"
      "itself after storing new documents. See docs/link.md.");
  cmd->add_option("--db", args->db, "SQLite database file")->required();
  cmd->add_flag("--json", args->json, "Print the run's summary as JSON on stdout");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress line on stderr");
  cmd->callback([args] {
    auto store = Store::Open(args->db);
    if (!store.ok()) {
      ReportFailure(store.status());
      return;
    }
    auto stats = RunLinkWithProgress(**store, !args->quiet && isatty(STDERR_FILENO));
    if (!stats.ok()) {
      std::fprintf(stderr, "newsgraph: link failed: %s\n", stats.status().ToString().c_str());
      ExitCode() = kExitInputFailed;
      return;
    }
    if (args->json) {
      std::cout << LinkStatsJson(*stats).dump() << "\n";
    } else if (!args->quiet) {
      PrintLinkStats(*stats);
    }
  });
}

}  // namespace newsgraph::cli
