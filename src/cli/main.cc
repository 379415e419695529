// newsgraph: reads news and rebuilds, as a queryable knowledge graph, the world it describes.
#include <cstdio>
#include <exception>

#include "cli/commands.h"

namespace newsgraph::cli {
int& ExitCode() {
  static int code = kExitOk;
  return code;
}
}  // namespace newsgraph::cli

int main(int argc, char** argv) {
  namespace cli = newsgraph::cli;
  CLI::App app{
      "newsgraph: reads news articles (text, HTML, JSON Lines, WARC; gzip or not) into an\n"
      "embedded store and writes down the world they describe, with the evidence's byte offsets:\n"
      "people and offices, quotes and statements, calls and meetings, figures; then links the\n"
      "documents: copies and what they changed, people and events across documents, conflicts\n"
      "between sources, stories.",
      "newsgraph"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsgraph 0.1.0");
  cli::AddIngestCommand(app);
  cli::AddStoreCommands(app);
  cli::AddExtractCommand(app);
  cli::AddNerCommand(app);
  cli::AddAnalyzeCommand(app);
  cli::AddServeCommand(app);
  cli::AddLinkCommand(app);
  cli::AddCopyCommands(app);
  cli::AddWorldCommands(app);
  cli::AddStoryCommands(app);
  cli::AddExportCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cli::kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph: %s\n", e.what());
    return cli::kExitInputFailed;
  }
  return cli::ExitCode();
}
