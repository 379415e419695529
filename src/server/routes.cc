// HTTP handlers: translation between HTTP and the store, no logic of their own.
#include "server/routes.h"

#include <algorithm>

#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>

#include "core/utf8.h"
#include "newsgraph/store.h"
#include "server/api_util.h"
#include "server/response_cache.h"
#include "store/json_view.h"

namespace newsgraph {

struct EmbeddedFile {
  std::string_view path;
  std::string_view bytes;
};
extern const EmbeddedFile kWebAssets[];
extern const size_t kWebAssets_count;

namespace server {

int HttpStatusFor(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kTooLarge: return 413;
    default: return 500;
  }
}

void SendJson(httplib::Response& res, const nlohmann::json& j, int status) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, const Status& s) {
  SendJson(res, {{"error", s.message()}, {"code", StatusCodeName(s.code())}}, HttpStatusFor(s));
}

namespace {

const char* ContentType(std::string_view path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace

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

// Parameter checks shared by every API handler: the query string's size, and that every name
// and value is UTF-8 without NUL bytes (the store and the JSON answers hold UTF-8 only, and
// SQLite's FTS5 would silently cut a query at a NUL).
Status CheckParams(const httplib::Request& req, size_t max_query_bytes) {
  size_t query_bytes = 0;
  for (const auto& [k, v] : req.params) query_bytes += k.size() + v.size();
  if (query_bytes > max_query_bytes) {
    return Status::TooLarge("query over " + std::to_string(max_query_bytes) + " bytes");
  }
  for (const auto& [k, v] : req.params) {
    if (!utf8::IsValid(k)) return Status::InvalidArgument("a query parameter name is not valid UTF-8");
    if (!utf8::IsValid(v)) return Status::InvalidArgument("query parameter '" + k + "' is not valid UTF-8");
    if (v.find('\0') != std::string::npos) {
      return Status::InvalidArgument("query parameter '" + k + "' contains a NUL byte");
    }
  }
  return Status::Ok();
}

// A non-negative decimal integer parameter; `def` when absent. Anything else (a sign, letters,
// more than 9 digits) is a 400.
Result<uint64_t> UIntParam(const httplib::Request& req, const char* name, uint64_t def) {
  if (!req.has_param(name)) return def;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidArgument(std::string(name) + " must be a whole number from 0 to 999999999");
  }
  return static_cast<uint64_t>(std::stoull(v));
}

struct AnswerCache {
  explicit AnswerCache(size_t max_bytes) : answers(max_bytes) {}
  ResponseCache answers;
  std::mutex watch_mu;
  std::unique_ptr<Store> watcher;  // opened on the first request
  std::optional<uint64_t> last_seen;
  bool cannot_tell = false;  // the store has no change counter: nothing is cached
};

std::shared_ptr<AnswerCache> MakeAnswerCache(const ServerOptions& opts) {
  if (opts.cache_bytes == 0) return nullptr;
  return std::make_shared<AnswerCache>(opts.cache_bytes);
}

namespace {

// The generation of the cache a request starting now belongs to: asks the watching connection
// whether another connection committed since the last request. nullopt: not cacheable.
std::optional<uint64_t> CacheGeneration(AnswerCache& c, const std::string& path) {
  std::lock_guard<std::mutex> lock(c.watch_mu);
  if (c.cannot_tell) return std::nullopt;
  if (!c.watcher) {
    StoreOptions ro;
    ro.read_only = true;
    auto opened = Store::Open(path, ro);
    if (!opened.ok()) return std::nullopt;
    c.watcher = std::move(opened).value();
  }
  std::optional<uint64_t> now = c.watcher->ChangeCounter();
  if (!now) {
    c.cannot_tell = true;
    return std::nullopt;
  }
  uint64_t gen = c.answers.Observe(c.last_seen, *now);
  c.last_seen = now;
  return gen;
}

// ETag on every 200 JSON answer; 304 when the client already holds it.
void FinishAnswer(const httplib::Request& req, httplib::Response& res, const std::string& etag) {
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", "no-cache");
  if (req.has_header("If-None-Match") && EtagMatches(req.get_header_value("If-None-Match"), etag)) {
    res.status = 304;
    res.body.clear();
  }
}

}  // namespace

httplib::Server::Handler WrapHandler(const ServerOptions& opts, std::shared_ptr<AnswerCache> cache, StoreHandler h) {
  return [&opts, cache, h](const httplib::Request& req, httplib::Response& res) {
    std::optional<uint64_t> gen;
    const std::string& key = req.target;
    try {
      Status params = CheckParams(req, opts.max_query_bytes);
      if (!params.ok()) return SendError(res, params);
      if (cache) {
        gen = CacheGeneration(*cache, opts.db_path);
        if (gen) {
          if (auto hit = cache->answers.GetOrClaim(key, *gen)) {
            res.status = hit->status;
            res.set_content(hit->body, hit->content_type);
            return FinishAnswer(req, res, hit->etag);
          }
        }
      }
      auto store = ThreadStore(opts.db_path);
      if (!store.ok()) {
        if (gen) cache->answers.Abandon(key, *gen);
        return SendError(res, store.status());
      }
      h(req, res, **store);
      if (res.status != 200 && res.status != -1) {
        if (gen) cache->answers.Abandon(key, *gen);
        return;
      }
      std::string etag = EtagOf(res.body);
      if (gen) cache->answers.Put(key, *gen, CachedAnswer{200, res.get_header_value("Content-Type"), res.body, etag});
      FinishAnswer(req, res, etag);
    } catch (const std::exception& e) {
      if (gen) cache->answers.Abandon(key, *gen);
      std::fprintf(stderr, "newsgraph serve: %s %s: %s\n", req.method.c_str(), utf8::Sanitize(req.path).c_str(),
                   e.what());
      SendError(res, Status::Internal("internal error"));
    }
  };
}

Result<uint64_t> LimitParam(const httplib::Request& req, const ServerOptions& opts) {
  auto limit = UIntParam(req, "limit", 50);
  if (!limit.ok()) return limit.status();
  return std::min<uint64_t>(*limit, opts.max_limit);
}

namespace {

class Api : public std::enable_shared_from_this<Api> {
 public:
  Api(const ServerOptions& o, std::shared_ptr<AnswerCache> cache) : o_(o), cache_(std::move(cache)) {}

