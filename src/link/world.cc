// World: the driver that adds one document's people, events and claims (see world.h), and the
// small helpers the world's files share.
#include <xxhash.h>

#include <algorithm>
#include <cstdio>

#include "analyze/internal.h"
#include "link/world_state.h"

namespace newsgraph {
namespace world {

long DayOf(std::string_view iso) {
  long d = 0;
  if (iso.size() < 10 || !analyze::ParseIso(iso.substr(0, 10), &d)) return -1;
  return d;
}

std::string MakeId(char prefix, std::string_view key) {
  uint64_t h = XXH3_64bits(key.data(), key.size());
  char buf[16];
  std::snprintf(buf, sizeof buf, "%012llx",
                static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFull));
  return std::string(1, prefix) + buf;
}

std::string NormalWords(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool word = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
    if (word) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    } else if (c != '\'') {
      space = true;
    }
  }
  return out;
}

}  // namespace world

World::World(const WorldOptions& options, const OfficeTable* table) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  impl_->table = table ? table : &OfficeTable::Default();
}

World::~World() = default;

void World::AddDocument(const LinkDocument& doc) {
  std::vector<uint32_t> local;
  std::vector<bool> guessed;
  impl_->AddPeople(doc, &local, &guessed);
  if (impl_->options.recover_mentions) impl_->RecoverMentions(doc, local);
  impl_->AddEvents(doc, local);
  impl_->AddClaims(doc, local, guessed);
}

const std::vector<WorldPerson>& World::people() const { return impl_->people; }
const std::vector<WorldEvent>& World::events() const { return impl_->events; }

std::string World::PersonIdOf(const std::string& doc_id, const std::string& local_name) const {
  const std::string* id = nullptr;
  impl_->docs.ForPeople(doc_id, [&](std::string_view name, uint32_t index) {
    if (!id && name == local_name) id = &impl_->people[index].id;
  });
  return id ? *id : "";
}

std::vector<std::string> World::EventIdsOf(const std::string& doc_id) const {
  std::vector<std::string> out;
  for (uint32_t e : impl_->docs.Events(doc_id)) {
    const std::string& id = impl_->events[e].id;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

std::vector<Conflict> World::Conflicts() const { return impl_->FindConflicts(); }

}  // namespace newsgraph
