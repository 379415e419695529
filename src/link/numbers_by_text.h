// A set of 32-bit numbers that each stand for a text kept by their owner (internal): the owner
// keeps every text once, in its own compact form, and finds a text's number through this set
// without a second copy of the text as the key. Used by the world's interned strings
// (StringPool) and its per-document index (DocIndex, which numbers documents by their ids).
#pragma once

#include <absl/container/flat_hash_set.h>
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::world {

// `Text` gives the text of number n, `(owner->*Text)(n)`, for every number inserted. The owner
// must not move while the set lives (it holds the owner's address).
template <typename Owner, std::string_view (Owner::*Text)(uint32_t) const>
class NumbersByText {
 public:
  explicit NumbersByText(const Owner* owner) : set_(0, Hash{owner}, Eq{owner}) {}
  NumbersByText(const NumbersByText&) = delete;
  NumbersByText& operator=(const NumbersByText&) = delete;

  // The number standing for `text`, or -1.
  int64_t Find(std::string_view text) const {
    auto it = set_.find(text);
    return it == set_.end() ? -1 : static_cast<int64_t>(*it);
  }
  // Adds `n`, whose text must already be the owner's (and no other number's).
  void Insert(uint32_t n) { set_.insert(n); }
  // Removes `n`, whose text must still be the owner's.
  void Erase(uint32_t n) { set_.erase(n); }
  // Heap bytes (a slot and its control byte each).
  size_t MemoryBytes() const { return set_.capacity() * (sizeof(uint32_t) + 1); }

 private:
  struct Hash {
    using is_transparent = void;
    const Owner* owner;
    size_t operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }
    size_t operator()(uint32_t n) const { return (*this)((owner->*Text)(n)); }
  };
  struct Eq {
    using is_transparent = void;
    const Owner* owner;
    bool operator()(uint32_t a, uint32_t b) const { return a == b; }
    bool operator()(uint32_t a, std::string_view b) const { return (owner->*Text)(a) == b; }
    bool operator()(std::string_view a, uint32_t b) const { return a == (owner->*Text)(b); }
  };
  absl::flat_hash_set<uint32_t, Hash, Eq> set_;
};

}  // namespace newsgraph::world
