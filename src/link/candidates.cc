// The candidate index and the incremental copy linker (see copies_index.h, newsgraph/copies.h).
#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

#include <xxhash.h>

#include "link/copies_index.h"
#include "link/copies_prepared_cache.h"
#include "link/copies_relation.h"
#include "link/copies_sentence_sketch.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace copies {
namespace {

constexpr uint64_t kTermTag = 0x7465726d00000000ULL;
constexpr uint64_t kSentenceTag = 0x73656e7400000000ULL;
constexpr uint64_t kDuplicateTag = 0x6475700000000000ULL;

uint64_t TableKey(uint64_t key, uint64_t tag) { return Mix64(key ^ tag) | 1; }

// Candidates ranked by votes before their sketches are compared.
constexpr size_t kRanked = 128;
// Exact duplicates related to a new document: the newest few (a text stored thousands of times
// would otherwise fill every candidate slot with copies of itself).
constexpr size_t kMaxDuplicates = 4;
// The smallest evidence that makes a candidate: estimated content or shingle Jaccard, or one
// shared sentence key, or the same normalised text.
constexpr double kMinContent = 0.18;
// Postings a query reads from term lists, at most (shortest lists first).
constexpr size_t kQueryBudget = 1500;
// A term list this long is a common word's: not read by queries, not added to. (Every posting
// read is a cache miss at a million documents; this is what keeps a query's cost flat.)
constexpr size_t kLongList = 200;
constexpr double kMinShingles = 0.05;

// Grows a vector by a quarter instead of doubling it, before `more` elements are appended (an
// insert past the capacity would double it): the index is most of the linker's memory.
template <typename Vector>
void Reserve(Vector& v, size_t more = 1) {
  if (v.size() + more > v.capacity()) v.reserve(v.size() + std::max<size_t>({more, 1024, v.size() / 4}));
}

}  // namespace

int32_t DayNumber(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return kNoDay;
  auto digits = [&](size_t b, size_t n, int* out) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y, m, d;
  if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d)) return kNoDay;
  if (m < 1 || m > 12 || d < 1 || d > 31) return kNoDay;
  // Days from civil (Howard Hinnant's algorithm).
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 +
                       static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

size_t CandidateIndex::MaxBucket() const {
  return std::clamp<size_t>(options_.max_bucket, 1, 65535);
}

const CandidateIndex::Slot* CandidateIndex::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const size_t n = slots_.size();
  for (size_t i = Home(key, n);; i = i + 1 == n ? 0 : i + 1) {
    if (slots_[i].key == key) return &slots_[i];
    if (slots_[i].key == 0) return nullptr;
  }
}

void CandidateIndex::Grow() {
  LargeVector<Slot> old;
  old.swap(slots_);
  // Half as large again (not twice): a table just grown is 47% full, not 35% (its empty slots
  // are most of the index's slack at some sizes).
  slots_.assign(old.empty() ? 1024 : old.size() + old.size() / 2, Slot{});
  const size_t n = slots_.size();
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t i = Home(s.key, n);
    while (slots_[i].key != 0) i = i + 1 == n ? 0 : i + 1;
    slots_[i] = s;
  }
}

CandidateIndex::Slot* CandidateIndex::FindOrInsert(uint64_t key) {
  if ((used_ + 1) * 10 > slots_.size() * 7) Grow();
  const size_t n = slots_.size();
  for (size_t i = Home(key, n);; i = i + 1 == n ? 0 : i + 1) {
    if (slots_[i].key == key) return &slots_[i];
    if (slots_[i].key == 0) {
      slots_[i].key = key;
      ++used_;
      return &slots_[i];
    }
  }
}

CandidateIndex::ListEnd CandidateIndex::EndOf(uint32_t count) {
  uint32_t block = 0, before = 0;
  while (before + BlockCapacity(block) < count) before += BlockCapacity(block++);
  return {block, count - before};
}

template <typename F>
void CandidateIndex::ForEachPosting(const Slot& slot, F&& f) const {
  if (slot.count == 0) return;
  if (slot.count == 1) {
    f(slot.head);
    return;
  }
  ListEnd end = EndOf(slot.count);
  uint32_t used = end.used;
  for (uint32_t at = slot.head, block = end.block; at != 0;) {
    const uint32_t* b = blocks_.data() + at - 1;
    for (uint32_t k = used; k-- > 0;) {
      if (!f(b[1 + k])) return;
    }
    at = b[0];
    if (block > 0) used = BlockCapacity(--block);
  }
}

