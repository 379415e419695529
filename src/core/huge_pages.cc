// Large arrays on huge pages (see huge_pages.h).
#include "core/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace newsgraph {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;

size_t Rounded(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

}  // namespace

void* AllocateLarge(size_t bytes) {
  if (bytes < kHugePageMin) return ::operator new(bytes);
  // Mapped with a huge page of room, then trimmed to a 2 MiB boundary at both ends: a huge
  // page needs its whole aligned 2 MiB inside the mapping.
  const size_t size = Rounded(bytes);
  if (size < bytes || size + kHugePage < size) throw std::bad_alloc();
  void* m = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) throw std::bad_alloc();
  const uintptr_t start = reinterpret_cast<uintptr_t>(m);
  const uintptr_t aligned = (start + kHugePage - 1) & ~(uintptr_t{kHugePage} - 1);
  if (aligned > start) munmap(m, aligned - start);
  if (const uintptr_t tail = start + size + kHugePage - (aligned + size); tail > 0) {
    munmap(reinterpret_cast<void*>(aligned + size), tail);
  }
  void* p = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
  (void)madvise(p, size, MADV_HUGEPAGE);  // a hint: without huge pages the memory is the same
#endif
  return p;
}

void FreeLarge(void* p, size_t bytes) noexcept {
  if (p == nullptr) return;
  if (bytes < kHugePageMin) {
    ::operator delete(p);
    return;
  }
  munmap(p, Rounded(bytes));
}

}  // namespace newsgraph
