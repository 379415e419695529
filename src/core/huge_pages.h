// Large arrays on huge pages: an allocator for std::vector whose allocations of kHugePageMin
// bytes or more are mapped on their own, aligned to 2 MiB, and offered to the kernel's
// transparent huge pages (madvise(MADV_HUGEPAGE): in the kernel's "madvise" mode, the build
// machine's, only memory asked for this way gets them; in "always" mode the hint changes
// nothing, in "never" the memory is ordinary pages). Smaller ones are ordinary heap memory.
//
// What it is for: arrays read at random, one cache line here and there, across hundreds of
// megabytes (the copy index of a million documents: its hash table, posting blocks, per-document
// sketches and votes). With 4 KiB pages nearly each such read also misses the TLB, and a page
// walk under a virtual machine's nested paging costs several more memory reads; a 2 MiB page
// covers 512 times as much. Contents, sizes and capacities are those of the default allocator:
// only where the memory comes from differs. Resident memory may exceed an array's size by up to
// one huge page (its last one is backed whole when touched), which is why small arrays stay on
// the heap.
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace newsgraph {

// Allocations from this size up are mapped on huge pages.
inline constexpr size_t kHugePageMin = size_t{1} << 20;

// `bytes` of memory (aligned as operator new aligns); throws std::bad_alloc. Free with
// FreeLarge and the same size.
void* AllocateLarge(size_t bytes);
void FreeLarge(void* p, size_t bytes) noexcept;

template <typename T>
struct HugePageAllocator {
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: conversion between element types
  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    return static_cast<T*>(AllocateLarge(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) noexcept { FreeLarge(p, n * sizeof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// A std::vector whose storage is on huge pages once it is large (see above).
template <typename T>
using LargeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace newsgraph