void CandidateIndex::Post(Slot* slot, uint32_t doc) {
  if (slot->count >= MaxBucket()) return;  // a hot bucket keeps its first ids only
  if (slot->count == 0) {
    slot->head = doc;
    slot->count = 1;
    return;
  }
  auto new_block = [&](uint32_t capacity, uint32_t next) -> uint32_t* {
    if (blocks_.size() + 1 + capacity >= std::numeric_limits<uint32_t>::max()) return nullptr;
    if (blocks_.size() + 1 + capacity > blocks_.capacity()) {
      blocks_.reserve(blocks_.size() + std::max<size_t>({1024, blocks_.size() / 4, 1 + capacity}));
    }
    size_t at = blocks_.size();
    blocks_.resize(at + 1 + capacity);
    blocks_[at] = next;
    slot->head = static_cast<uint32_t>(at + 1);
    return blocks_.data() + at + 1;
  };
  if (slot->count == 1) {
    uint32_t first = slot->head;
    uint32_t* ids = new_block(BlockCapacity(0), 0);
    if (ids == nullptr) return;
    ids[0] = first;
    ids[1] = doc;
  } else {
    ListEnd end = EndOf(slot->count);
    if (end.used < BlockCapacity(end.block)) {
      blocks_[slot->head + end.used] = doc;
    } else {
      uint32_t* ids = new_block(BlockCapacity(end.block + 1), slot->head);
      if (ids == nullptr) return;
      ids[0] = doc;
    }
  }
  ++slot->count;
}

uint32_t CandidateIndex::Add(const Fingerprint& fp, std::string_view id, int32_t day) {
  uint32_t doc = static_cast<uint32_t>(docs_.size());
  Doc d{};
  d.content = fp.content;
  d.shingles = fp.shingles;
  d.content_count = fp.content_count;
  d.shingle_count = fp.shingle_count;
  d.day = day;
  d.id_offset = static_cast<uint32_t>(ids_.size());
  d.normalized = static_cast<uint32_t>(fp.normalized);
  d.id_length = static_cast<uint16_t>(std::min<size_t>(id.size(), 65535));
  Reserve(ids_, d.id_length);
  ids_.append(id.substr(0, d.id_length));
  Reserve(docs_);
  Reserve(votes_);
  Reserve(hits_);
  docs_.push_back(d);
  votes_.push_back(0);
  hits_.push_back(0);

  // The terms with the shortest lists (terms no document was posted under yet first): rare
  // terms, found without keeping a count for every term ever seen. Names and figures count as
  // rarer: they survive rewording.
  struct Pick {
    uint32_t rank;
    uint64_t key;
  };
  std::vector<Pick> picks;
  picks.reserve(fp.terms.size());
  thread_local std::vector<uint64_t> keys;
  keys.clear();
  for (const Term& t : fp.terms) keys.push_back(TableKey(t.key, kTermTag));
  if (!slots_.empty()) {
    for (uint64_t key : keys) __builtin_prefetch(slots_.data() + Home(key, slots_.size()));
  }
  for (size_t k = 0; k < keys.size(); ++k) {
    const Slot* s = Find(keys[k]);
    uint32_t count = s == nullptr ? 0 : s->count;
    if (count >= std::min(MaxBucket(), kLongList)) continue;  // too common to find anything by
    picks.push_back({fp.terms[k].strong ? count / 2 : count, keys[k]});
  }
  size_t n = std::min(kIndexTerms, picks.size());
  std::partial_sort(picks.begin(), picks.begin() + static_cast<std::ptrdiff_t>(n), picks.end(),
                    [](const Pick& a, const Pick& b) {
                      return a.rank != b.rank ? a.rank < b.rank : a.key < b.key;
                    });
  for (size_t i = 0; i < n; ++i) Post(FindOrInsert(picks[i].key), doc);
  for (uint64_t k : fp.sentence_keys) Post(FindOrInsert(TableKey(k, kSentenceTag)), doc);
  if (fp.normalized != 0) Post(FindOrInsert(TableKey(fp.normalized, kDuplicateTag)), doc);
  return doc;
}

