// `newsgraph serve`: the HTTP JSON API and web UI over a store.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "newsgraph/server.h"

namespace newsgraph::cli {

void AddServeCommand(CLI::App& app) {
  auto opts = std::make_shared<ServerOptions>();
  auto* cmd = app.add_subcommand(
      "serve",
      "Serve the web UI and the JSON API (docs/api.md: stats, documents, search, people,\n"
      "events, conflicts, copies, diff, stories, checks, quotes) over a store. Listens on\n"
      "127.0.0.1 unless --host says otherwise. JSON answers carry ETags and, for a SQLite\n"
      "store, are cached until another process commits to it. Stop with Ctrl-C.");
  cmd->add_option("--db", opts->db_path, "The store: a SQLite file or a postgresql:// URL")->required();
  cmd->add_option("--host", opts->host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", opts->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", opts->threads, "Worker threads (default 8)")->check(CLI::Range(1, 256));
  auto cache_mb = std::make_shared<unsigned>(64);
  cmd->add_option("--cache-mb", *cache_mb, "Memory for cached API answers in MiB (default 64; 0: no cache)")
      ->check(CLI::Range(0, 65536));
  cmd->callback([opts, cache_mb] {
    opts->cache_bytes = static_cast<size_t>(*cache_mb) << 20;
    opts->on_listening = [opts](int port) {
      std::fprintf(stderr, "newsgraph: serving %s on http://%s:%d/\n", opts->db_path.c_str(), opts->host.c_str(), port);
      std::fflush(stderr);
    };
    Status s = Serve(*opts);
    if (!s.ok()) {
      std::fprintf(stderr, "newsgraph: %s\n", s.ToString().c_str());
      ExitCode() = kExitInputFailed;
    }
  });
}

}  // namespace newsgraph::cli
