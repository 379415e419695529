// The event ids the world has given (internal), kept to give each new event an id no other has:
// they grow with every event, so most are kept in one sorted array (8 bytes an id, against some
// 18 in a hash set at its average load), the latest in a small hash set that is merged into the
// array when it holds a sixteenth as many.
#pragma once

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace newsgraph::world {

class IdSet {
 public:
  bool contains(uint64_t id) const {
    return recent_.contains(id) || std::binary_search(sorted_.begin(), sorted_.end(), id);
  }
  void insert(uint64_t id) {
    if (contains(id)) return;
    recent_.insert(id);
    if (recent_.size() < std::max<size_t>(4096, sorted_.size() / 16)) return;
    std::vector<uint64_t> add(recent_.begin(), recent_.end());
    std::sort(add.begin(), add.end());
    std::vector<uint64_t> merged;
    merged.reserve(sorted_.size() + add.size());
    std::merge(sorted_.begin(), sorted_.end(), add.begin(), add.end(), std::back_inserter(merged));
    sorted_ = std::move(merged);
    recent_ = {};
  }
  size_t size() const { return sorted_.size() + recent_.size(); }
  // Heap bytes: the array, the hash set's slots and control bytes.
  size_t MemoryBytes() const {
    return sorted_.capacity() * sizeof(uint64_t) +
           (recent_.capacity() ? recent_.capacity() * (sizeof(uint64_t) + 1) + 16 : 0);
  }

 private:
  std::vector<uint64_t> sorted_;
  absl::flat_hash_set<uint64_t> recent_;
};

}  // namespace newsgraph::world