std::vector<Candidate> CandidateIndex::Query(const Fingerprint& fp, int32_t day) const {
  std::vector<Candidate> out;
  if (docs_.empty()) return out;
  const size_t cap = MaxBucket();
  touched_.clear();
  hit_.clear();
  auto vote = [&](uint32_t doc, float w) {
    // (Every vote is positive: a document with sentence-key hits has votes.)
    if (votes_[doc] == 0) touched_.push_back(doc);
    votes_[doc] += w;
  };

  // The rarest terms (that some document was posted under).
  struct Pick {
    uint32_t rank;
    uint64_t key;  // the slot's key (ties), kept here so that sorting reads no slot
    const Slot* slot;
  };
  // (This and the other scratch arrays of a query are kept between queries.)
  thread_local std::vector<Pick> picks;
  picks.clear();
  // The terms' table slots are fetched from memory together (each is a cache miss in a large
  // index), then looked up.
  thread_local std::vector<uint64_t> keys;
  keys.clear();
  // (Then those of the sentence keys and of the normalised text.)
  for (const Term& t : fp.terms) keys.push_back(TableKey(t.key, kTermTag));
  for (uint64_t k : fp.sentence_keys) keys.push_back(TableKey(k, kSentenceTag));
  keys.push_back(TableKey(fp.normalized, kDuplicateTag));
  if (!slots_.empty()) {
    for (uint64_t key : keys) __builtin_prefetch(slots_.data() + Home(key, slots_.size()));
  }
  for (size_t k = 0; k < fp.terms.size(); ++k) {
    const Slot* s = Find(keys[k]);
    if (s == nullptr || s->count == 0 || s->count >= std::min(cap, kLongList)) continue;
    picks.push_back({fp.terms[k].strong ? s->count / 2u : s->count, s->key, s});
  }
  size_t n = std::min(kQueryTerms, picks.size());
  std::partial_sort(picks.begin(), picks.begin() + static_cast<std::ptrdiff_t>(n), picks.end(),
                    [](const Pick& a, const Pick& b) {
                      return a.rank != b.rank ? a.rank < b.rank : a.key < b.key;
                    });
  size_t walked = 0, lists = 0;
  for (; lists < n; ++lists) {
    const Slot* s = picks[lists].slot;
    if (walked + s->count > kQueryBudget) break;
    walked += s->count;
  }
  // The lists are walked side by side, one block of each in turn, so that their cache misses
  // overlap (a list is a chain of blocks: each block's address is in the one before); their
  // ids are gathered per list, newest first, then voted list by list in order.
  thread_local std::vector<uint32_t> gathered, at;
  thread_local std::vector<Cursor> cursor;
  gathered.resize(walked);
  at.resize(lists + 1);
  cursor.resize(lists);
  at[0] = 0;
  auto fetch_block = [&](uint32_t offset, uint32_t used) {
    const char* b = reinterpret_cast<const char*>(blocks_.data() + offset - 1);
    const char* last = reinterpret_cast<const char*>(blocks_.data() + offset + used - 1);
    for (; b <= last; b += 64) __builtin_prefetch(b);
    __builtin_prefetch(last);
  };
  for (size_t i = 0; i < lists; ++i) {
    const Slot* s = picks[i].slot;
    at[i + 1] = at[i] + s->count;
    if (s->count == 1) {
      cursor[i] = {0, 0, 0};
      gathered[at[i]++] = s->head;
      __builtin_prefetch(votes_.data() + s->head);
      continue;
    }
    ListEnd end = EndOf(s->count);
    cursor[i] = {s->head, end.block, end.used};
    fetch_block(s->head, end.used);
  }
  for (bool more = lists > 0; more;) {
    more = false;
    for (size_t i = 0; i < lists; ++i) {
      Cursor& c = cursor[i];
      if (c.at == 0) continue;
      const uint32_t* b = blocks_.data() + c.at - 1;
      uint32_t* out = gathered.data() + at[i];
      for (uint32_t k = c.used; k-- > 0;) {
        *out++ = b[1 + k];
        __builtin_prefetch(votes_.data() + b[1 + k]);
      }
      at[i] += c.used;
      c.at = b[0];
      if (c.at != 0) {
        c.used = BlockCapacity(--c.block);
        fetch_block(c.at, c.used);
        more = true;
      }
    }
  }
  // (Each vote's entry is asked for again a few votes ahead: in a large index, of those asked
  // for while gathering, many are not at hand yet when voted.)
  constexpr size_t kVoteAhead = 16;
  for (size_t i = 0, g = 0; i < lists; ++i) {
    const Slot* s = picks[i].slot;
    float w = 1.0f / std::log2(2.0f + static_cast<float>(s->count));
    for (uint32_t end = at[i]; g < end; ++g) {
      if (g + kVoteAhead < walked) __builtin_prefetch(votes_.data() + gathered[g + kVoteAhead]);
      vote(gathered[g], w);
    }
  }
  for (size_t k = 0; k < fp.sentence_keys.size(); ++k) {
    const Slot* s = Find(keys[fp.terms.size() + k]);
    if (s == nullptr || s->count >= cap) continue;
    ForEachPosting(*s, [&](uint32_t doc) {
      vote(doc, 1.0f);
      if (hits_[doc] == 0) hit_.push_back(doc);
      if (hits_[doc] < 255) ++hits_[doc];
      return true;
    });
  }
  thread_local std::vector<uint32_t> duplicates;
  duplicates.clear();
  if (fp.normalized != 0) {
    if (const Slot* s = Find(keys.back())) {
      // Newest first; a text stored thousands of times gives only the latest few.
      ForEachPosting(*s, [&](uint32_t doc) {
        vote(doc, 100.0f);
        duplicates.push_back(doc);
        return duplicates.size() < kMaxDuplicates;
      });
    }
  }

  // The best-voted, then ranked by their sketches.
  // (Votes, then the newer document, order them totally: the best `keep` are picked in linear
  // time, then sorted.)
  // Each as one integer, its votes above its number: votes are positive floats, which order as
  // their bit patterns do, so the larger integer is the better document.
  thread_local std::vector<uint64_t> order;
  order.clear();
  for (uint32_t doc : touched_) {
    order.push_back(uint64_t{std::bit_cast<uint32_t>(votes_[doc])} << 32 | doc);
  }
  size_t keep = std::min(kRanked, order.size());
  if (keep < order.size()) {
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep),
                     order.end(), std::greater<uint64_t>());
    order.resize(keep);
  }
  std::sort(order.begin(), order.end(), std::greater<uint64_t>());
  thread_local std::vector<uint32_t> ranked;
  ranked.resize(order.size());
  for (size_t k = 0; k < order.size(); ++k) ranked[k] = static_cast<uint32_t>(order[k]);
  constexpr size_t kAhead = 8;  // documents whose sketches are being fetched
  // A document's sentence-key hits are read only when some document has any (most queries
  // share no sentence key with anything: their ranked documents' hits are not fetched).
  const bool any_hits = !hit_.empty();
  auto fetch_doc = [&](uint32_t doc) {
    const char* d = reinterpret_cast<const char*>(docs_.data() + doc);
    for (size_t line = 0; line < sizeof(Doc); line += 64) __builtin_prefetch(d + line);
    __builtin_prefetch(d + sizeof(Doc) - 1);
    if (any_hits) __builtin_prefetch(hits_.data() + doc);
  };
  for (size_t k = 0; k < std::min(kAhead, ranked.size()); ++k) fetch_doc(ranked[k]);
  out.reserve(ranked.size());
  for (size_t r = 0; r < ranked.size(); ++r) {
    uint32_t doc = ranked[r];
    if (r + kAhead < ranked.size()) fetch_doc(ranked[r + kAhead]);
    const Doc& d = docs_[doc];
    Candidate c;
    c.doc = doc;
    c.content = SketchSimilarity(fp.content, fp.content_count, d.content, d.content_count);
    c.shingles = SketchSimilarity(fp.shingles, fp.shingle_count, d.shingles, d.shingle_count);
    c.sentence_hits = any_hits ? hits_[doc] : 0;
    c.duplicate = std::find(duplicates.begin(), duplicates.end(), doc) != duplicates.end();
    // Another copy of the same text than the newest few: nothing more to learn from it.
    if (!c.duplicate && fp.normalized != 0 && d.normalized == static_cast<uint32_t>(fp.normalized)) {
      continue;
    }
    if (!c.duplicate && c.sentence_hits == 0 && c.content < kMinContent &&
        c.shingles < kMinShingles) {
      continue;
    }
    c.score = std::max(c.content, c.shingles) + 0.05 * std::min(c.sentence_hits, 4) +
              (c.duplicate ? 1.0 : 0.0);
    // Publication time is a soft window: a small bonus for documents of the same week.
    if (day != kNoDay && d.day != kNoDay && std::abs(day - d.day) <= 7) c.score += 0.02;
    out.push_back(c);
  }
  // (A document's hits are not zero only when it is in hit_: the others need no clearing.)
  for (uint32_t doc : touched_) votes_[doc] = 0;
  for (uint32_t doc : hit_) hits_[doc] = 0;
  touched_.clear();
  hit_.clear();
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.doc > b.doc;
  });
  if (out.size() > options_.max_candidates) out.resize(options_.max_candidates);
  return out;
}

