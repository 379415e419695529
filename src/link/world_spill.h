// The world's spill file (internal): records that can no longer change, or that the world only
// ever writes out (listed mentions, office claims, quotes, closed events, the per-document index
// of old documents), leave memory for an append-only temporary file the World owns, and are read
// back when records are made (World::people(), events(), Conflicts(), PersonIdOf, EventIdsOf).
// So the world's memory is bounded by what can still change, not by the number of documents.
//
// The file is unlinked at once (it goes when the world does), in WorldOptions::spill_dir, else
// $TMPDIR, else /tmp; it is made on the first record. Appends go through a buffer of 1 MiB. When
// the file cannot be made or written, the world keeps the records in that buffer instead (its
// memory is then no longer bounded) and SpillFile::status() says why: results are the same.
//
// SpillList<T> is one key's list of records (a person's mentions, a quote's speakers): the latest
// few in memory, the others in blocks chained backwards on the file (each block holds the offset
// of the key's block before it), so a key costs some 40 bytes and its tail in memory whatever
// its length.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::world {

class SpillFile {
 public:
  // `dir`: where the file goes ("" : $TMPDIR, else /tmp).
  explicit SpillFile(std::string dir = "");
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Appends n bytes; their offset.
  uint64_t Append(const void* data, size_t n);
  // Reads n bytes at `at` (written by Append) into `out`.
  void Read(uint64_t at, void* out, size_t n) const;

  // Bytes appended so far.
  uint64_t size() const { return written_ + buffer_.size(); }
  // Bytes on the file (the rest is in the buffer).
  uint64_t file_bytes() const { return written_; }
  // Heap bytes (the buffer).
  size_t MemoryBytes() const { return buffer_.capacity(); }
  // Why the records stay in memory (the file could not be made or written); Ok otherwise.
  const Status& status() const { return status_; }

 private:
  void Flush();

  std::string dir_;
  int fd_ = -1;
  bool failed_ = false;  // keep everything in buffer_ (status_ says why)
  Status status_;
  uint64_t written_ = 0;  // bytes on the file; buffer_ holds the bytes after them
  std::vector<char> buffer_;  // (a vector: its reserve is exact)
};

// A key's records in order: the latest (up to `block`) in memory, the older ones on the file in
// blocks of `block` records, each block after the offset of the one before it. T is a plain
// record (trivially copyable).
template <typename T>
class SpillList {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  void push_back(SpillFile& file, const T& x, size_t block) {
    tail_.push_back(x);
    ++count_;
    if (tail_.size() < block) return;
    // block: [offset of the block before][number of records][records]
    std::string bytes(sizeof(uint64_t) + sizeof(uint32_t) + tail_.size() * sizeof(T), '\0');
    const uint32_t n = static_cast<uint32_t>(tail_.size());
    std::memcpy(bytes.data(), &last_, sizeof last_);
    std::memcpy(bytes.data() + sizeof last_, &n, sizeof n);
    std::memcpy(bytes.data() + sizeof last_ + sizeof n, tail_.data(), tail_.size() * sizeof(T));
    last_ = file.Append(bytes.data(), bytes.size()) + 1;
    tail_.clear();
  }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

  // The latest min(n, size()) records, in order.
  std::vector<T> Last(const SpillFile& file, size_t n) const {
    std::vector<std::vector<T>> blocks;  // newest first
    size_t have = std::min(n, tail_.size());
    blocks.emplace_back(tail_.end() - static_cast<long>(have), tail_.end());
    for (uint64_t at = last_; at != 0 && have < n;) {
      uint64_t prev = 0;
      uint32_t k = 0;
      file.Read(at - 1, &prev, sizeof prev);
      file.Read(at - 1 + sizeof prev, &k, sizeof k);
      std::vector<T> b(k);
      if (k) file.Read(at - 1 + sizeof prev + sizeof k, b.data(), k * sizeof(T));
      if (k > n - have) b.erase(b.begin(), b.end() - static_cast<long>(n - have));
      have += b.size();
      blocks.push_back(std::move(b));
      at = prev;
    }
    std::vector<T> out;
    out.reserve(have);
    for (size_t i = blocks.size(); i-- > 0;)
      out.insert(out.end(), blocks[i].begin(), blocks[i].end());
    return out;
  }
  std::vector<T> All(const SpillFile& file) const { return Last(file, count_); }

  // Heap bytes (the tail).
  size_t MemoryBytes() const { return tail_.capacity() * sizeof(T); }

 private:
  std::vector<T> tail_;
  uint64_t last_ = 0;  // the offset + 1 of the latest block on the file, 0: none
  uint32_t count_ = 0;
};

// Byte strings written and read back in order: the fields of a spilled record that are not
// plain numbers (a quote's words, an event's reports).
class SpillWriter {
 public:
  template <typename T>
  void Put(const T& x) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&x), sizeof x);
  }
  void PutString(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put(static_cast<uint32_t>(v.size()));
    bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  // Appends the record (its length first); its offset.
  uint64_t WriteTo(SpillFile& file);

 private:
  std::string bytes_;
};

class SpillReader {
 public:
  // The record written by SpillWriter::WriteTo at `at`.
  SpillReader(const SpillFile& file, uint64_t at);
  template <typename T>
  T Get() {
    T x;
    std::memcpy(&x, bytes_.data() + pos_, sizeof x);
    pos_ += sizeof x;
    return x;
  }
  std::string GetString() {
    const uint32_t n = Get<uint32_t>();
    std::string s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> GetVector() {
    const uint32_t n = Get<uint32_t>();
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

}  // namespace newsgraph::world
