// The world's per-document index (internal): for each document added, its people (the local
// name a document calls a person by, and the world person) and its events, answering
// World::PersonIdOf and World::EventIdsOf. It grows with every document, so it is kept compact:
// each document id once in one character array, each distinct local name once (interned), and
// each document's entries as 32-bit numbers in one shared array (about 130 bytes a document with
// six people and a call, against some 550 for a map of strings and vectors; docs/world.md). The
// entries of old documents go to the world's spill file (SpillBefore) and are read back when
// asked for; a document changed again (added anew) is read back into memory.
#pragma once

#include <absl/container/node_hash_map.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "link/numbers_by_text.h"
#include "link/world_spill.h"

namespace newsgraph::world {

// Makes room in `v` for `extra` more elements, growing it by an eighth (not doubling, as
// push_back does): the arrays that grow with every document stay within 1/8 of their size.
template <typename V>
void GrowByEighth(V& v, size_t extra) {
  if (v.size() + extra > v.capacity()) v.reserve(v.size() + extra + v.size() / 8 + 64);
}

class DocIndex {
 public:
  explicit DocIndex(SpillFile* spill);
  DocIndex(const DocIndex&) = delete;
  DocIndex& operator=(const DocIndex&) = delete;

  // The document's people become `people` (local name, person index), in order; its events stay.
  void SetPeople(std::string_view doc,
                 const std::vector<std::pair<std::string_view, uint32_t>>& people);
  // Adds (name, person) to the document's people unless listed; whether `person` was among them.
  bool AddPerson(std::string_view doc, std::string_view name, uint32_t person);
  // The document's events become `events` (event indices, in order).
  void SetEvents(std::string_view doc, const std::vector<uint32_t>& events);

  // fn(std::string_view local_name, uint32_t person) for each of the document's people, in order.
  template <typename F>
  void ForPeople(std::string_view doc, F&& fn) const {
    const int64_t d = Find(doc);
    if (d < 0) return;
    const Doc& r = docs_[static_cast<size_t>(d)];
    std::vector<uint32_t> scratch;
    const uint32_t* e = Entries(r, &scratch);
    for (uint32_t k = 0; k < r.people; ++k) fn(std::string_view(*names_[e[2 * k]]), e[2 * k + 1]);
  }
  // The document's events, in order (empty when unknown).
  std::vector<uint32_t> Events(std::string_view doc) const;

  // The number of document `doc` (added, with no people or events yet, when new): the world's
  // records name documents by it.
  uint32_t Number(std::string_view doc) { return FindOrAdd(doc); }
  // The number of document `doc`, or -1 when unknown.
  int64_t Find(std::string_view doc) const;
  // The id of the document numbered `d`.
  std::string_view Id(uint32_t d) const {
    return std::string_view(ids_.data() + (docs_[d].id >> kIdLenBits), docs_[d].id & kIdLenMask);
  }
  // Writes the entries of the documents numbered below `keep_from` to the spill file (those
  // not there yet); they are read from there when asked for.
  void SpillBefore(uint32_t keep_from);

  size_t size() const { return docs_.size(); }
  // Heap bytes (an estimate, as WorldFootprint counts them).
  size_t MemoryBytes() const;

 private:
  static constexpr int kIdLenBits = 24;  // a document id of up to 16 MiB
  static constexpr uint64_t kIdLenMask = (uint64_t{1} << kIdLenBits) - 1;
  static constexpr uint64_t kSpilled = uint64_t{1} << 63;
  struct Doc {
    uint64_t id = 0;  // its offset in ids_ << kIdLenBits | its length
    // In entries_: people as (name, person) pairs, then events; kSpilled | the offset of the
    // same on the spill file.
    uint64_t at = 0;
    uint32_t people = 0;
    uint32_t events = 0;
  };
  // r's entries: in entries_, or read from the spill file into `scratch`.
  const uint32_t* Entries(const Doc& r, std::vector<uint32_t>* scratch) const;
  // Document d's entries back in memory (at the end of entries_) when they were spilled.
  void Load(uint32_t d);
  // Packs entries_ when half of it is entries no document points to.
  void MaybeCompact();
  uint32_t FindOrAdd(std::string_view doc);
  uint32_t NameId(std::string_view name);
  bool AtEnd(const Doc& r) const;  // r's entries are the last of entries_
  // Rewrites document d's entries at the end of entries_: its people, then its events.
  void Rewrite(uint32_t d, const uint32_t* people, uint32_t n_people, const uint32_t* events,
               uint32_t n_events);

  SpillFile* spill_;
  std::vector<char> ids_;
  std::vector<Doc> docs_;
  uint32_t spilled_upto_ = 0;      // the documents below are on the spill file, but for
  std::vector<uint32_t> loaded_;  // those read back into memory (changed again)
  NumbersByText<DocIndex, &DocIndex::Id> by_id_{this};  // document numbers, found by id
  std::vector<uint32_t> entries_;
  size_t garbage_ = 0;  // entries_ no document points to any more (rewritten elsewhere)
  absl::node_hash_map<std::string, uint32_t> name_ids_;  // nodes: the keys stay put
  std::vector<const std::string*> names_;                // the keys of name_ids_, by id
};

}  // namespace newsgraph::world
