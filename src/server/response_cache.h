// The API's answer cache (internal to the server stage): whole JSON answers by request target,
// valid until the store changes, with an ETag for each.
//
// A SQLite store tells a connection whether another connection committed since its last look
// (`PRAGMA data_version`, Store::ChangeCounter). Every request first asks one watching
// connection of the server's; a change moves the cache to a new generation, and answers of an
// older generation are never served again. An answer computed while a commit lands is labelled
// with the generation its request started in, so it is dropped at the next change rather than
// served as current. A store that cannot tell (PostgreSQL) is never cached; its answers still
// get ETags. Concurrent requests for one answer compute it once: the others wait for it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace newsgraph::server {

struct CachedAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string etag;  // quoted, as sent in the ETag header
};

// The ETag of an answer body: a quoted 64-bit hash of the bytes.
std::string EtagOf(const std::string& body);

// True when an If-None-Match header value names `etag` (or is "*").
bool EtagMatches(const std::string& if_none_match, const std::string& etag);

class ResponseCache {
 public:
  // At most `max_bytes` of answer bodies and keys; the least recently used go first.
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // Called with what a connection's ChangeCounter() returned and the value that connection saw
  // last (nullopt the first time): moves to a new generation when they differ. Returns the
  // generation a request starting now belongs to.
  uint64_t Observe(std::optional<uint64_t> last_seen, uint64_t now_seen);

  // The answer for `key` computed in generation `gen`, or null. Answers are shared, never copied
  // under the cache's lock.
  std::shared_ptr<const CachedAnswer> Get(const std::string& key, uint64_t gen);
  // Like Get, but when another request of this generation is computing `key`, waits (up to
  // `max_wait_ms`) for its answer. With no answer, the caller is the one computing it and must
  // call Put or Abandon for `key` and `gen`.
  std::shared_ptr<const CachedAnswer> GetOrClaim(const std::string& key, uint64_t gen, int max_wait_ms = 30000);
  // Keeps `answer` for `key`, labelled with the generation its request started in (ignored when
  // that generation is already over, or the answer alone is over a quarter of the budget).
  void Put(const std::string& key, uint64_t gen, CachedAnswer answer);
  // The claimed answer will not come (an error answer): waiting requests compute their own.
  void Abandon(const std::string& key, uint64_t gen);

  size_t bytes() const;
  size_t entries() const;

 private:
  struct Entry {
    std::string key;
    uint64_t gen = 0;
    std::shared_ptr<const CachedAnswer> answer;
  };
  size_t CostOf(const Entry& e) const { return e.key.size() + e.answer->body.size() + 128; }
  void EvictOver(size_t budget);
  std::shared_ptr<const CachedAnswer> FindLocked(const std::string& key, uint64_t gen);
  void ReleaseLocked(const std::string& key, uint64_t gen);

  const size_t max_bytes_;
  mutable std::mutex mu_;
  uint64_t gen_ = 1;
  size_t bytes_ = 0;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::unordered_map<std::string, uint64_t> computing_;  // key -> generation of its computation
  std::condition_variable computed_;
};

}  // namespace newsgraph::server
