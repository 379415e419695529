// Placeholder: the 'serve' subcommand is being built.
#include "cli/commands.h"
namespace newsgraph::cli {
void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "(not yet available)");
  cmd->callback([] { ExitCode() = kExitUsage; });
}
}  // namespace newsgraph::cli
