// EventSlots: where the world's events are, closed blocks on the spill file (world_event_slots.h).
#include "link/world_event_slots.h"

#include <algorithm>

#include "link/world_doc_index.h"

namespace newsgraph::world {

EventSlots::EventSlots(SpillFile* spill, uint32_t block)
    : spill_(spill), block_(std::max<uint32_t>(block, 1)) {}

uint32_t EventSlots::AddOpen(uint32_t slot) {
  if (size_ % block_ == 0) {
    GrowByEighth(blocks_, 1);
    blocks_.emplace_back();
    blocks_.back().values.reserve(block_);
  }
  Block& b = blocks_.back();
  b.values.push_back(kOpen + slot);
  ++b.open;
  return static_cast<uint32_t>(size_++);
}

void EventSlots::Close(uint32_t e, uint64_t at) {
  const uint32_t k = e / block_;
  Block& b = blocks_[k];
  b.values[e % block_] = at;
  --b.open;
  MaybeSpill(k);
}

void EventSlots::MaybeSpill(uint32_t k) {
  Block& b = blocks_[k];
  // a full block with all its events closed: its values can no longer change
  if (b.open > 0 || b.values.size() < block_) return;
  b.at = spill_->Append(b.values.data(), b.values.size() * sizeof(uint64_t));
  std::vector<uint64_t>().swap(b.values);  // its memory freed (= {} would keep it)
  ++spilled_;
}

uint64_t EventSlots::At(uint32_t e) const {
  const Block& b = blocks_[e / block_];
  if (!b.values.empty()) return b.values[e % block_];
  uint64_t at = 0;
  spill_->Read(b.at + (e % block_) * sizeof(uint64_t), &at, sizeof at);
  return at;
}

size_t EventSlots::MemoryBytes() const {
  size_t n = blocks_.capacity() * sizeof(Block);
  for (const Block& b : blocks_) n += b.values.capacity() * sizeof(uint64_t);
  return n;
}

}  // namespace newsgraph::world
