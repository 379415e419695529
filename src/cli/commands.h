// The newsgraph command line: each subcommand lives in its own cmd_<name>.cc and registers
// itself on the top-level CLI11 app through one of these functions (called from main.cc).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/pipeline.h"
#include "newsgraph/store.h"

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
void AddLinkCommand(CLI::App& app);     // cmd_link.cc: link
void AddCopyCommands(CLI::App& app);    // cmd_copies.cc: copies, diff
void AddWorldCommands(CLI::App& app);   // cmd_world.cc: people, person, events, conflicts
void AddStoryCommands(CLI::App& app);   // cmd_stories.cc: stories, story
void AddExportCommand(CLI::App& app);   // cmd_export.cc: export

// Shared by the commands that read a store (cli_util.cc).
// Opens `path` read-only; on failure prints the error, sets the exit code and returns nullptr.
std::unique_ptr<Store> OpenStoreOrReport(const std::string& path);
// Prints a failed status and sets the exit code (usage for kInvalidArgument); true when it failed.
bool ReportFailure(const Status& s);
// "1 document", "3 documents": a count and its noun, singular or plural ("report", "conflict").
std::string Counted(size_t n, const std::string& noun);
// Runs the link stage over the store, with a progress line on stderr when `progress`.
Result<LinkRunStats> RunLinkWithProgress(Store& store, bool progress);
nlohmann::json LinkStatsJson(const LinkRunStats& s);
void PrintLinkStats(const LinkRunStats& s);

}  // namespace newsgraph::cli
