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
      "Serve the web UI and the JSON API (/api/stats, /api/documents, /api/documents/ID,\n"
      "/api/search?q=, /api/people?q=, /api/quotes?speaker=) over a store. Listens on\n"
      "127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.");
  cmd->add_option("--db", opts->db_path, "SQLite database file")->required();
  cmd->add_option("--host", opts->host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", opts->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", opts->threads, "Worker threads (default 8)")->check(CLI::Range(1, 256));
  cmd->callback([opts] {
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
