// Gazetteer features of the named-entity tagger: exact, longest matches of lower-cased token
// sequences against name lists compiled into the model (countries, regions, cities, people,
// organisations, nationalities, languages; built by tools/train_ner.cc from Debian packages).
#pragma once

#include <cstdint>
#include <vector>

#include "analyze/ner_features.h"

namespace newsgraph::ner {

// Value bits of a gazetteer entry (the key is PhraseKey over the entry's lower-cased tokens).
enum GazFlags : uint16_t {
  kGazPer = 1 << 0,
  kGazOrg = 1 << 1,
  kGazLoc = 1 << 2,
  kGazMisc = 1 << 3,
  kGazTypes = 0x0F,
  kGazPrefix = 1 << 4,  // a proper prefix of a longer entry: keep extending the match
};

// Position of a token inside its gazetteer match.
enum GazPos : uint8_t { kGazNone = 0, kGazBegin = 1, kGazInside = 2, kGazEnd = 3, kGazSingle = 4 };

inline constexpr int kMaxGazTokens = 6;

// Key of a token sequence: PhraseKey(PhraseKey(h1, h2), h3)..., starting from the first token's
// lower-case hash (TokenInfo::lower, i.e. HashString(LowerWord(token))).
inline uint64_t PhraseKey(uint64_t prefix, uint64_t next) {
  uint64_t h = prefix * 0x9E3779B97F4A7C15ull ^ (next + 0x632BE59BD9B4E019ull);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

// Marks the tokens of `sent` covered by the longest gazetteer match starting at each
// capitalised token (left to right, matches do not overlap): TokenInfo::gaz / gaz_pos.
void ApplyGazetteer(const Lexicon& gazetteer, std::vector<TokenInfo>* sent);

}  // namespace newsgraph::ner
