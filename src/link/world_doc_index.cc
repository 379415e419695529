// DocIndex: the world's compact per-document index (see world_doc_index.h).
#include "link/world_doc_index.h"

#include <absl/strings/string_view.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace newsgraph::world {

DocIndex::DocIndex(SpillFile* spill, uint32_t block, uint32_t finder_run)
    : spill_(spill), block_(std::max<uint32_t>(block, 1)), finder_(finder_run) {}

int64_t DocIndex::Find(std::string_view doc) const {
  if (const int64_t d = by_id_.Find(doc); d >= 0) return d;
  if (base_ == 0) return -1;
  int64_t found = -1;
  finder_.ForCandidates(XXH3_64bits(doc.data(), doc.size()), [&](uint32_t d) {
    if (Id(d) != doc) return false;
    found = d;
    return true;
  });
  return found;
}

uint32_t DocIndex::FindOrAdd(std::string_view doc) {
  if (int64_t d = Find(doc); d >= 0) return static_cast<uint32_t>(d);
  Doc r;
  doc = doc.substr(0, kIdLenMask);
  r.id = (ids_base_ + ids_.size()) << kIdLenBits | doc.size();
  r.at = entries_.size();
  GrowByEighth(ids_, doc.size());
  ids_.insert(ids_.end(), doc.begin(), doc.end());
  GrowByEighth(docs_, 1);
  docs_.push_back(r);
  const uint32_t d = static_cast<uint32_t>(size() - 1);
  by_id_.Insert(d);
  return d;
}

std::string DocIndex::Id(uint32_t d) const {
  if (d >= base_) return std::string(WindowId(d));
  const uint64_t at = blocks_[d / block_];
  const uint32_t i = d % block_;
  uint32_t ends[2] = {0, 0};  // the end of the id before, its own
  if (i == 0)
    spill_->Read(at, &ends[1], sizeof(uint32_t));
  else
    spill_->Read(at + (i - 1) * sizeof(uint32_t), ends, sizeof ends);
  std::string id(ends[1] - ends[0], '\0');
  if (!id.empty())
    spill_->Read(at + block_ * (sizeof(uint32_t) + sizeof(BlockRecord)) + ends[0], id.data(),
                 id.size());
  return id;
}

void DocIndex::Ids(const uint32_t* d, size_t n, std::vector<std::string>* out) const {
  out->reserve(out->size() + n);
  const uint64_t bytes_from = block_ * (sizeof(uint32_t) + sizeof(BlockRecord));
  for (size_t k = 0; k < n;) {
    if (d[k] >= base_) {
      out->emplace_back(WindowId(d[k++]));
      continue;
    }
    // the run of documents of d[k]'s block: its ids' ends and bytes read at once
    const uint32_t block = d[k] / block_;
    size_t end = k;
    uint32_t lo = d[k] % block_, hi = lo;
    for (; end < n && d[end] < base_ && d[end] / block_ == block; ++end) {
      lo = std::min(lo, d[end] % block_);
      hi = std::max(hi, d[end] % block_);
    }
    if (end - k == 1) {
      out->push_back(Id(d[k++]));
      continue;
    }
    const uint64_t at = blocks_[block];
    // ends[0] is the end of the id before lo (0 for the block's first), ends[1 + i] lo + i's
    std::vector<uint32_t> ends(hi - lo + 2, 0);
    if (lo == 0)
      spill_->Read(at, ends.data() + 1, (hi + 1) * sizeof(uint32_t));
    else
      spill_->Read(at + (lo - 1) * sizeof(uint32_t), ends.data(), ends.size() * sizeof(uint32_t));
    std::string bytes(ends.back() - ends[0], '\0');
    if (!bytes.empty()) spill_->Read(at + bytes_from + ends[0], bytes.data(), bytes.size());
    for (; k < end; ++k) {
      const uint32_t i = d[k] % block_ - lo;
      out->push_back(bytes.substr(ends[i] - ends[0], ends[i + 1] - ends[i]));
    }
  }
}

DocIndex::Doc DocIndex::Record(uint32_t d) const {
  if (d >= base_) return docs_[d - base_];
  if (auto it = changed_.find(d); it != changed_.end()) return it->second;
  BlockRecord b;
  spill_->Read(blocks_[d / block_] + block_ * sizeof(uint32_t) + (d % block_) * sizeof b, &b,
               sizeof b);
  Doc r;
  r.at = b.at;
  r.people = b.people;
  r.events = b.events;
  return r;
}

DocIndex::Doc& DocIndex::Mutable(uint32_t d) {
  if (d >= base_) return docs_[d - base_];
  if (auto it = changed_.find(d); it != changed_.end()) return it->second;
  const Doc r = Record(d);
  return changed_.emplace(d, r).first->second;
}