namespace {

void PutVarint(std::vector<uint8_t>& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<uint8_t>(v));
}

uint64_t GetVarint(const uint8_t*& p) {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = *p++;
    v |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (b < 0x80) return v;
  }
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

}  // namespace

uint32_t SentenceSpanStore::TextHash(std::string_view text) {
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 1u << 20));
  return static_cast<uint32_t>(XXH3_64bits_withSeed(head.data(), head.size(), head.size()));
}

void SentenceSpanStore::Add(uint32_t doc, uint32_t text_hash) {
  if (doc >= entries_.size()) {
    if (doc >= entries_.capacity()) {
      entries_.reserve(std::max<size_t>(doc + 1, entries_.size() + std::max<size_t>(1024, entries_.size() / 4)));
    }
    entries_.resize(doc + 1);
  }
  entries_[doc] = {text_hash, 0};
}

bool SentenceSpanStore::Put(uint32_t doc, uint32_t text_hash,
                            const std::vector<SentenceSpan>& spans) {
  if (doc >= entries_.size() || entries_[doc].hash != text_hash || entries_[doc].offset != 0) {
    return false;
  }
  // Encoded aside first: spans that do not fit leave the arena as it was.
  thread_local std::vector<uint8_t> code;
  code.clear();
  PutVarint(code, spans.size());
  int64_t prev_end = 0;
  for (const SentenceSpan& s : spans) {
    PutVarint(code, ZigZag(static_cast<int64_t>(s.start) - prev_end));
    PutVarint(code, ZigZag(static_cast<int64_t>(s.end) - static_cast<int64_t>(s.start)));
    prev_end = s.end;
    if (code.size() > kMaxEncodedBytes) return false;
  }
  if (arena_.size() + code.size() >= std::numeric_limits<uint32_t>::max()) return false;
  Reserve(arena_, code.size());
  entries_[doc].offset = static_cast<uint32_t>(arena_.size() + 1);
  arena_.insert(arena_.end(), code.begin(), code.end());
  return true;
}

