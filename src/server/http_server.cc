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
  // Answers go out at once: without it a small answer waits for the client's delayed ACK
  // (about 40 ms on Linux) whenever the headers and the body leave in two writes.
  srv.set_tcp_nodelay(true);
  // httplib limits each header line (8 KB) and the request line, not how many header lines come:
  // a request with more than options.max_headers of them is answered 431 before any route.
  const size_t max_headers = options.max_headers;
  srv.set_pre_routing_handler([max_headers](const httplib::Request& req, httplib::Response& res) {
    if (req.headers.size() <= max_headers) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 431;
    res.set_content("{\"error\":\"more than " + std::to_string(max_headers) +
                        " header lines\",\"code\":\"Too large\"}",
                    "application/json; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
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
