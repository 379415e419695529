// CoNLL-2003 helpers for the named-entity model: the tag set, IOB1/IOB2 conversion, chunk
// decoding with conlleval semantics, a reader for CoNLL column files and an exact-span scorer.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::ner {

// Internal tag set (IOB2): 0 = O, then B-/I- for PER, ORG, LOC, MISC.
inline constexpr int kNumTags = 9;
inline constexpr int kNumTypes = 4;
extern const char* const kTagNames[kNumTags];   // "O", "B-PER", "I-PER", ...
extern const char* const kTypeNames[kNumTypes]; // "PER", "ORG", "LOC", "MISC"
inline int TagType(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }
inline bool TagIsBegin(int tag) { return tag > 0 && (tag - 1) % 2 == 0; }
inline int BeginTag(int type) { return 1 + 2 * type; }
inline int InsideTag(int type) { return 2 + 2 * type; }
// Whether `tag` may follow `prev` in IOB2 (-1 = sentence start): I-X only after B-X or I-X.
inline bool AllowedTransition(int prev, int tag) {
  if (tag == 0 || TagIsBegin(tag)) return true;
  return prev > 0 && TagType(prev) == TagType(tag);
}

// Parses "O", "B-PER", "I-LOC" ... into a type and a prefix; false for anything else.
bool ParseTag(std::string_view s, char* prefix, int* type);

// A chunk: tokens [begin, end) of one type.
struct Chunk {
  uint32_t begin = 0, end = 0;
  int type = 0;
  bool operator==(const Chunk&) const = default;
};

// Decodes chunks from string tags the way conlleval does (IOB1 and IOB2 alike): a chunk starts
// at B-X, or at I-X when the previous tag is O or of another type. Unknown tags count as O.
std::vector<Chunk> DecodeChunks(const std::vector<std::string_view>& tags);
// Same for internal tag ids.
std::vector<Chunk> DecodeChunks(const std::vector<uint8_t>& tags);

// Converts IOB2 tag ids to output strings in IOB1 (B- only between two same-type chunks) or IOB2.
std::vector<std::string> TagsToStrings(const std::vector<uint8_t>& tags, bool iob1);
// Converts string tags (IOB1 or IOB2) to internal IOB2 ids.
std::vector<uint8_t> StringsToTags(const std::vector<std::string_view>& tags);

// One CoNLL sentence: its words and (if present) gold tags in IOB2 ids.
struct ConllSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> tags;
};
struct ConllDocument {
  std::vector<ConllSentence> sentences;
};
// Reads a CoNLL-2003 file: first column word, last column NE tag; -DOCSTART- starts a document.
// A malformed line gives kCorruption naming the file and line.
Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path);
Result<std::vector<ConllDocument>> ParseConll(std::string_view text, std::string_view name);

// Exact-span precision/recall/F1 counts, overall and per type.
struct SpanCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
  double Precision() const { return predicted ? double(correct) / predicted : 0; }
  double Recall() const { return gold ? double(correct) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct SpanScore {
  SpanCounts overall;
  std::array<SpanCounts, kNumTypes> per_type{};
  int64_t tokens = 0, correct_tokens = 0;
  void Add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
};

}  // namespace newsgraph::ner
