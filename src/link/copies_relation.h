// Relation and direction helpers of copy detection (internal header; docs/copies.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "link/copies_words.h"
#include "newsgraph/copies.h"

namespace newsgraph::copies {

// What the relation is decided from.
struct PairMeasures {
  double coverage_a = 0, coverage_b = 0;  // Alignment coverage of each text
  double similarity = 0;                  // aligned pairs' mean similarity, weighted by bytes
  double shingle_jaccard = 0;             // exact 5-word-shingle Jaccard
  double shingle_containment = 0;         // shared shingles / the smaller set
};

// "near-verbatim", "rewrite", "partial", or "" (not a copy).
std::string Classify(const PairMeasures& m, const RelationThresholds& thresholds);

// A sentence of a text as the text stage's splitter gives it (byte offsets).
struct SentenceSpan {
  uint32_t start = 0, end = 0;
  bool operator==(const SentenceSpan&) const = default;
};
// A sentence as the alignment sees it: its distinct content words (names weigh 1.5, numbers 2)
// and, for plain words, their synonym sets (nullptr: none).
struct AlignToken {
  uint64_t key = 0;
  float weight = 0;
  const std::vector<uint32_t>* synonyms = nullptr;
  bool plain = false;  // a plain word (not a name or number): only these have synonyms
};
struct AlignSentence {
  uint32_t start = 0, end = 0;
  std::span<const AlignToken> toks;  // in the token array of its SentenceList
  float weight = 0;
};
// The alignment sentences of a text, with the tokens of all of them in one array: one
// allocation a text instead of one a sentence (a text's prepared sentences are made, kept and
// freed by the thousand: docs/copies.md). Read like a vector of its sentences; a copy's
// sentences point into the copy's own array, and a move keeps the array where it is.
class SentenceList {
 public:
  SentenceList() = default;
  SentenceList(const SentenceList& other) { *this = other; }
  SentenceList& operator=(const SentenceList& other);
  SentenceList(SentenceList&&) noexcept = default;
  SentenceList& operator=(SentenceList&&) noexcept = default;

  size_t size() const { return sentences_.size(); }
  bool empty() const { return sentences_.empty(); }
  const AlignSentence& operator[](size_t i) const { return sentences_[i]; }
  std::vector<AlignSentence>::const_iterator begin() const { return sentences_.begin(); }
  std::vector<AlignSentence>::const_iterator end() const { return sentences_.end(); }
  // Heap bytes held.
  size_t MemoryBytes() const {
    return sentences_.capacity() * sizeof(AlignSentence) + tokens_.capacity() * sizeof(AlignToken);
  }

 private:
  friend SentenceList AlignSentences(std::string_view, const std::vector<Word>&,
                                     const std::vector<SentenceSpan>&, bool);
  std::vector<AlignToken> tokens_;
  std::vector<AlignSentence> sentences_;
};
// The sentences of the first 1 MiB of `text` (the text stage's splitter): what AlignSentences
// reads of a text besides its words.
std::vector<SentenceSpan> SplitSentences(std::string_view text);
// The sentences of `text` (the text stage's splitter) over its ScanWords `words`; without
// `synonyms`, the words' synonyms are not looked up (AlignToken::synonyms stays nullptr).
SentenceList AlignSentences(std::string_view text, const std::vector<Word>& words,
                            bool synonyms = true);
// The same from the text's SplitSentences, computed before.
SentenceList AlignSentences(std::string_view text, const std::vector<Word>& words,
                            const std::vector<SentenceSpan>& spans, bool synonyms = true);
// The words of a text's alignment sentences, each with the sentences it is in: what the
// alignment looks a's words up in to find the sentence pairs worth comparing (made once for a
// text compared with many).
class SentenceWordIndex {
 public:
  struct Where {
    uint32_t sentence;
    float weight;  // the word's weight there
  };
  void Build(const SentenceList& sentences);
  // The sentences `key` is in, in order.
  std::span<const Where> Find(uint64_t key) const {
    if (keys_.empty()) return {};  // not built
    size_t at = key & mask_;  // keys are hashes
    while (first_[at] != -1 && keys_[at] != key) at = (at + 1) & mask_;
    if (first_[at] < 0) return {};
    return {entries_.data() + first_[at], count_[at]};
  }
  // Per sentence, its words with synonyms.
  const std::vector<float>& synonyms() const { return synonyms_; }