std::optional<std::vector<SentenceSpan>> SentenceSpanStore::Get(uint32_t doc,
                                                                uint32_t text_hash) const {
  if (doc >= entries_.size() || entries_[doc].offset == 0 || entries_[doc].hash != text_hash) {
    return std::nullopt;
  }
  const uint8_t* p = arena_.data() + entries_[doc].offset - 1;
  std::vector<SentenceSpan> spans(GetVarint(p));
  int64_t prev_end = 0;
  for (SentenceSpan& s : spans) {
    int64_t start = prev_end + UnZigZag(GetVarint(p));
    int64_t end = start + UnZigZag(GetVarint(p));
    s = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    prev_end = end;
  }
  return spans;
}

size_t SentenceSpanStore::MemoryBytes() const {
  return entries_.capacity() * sizeof(Entry) + arena_.capacity();
}

std::string_view CandidateIndex::Id(uint32_t doc) const {
  if (doc >= docs_.size()) return {};
  return std::string_view(ids_).substr(docs_[doc].id_offset, docs_[doc].id_length);
}

size_t CandidateIndex::MemoryBytes() const {
  return slots_.capacity() * sizeof(Slot) + blocks_.capacity() * sizeof(uint32_t) +
         docs_.capacity() * sizeof(Doc) + ids_.capacity() + votes_.capacity() * sizeof(float) +
         hits_.capacity() + (touched_.capacity() + hit_.capacity()) * sizeof(uint32_t);
}

}  // namespace copies

