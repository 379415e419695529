// StringPool: the world's interned strings (see world_strings.h).
#include "link/world_strings.h"

namespace newsgraph::world {

StringPool::StringPool() : at_{0, 0} { ids_.Insert(0u); }

uint32_t StringPool::Intern(std::string_view s) {
  if (int64_t found = ids_.Find(s); found >= 0) return static_cast<uint32_t>(found);
  const uint32_t id = static_cast<uint32_t>(at_.size() - 1);
  chars_.append(s);
  at_.push_back(chars_.size());
  ids_.Insert(id);
  return id;
}

size_t StringPool::MemoryBytes() const {
  return chars_.capacity() + at_.capacity() * sizeof(uint64_t) + ids_.MemoryBytes();
}

}  // namespace newsgraph::world
