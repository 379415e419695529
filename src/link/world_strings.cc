// StringPool: the world's interned strings (see world_strings.h).
#include "link/world_strings.h"

#include <xxhash.h>

namespace newsgraph::world {

StringPool::StringPool() : at_{0, 0}, ids_(0, Hash{this}, Eq{this}) { ids_.insert(0u); }

size_t StringPool::Hash::operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }

uint32_t StringPool::Intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return *it;
  const uint32_t id = static_cast<uint32_t>(at_.size() - 1);
  chars_.append(s);
  at_.push_back(chars_.size());
  ids_.insert(id);
  return id;
}

size_t StringPool::MemoryBytes() const {
  return chars_.capacity() + at_.capacity() * sizeof(uint64_t) +
         ids_.capacity() * (sizeof(uint32_t) + 1);
}

}  // namespace newsgraph::world