struct CopyFinder::Impl {
  explicit Impl(const CopyOptions& o) : options(o), index(o), prepared(o.prepared_cache_bytes) {}
  CopyOptions options;
  copies::CandidateIndex index;
  copies::SentenceSpanStore spans;
  copies::SentenceSketchStore sketches;
  copies::PreparedCache prepared;
  // The new document's side of the sentence-sketch screen (made again for each document; its
  // arrays kept between them).
  copies::SketchQuery sketch_query;
  std::string fetch_id;  // a candidate's id as the fetcher takes it (its buffer kept)
  // The words of the new document and of a candidate being prepared: their allocations are
  // kept from one to the next (the prepared cache keeps no words).
  std::vector<copies::Word> doc_words, candidate_words;
  std::shared_ptr<copies::SentenceWordIndex> word_index;
};

CopyFinder::CopyFinder(const CopyOptions& options) : impl_(std::make_unique<Impl>(options)) {}
CopyFinder::~CopyFinder() = default;

std::vector<std::string> CopyFinder::Candidates(const LinkDocument& doc) const {
  copies::Fingerprint fp = copies::ComputeFingerprint(doc.text);
  std::vector<std::string> ids;
  for (const copies::Candidate& c : impl_->index.Query(fp, copies::DayNumber(doc.published))) {
    ids.emplace_back(impl_->index.Id(c.doc));
  }
  return ids;
}

