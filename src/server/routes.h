// The HTTP routes of `newsgraph serve` (internal header): the JSON API and the web UI.
//
// Split from the listening code (http_server.cc) so that tests and the http_request fuzz target
// can drive the same handlers through httplib without a socket.
#pragma once

#include <httplib.h>

#include "newsgraph/server.h"

namespace newsgraph::server {

// Registers every route on `srv`. `options` must outlive `srv`. Handlers open one read-only
// store connection per server thread (options.db_path). Bad parameters (malformed or negative
// numbers, values that are not UTF-8, FTS5 syntax errors) get 400, an over-long query string
// 413, an unknown document or endpoint 404; any other failure is logged and answered with 500.
void RegisterRoutes(httplib::Server& srv, const ServerOptions& options);

}  // namespace newsgraph::server
