// DocFinder: the world's old documents found by their ids' hashes (see world_doc_finder.h).
#include "link/world_doc_finder.h"

#include <algorithm>
#include <iterator>

namespace newsgraph::world {

DocFinder::DocFinder(uint32_t run) : run_(std::clamp<uint32_t>(run, 1, 1u << 16)) {}

void DocFinder::Add(const std::vector<uint64_t>& hashes) {
  size_t k = 0;
  while (k < hashes.size()) {
    if (runs_.empty() || runs_.back().hashes.size() == run_) {
      runs_.emplace_back();
      runs_.back().base = size_;
    }
    const uint32_t room = run_ - static_cast<uint32_t>(runs_.back().hashes.size());
    const uint32_t n = static_cast<uint32_t>(std::min<size_t>(room, hashes.size() - k));
    AddToLast(hashes.data() + k, n);
    k += n;
  }
}

void DocFinder::AddToLast(const uint64_t* hashes, uint32_t n) {
  Run& r = runs_.back();
  // (hash << 16 | local): sorted by hash, then number
  std::vector<uint64_t> add(n);
  for (uint32_t i = 0; i < n; ++i)
    add[i] = (hashes[i] >> 32) << 16 | (size_ + i - r.base);
  std::sort(add.begin(), add.end());
  std::vector<uint64_t> old(r.hashes.size());
  for (size_t i = 0; i < old.size(); ++i) old[i] = uint64_t{r.hashes[i]} << 16 | r.local[i];
  std::vector<uint64_t> all;
  all.reserve(old.size() + add.size());
  std::merge(old.begin(), old.end(), add.begin(), add.end(), std::back_inserter(all));
  // exactly the run's size once full (it stays so), else grown by an eighth
  const size_t cap = all.size() == run_ ? run_ : std::min<size_t>(run_, all.size() + all.size() / 8 + 64);
  std::vector<uint32_t> h;
  std::vector<uint16_t> l;
  h.reserve(cap);
  l.reserve(cap);
  for (uint64_t x : all) {
    h.push_back(static_cast<uint32_t>(x >> 16));
    l.push_back(static_cast<uint16_t>(x & 0xFFFF));
  }
  r.hashes = std::move(h);
  r.local = std::move(l);
  r.starts.assign(kBuckets + 1, 0);
  for (uint32_t x : r.hashes) ++r.starts[(x >> kShift) + 1];
  for (int b = 0; b < kBuckets; ++b) r.starts[b + 1] += r.starts[b];
  size_ += n;
}

size_t DocFinder::MemoryBytes() const {
  size_t n = runs_.capacity() * sizeof(Run);
  for (const Run& r : runs_)
    n += r.hashes.capacity() * sizeof(uint32_t) + r.local.capacity() * sizeof(uint16_t) +
         r.starts.capacity() * sizeof(uint32_t);
  return n;
}

}  // namespace newsgraph::world