std::vector<CopyRelation> CopyFinder::Link(const LinkDocument& doc, const DocumentFetcher& fetch) {
  std::vector<copies::Word> words = std::move(impl_->doc_words);
  copies::ScanWords(doc.text, words);
  std::vector<uint64_t> shingles;
  copies::Fingerprint fp = copies::ComputeFingerprint(doc.text, words, &shingles);
  int32_t day = copies::DayNumber(doc.published);
  std::vector<CopyRelation> out;
  std::optional<copies::PreparedText> prepared;  // the new document, once for all candidates
  auto prepare = [&] {
    if (!prepared) {
      prepared = copies::Prepare(doc, std::move(words), fp.normalized, std::move(shingles));
    }
  };
  // Its alignment sentences (what ComparePrepared would make on first use).
  auto sentences = [&]() -> const copies::SentenceList& {
    prepare();
    if (!prepared->sentences) {
      if (!prepared->spans) prepared->spans = copies::SplitSentences(doc.text);
      prepared->sentences = copies::AlignSentences(doc.text, prepared->words, *prepared->spans);
    }
    return *prepared->sentences;
  };
  const bool sketches = impl_->options.sentence_sketches;
  copies::SentenceSpanStore& spans = impl_->spans;
  const std::vector<copies::Candidate> candidates = impl_->index.Query(fp, day);
  // Candidates whose sentence sketches rule out a copy are dropped before their texts are read
  // (one whose prepared text is kept costs about as little to compare as to rule out).
  copies::SketchQuery& query = impl_->sketch_query;
  bool query_built = false;
  std::vector<bool> skip(candidates.size(), false);
  // Their sketches are asked for from memory together, before the first is read (and before
  // the new document's side of the screen is made).
  if (sketches && fetch) {
    for (const copies::Candidate& c : candidates) {
      if (copies::MayScreen(c)) impl_->sketches.PrefetchEntry(c.doc);
    }
    for (const copies::Candidate& c : candidates) {
      if (copies::MayScreen(c)) impl_->sketches.PrefetchSketch(c.doc);
    }
  }
  for (size_t k = 0; k < candidates.size() && sketches && fetch; ++k) {
    if (!copies::MayScreen(candidates[k]) || impl_->prepared.Contains(candidates[k].doc)) continue;
    if (!query_built) {
      query.Build(sentences());
      query_built = true;
    }
    skip[k] = !query.MayAlign(impl_->sketches.Get(candidates[k].doc),
                              impl_->options.thresholds.min_similarity);
  }
  // The candidates are fetched first, all of them, and the start of each text is asked for from
  // memory: a text is on its way while the one before it is compared.
  std::vector<std::shared_ptr<const LinkDocument>> fetched(candidates.size());
  std::string& id = impl_->fetch_id;
  for (size_t k = 0; k < candidates.size() && fetch; ++k) {
    if (skip[k]) continue;
    id.assign(impl_->index.Id(candidates[k].doc));
    if (id == doc.id) continue;
    fetched[k] = fetch(id);
    if (fetched[k] == nullptr) continue;
    const std::string& text = fetched[k]->text;
    for (size_t at = 0; at < std::min<size_t>(text.size(), 256); at += 64) {
      __builtin_prefetch(text.data() + at);
    }
  }
  for (size_t k = 0; k < candidates.size(); ++k) {
    const copies::Candidate& c = candidates[k];
    if (fetched[k] == nullptr) continue;
    std::shared_ptr<const LinkDocument> other = std::move(fetched[k]);
    prepare();
    // A candidate that is not a duplicate has another normalised text (the index compared them).
    std::optional<uint64_t> normalized;
    if (!c.duplicate) normalized = fp.normalized ^ 2;
    uint32_t hash = copies::SentenceSpanStore::TextHash(other->text);
    // Prepared when it was compared or added lately, else now (its sentence spans, when kept
    // for this text: the store checks the text's hash).
    std::optional<copies::PreparedText> kept;
    if (normalized) kept = impl_->prepared.Take(c.doc, hash, other->text.size());
    copies::PreparedText candidate;
    if (kept) {
      candidate = std::move(*kept);
      candidate.doc = other.get();
      candidate.normalized = *normalized;
    } else {
      candidate = copies::Prepare(*other, normalized, std::move(impl_->candidate_words));
      candidate.spans = spans.Get(c.doc, hash);
    }
    // The index of the new document's sentence words, which the alignment with every candidate
    // reads, is built in the finder's own (its arrays kept from one document to the next).
    if (!c.duplicate && !prepared->sentence_words) {
      std::shared_ptr<copies::SentenceWordIndex>& index = impl_->word_index;
      if (!index || index.use_count() > 1) index = std::make_shared<copies::SentenceWordIndex>();
      index->Build(sentences());
      prepared->sentence_words = index;
    }
    bool known = candidate.spans.has_value();
    if (std::optional<CopyRelation> r = copies::ComparePrepared(candidate, *prepared, impl_->options)) {
      out.push_back(std::move(*r));
    }
    if (!known && candidate.spans) spans.Put(c.doc, hash, *candidate.spans);
    // (Its words, which the cache does not keep, leave their allocation to the next candidate.)
    if (candidate.words.capacity() != 0) impl_->candidate_words = std::move(candidate.words);
    impl_->prepared.Put(c.doc, hash, other->text.size(), std::move(candidate));
  }
  uint32_t added = impl_->index.Add(fp, doc.id, day);
  uint32_t hash = copies::SentenceSpanStore::TextHash(doc.text);
  spans.Add(added, hash);
  // Every document keeps its sentence sketch (which needs its alignment sentences); without a
  // fetcher nothing is compared, and a document without a sketch is never ruled out.
  if (sketches && fetch) impl_->sketches.Add(added, copies::SentenceSketch::Of(sentences()));
  if (prepared && prepared->spans) spans.Put(added, hash, *prepared->spans);
  // The new document is the likeliest candidate of the next ones (its story's next reports).
  if (prepared) {
    impl_->doc_words = std::move(prepared->words);
    impl_->prepared.Put(added, hash, doc.text.size(), std::move(*prepared));
  } else {
    impl_->doc_words = std::move(words);
  }
  return out;
}

size_t CopyFinder::size() const { return impl_->index.size(); }
size_t CopyFinder::PreparedCacheBytes() const { return impl_->prepared.MemoryBytes(); }
size_t CopyFinder::MemoryBytes() const {
  return impl_->index.MemoryBytes() + impl_->spans.MemoryBytes() + impl_->sketches.MemoryBytes();
}

}  // namespace newsgraph
