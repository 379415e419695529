// DocIndex: the world's compact per-document index (see world_doc_index.h).
#include "link/world_doc_index.h"

#include <absl/strings/string_view.h>

#include <algorithm>

namespace newsgraph::world {

DocIndex::DocIndex(SpillFile* spill) : spill_(spill) {}

int64_t DocIndex::Find(std::string_view doc) const { return by_id_.Find(doc); }

uint32_t DocIndex::FindOrAdd(std::string_view doc) {
  if (int64_t d = Find(doc); d >= 0) return static_cast<uint32_t>(d);
  Doc r;
  r.id = static_cast<uint64_t>(ids_.size()) << kIdLenBits |
         std::min<uint64_t>(doc.size(), kIdLenMask);
  r.at = entries_.size();
  doc = doc.substr(0, kIdLenMask);
  GrowByEighth(ids_, doc.size());
  ids_.insert(ids_.end(), doc.begin(), doc.end());
  GrowByEighth(docs_, 1);
  docs_.push_back(r);
  const uint32_t d = static_cast<uint32_t>(docs_.size() - 1);
  by_id_.Insert(d);
  return d;
}

uint32_t DocIndex::NameId(std::string_view name) {
  auto it = name_ids_.find(absl::string_view(name.data(), name.size()));
  if (it != name_ids_.end()) return it->second;
  it = name_ids_.emplace(std::string(name), static_cast<uint32_t>(names_.size())).first;
  names_.push_back(&it->first);
  return it->second;
}

bool DocIndex::AtEnd(const Doc& r) const {
  return !(r.at & kSpilled) && r.at + 2 * static_cast<size_t>(r.people) + r.events == entries_.size();
}

const uint32_t* DocIndex::Entries(const Doc& r, std::vector<uint32_t>* scratch) const {
  if (!(r.at & kSpilled)) return entries_.data() + r.at;
  scratch->resize(2 * static_cast<size_t>(r.people) + r.events);
  if (!scratch->empty())
    spill_->Read(r.at & ~kSpilled, scratch->data(), scratch->size() * sizeof(uint32_t));
  return scratch->data();
}

void DocIndex::Load(uint32_t d) {
  Doc& r = docs_[d];
  if (!(r.at & kSpilled)) return;
  std::vector<uint32_t> block;
  Entries(r, &block);
  r.at = entries_.size();
  entries_.insert(entries_.end(), block.begin(), block.end());
  loaded_.push_back(d);
}

void DocIndex::SpillBefore(uint32_t keep_from) {
  keep_from = std::min<uint32_t>(keep_from, static_cast<uint32_t>(docs_.size()));
  auto spill = [&](uint32_t d) {
    Doc& r = docs_[d];
    if (r.at & kSpilled) return;
    const size_t len = 2 * static_cast<size_t>(r.people) + r.events;
    const uint64_t at = spill_->Append(entries_.data() + r.at, len * sizeof(uint32_t));
    garbage_ += len;
    r.at = kSpilled | at;
  };
  if (!loaded_.empty()) {
    std::erase_if(loaded_, [&](uint32_t d) {
      if (d >= keep_from) return false;
      spill(d);
      return true;
    });
  }
  for (; spilled_upto_ < keep_from; ++spilled_upto_) spill(spilled_upto_);
  MaybeCompact();
}

void DocIndex::MaybeCompact() {
  if (garbage_ <= 4096 || garbage_ * 2 <= entries_.size()) return;
  // the documents in memory: those read back, then the latest
  std::vector<uint32_t> packed;
  packed.reserve(entries_.size() - garbage_);
  auto pack = [&](Doc& x) {
    if (x.at & kSpilled) return;
    const size_t n = 2 * static_cast<size_t>(x.people) + x.events;
    const uint64_t at = packed.size();
    packed.insert(packed.end(), entries_.begin() + static_cast<long>(x.at),
                  entries_.begin() + static_cast<long>(x.at + n));
    x.at = at;
  };
  std::sort(loaded_.begin(), loaded_.end());
  for (uint32_t d : loaded_) pack(docs_[d]);
  for (uint32_t d = spilled_upto_; d < docs_.size(); ++d) pack(docs_[d]);
  entries_ = std::move(packed);
  garbage_ = 0;
}

void DocIndex::Rewrite(uint32_t d, const uint32_t* people, uint32_t n_people,
                       const uint32_t* events, uint32_t n_events) {
  // the arguments may point into entries_: copied first
  std::vector<uint32_t> block(people, people + 2 * n_people);
  block.insert(block.end(), events, events + n_events);
  Doc& r = docs_[d];
  const size_t len = 2 * static_cast<size_t>(r.people) + r.events;
  if (r.at + len == entries_.size()) {
    entries_.resize(r.at);  // the last block: rewritten in place
  } else {
    garbage_ += len;
    r.at = entries_.size();
  }
  entries_.insert(entries_.end(), block.begin(), block.end());
  r.people = n_people;
  r.events = n_events;
  // Documents rewritten away from the end (a pending span of an old document resolved) leave
  // their old entries behind; when they are half of the array, it is compacted.
  MaybeCompact();
}

void DocIndex::SetPeople(std::string_view doc,
                         const std::vector<std::pair<std::string_view, uint32_t>>& people) {
  const uint32_t d = FindOrAdd(doc);
  Load(d);
  if (Doc& r = docs_[d]; r.people == 0 && r.events == 0 && AtEnd(r)) {  // a new document
    for (const auto& [name, person] : people) {
      entries_.push_back(NameId(name));
      entries_.push_back(person);
    }
    r.people = static_cast<uint32_t>(people.size());
    return;
  }
  std::vector<uint32_t> flat;
  flat.reserve(2 * people.size());
  for (const auto& [name, person] : people) {
    flat.push_back(NameId(name));
    flat.push_back(person);
  }
  const Doc& r = docs_[d];
  Rewrite(d, flat.data(), static_cast<uint32_t>(people.size()),
          entries_.data() + r.at + 2 * r.people, r.events);
}

bool DocIndex::AddPerson(std::string_view doc, std::string_view name, uint32_t person) {
  const uint32_t d = FindOrAdd(doc);
  Load(d);
  const Doc& r = docs_[d];
  bool listed = false, present = false;
  for (uint32_t k = 0; k < r.people; ++k) {
    const uint32_t p = entries_[r.at + 2 * k + 1];
    if (p != person) continue;
    present = true;
    listed = listed || *names_[entries_[r.at + 2 * k]] == name;
  }
  if (listed) return present;
  const uint32_t name_id = NameId(name);
  if (AtEnd(r)) {  // the latest document: inserted before its events
    const auto at = entries_.begin() + static_cast<long>(r.at + 2 * r.people);
    entries_.insert(at, {name_id, person});
    ++docs_[d].people;
    return present;
  }
  std::vector<uint32_t> flat(entries_.begin() + static_cast<long>(r.at),
                             entries_.begin() + static_cast<long>(r.at + 2 * r.people));
  flat.push_back(name_id);
  flat.push_back(person);
  Rewrite(d, flat.data(), r.people + 1, entries_.data() + r.at + 2 * r.people, r.events);
  return present;
}

void DocIndex::SetEvents(std::string_view doc, const std::vector<uint32_t>& events) {
  const uint32_t d = FindOrAdd(doc);
  Load(d);
  if (Doc& r = docs_[d]; AtEnd(r)) {  // the latest document: its events replaced in place
    entries_.resize(r.at + 2 * static_cast<size_t>(r.people));
    entries_.insert(entries_.end(), events.begin(), events.end());
    r.events = static_cast<uint32_t>(events.size());
    return;
  }
  const Doc& r = docs_[d];
  Rewrite(d, entries_.data() + r.at, r.people, events.data(), static_cast<uint32_t>(events.size()));
}

std::vector<uint32_t> DocIndex::Events(std::string_view doc) const {
  const int64_t d = Find(doc);
  if (d < 0) return {};
  const Doc& r = docs_[static_cast<size_t>(d)];
  std::vector<uint32_t> scratch;
  const uint32_t* from = Entries(r, &scratch) + 2 * r.people;
  return std::vector<uint32_t>(from, from + r.events);
}

size_t DocIndex::MemoryBytes() const {
  // the arrays' capacities, the hash set's slots and control bytes, the interned names' nodes
  size_t n = ids_.capacity() + docs_.capacity() * sizeof(Doc) +
             entries_.capacity() * sizeof(uint32_t) + by_id_.MemoryBytes() +
             names_.capacity() * sizeof(void*) + name_ids_.bucket_count() * sizeof(void*) +
             loaded_.capacity() * sizeof(uint32_t);
  for (const auto& [name, id] : name_ids_)
    n += 48 + (name.capacity() > 15 ? name.capacity() + 1 : 0);  // node: the pair, malloc header
  return n;
}

}  // namespace newsgraph::world