 private:
  size_t Slot(uint64_t key, bool insert);
  size_t mask_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<int32_t> first_;  // -1: an empty slot
  std::vector<uint32_t> count_;
  std::vector<Where> entries_;
  std::vector<float> synonyms_;
};

// AlignTexts on sentences already split.
Alignment AlignSentenceLists(const SentenceList& a, const SentenceList& b);
// The same with the index of b's words made before.
Alignment AlignSentenceLists(const SentenceList& a, const SentenceList& b,
                             const SentenceWordIndex& b_words);

// What a comparison needs of one text, computed once however many texts it is compared with.
struct PreparedText {
  const LinkDocument* doc = nullptr;
  std::vector<Word> words;          // ScanWords of the first 1 MiB
  uint64_t normalized = 0;          // Fingerprint::normalized (0: no words)
  std::vector<uint64_t> shingles;   // distinct 5-word shingles (in no particular order)
  mutable std::vector<uint64_t> shingle_table;  // the shingles as a hash set, made on first use
  // SplitSentences of the text: given when known (the candidate index keeps them for indexed
  // documents), else split on first use.
  mutable std::optional<std::vector<SentenceSpan>> spans;
  mutable std::optional<SentenceList> sentences;  // made on first use
  // The index of the sentences' words, made on first use as the second text of a comparison
  // (the new document, compared with every candidate); not kept in the PreparedCache.
  mutable std::shared_ptr<const SentenceWordIndex> sentence_words;
  // What the direction reads of the text (WireCredits, CreditedOutlets, HasCopyMark), found on
  // first use: a new document's are found once however many relations it has.
  mutable std::optional<std::vector<std::string>> wire_credits, credited_outlets;
  mutable std::optional<bool> copy_mark;
};
// `doc` must outlive the result. `normalized`: its NormalizedHash when known, or any value other
// than another text's when it is known to differ from it (the candidate index keeps part of it).
PreparedText Prepare(const LinkDocument& doc, std::optional<uint64_t> normalized = std::nullopt);
// The same with its words scanned into `buffer` (an empty vector whose allocation is reused).
PreparedText Prepare(const LinkDocument& doc, std::optional<uint64_t> normalized,
                     std::vector<Word>&& buffer);
// The same from the document's ScanWords and NormalizedHash.
PreparedText Prepare(const LinkDocument& doc, std::vector<Word> words, uint64_t normalized);
// The same with its distinct shingles known (ComputeFingerprint gives them).
PreparedText Prepare(const LinkDocument& doc, std::vector<Word> words, uint64_t normalized,
                     std::vector<uint64_t> shingles);

// What is known of a pair before aligning it.
struct CopyBound {
  double shingle_jaccard = 0, shingle_containment = 0;  // exact, as PairMeasures
};

CopyBound Bound(const PreparedText& a, const PreparedText& b);

// The measures of an alignment (shingle measures from the bound).
PairMeasures Measure(const Alignment& alignment, const CopyBound& bound);

// CompareDocuments on prepared texts.
std::optional<CopyRelation> ComparePrepared(const PreparedText& a, const PreparedText& b,
                                            const CopyOptions& options);

// Outlets the text credits: "(Reuters)", "according to CNN", "AP reported" ... (lower case).
std::vector<std::string> CreditedOutlets(std::string_view text);
// Outlets credited as the text's origin: a dateline "(Reuters)" in the first 400 bytes,
// "Source: AP", "via AFP", "originally appeared on CNN", "Reporting by Reuters" ... Two documents
// with the same wire credit, neither of them that outlet's, are siblings.
std::vector<std::string> WireCredits(std::string_view text);
// A republisher's note: "This is a condensed version", "originally appeared on" ...
bool HasCopyMark(std::string_view text);
// Whether the document's site or URL is that outlet's.
bool IsOutletOf(const LinkDocument& d, std::string_view outlet);

}  // namespace newsgraph::copies
