// Server: the HTTP JSON API and the web UI over a store.
//
//   newsgraph::ServerOptions opts;            // 127.0.0.1:8080 by default
//   opts.db_path = "news.db";
//   newsgraph::Status s = newsgraph::Serve(opts);   // blocks until Stop() or a signal
//
// Endpoints (all GET, JSON unless noted; docs/api.md has the full reference):
//   /api/stats                      counts
//   /api/documents?limit=&offset=   newest first
//   /api/documents/{id}             one document with its places and analysis
//   /api/search?q=&limit=           full-text search with snippets
//   /api/people?q=&limit=           people across documents, with offices and document counts
//   /                               the web UI (static files built into the binary)
// Handlers only translate between HTTP and the store; Status codes map to 400/404/413/500.
// Every JSON answer carries an ETag (If-None-Match gives 304); answers of a SQLite store are
// cached until another connection commits to it (src/server/response_cache.h).
#pragma once

#include <functional>
#include <string>

#include "newsgraph/status.h"

namespace newsgraph {

struct ServerOptions {
  std::string db_path;
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: pick a free port (reported through on_listening)
  int threads = 8;
  size_t max_query_bytes = 4096;   // longer query strings get 413
  size_t max_headers = 100;        // requests with more header lines get 431
  unsigned max_limit = 500;        // largest page size
  // Memory for whole API answers kept until the store changes (SQLite stores; 0: no cache).
  size_t cache_bytes = size_t{64} << 20;
  // Called once the socket listens, with the port actually bound.
  std::function<void(int port)> on_listening;
};

// Serves until StopServing() is called (from any thread) or the process gets SIGINT/SIGTERM.
Status Serve(const ServerOptions& options);
void StopServing();

}  // namespace newsgraph
