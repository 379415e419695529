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
  return IdText(prefix, XXH3_64bits(key.data(), key.size()));
}

std::string IdText(char prefix, uint64_t hash) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%012llx", prefix,
                static_cast<unsigned long long>(hash & 0xFFFFFFFFFFFFull));
  return std::string(buf, 13);
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

World::World(const WorldOptions& options, const OfficeTable* table)
    : impl_(std::make_unique<Impl>(options)) {
  impl_->table = table ? table : &OfficeTable::Default();
}

World::~World() = default;

void World::AddDocument(const LinkDocument& doc) {
  // The per-document index keeps the latest documents and those with spans still pending (which
  // a later document may resolve) in memory; the older ones' entries go to the spill file.
  const size_t n = impl_->docs.size(), keep = impl_->options.spill_after_documents;
  int64_t keep_from = n > keep ? static_cast<int64_t>(n - keep) : 0;
  if (!impl_->pending.empty())
    if (const int64_t d = impl_->docs.Find(impl_->pending.front().doc); d >= 0)
      keep_from = std::min(keep_from, d);
  impl_->docs.SpillBefore(static_cast<uint32_t>(keep_from));
  std::vector<uint32_t> local;
  std::vector<bool> guessed;
  impl_->AddPeople(doc, &local, &guessed);
  if (impl_->options.recover_mentions) impl_->RecoverMentions(doc, local);
  impl_->AddEvents(doc, local);
  impl_->AddClaims(doc, local, guessed);
}

size_t World::PeopleCount() const { return impl_->people.size(); }
size_t World::EventCount() const { return impl_->event_at.size(); }
WorldPerson World::PersonAt(size_t i) const { return impl_->MakePerson(static_cast<uint32_t>(i)); }
WorldEvent World::EventAt(size_t i) const {
  return impl_->MakeEvent(impl_->EventRecordAt(static_cast<uint32_t>(i)));
}
const Status& World::spill_status() const { return impl_->spill.status(); }
uint64_t World::SpillBytes() const { return impl_->spill.size(); }

WorldPerson World::Impl::MakePerson(uint32_t i) const {
  const world::PersonRecord& r = people[i];
  WorldPerson p;
  p.id = r.id;
  p.name = r.name;
  p.aliases = r.aliases;
  p.offices.reserve(r.offices.size());
  for (const world::OfficeRecord& o : r.offices) {
    PersonOffice out{o.office, o.office_normalized, o.country, o.first, o.last, {}};
    docs.Ids(o.documents.data(), o.documents.size(), &out.documents);
    p.offices.push_back(std::move(out));
  }
  p.documents = r.documents;
  const std::vector<world::MentionRecord> mentions = r.mentions.All(spill);
  std::vector<uint32_t> numbers;
  numbers.reserve(mentions.size());
  for (const world::MentionRecord& m : mentions) numbers.push_back(m.doc);
  std::vector<std::string> ids;
  docs.Ids(numbers.data(), numbers.size(), &ids);
  p.mentions.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    const world::MentionRecord& m = mentions[k];
    p.mentions.push_back({std::move(ids[k]), strings.Str(m.text), m.start, m.end});
  }
  return p;
}

std::string World::PersonIdOf(const std::string& doc_id, const std::string& local_name) const {
  const std::string* id = nullptr;
  impl_->docs.ForPeople(doc_id, [&](std::string_view name, uint32_t index) {
    if (!id && name == local_name) id = &impl_->people[index].id;
  });
  return id ? *id : "";
}

std::vector<std::string> World::EventIdsOf(const std::string& doc_id) const {
  std::vector<uint64_t> ids;
  for (uint32_t e : impl_->docs.Events(doc_id)) {
    const uint64_t id = impl_->EventIdAt(e);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (uint64_t id : ids) out.push_back(world::IdText('E', id));
  return out;
}

std::vector<Conflict> World::Conflicts() const { return impl_->FindConflicts(); }

}  // namespace newsgraph