  void Register(httplib::Server& srv) {
    srv.Get("/api/stats", Wrap([](const httplib::Request&, httplib::Response& res, Store& st) {
      auto s = st.Stats();
      if (!s.ok()) return SendError(res, s.status());
      SendJson(res, StatsJson(*s));
    }));
    srv.Get("/api/documents", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      auto limit = Limit(req);
      if (!limit.ok()) return SendError(res, limit.status());
      auto offset = UIntParam(req, "offset", 0);
      if (!offset.ok()) return SendError(res, offset.status());
      auto docs = st.ListDocuments(*limit, *offset);
      if (!docs.ok()) return SendError(res, docs.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& d : *docs) arr.push_back(SummaryJson(d));
      SendJson(res, {{"documents", arr}});
    }));
    srv.Get(R"(/api/documents/([0-9a-f]{1,64}))",
            Wrap([](const httplib::Request& req, httplib::Response& res, Store& st) {
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
              // What the link stage knows of it: its story, its people's ids, its copies, its events.
              auto links = st.GetDocumentLinks(id);
              if (!links.ok()) return SendError(res, links.status());
              j["story"] = links->story.empty() ? nlohmann::json(nullptr) : nlohmann::json(links->story);
              j["people_ids"] = links->people;
              nlohmann::json copies = nlohmann::json::array();
              for (const std::string& c : links->copies) copies.push_back(nlohmann::json::parse(c, nullptr, false));
              j["copies"] = std::move(copies);
              j["events"] = links->events;
              SendJson(res, j);
            }));
    srv.Get("/api/search", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      std::string q = req.get_param_value("q");
      if (q.empty()) return SendError(res, Status::InvalidArgument("missing query parameter q"));
      auto limit = Limit(req);
      if (!limit.ok()) return SendError(res, limit.status());
      auto hits = st.Search(q, *limit);
      if (!hits.ok()) return SendError(res, hits.status());
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& d : *hits) arr.push_back(SummaryJson(d));
      SendJson(res, {{"query", q}, {"documents", arr}});
    }));
    srv.Get("/api/quotes", Wrap([this](const httplib::Request& req, httplib::Response& res, Store& st) {
      auto limit = Limit(req);
      if (!limit.ok()) return SendError(res, limit.status());
      auto quotes = st.Quotes(req.get_param_value("speaker"), *limit);
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
      auto limit = Limit(req);
      if (!limit.ok()) return SendError(res, limit.status());
      auto rows = st.Checks(verdict, *limit);
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
      SendError(res, Status::NotFound("no endpoint " + utf8::Sanitize(req.path)));
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

  // Parameter checks, the thread's store, the answer cache and one catch-all (WrapHandler). The
  // closure owns the Api, so handlers that use it stay valid as long as the server.
  httplib::Server::Handler Wrap(Handler h) {
    return WrapHandler(o_, cache_, [self = shared_from_this(), h](const httplib::Request& req, httplib::Response& res,
                                                          Store& st) { h(req, res, st); });
  }

  // The page size: `limit` (default 50), capped at options.max_limit.
  Result<uint64_t> Limit(const httplib::Request& req) const { return LimitParam(req, o_); }

  const ServerOptions& o_;
  std::shared_ptr<AnswerCache> cache_;
};

}  // namespace

void RegisterRoutes(httplib::Server& srv, const ServerOptions& options) {
  auto cache = MakeAnswerCache(options);
  RegisterLinkRoutes(srv, options, cache);  // before the catch-all /api/ route below
  auto api = std::make_shared<Api>(options, cache);
  api->Register(srv);
}

}  // namespace server
}  // namespace newsgraph
