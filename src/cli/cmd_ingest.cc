// `newsgraph ingest`: reads inputs into the store.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::cli {
namespace {

// Prints each input error on one stderr line and, on a terminal, a progress line.
class ConsoleObserver : public PipelineObserver {
 public:
  ConsoleObserver(bool progress, uint64_t total_bytes) : progress_(progress), total_(total_bytes) {}
  void OnError(const InputError& e) override {
    ClearLine();
    std::fprintf(stderr, "newsgraph: %s\n", e.ToString().c_str());
  }
  void OnProgress(const PipelineStats& s) override {
    if (!progress_) return;
    double mb = static_cast<double>(s.bytes_read) / 1e6;
    double rate = s.seconds > 0 ? mb / s.seconds : 0;
    char line[200];
    int n = std::snprintf(line, sizeof line, "\r%llu docs stored, %llu known, %llu failed | %.1f MB | %.1f MB/s",
                          static_cast<unsigned long long>(s.added),
                          static_cast<unsigned long long>(s.already_stored),
                          static_cast<unsigned long long>(s.failed), mb, rate);
    if (total_ > 0 && rate > 0 && n > 0) {
      double done = std::min(1.0, static_cast<double>(s.bytes_read) / static_cast<double>(total_));
      double eta = (static_cast<double>(total_) / 1e6 - mb) / rate;
      std::snprintf(line + n, sizeof line - static_cast<size_t>(n), " | %3.0f%% ETA %ds", done * 100,
                    static_cast<int>(std::max(0.0, eta)));
    }
    std::fprintf(stderr, "%s\033[K", line);
    dirty_ = true;
  }
  void ClearLine() {
    if (dirty_) std::fprintf(stderr, "\r\033[K");
    dirty_ = false;
  }

 private:
  bool progress_;
  uint64_t total_;
  bool dirty_ = false;
};

// "I/N" -> (I, N) with 0 <= I < N.
std::optional<std::pair<unsigned, unsigned>> ParseShard(const std::string& s) {
  size_t slash = s.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= s.size() || s.size() > 15) return std::nullopt;
  for (size_t i = 0; i < s.size(); ++i)
    if (i != slash && (s[i] < '0' || s[i] > '9')) return std::nullopt;
  uint64_t i = std::stoull(s.substr(0, slash)), n = std::stoull(s.substr(slash + 1));
  if (n == 0 || n > 1000000 || i >= n) return std::nullopt;
  return std::make_pair(static_cast<unsigned>(i), static_cast<unsigned>(n));
}

}  // namespace

