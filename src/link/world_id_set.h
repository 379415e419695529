// The event ids the world has given (internal), kept to give each new event an id no other has:
// they grow with every event, so most are kept in one sorted array, the latest in a small hash
// set that is merged into the array when it holds a sixteenth as many. The ids are 48-bit
// hashes: the array keeps each id's low 32 bits, sorted within the bucket of its high 16 bits,
// with where each of the 65,536 buckets starts (4 bytes an id and 256 KiB, against 8 bytes an
// id as 64-bit numbers). An id of more than 48 bits (none is made) is kept whole aside.
#pragma once

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::world {

class IdSet {
 public:
  bool contains(uint64_t id) const {
    if (recent_.contains(id)) return true;
    if (id >> 48) return wide_.contains(id);
    if (starts_.empty()) return false;
    const size_t b = static_cast<size_t>(id >> 32);
    return std::binary_search(lows_.begin() + starts_[b], lows_.begin() + starts_[b + 1],
                              static_cast<uint32_t>(id));
  }
  void insert(uint64_t id) {
    if (contains(id)) return;
    if (id >> 48) {
      wide_.insert(id);
      return;
    }
    recent_.insert(id);
    if (recent_.size() < std::max<size_t>(4096, lows_.size() / 16)) return;
    Merge();
  }
  size_t size() const { return lows_.size() + recent_.size() + wide_.size(); }
  // Heap bytes: the arrays, the hash sets' slots and control bytes.
  size_t MemoryBytes() const {
    auto set = [](const absl::flat_hash_set<uint64_t>& s) {
      return s.capacity() ? s.capacity() * (sizeof(uint64_t) + 1) + 16 : 0;
    };
    return (lows_.capacity() + starts_.capacity()) * sizeof(uint32_t) + set(recent_) + set(wide_);
  }

 private:
  static constexpr size_t kBuckets = size_t{1} << 16;
  // The recent ids into the array, bucket by bucket.
  void Merge() {
    std::vector<uint64_t> add(recent_.begin(), recent_.end());
    std::sort(add.begin(), add.end());
    std::vector<uint32_t> lows, starts(kBuckets + 1, 0);
    lows.reserve(lows_.size() + add.size());
    size_t a = 0;
    for (size_t b = 0; b < kBuckets; ++b) {
      starts[b] = static_cast<uint32_t>(lows.size());
      const uint32_t* from = starts_.empty() ? nullptr : lows_.data() + starts_[b];
      const uint32_t* to = starts_.empty() ? nullptr : lows_.data() + starts_[b + 1];
      size_t a_end = a;
      while (a_end < add.size() && (add[a_end] >> 32) == b) ++a_end;
      while (from != to || a != a_end) {
        const bool old = from != to && (a == a_end || *from < static_cast<uint32_t>(add[a]));
        lows.push_back(old ? *from++ : static_cast<uint32_t>(add[a++]));
      }
    }
    starts[kBuckets] = static_cast<uint32_t>(lows.size());
    lows_ = std::move(lows);
    starts_ = std::move(starts);
    recent_ = {};
  }

  std::vector<uint32_t> lows_;    // the ids' low 32 bits, by bucket (the high 16 bits), sorted
  std::vector<uint32_t> starts_;  // kBuckets + 1 (empty before the first merge)
  absl::flat_hash_set<uint64_t> recent_;
  absl::flat_hash_set<uint64_t> wide_;  // ids of more than 48 bits
};

}  // namespace newsgraph::world
