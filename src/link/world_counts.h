// Counts by a 32-bit key in one sorted array (internal): a person's people named together with it
// (PersonState::co_people, at most kMaxContext), 8 bytes an entry, against some 45 for a node of
// std::unordered_map with its bucket. The interface is the maps' that the world uses (find,
// count, emplace, iteration in key order).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace newsgraph::world {

class SmallCounts {
 public:
  using value_type = std::pair<uint32_t, uint32_t>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  iterator find(uint32_t key) {
    auto it = Lower(key);
    return it != v_.end() && it->first == key ? it : v_.end();
  }
  size_t count(uint32_t key) const {
    auto it = std::lower_bound(v_.begin(), v_.end(), key,
                               [](const value_type& x, uint32_t k) { return x.first < k; });
    return it != v_.end() && it->first == key ? 1 : 0;
  }
  // Adds (key, n) unless key is there; the entry and whether it was added.
  std::pair<iterator, bool> emplace(uint32_t key, uint32_t n) {
    auto it = Lower(key);
    if (it != v_.end() && it->first == key) return {it, false};
    return {v_.insert(it, {key, n}), true};
  }
  size_t size() const { return v_.size(); }
  bool empty() const { return v_.empty(); }
  iterator begin() { return v_.begin(); }
  iterator end() { return v_.end(); }
  const_iterator begin() const { return v_.begin(); }
  const_iterator end() const { return v_.end(); }
  // Heap bytes.
  size_t MemoryBytes() const { return v_.capacity() * sizeof(value_type); }

 private:
  iterator Lower(uint32_t key) {
    return std::lower_bound(v_.begin(), v_.end(), key,
                            [](const value_type& x, uint32_t k) { return x.first < k; });
  }
  std::vector<value_type> v_;
};

}  // namespace newsgraph::world
