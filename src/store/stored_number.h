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

// The qualifier column's value for `x`.
inline const std::string& Qualifier(const NumberClaim& x) {
  static const std::string vague = kVagueQualifier;
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
  n.vague = qualifier == kVagueQualifier;
  n.qualifier = n.vague ? "at least" : std::move(qualifier);
  n.start = start;
  n.end = end;
  return n;
}

}  // namespace newsgraph::stored_number
