#include "server/response_cache.h"

#include <chrono>
#include <cstdio>
#include <string_view>

namespace newsgraph::server {

std::string EtagOf(const std::string& body) {
  // FNV-1a, 64 bits: stable across runs and builds, cheap next to producing the JSON.
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

bool EtagMatches(const std::string& if_none_match, const std::string& etag) {
  // A comma-separated list of entity tags, each possibly weak (W/"..."), or "*".
  std::string_view rest = if_none_match;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view tag = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

uint64_t ResponseCache::Observe(std::optional<uint64_t> last_seen, uint64_t now_seen) {
  std::lock_guard<std::mutex> lock(mu_);
  if (last_seen && *last_seen != now_seen) {
    ++gen_;
    // Nothing older can be served again: free it now.
    lru_.clear();
    index_.clear();
    bytes_ = 0;
    computed_.notify_all();  // waiters of the old generation compute their own answers
  }
  return gen_;
}

std::shared_ptr<const CachedAnswer> ResponseCache::FindLocked(const std::string& key, uint64_t gen) {
  auto it = index_.find(key);
  if (it == index_.end() || it->second->gen != gen || gen != gen_) return nullptr;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->answer;
}

std::shared_ptr<const CachedAnswer> ResponseCache::Get(const std::string& key, uint64_t gen) {
  std::lock_guard<std::mutex> lock(mu_);
  return FindLocked(key, gen);
}

std::shared_ptr<const CachedAnswer> ResponseCache::GetOrClaim(const std::string& key, uint64_t gen, int max_wait_ms) {
  std::unique_lock<std::mutex> lock(mu_);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(max_wait_ms);
  for (;;) {
    if (auto hit = FindLocked(key, gen)) return hit;
    auto it = computing_.find(key);
    // Nobody computes it for this generation (a computation of an older one may still run: its
    // answer will not be kept): this request does.
    if (gen != gen_) return nullptr;  // an old generation's answer is never kept
    if (it == computing_.end() || it->second != gen) {
      computing_[key] = gen;
      return nullptr;
    }
    if (computed_.wait_until(lock, deadline) == std::cv_status::timeout) return nullptr;
  }
}

void ResponseCache::ReleaseLocked(const std::string& key, uint64_t gen) {
  auto it = computing_.find(key);
  if (it != computing_.end() && it->second == gen) computing_.erase(it);
  computed_.notify_all();
}

void ResponseCache::Abandon(const std::string& key, uint64_t gen) {
  std::lock_guard<std::mutex> lock(mu_);
  ReleaseLocked(key, gen);
}

void ResponseCache::Put(const std::string& key, uint64_t gen, CachedAnswer answer) {
  Entry e{key, gen, std::make_shared<const CachedAnswer>(std::move(answer))};
  std::lock_guard<std::mutex> lock(mu_);
  ReleaseLocked(key, gen);
  if (gen != gen_) return;
  const size_t cost = CostOf(e);
  if (cost > max_bytes_ / 4) return;
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= CostOf(*it->second);
    lru_.erase(it->second);
    index_.erase(it);
  }
  EvictOver(max_bytes_ - cost);
  lru_.push_front(std::move(e));
  index_[key] = lru_.begin();
  bytes_ += cost;
}

void ResponseCache::EvictOver(size_t budget) {
  while (bytes_ > budget && !lru_.empty()) {
    bytes_ -= CostOf(lru_.back());
    index_.erase(lru_.back().key);
    lru_.pop_back();
  }
}

size_t ResponseCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

size_t ResponseCache::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

}  // namespace newsgraph::server
