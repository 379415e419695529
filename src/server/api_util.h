// Helpers shared by the HTTP handlers (internal to the server stage): JSON answers, errors mapped
// to status codes, parameter checks and the per-thread read-only store.
#pragma once

#include <httplib.h>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/server.h"
#include "newsgraph/store.h"

namespace newsgraph::server {

// 400 for kInvalidArgument, 404 kNotFound, 413 kTooLarge, else 500.
int HttpStatusFor(const Status& s);
void SendJson(httplib::Response& res, const nlohmann::json& j, int status = 200);
// {"error": message, "code": name} with HttpStatusFor(s).
void SendError(httplib::Response& res, const Status& s);
// One read-only connection per server thread.
Result<Store*> ThreadStore(const std::string& path);
// The query string's size and that every name and value is UTF-8.
Status CheckParams(const httplib::Request& req, size_t max_query_bytes);
// A non-negative decimal integer parameter; `def` when absent; anything else is kInvalidArgument.
Result<uint64_t> UIntParam(const httplib::Request& req, const char* name, uint64_t def);
// `limit` (default 50), capped at opts.max_limit.
Result<uint64_t> LimitParam(const httplib::Request& req, const ServerOptions& opts);

// One server's answer cache and the connection that watches its store for commits
// (response_cache.h). Made by RegisterRoutes; shared by every handler of that server.
struct AnswerCache;
std::shared_ptr<AnswerCache> MakeAnswerCache(const ServerOptions& opts);

using StoreHandler = std::function<void(const httplib::Request&, httplib::Response&, Store&)>;
// Parameter checks, the thread's store, the answer cache (cached answers, ETags, 304s) and one
// catch-all that turns surprises into a 500 and a log line. `opts` must outlive the server.
httplib::Server::Handler WrapHandler(const ServerOptions& opts, std::shared_ptr<AnswerCache> cache, StoreHandler h);

// The link stage's endpoints (link_routes.cc): people, events, conflicts, copies, diff, stories.
void RegisterLinkRoutes(httplib::Server& srv, const ServerOptions& options, const std::shared_ptr<AnswerCache>& cache);

}  // namespace newsgraph::server
