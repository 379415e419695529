// The newsgraph command line: each subcommand lives in its own cmd_<name>.cc and registers
// itself on the top-level CLI11 app through one of these functions (called from main.cc).
#pragma once

#include <CLI/CLI.hpp>

namespace newsgraph::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;          // every input was read
inline constexpr int kExitInputFailed = 1; // some input failed (each named on stderr)
inline constexpr int kExitUsage = 2;       // bad command line

// The process exit code; a subcommand's callback sets it.
int& ExitCode();

void AddIngestCommand(CLI::App& app);   // cmd_ingest.cc
void AddStoreCommands(CLI::App& app);   // cmd_store.cc: stats, show, search
void AddExtractCommand(CLI::App& app);  // cmd_extract.cc
void AddNerCommand(CLI::App& app);      // cmd_ner.cc
void AddAnalyzeCommand(CLI::App& app);  // cmd_analyze.cc
void AddServeCommand(CLI::App& app);    // cmd_serve.cc

}  // namespace newsgraph::cli
