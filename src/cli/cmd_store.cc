#include "cli/commands.h"
namespace newsgraph::cli {
void AddStoreCommands(CLI::App& app) { app.add_subcommand("stats", "(not yet available)"); }
}  // namespace newsgraph::cli
