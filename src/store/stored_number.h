// How a figure is kept in the `numbers` table of both store backends (internal to the store
// stage). A vague figure ("hundreds of people") is stored with the qualifier "vague": its value
// column holds the lower bound its words imply, and it reads back as vague with the qualifier
// "at least" (docs/formats/store.md). No other figure has that qualifier.
#pragma once

#include <cstdint>
#include <string>

#include "newsgraph/analyze.h"

namespace newsgraph::stored_number {

inline constexpr const char* kVagueQualifier = "vague";
// A result "112-107" (value and value_max the two sides as written) and a tennis match's sets
// ("6-4, 7-6 (5)", no value) are stored with these qualifiers; no other figure has them.
inline constexpr const char* kScoreQualifier = "score";
inline constexpr const char* kSetsQualifier = "score sets";

// The qualifier column's value for `x`.
inline const std::string& Qualifier(const NumberClaim& x) {
  static const std::string vague = kVagueQualifier, score = kScoreQualifier, sets = kSetsQualifier;
  if (x.score) return x.vague ? sets : score;
  return x.vague ? vague : x.qualifier;
}

// The figure a stored row describes.
inline NumberClaim Read(std::string text, double value, double value_max, std::string unit,
                        std::string qualifier, uint32_t start, uint32_t end) {
  NumberClaim n;
  n.text = std::move(text);
  n.value = value;
  n.value_max = value_max;
  n.unit = std::move(unit);
  n.score = qualifier == kScoreQualifier || qualifier == kSetsQualifier;
  n.vague = qualifier == kVagueQualifier || qualifier == kSetsQualifier;
  if (n.score)
    n.qualifier.clear();
  else
    n.qualifier = n.vague ? "at least" : std::move(qualifier);
  n.start = start;
  n.end = end;
  return n;
}

}  // namespace newsgraph::stored_number
