// The world's per-document index (internal): for each document added, its people (the local
// name a document calls a person by, and the world person) and its events, answering
// World::PersonIdOf and World::EventIdsOf. It grows with every document, so it is kept compact:
// each distinct local name once (interned), each document's entries as 32-bit numbers in one
// shared array. The entries of old documents go to the world's spill file (SpillBefore) and are
// read back when asked for; a document changed again (added anew) is read back into memory.
// The latest documents (a window) keep their ids and records in memory; once a block of
// documents before the window is all spilled, their ids and records go to the spill file too
// (one block of `block` documents a write) and a DocFinder (6 bytes a document) finds them by
// id, so an old document costs some 6 bytes in memory (docs/world.md).
#pragma once

#include <absl/container/flat_hash_map.h>
#include <absl/container/node_hash_map.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "link/numbers_by_text.h"
#include "link/world_doc_finder.h"
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
  // `block`: documents whose ids and records go to the spill file in one write.
  explicit DocIndex(SpillFile* spill, uint32_t block = 1024, uint32_t finder_run = 1u << 16);
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
    const Doc r = Record(static_cast<uint32_t>(d));
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
  // The id of the document numbered `d` (read from the spill file for an old document).
  std::string Id(uint32_t d) const;
  // The ids of documents d[0, n) into out (appended): those of one block read together (a
  // person's mentions, in link order, are mostly of neighbouring documents).
  void Ids(const uint32_t* d, size_t n, std::vector<std::string>* out) const;
  // Writes the entries of the documents numbered below `keep_from` to the spill file (those
  // not there yet); they are read from there when asked for.
  void SpillBefore(uint32_t keep_from);

  size_t size() const { return base_ + docs_.size(); }
  // Documents whose ids and records are on the spill file (found through the DocFinder).
  size_t spilled_documents() const { return base_; }
  // Heap bytes (an estimate, as WorldFootprint counts them).
  size_t MemoryBytes() const;

 private:
  static constexpr int kIdLenBits = 24;  // a document id of up to 16 MiB
  static constexpr uint64_t kIdLenMask = (uint64_t{1} << kIdLenBits) - 1;
  static constexpr uint64_t kSpilled = uint64_t{1} << 63;
  struct Doc {
    uint64_t id = 0;  // in the window: its offset (from ids_base_) << kIdLenBits | its length
    // In entries_: people as (name, person) pairs, then events; kSpilled | the offset of the
    // same on the spill file.
    uint64_t at = 0;
    uint32_t people = 0;
    uint32_t events = 0;
  };
  // Where a spilled document's record is within its block on the file (Doc without its id).
  struct BlockRecord {
    uint64_t at = 0;
    uint32_t people = 0;
    uint32_t events = 0;
  };
  // The record of document d: in the window, among the changed, or read from its block.
  Doc Record(uint32_t d) const;
  // The record of document d to change (copied among the changed when before the window).
  Doc& Mutable(uint32_t d);
  // The id of document d in the window.
  std::string_view WindowId(uint32_t d) const {
    const uint64_t id = docs_[d - base_].id;
    return std::string_view(ids_.data() + ((id >> kIdLenBits) - ids_base_), id & kIdLenMask);
  }
  // Writes the ids and records of the window's first `block_` documents to the spill file.
  void WriteBlock();
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
  uint32_t block_;
  // The window: documents base_ .. size() - 1 (docs_[d - base_]), their ids in ids_ (from
  // offset ids_base_), found by id in by_id_.
  uint32_t base_ = 0;
  uint64_t ids_base_ = 0;
  std::vector<char> ids_;
  std::vector<Doc> docs_;
  NumbersByText<DocIndex, &DocIndex::WindowId> by_id_{this};
  // Before the window: blocks_[d / block_] is where document d's block is on the spill file
  // (block_ ids' ends as uint32, block_ BlockRecords, the ids), found by id in finder_; changed_
  // holds the records of those read back into memory (changed again) since.
  std::vector<uint64_t> blocks_;
  DocFinder finder_;
  absl::flat_hash_map<uint32_t, Doc> changed_;
  uint32_t spilled_upto_ = 0;      // the documents below have their entries on the file, but for
  std::vector<uint32_t> loaded_;  // those read back into memory (changed again)
  std::vector<uint32_t> entries_;
  size_t garbage_ = 0;  // entries_ no document points to any more (rewritten elsewhere)
  absl::node_hash_map<std::string, uint32_t> name_ids_;  // nodes: the keys stay put
  std::vector<const std::string*> names_;                // the keys of name_ids_, by id
};

}  // namespace newsgraph::world