void DocIndex::WriteBlock() {
  // [block_ ends of the ids][block_ BlockRecords][the ids]
  std::string bytes(block_ * (sizeof(uint32_t) + sizeof(BlockRecord)), '\0');
  std::vector<uint64_t> hashes(block_);
  uint32_t end = 0;
  for (uint32_t i = 0; i < block_; ++i) {
    const uint32_t d = base_ + i;
    const Doc& r = docs_[i];
    // a document read back into memory keeps its record there
    if (!(r.at & kSpilled)) changed_.emplace(d, r);
    const std::string_view id = WindowId(d);
    bytes.append(id);
    end += static_cast<uint32_t>(id.size());
    std::memcpy(bytes.data() + i * sizeof(uint32_t), &end, sizeof end);
    const BlockRecord b{r.at, r.people, r.events};
    std::memcpy(bytes.data() + block_ * sizeof(uint32_t) + i * sizeof b, &b, sizeof b);
    hashes[i] = XXH3_64bits(id.data(), id.size());
    by_id_.Erase(d);
  }
  blocks_.push_back(spill_->Append(bytes.data(), bytes.size()));
  finder_.Add(hashes);
  // the window starts after the block
  const uint64_t ids_from = block_ < docs_.size() ? docs_[block_].id >> kIdLenBits
                                                   : ids_base_ + ids_.size();
  ids_.erase(ids_.begin(), ids_.begin() + static_cast<long>(ids_from - ids_base_));
  ids_base_ = ids_from;
  docs_.erase(docs_.begin(), docs_.begin() + block_);
  base_ += block_;
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
  if (d >= spilled_upto_) return;  // in memory (the window starts before spilled_upto_)
  Doc& r = Mutable(d);
  if (!(r.at & kSpilled)) return;
  std::vector<uint32_t> block;
  Entries(r, &block);
  r.at = entries_.size();
  entries_.insert(entries_.end(), block.begin(), block.end());
  loaded_.push_back(d);
}

void DocIndex::SpillBefore(uint32_t keep_from) {
  keep_from = std::min<uint32_t>(keep_from, static_cast<uint32_t>(size()));
  auto spill = [&](uint32_t d) {
    Doc& r = Mutable(d);
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
  while (spilled_upto_ - base_ >= block_) WriteBlock();
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
  for (uint32_t d : loaded_) pack(Mutable(d));
  for (uint32_t d = spilled_upto_; d < size(); ++d) pack(docs_[d - base_]);
  entries_ = std::move(packed);
  garbage_ = 0;
}

void DocIndex::Rewrite(uint32_t d, const uint32_t* people, uint32_t n_people,
                       const uint32_t* events, uint32_t n_events) {
  // the arguments may point into entries_: copied first
  std::vector<uint32_t> block(people, people + 2 * n_people);
  block.insert(block.end(), events, events + n_events);
  Doc& r = Mutable(d);
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
  if (Doc& r = Mutable(d); r.people == 0 && r.events == 0 && AtEnd(r)) {  // a new document
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
  const Doc& r = Mutable(d);
  Rewrite(d, flat.data(), static_cast<uint32_t>(people.size()),
          entries_.data() + r.at + 2 * r.people, r.events);
}

bool DocIndex::AddPerson(std::string_view doc, std::string_view name, uint32_t person) {
  const uint32_t d = FindOrAdd(doc);
  Load(d);
  const Doc r = Mutable(d);
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
    ++Mutable(d).people;
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
  if (Doc& r = Mutable(d); AtEnd(r)) {  // the latest document: its events replaced in place
    entries_.resize(r.at + 2 * static_cast<size_t>(r.people));
    entries_.insert(entries_.end(), events.begin(), events.end());
    r.events = static_cast<uint32_t>(events.size());
    return;
  }
  const Doc& r = Mutable(d);
  Rewrite(d, entries_.data() + r.at, r.people, events.data(), static_cast<uint32_t>(events.size()));
}

std::vector<uint32_t> DocIndex::Events(std::string_view doc) const {
  const int64_t d = Find(doc);
  if (d < 0) return {};
  const Doc r = Record(static_cast<uint32_t>(d));
  std::vector<uint32_t> scratch;
  const uint32_t* from = Entries(r, &scratch) + 2 * r.people;
  return std::vector<uint32_t>(from, from + r.events);
}

size_t DocIndex::MemoryBytes() const {
  // the arrays' capacities, the hash set's slots and control bytes, the interned names' nodes
  size_t n = ids_.capacity() + docs_.capacity() * sizeof(Doc) +
             entries_.capacity() * sizeof(uint32_t) + by_id_.MemoryBytes() +
             names_.capacity() * sizeof(void*) + name_ids_.bucket_count() * sizeof(void*) +
             loaded_.capacity() * sizeof(uint32_t) + blocks_.capacity() * sizeof(uint64_t) +
             finder_.MemoryBytes() +
             changed_.capacity() * (sizeof(std::pair<const uint32_t, Doc>) + 1);
  for (const auto& [name, id] : name_ids_)
    n += 48 + (name.capacity() > 15 ? name.capacity() + 1 : 0);  // node: the pair, malloc header
  return n;
}

}  // namespace newsgraph::world
