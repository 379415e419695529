// HTTP handlers: translation between HTTP and the store, no logic of their own.
#include <httplib.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/server.h"
#include "newsgraph/store.h"
#include "store/json_view.h"

namespace newsgraph {

struct EmbeddedFile {
  std::string_view path;
  std::string_view bytes;
};
extern const EmbeddedFile kWebAssets[];
extern const size_t kWebAssets_count;

namespace {

std::mutex g_server_mu;
httplib::Server* g_server = nullptr;

int HttpStatusFor(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kTooLarge: return 413;
    default: return 500;
  }
}

void SendJson(httplib::Response& res, const nlohmann::json& j, int status = 200) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, const Status& s) {
  SendJson(res, {{"error", s.message()}, {"code", StatusCodeName(s.code())}}, HttpStatusFor(s));
}

const char* ContentType(std::string_view path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

// One read-only connection per server thread.
Result<Store*> ThreadStore(const std::string& path) {
  thread_local std::unique_ptr<Store> store;
  thread_local std::string store_path;
  if (!store || store_path != path) {
    StoreOptions ro;
    ro.read_only = true;
    auto opened = Store::Open(path, ro);
    if (!opened.ok()) return opened.status();
    store = std::move(opened).value();
    store_path = path;
  }
  return store.get();
}

class Api {
 public:
  explicit Api(const ServerOptions& o) : o_(o) {}

  void Register(httplib::Server& srv) {
    srv.Get("/api/stats", Wrap([this](const httplib::Request&, httplib::Response& res, Store& st) {
      auto s = st.Stats();
      if (!s.ok()) return SendError(res, s.status());
      SendJson(res, StatsJson(*s));
    }));
    srv.Get("/api/documents", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      auto docs = st.ListDocuments(Limit(req), UIntParam(req, "offset", 0));
      if (!docs.ok()) return SendError(res, docs.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& d : *docs) arr.push_back(SummaryJson(d));
      SendJson(res, {{"documents", arr}});
    }));
    srv.Get(R"(/api/documents/([0-9a-f]{1,64}))",
            Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
              std::string id = req.matches[1];
              auto doc = st.GetDocument(id);
              if (!doc.ok()) return SendError(res, doc.status());
              auto j = DocumentJson(*doc);
              auto places = st.GetPlaces(id);
              if (places.ok()) j["places"] = PlacesJson(*places);
              auto analysis = st.GetAnalysis(id);
              if (analysis.ok()) j["analysis"] = AnalysisJson(*analysis);
              auto checks = st.GetChecks(id);
              if (checks.ok()) j["checks"] = ChecksJson(*checks);
              SendJson(res, j);
            }));
    srv.Get("/api/search", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      std::string q = req.get_param_value("q");
      if (q.empty()) return SendError(res, Status::InvalidArgument("missing query parameter q"));
      auto hits = st.Search(q, Limit(req));
      if (!hits.ok()) return SendError(res, hits.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& d : *hits) arr.push_back(SummaryJson(d));
      SendJson(res, {{"query", q}, {"documents", arr}});
    }));
    srv.Get("/api/people", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      auto people = st.People(req.get_param_value("q"), Limit(req));
      if (!people.ok()) return SendError(res, people.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& p : *people)
        arr.push_back({{"name", p.name}, {"office", p.office}, {"country", p.country}, {"documents", p.documents}});
      SendJson(res, {{"people", arr}});
    }));
    srv.Get("/api/quotes", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      auto quotes = st.Quotes(req.get_param_value("speaker"), Limit(req));
      if (!quotes.ok()) return SendError(res, quotes.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& q : *quotes)
        arr.push_back({{"doc_id", q.doc_id}, {"speaker", q.speaker}, {"text", q.text}, {"cue", q.cue},
                       {"start", q.start}, {"end", q.end}});
      SendJson(res, {{"quotes", arr}});
    }));
    srv.Get("/api/checks", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      std::string verdict = req.get_param_value("verdict");
      if (!verdict.empty() && verdict != "supported" && verdict != "contradicted") {
        return SendError(res, Status::InvalidArgument(
                                  "verdict must be supported or contradicted, got '" + verdict + "'"));
      }
      auto rows = st.Checks(verdict, Limit(req));
      if (!rows.ok()) return SendError(res, rows.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& r : *rows) {
        nlohmann::json c = CheckJson(r.check);
        c["doc_id"] = r.doc_id;
        c["title"] = r.title;
        c["url"] = r.url;
        arr.push_back(std::move(c));
      }
      SendJson(res, {{"checks", arr}});
    }));
    srv.Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
      SendError(res, Status::NotFound("no endpoint " + req.path));
    });
    srv.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
      std::string path = req.path == "/" ? "/index.html" : req.path;
      for (size_t i = 0; i < kWebAssets_count; ++i) {
        if (kWebAssets[i].path == path) {
          res.set_content(std::string(kWebAssets[i].bytes), ContentType(path));
          res.set_header("X-Content-Type-Options", "nosniff");
          res.set_header("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
          return;
        }
      }
      res.status = 404;
      res.set_content("not found", "text/plain");
    });
  }

 private:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&, Store&)>;

  // Size checks, the thread's store, and one catch-all that turns surprises into a 500.
  httplib::Server::Handler Wrap(Handler h) {
    return [this, h](const httplib::Request& req, httplib::Response& res) {
      try {
        size_t query_bytes = 0;
        for (const auto& [k, v] : req.params) query_bytes += k.size() + v.size();
        if (query_bytes > o_.max_query_bytes) {
          return SendError(res, Status::TooLarge("query over " + std::to_string(o_.max_query_bytes) + " bytes"));
        }
        auto store = ThreadStore(o_.db_path);
        if (!store.ok()) return SendError(res, store.status());
        h(req, res, **store);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "newsgraph serve: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
        SendError(res, Status::Internal("internal error"));
      }
    };
  }

  uint64_t UIntParam(const httplib::Request& req, const char* name, uint64_t def) const {
    if (!req.has_param(name)) return def;
    const std::string v = req.get_param_value(name);
    if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) return def;
    return std::stoull(v);
  }
  uint64_t Limit(const httplib::Request& req) const {
    return std::min<uint64_t>(UIntParam(req, "limit", 50), o_.max_limit);
  }

  const ServerOptions& o_;
};

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
  Api api(options);
  api.Register(srv);
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
