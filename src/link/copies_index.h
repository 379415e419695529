// The candidate index of copy detection (internal header; docs/copies.md): which stored
// documents might be copies of a new one, at a cost that does not grow with the store.
//
// One open-addressing table maps keys to posting lists (newest first) in one arena:
//   - content terms: a document posts itself under the kIndexTerms of its terms whose lists are
//     shortest when it is added (rare terms; names and figures count double); a query reads the
//     lists of its kQueryTerms terms with the shortest lists, weighting each by 1/log(length);
//   - sentence keys (excerpts, truncated copies) and the normalised-text hash (duplicates).
// A list stops growing at CopyOptions::max_bucket ids (a hot bucket: a term or a boilerplate
// sentence on every page), and a query skips full lists, which carry no signal.
// Candidates are ranked by their sketches (estimated content and shingle Jaccard).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/huge_pages.h"
#include "link/copies_fingerprint.h"
#include "link/copies_relation.h"
#include "newsgraph/copies.h"

namespace newsgraph::copies {

inline constexpr size_t kIndexTerms = 20;
inline constexpr size_t kQueryTerms = 40;

// Days since 1970-01-01 of an ISO date's first 10 characters, or kNoDay.
inline constexpr int32_t kNoDay = INT32_MIN;
int32_t DayNumber(std::string_view iso);

struct Candidate {
  uint32_t doc = 0;
  double score = 0;      // what ranks candidates: the larger sketch similarity and key hits
  double content = 0;    // estimated content-term Jaccard
  double shingles = 0;   // estimated shingle Jaccard
  int sentence_hits = 0;
  bool duplicate = false;
};

class CandidateIndex {
 public:
  explicit CandidateIndex(const CopyOptions& options) : options_(options) {}

  // The best candidates for `fp`, best first (at most options.max_candidates).
  std::vector<Candidate> Query(const Fingerprint& fp, int32_t day) const;
  // Adds a document; returns its number.
  uint32_t Add(const Fingerprint& fp, std::string_view id, int32_t day);

  std::string_view Id(uint32_t doc) const;
  size_t size() const { return docs_.size(); }
  size_t MemoryBytes() const;

 private:
  // A key's list: one document is kept in the slot itself; longer lists are chains of blocks
  // in one arena (blocks_), newest block first, each block a run of ids in the order they were
  // posted, its capacity doubling along the chain (2, 4, ... BlockCapacity): reading a list
  // costs a cache miss a block, not one an id.
  struct Slot {
    uint64_t key = 0;   // 0: empty
    uint32_t head = 0;  // count 1: the document; count >= 2: the newest block's offset + 1
    uint32_t count = 0; // postings (at most max_bucket)
  };
  // The capacity of the k-th block of a list (k = 0: its oldest).
  static constexpr uint32_t BlockCapacity(uint32_t k) { return k >= 7 ? 256u : 2u << k; }
  // Where a list of `count` >= 2 ids ends: its newest block's number and the ids in it.
  struct ListEnd {
    uint32_t block;
    uint32_t used;
  };
  static ListEnd EndOf(uint32_t count);
  // A list being walked by a query: its block being read (offset + 1; 0: done).
  struct Cursor {
    uint32_t at;
    uint32_t block;
    uint32_t used;
  };
  // Calls f(doc) for the ids of `slot`, newest first, while f returns true.
  template <typename F>
  void ForEachPosting(const Slot& slot, F&& f) const;
  struct Doc {
    Sketch content;
    Sketch shingles;
    uint32_t content_count;
    uint32_t shingle_count;
    int32_t day;
    uint32_t id_offset;
    uint32_t normalized;  // low bits of Fingerprint::normalized
    uint16_t id_length;
  };

  // Where `key` (a hash) is looked for first in a table of n slots: its high bits scaled to n
  // (the table's size need not be a power of two).
  static size_t Home(uint64_t key, size_t n) {
    return static_cast<size_t>((static_cast<unsigned __int128>(key) * n) >> 64);
  }
  const Slot* Find(uint64_t key) const;
  Slot* FindOrInsert(uint64_t key);
  void Post(Slot* slot, uint32_t doc);
  void Grow();
  size_t MaxBucket() const;

  CopyOptions options_;
  // (The arrays read at random by queries are on huge pages once large: core/huge_pages.h.)
  LargeVector<Slot> slots_;
  size_t used_ = 0;
  // Blocks: [the next older block's offset + 1, or 0][BlockCapacity(k) ids].
  LargeVector<uint32_t> blocks_;
  LargeVector<Doc> docs_;
  std::string ids_;
  mutable LargeVector<float> votes_;       // per document, zero between queries
  mutable LargeVector<uint8_t> hits_;      // sentence-key hits per document
  mutable std::vector<uint32_t> touched_;  // the documents voted for by the query
  mutable std::vector<uint32_t> hit_;      // those with sentence-key hits
};

// The sentence spans (SplitSentences) of indexed documents, so that a candidate's text is not
// split again each time it is compared: per document the hash of the text they belong to and
// the spans, delta- and varint-coded in one arena (about 2-3 bytes a sentence). Spans that take
// more than kMaxEncodedBytes are not kept (a long text is split again when compared), so the
// store holds at most 8 + kMaxEncodedBytes bytes a document.
class SentenceSpanStore {
 public:
  static constexpr size_t kMaxEncodedBytes = 192;

  // What the spans are checked against: a hash of the text's first 1 MiB and its length.
  static uint32_t TextHash(std::string_view text);

  // Documents are numbered 0, 1, ... as the index numbers them; Add makes room for `doc`.
  void Add(uint32_t doc, uint32_t text_hash);
  // Keeps the spans of `doc` when its text hash is `text_hash` and they fit; false otherwise.
  bool Put(uint32_t doc, uint32_t text_hash, const std::vector<SentenceSpan>& spans);
  // The spans kept for `doc` when its text hash is `text_hash`.
  std::optional<std::vector<SentenceSpan>> Get(uint32_t doc, uint32_t text_hash) const;
  bool Has(uint32_t doc) const { return doc < entries_.size() && entries_[doc].offset != 0; }
  size_t MemoryBytes() const;

 private:
  struct Entry {
    uint32_t hash = 0;
    uint32_t offset = 0;  // arena offset + 1; 0: no spans kept
  };
  LargeVector<Entry> entries_;
  LargeVector<uint8_t> arena_;
};

}  // namespace newsgraph::copies
