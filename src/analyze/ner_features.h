// Features of the named-entity tagger: per-token facts (word forms, shapes, affixes, lexicon
// flags), document facts (how a word is cased elsewhere in the same document, what it was tagged
// earlier in the document) and their hashing into a fixed-size weight table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::ner {

// The feature set this code computes; a model trained with another set is refused.
inline constexpr uint32_t kFeatureSetVersion = 3;

// Lexicon flags for a lower-cased word form.
enum LexFlags : uint16_t {
  kCaseMask = 3,        // how the form is cased in the unlabelled corpus (not mid-sentence-
  kCaseMostlyLower = 1, // initial): mostly lower case, mixed, mostly capitalised
  kCaseMixed = 2,
  kCaseMostlyCap = 3,
  kPersonFirst = 1 << 2,  // first name of an office holder (leaders tables)
  kPersonLast = 1 << 3,   // surname of an office holder
  kCountry = 1 << 4,      // a word of a country name
  kPartyWord = 1 << 5,    // a word of a political party name
  kFrequent = 1 << 6,     // seen often in the unlabelled corpus
  kRoleWord = 1 << 7,     // a title or role that precedes names (minister, spokesperson, Gen.)
  kFlagBits = 0xFF,
  // External word lists (Debian packages, see tools/train_ner.cc):
  kFirstName = 1 << 8,    // a first name (Faker name lists, WordNet people)
  kLastName = 1 << 9,     // a surname (Faker name lists, WordNet people)
  kDictLower = 1 << 10,   // the dictionary (wamerican-insane) lists the lower-case form
  kDictCap = 1 << 11,     // the dictionary lists a capitalised form (a proper noun)
  kExtBits = 0x0F00,
  // A capitalised word of a multi-word gazetteer name of type PER / ORG / LOC / MISC
  // (GazFlags type << kInNameShift).
  kInNameShift = 12,
  kInNameBits = 0xF000,
};

// Coarse classes of a word's characters.
enum WordClass : uint8_t {
  kLower = 0, kInitCap, kAllCaps, kOneCap, kMixedCase, kDigits, kAlnum, kPunct, kOther
};

// Lower-cased form of a word (ASCII fast path, full Unicode simple case folding otherwise).
std::string LowerWord(std::string_view word);
uint64_t HashString(std::string_view s);

// A flat map from the hash of a lower-cased word to its LexFlags.
class Lexicon {
 public:
  void Set(uint64_t key, uint16_t flags);
  // Sizes the table for n entries up front (no rehashing while loading a model).
  void Reserve(size_t n);
  uint16_t Get(uint64_t key) const;
  size_t size() const { return size_; }
  // All entries, sorted by key (for writing the model file).
  std::vector<std::pair<uint64_t, uint16_t>> Entries() const;

 private:
  void Grow();
  void Rehash(size_t capacity);  // capacity: a power of two
  std::vector<uint64_t> keys_;  // 0 = empty slot (a key of 0 is remapped to 1)
  std::vector<uint16_t> values_;
  size_t size_ = 0;
};

// Facts about one token, computed once.
struct TokenInfo {
  uint64_t raw = 0, lower = 0, shape = 0, short_shape = 0;
  // The word identity the lexical features use: `lower`, or kUnknownWord when training drops
  // the word to learn to tag unseen names from their shape and context.
  uint64_t word = 0;
  uint64_t prefix[3] = {0, 0, 0};  // 2..4 characters
  uint64_t suffix[4] = {0, 0, 0, 0};  // 1..4 characters
  uint16_t lex = 0;
  uint8_t word_class = 0;  // see ClassOf in ner_features.cc
  bool capitalised = false;  // first character upper case
  bool all_caps = false;     // every letter upper case (and at least one letter)
  bool has_letter = false;
  uint8_t gaz = 0;      // GazFlags types of the gazetteer match covering the token
  uint8_t gaz_pos = 0;  // GazPos
  // For a word with an inner hyphen: the lower-case hash of the part before the first hyphen,
  // its lexicon flags and its one-word gazetteer types.
  uint64_t hyphen_first = 0;
  uint16_t hyphen_lex = 0;
  uint8_t hyphen_gaz = 0;
};
inline constexpr uint64_t kUnknownWord = 0x5EED5EED5EED5EEDull;
void ComputeTokenInfo(std::string_view word, const Lexicon& lexicon, TokenInfo* info);

// How a lower-cased form appears across a document (pre-pass over all its sentences).
struct DocWordStats {
  uint16_t cap_mid = 0;   // capitalised, not sentence-initial, not in an all-caps line
  uint16_t lower = 0;     // written in lower case
  uint16_t mixed_upper = 0;  // all caps inside a mixed-case sentence
  uint16_t cues = 0;         // ContextCue bits seen around any capitalised occurrence
  // The first distinct lower-cased words seen before / after capitalised occurrences.
  static constexpr int kContexts = 4;
  uint64_t prev[kContexts] = {0, 0, 0, 0};
  uint64_t next[kContexts] = {0, 0, 0, 0};
};
// Labels given earlier in the same document to a lower-cased form (entity types, or O when
// the form was capitalised and tagged O).
struct HistoryCounts {
  uint16_t type[5] = {0, 0, 0, 0, 0};  // PER, ORG, LOC, MISC, O(capitalised)
};

class DocumentState {
 public:
  void Clear() {
    stats_.clear();
    history_.clear();
    topic_ = 0;
    topic_set_ = false;
  }
  // The lower-cased hash of the document's first word, 0 before any word was seen.
  uint64_t topic() const { return topic_; }
  void AddSentenceStats(const std::vector<TokenInfo>& sent, bool headline);
  // Records the tags (internal ids) chosen for a sentence.
  void AddHistory(const std::vector<TokenInfo>& sent, const std::vector<uint8_t>& tags);
  const DocWordStats* Stats(uint64_t lower) const {
    auto it = stats_.find(lower);
    return it == stats_.end() ? nullptr : &it->second;
  }
  const HistoryCounts* History(uint64_t lower) const {
    auto it = history_.find(lower);
    return it == history_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<uint64_t, DocWordStats> stats_;
  std::unordered_map<uint64_t, HistoryCounts> history_;
  uint64_t topic_ = 0;
  bool topic_set_ = false;
};

// Labels the first stage gave to each capitalised lower-cased form across a whole document
// (used by the second, document-level stage).
class DocumentAggregate {
 public:
  void Add(const std::vector<TokenInfo>& sent, const std::vector<uint8_t>& tags);
  const HistoryCounts* Get(uint64_t lower) const {
    auto it = counts_.find(lower);
    return it == counts_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<uint64_t, HistoryCounts> counts_;
};

// Appends the second-stage features of token i: what the first stage said about the same word
// elsewhere in the document, combined with its own first-stage tag (`own`).
void ExtractAggregateFeatures(const std::vector<TokenInfo>& sent, size_t i, bool headline,
                              const DocumentAggregate& agg, const std::vector<uint8_t>& own,
                              uint32_t hash_bits, std::vector<uint32_t>* out);

// Whether a sentence is an all-caps line (a headline or dateline).
bool IsHeadline(const std::vector<TokenInfo>& sent);

// Appends the hashed feature buckets of token i (in [0, 2^hash_bits)).
void ExtractFeatures(const std::vector<TokenInfo>& sent, size_t i, bool headline,
                     const DocumentState& doc, uint32_t hash_bits, std::vector<uint32_t>* out);

}  // namespace newsgraph::ner
