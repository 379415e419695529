// The copy generator, in the evaluation library (tools/lib), not the runtime one (used by
// tools/make_copies.cc and the copy tests; docs/copies.md): builds a spun copy of a text the way content farms do — synonyms swapped in,
// sentences reordered, dropped or cut off, boilerplate added — and plants fact changes (a
// person's name, a figure, a weekday, a call's medium, an office), writing down each planted
// change with its offsets in both texts. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analyze.h"

namespace newsgraph::copies {

struct PlantedChange {
  std::string kind;  // person | number | weekday | communication | office
  std::string source_text;
  uint32_t source_start = 0, source_end = 0;
  std::string copy_text;
  uint32_t copy_start = 0, copy_end = 0;
};

struct CopyRecipe {
  uint64_t seed = 1;
  double synonym_rate = 0.0;   // share of eligible words (lower-case, in the synonym table) swapped
  double drop_rate = 0.0;      // share of sentences dropped (never the first)
  bool reorder = false;        // swap some neighbouring sentences
  double keep_share = 1.0;     // truncation: keep this share of the sentences, from the top
  std::string boilerplate;     // appended as a last paragraph when not empty
  // Fact changes to plant, each at most once where the text allows it:
  // "person", "number", "weekday", "communication", "office".
  std::vector<std::string> plant;
};

struct GeneratedCopy {
  std::string text;
  std::vector<PlantedChange> changes;
};

// `analysis` is AnalyzeText(source).
GeneratedCopy MakeCopy(std::string_view source, const Analysis& analysis, const CopyRecipe& recipe);

}  // namespace newsgraph::copies
