// Placeholder: the 'ner' subcommand is being built.
#include "cli/commands.h"
namespace newsgraph::cli {
void AddNerCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("ner", "(not yet available)");
  cmd->callback([] { ExitCode() = kExitUsage; });
}
}  // namespace newsgraph::cli
