// Placeholder: the 'extract' subcommand is being built.
#include "cli/commands.h"
namespace newsgraph::cli {
void AddExtractCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "(not yet available)");
  cmd->callback([] { ExitCode() = kExitUsage; });
}
}  // namespace newsgraph::cli
