// `Serve`: listens and runs the routes of routes.cc until stopped.
#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "newsgraph/server.h"
#include "newsgraph/store.h"
#include "server/routes.h"

namespace newsgraph {

namespace {

std::mutex g_server_mu;
httplib::Server* g_server = nullptr;

extern "C" void HandleStopSignal(int) { StopServing(); }

}  // namespace

void StopServing() {
  // httplib's stop() only flips flags and shuts the socket: safe from a signal handler in practice.
  if (g_server) g_server->stop();
}

Status Serve(const ServerOptions& options) {
  {
    StoreOptions ro;
    ro.read_only = true;
    auto probe = Store::Open(options.db_path, ro);
    if (!probe.ok()) return probe.status();
  }
  httplib::Server srv;
  srv.new_task_queue = [&] { return new httplib::ThreadPool(static_cast<size_t>(std::max(1, options.threads))); };
  srv.set_payload_max_length(1 << 16);
  server::RegisterRoutes(srv, options);
  int port = options.port;
  if (port == 0) {
    port = srv.bind_to_any_port(options.host);
  } else if (!srv.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0) {
    return Status::IOError("cannot listen on " + options.host + ":" + std::to_string(options.port));
  }
  {
    std::lock_guard<std::mutex> lock(g_server_mu);
    g_server = &srv;
  }
  auto old_int = std::signal(SIGINT, HandleStopSignal);
  auto old_term = std::signal(SIGTERM, HandleStopSignal);
  if (options.on_listening) options.on_listening(port);
  bool ok = srv.listen_after_bind();
  std::signal(SIGINT, old_int);
  std::signal(SIGTERM, old_term);
  {
    std::lock_guard<std::mutex> lock(g_server_mu);
    g_server = nullptr;
  }
  return ok ? Status::Ok() : Status::IOError("server stopped with an error");
}

}  // namespace newsgraph
