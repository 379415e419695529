// Placeholder: the 'analyze' subcommand is being built.
#include "cli/commands.h"
namespace newsgraph::cli {
void AddAnalyzeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("analyze", "(not yet available)");
  cmd->callback([] { ExitCode() = kExitUsage; });
}
}  // namespace newsgraph::cli
