// The named-entity model's tag set: BIOES tags, IOB1/IOB2 conversion and chunk decoding with
// conlleval semantics. (The CoNLL file reader and the span scorer used to train and evaluate
// the model are in tools/lib/ner_conll_io.h, outside the runtime library.)
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::ner {

// Internal tag set (BIOES, also called BILOU): 0 = O, then for each of PER, ORG, LOC, MISC
// four tags: B- (first token of a chunk of two or more), I- (inside), E- (last) and S- (a
// one-token chunk). Marking chunk ends and one-token chunks lets the tagger learn where names
// end (Ratinov & Roth 2009). Input and output stay IOB1/IOB2 strings.
inline constexpr int kNumTypes = 4;
inline constexpr int kNumTags = 1 + 4 * kNumTypes;
enum TagPart { kPartBegin = 0, kPartInside = 1, kPartEnd = 2, kPartSingle = 3 };
extern const char* const kTagNames[kNumTags];   // "O", "B-PER", "I-PER", "E-PER", "S-PER", ...
extern const char* const kTypeNames[kNumTypes]; // "PER", "ORG", "LOC", "MISC"
inline int TagType(int tag) { return tag <= 0 ? -1 : (tag - 1) / 4; }
inline int TagPartOf(int tag) { return (tag - 1) % 4; }
inline int MakeTag(int type, int part) { return 1 + 4 * type + part; }
// B- or S-: the token starts a chunk. E- or S-: the token ends one.
inline bool TagStartsChunk(int tag) {
  return tag > 0 && (TagPartOf(tag) == kPartBegin || TagPartOf(tag) == kPartSingle);
}
inline bool TagEndsChunk(int tag) {
  return tag > 0 && (TagPartOf(tag) == kPartEnd || TagPartOf(tag) == kPartSingle);
}
// Whether `tag` may follow `prev` (-1 = sentence start): after O, E- or S- (no chunk open) only
// O, B- or S-; after B- or I- only I- or E- of the same type.
inline bool AllowedTransition(int prev, int tag) {
  const bool open = prev > 0 && !TagEndsChunk(prev);
  if (!open) return tag == 0 || TagStartsChunk(tag);
  return tag > 0 && !TagStartsChunk(tag) && TagType(tag) == TagType(prev);
}
// Whether a sentence may end with `tag` (no chunk left open).
inline bool AllowedLast(int tag) { return tag == 0 || TagEndsChunk(tag); }
// Writes the tags of a chunk of `type` over tags[begin, end) (S- for one token, else B- I-… E-).
void SetChunkTags(uint8_t* tags, uint32_t begin, uint32_t end, int type);

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
// Same for internal tag ids: a chunk starts at B- or S- (or at I-/E- when no chunk of its type
// is open) and ends after E- or S- or before a token that does not continue it.
std::vector<Chunk> DecodeChunks(const std::vector<uint8_t>& tags);

// Converts internal tag ids to output strings in IOB1 (B- only between two same-type chunks) or
// IOB2.
std::vector<std::string> TagsToStrings(const std::vector<uint8_t>& tags, bool iob1);
// Converts string tags (IOB1 or IOB2) to internal (BIOES) ids.
std::vector<uint8_t> StringsToTags(const std::vector<std::string_view>& tags);

}  // namespace newsgraph::ner
