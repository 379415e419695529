// The prepared texts of the documents compared last (internal header; docs/copies.md): a
// document that comes back as a candidate (another report of its story, a wire story's source,
// a page sharing a template with many others) is scanned for words, shingled and cut into
// alignment sentences once while it stays here, not once per new document. The least recently
// used leave first, within a byte budget (CopyOptions::prepared_cache_bytes).
#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>

#include "link/copies_relation.h"

namespace newsgraph::copies {

class PreparedCache {
 public:
  explicit PreparedCache(size_t budget_bytes) : budget_(budget_bytes) {}
  PreparedCache(const PreparedCache&) = delete;
  PreparedCache& operator=(const PreparedCache&) = delete;

  // The prepared text of document `doc` (numbered as the candidate index numbers it) when it was
  // kept for a text of this hash and length (SentenceSpanStore::TextHash), moved out of the
  // cache: Put it back after use. Its `doc` pointer is null and its words are gone (its
  // sentences are made); a text of another hash or length drops what was kept.
  std::optional<PreparedText> Take(uint32_t doc, uint32_t text_hash, size_t text_size);
  // Keeps `p` as the most recently used (only its shingles, sentences, spans and what the
  // direction read of its text); nothing when its sentences are not made or it alone is over
  // budget. The least recently used leave until the cache is within budget.
  void Put(uint32_t doc, uint32_t text_hash, size_t text_size, PreparedText p);

  // Whether something is kept for document `doc` (for some text of it).
  bool Contains(uint32_t doc) const { return at_.contains(doc); }
  size_t size() const { return lru_.size(); }
  // Heap bytes held (an estimate from the containers' capacities).
  size_t MemoryBytes() const { return bytes_; }

 private:
  struct Entry {
    uint32_t doc = 0;
    uint32_t hash = 0;
    size_t text_size = 0;
    size_t bytes = 0;
    PreparedText prepared;
  };
  static size_t BytesOf(const PreparedText& p);
  void Drop(std::list<Entry>::iterator it);

  size_t budget_;
  size_t bytes_ = 0;
  std::list<Entry> lru_;  // most recently used first
  absl::flat_hash_map<uint32_t, std::list<Entry>::iterator> at_;
};

}  // namespace newsgraph::copies
