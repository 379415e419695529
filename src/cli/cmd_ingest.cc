#include "cli/commands.h"
namespace newsgraph::cli {
void AddIngestCommand(CLI::App& app) { app.add_subcommand("ingest", "(not yet available)"); }
}  // namespace newsgraph::cli