void AddIngestCommand(CLI::App& app) {
  struct Args {
    std::string db;
    std::vector<std::string> paths;
    bool json = false, quiet = false, no_analyze = false, no_link = false;
    unsigned threads = 0;
    std::string published;
    uint64_t max_doc_mb = 64;
    std::string shard;  // "I/N"
    uint64_t shard_split_bytes = 64u << 20;
    size_t batch_documents = 200;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "ingest",
      "Read news into the store: files, folders (recursive) or - for standard input.\n"
      "Formats (by content, then extension): plain text, HTML, JSON Lines, WARC 1.0/1.1, each\n"
      "optionally gzip-compressed. Each document is stored once (by content id), with its source\n"
      "path and record offset; it is extracted, analysed and fingerprinted on the way. When\n"
      "new documents were stored, the link stage then runs over the whole store (see\n"
      "`newsgraph link --help`).\n"
      "Exit code: 0 when every input was read, 1 when some input failed (each is named on\n"
      "stderr with its reason), 2 for usage errors.");
  cmd->add_option("--db", args->db,
                  "SQLite database file (created if missing), or a PostgreSQL URL\n"
                  "(postgresql://user@host:port/dbname; the database must exist, tables are created)")
      ->required();
  cmd->add_option("paths", args->paths, "Files, folders, or - for standard input")->required();
  cmd->add_flag("--json", args->json, "Print the run's summary as JSON on stdout");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress line on stderr (errors are still printed)");
  cmd->add_flag("--no-analyze", args->no_analyze, "Store documents without running the analyzers");
  cmd->add_flag("--no-link", args->no_link,
                "Do not run the link stage (copies, people, events, stories) after storing; run\n"
                "`newsgraph link` later");
  cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
  cmd->add_option("--published", args->published,
                  "Publication date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("--max-doc-mb", args->max_doc_mb, "Per-document size cap in MiB (default 64)")
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--shard", args->shard,
                  "I/N: store only shard I (0-based) of N of the inputs, for N parallel ingests into one\n"
                  "shared store (Slurm array tasks; docs/scaleout.md). A file under 64 MiB belongs whole\n"
                  "to one shard, a larger one is split by record. Give every shard the same paths. The\n"
                  "link stage does not run: run `newsgraph link` once all shards are done.");
  cmd->add_option("--batch-documents", args->batch_documents,
                  "Documents per store transaction (default 200)")
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  cmd->add_option("--shard-split-bytes", args->shard_split_bytes,
                  "With --shard: files at least this large are split between shards by record\n"
                  "(default 67108864); smaller files belong whole to one shard")
      ->check(CLI::Range(uint64_t{1}, uint64_t{1} << 50));
  cmd->callback([args] {
    unsigned shard_index = 0, shard_count = 1;
    if (!args->shard.empty()) {
      auto parsed = ParseShard(args->shard);
      if (!parsed) {
        std::fprintf(stderr, "newsgraph: --shard: expected I/N with 0 <= I < N <= 1000000, got '%s'\n",
                     args->shard.c_str());
        ExitCode() = kExitUsage;
        return;
      }
      std::tie(shard_index, shard_count) = *parsed;
    }
    auto store = Store::Open(args->db);
    if (!store.ok()) {
      std::fprintf(stderr, "newsgraph: %s\n", store.status().ToString().c_str());
      ExitCode() = kExitInputFailed;
      return;
    }
    PipelineOptions opts;
    opts.analyze = !args->no_analyze;
    opts.threads = args->threads;
    opts.default_published = args->published;
    opts.ingest.max_record_bytes = args->max_doc_mb << 20;
    opts.shard_index = shard_index;
    opts.shard_count = shard_count;
    opts.shard_split_bytes = args->shard_split_bytes;
    opts.batch_documents = args->batch_documents;
    bool progress = !args->quiet && isatty(STDERR_FILENO);
    ConsoleObserver observer(progress, progress ? TotalInputBytes(args->paths) : 0);
    auto stats = RunIngest(**store, args->db, args->paths, opts, observer);
    observer.ClearLine();
    if (!stats.ok()) {
      std::fprintf(stderr, "newsgraph: store failed: %s\n", stats.status().ToString().c_str());
      ExitCode() = kExitInputFailed;
      return;
    }
    const PipelineStats& s = *stats;
    double mb = static_cast<double>(s.bytes_read) / 1e6;
    std::optional<LinkRunStats> linked;
    // A shard never links: the other shards may still be writing (`newsgraph link` runs after).
    // Links are rebuilt when this run stored documents, and also when the last link run did not
    // read every stored document (it was killed, or an earlier ingest ran with --no-link).
    bool stale = false;
    if (!args->no_link && args->shard.empty() && s.added == 0) {
      auto st = (*store)->Stats();
      stale = st.ok() && st->linked_documents != st->documents;
    }
    if (!args->no_link && args->shard.empty() && (s.added > 0 || stale)) {
      auto l = RunLinkWithProgress(**store, progress);
      if (!l.ok()) {
        std::fprintf(stderr, "newsgraph: link failed: %s\n", l.status().ToString().c_str());
        ExitCode() = kExitInputFailed;
        return;
      }
      linked = *l;
    }
    if (args->json) {
      nlohmann::json j = {{"records", s.records}, {"added", s.added}, {"already_stored", s.already_stored},
                          {"not_english", s.not_english},
                          {"failed", s.failed},   {"bytes_read", s.bytes_read}, {"seconds", s.seconds},
                          {"mb_per_second", s.seconds > 0 ? mb / s.seconds : 0.0},
                          {"documents_per_second", s.seconds > 0 ? static_cast<double>(s.records) / s.seconds : 0.0}};
      if (linked) j["linked"] = LinkStatsJson(*linked);
      if (!args->shard.empty()) {
        j["shard"] = std::to_string(shard_index) + "/" + std::to_string(shard_count);
        j["other_shards"] = s.other_shards;
      }
      std::cout << j.dump() << "\n";
    } else if (!args->quiet) {
      std::fprintf(stderr, "ingested %llu records: %llu new, %llu already stored, %llu failed; %.1f MB in %.2f s\n",
                   static_cast<unsigned long long>(s.records), static_cast<unsigned long long>(s.added),
                   static_cast<unsigned long long>(s.already_stored),
                   static_cast<unsigned long long>(s.failed), mb, s.seconds);
      if (s.not_english > 0)
        std::fprintf(stderr, "%llu of the new documents read as another language: stored, not analysed\n",
                     static_cast<unsigned long long>(s.not_english));
      if (linked) PrintLinkStats(*linked);
    }
    ExitCode() = s.failed > 0 ? kExitInputFailed : kExitOk;
  });
}

}  // namespace newsgraph::cli
