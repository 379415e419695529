// Where each world event's record is (internal): an open event's place in memory (kOpen + its
// slot), a closed event's offset on the spill file. One 8-byte value an event would grow with
// every event, so the values go in blocks of `block` events, and a block whose events are all
// closed (they never open again) goes to the spill file: memory keeps the blocks with an open
// event, 8 bytes per other block, and whether an event is open is known without a read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "link/world_spill.h"

namespace newsgraph::world {

class EventSlots {
 public:
  static constexpr uint64_t kOpen = uint64_t{1} << 63;

  explicit EventSlots(SpillFile* spill, uint32_t block = 1024);

  size_t size() const { return size_; }
  // A new event, open in memory slot `slot`; its number.
  uint32_t AddOpen(uint32_t slot);
  // Event e closes: its record is at `at` on the spill file.
  void Close(uint32_t e, uint64_t at);
  // kOpen + the slot of an open event, the offset of a closed one's record (read from the
  // spill file when its block is there).
  uint64_t At(uint32_t e) const;
  // Whether event e is open (no read).
  bool IsOpen(uint32_t e) const {
    const Block& b = blocks_[e / block_];
    return !b.values.empty() && (b.values[e % block_] & kOpen);
  }
  // Blocks on the spill file.
  size_t spilled_blocks() const { return spilled_; }
  // Heap bytes.
  size_t MemoryBytes() const;

 private:
  struct Block {
    std::vector<uint64_t> values;  // empty once on the file
    uint64_t at = 0;               // where the values are on the file
    uint32_t open = 0;             // its open events
  };
  void MaybeSpill(uint32_t k);

  SpillFile* spill_;
  uint32_t block_;
  size_t size_ = 0;
  size_t spilled_ = 0;
  std::vector<Block> blocks_;
};

}  // namespace newsgraph::world
