// Finds the world's old documents by their ids without keeping the ids in memory (internal, for
// DocIndex): for each document, 32 bits of its id's hash and its number, in runs of up to 65,536
// consecutive documents sorted by hash (6 bytes a document: the hash and the number's low 16
// bits), with a table of where each of the 4,096 leading 12-bit hash prefixes starts in a run.
// A lookup gives the candidates whose hash matches (a few in billions by chance); the caller
// checks each against the id on the spill file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::world {

class DocFinder {
 public:
  // `run`: documents a run holds (at most 65,536: their numbers' low 16 bits are kept).
  explicit DocFinder(uint32_t run = 1u << 16);

  // Adds the documents numbered size() .. size() + hashes.size() - 1, whose ids hash (64 bits,
  // XXH3) to `hashes`, in order.
  void Add(const std::vector<uint64_t>& hashes);

  // fn(uint32_t number) for each document whose id's hash agrees with `hash` until fn says true.
  template <typename F>
  void ForCandidates(uint64_t hash, F&& fn) const {
    const uint32_t h = static_cast<uint32_t>(hash >> 32);
    for (const Run& r : runs_) {
      const uint32_t* lo = r.hashes.data() + r.starts[h >> kShift];
      const uint32_t* hi = r.hashes.data() + r.starts[(h >> kShift) + 1];
      // a bucket holds some 16 of a full run: a linear scan
      for (const uint32_t* p = lo; p < hi; ++p) {
        if (*p < h) continue;
        if (*p > h) break;
        if (fn(r.base + r.local[static_cast<size_t>(p - r.hashes.data())])) return;
      }
    }
  }

  // Documents added.
  uint32_t size() const { return size_; }
  // Heap bytes (the arrays' capacities).
  size_t MemoryBytes() const;

 private:
  static constexpr int kBuckets = 4096;  // by the 12 leading bits of the hash
  static constexpr int kShift = 20;
  struct Run {
    uint32_t base = 0;               // the number of its first document
    std::vector<uint32_t> hashes;    // sorted
    std::vector<uint16_t> local;     // number - base, by hashes
    std::vector<uint32_t> starts;    // kBuckets + 1: where each bucket starts in hashes
  };
  void AddToLast(const uint64_t* hashes, uint32_t n);

  uint32_t run_;
  uint32_t size_ = 0;
  std::vector<Run> runs_;  // the last one may still grow
};

}  // namespace newsgraph::world
