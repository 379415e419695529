// The world's interned strings (internal): the short words its records repeat (mention texts,
// participants' names, event kinds, dates, durations, statuses) kept once each and referred to
// by a 32-bit number. All the characters are in one array, so a string costs its length and
// some 13 bytes (its offset and a hash-set slot) once, and 4 bytes where it is used.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "link/numbers_by_text.h"

namespace newsgraph::world {

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  // The number of `s` (added when new). 0 is the empty string.
  uint32_t Intern(std::string_view s);
  // The string numbered `id` (valid until the next Intern).
  std::string_view Get(uint32_t id) const {
    return std::string_view(chars_).substr(at_[id], at_[id + 1] - at_[id]);
  }
  std::string Str(uint32_t id) const { return std::string(Get(id)); }

  size_t size() const { return at_.size() - 1; }
  // Heap bytes (an estimate, as WorldFootprint counts them).
  size_t MemoryBytes() const;

 private:
  std::string chars_;
  std::vector<uint64_t> at_;  // string k is chars_[at_[k], at_[k + 1])
  NumbersByText<StringPool, &StringPool::Get> ids_{this};  // string numbers, found by text
};

}  // namespace newsgraph::world
