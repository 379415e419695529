// The two extraction benchmarks' metrics, shared by tools/extract_eval and the quality test.
//
// Scrapinghub article-extraction-benchmark (its README): \w+ tokens (Unicode, case kept),
// multisets of word 4-grams per page (1-3 tokens: one shorter shingle; none when empty),
// TP/FP/FN normalised by their sum per page, macro precision over pages with TP+FP > 0 and macro
// recall over pages with TP+FN > 0 (a page with FP = FN = 0 counts 1 for both), F1 = harmonic
// mean of the two means, accuracy = share of pages whose token lists are equal, ± = bootstrap
// standard deviation over 1,000 resamples of the pages.
// WCXB (its README): lower-cased \w+ tokens as a bag of words; per-page precision, recall and F1
// of the overlap; arithmetic mean over pages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

// Python's re \w+ over Unicode: letters (L*), numbers (N*) and '_'. Optionally lower-cased.
std::vector<std::string> WordTokens(std::string_view text, bool lower);

struct ShinglePageScore {
  double tp = 0, fp = 0, fn = 0;  // normalised so that tp + fp + fn = 1 (0 when all are 0)
  bool exact = false;             // token lists are identical
};
ShinglePageScore ScoreShingles(std::string_view truth, std::string_view prediction);

struct CorpusScore {
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
  double precision_std = 0, recall_std = 0, f1_std = 0;  // bootstrap
};
// Aggregates page scores (macro precision/recall, F1 of the means). With bootstrap > 0, also
// the bootstrap standard deviations (fixed seed, so the figures are reproducible).
CorpusScore AggregateShingles(const std::vector<ShinglePageScore>& pages, int bootstrap = 0);

struct BagScore {
  double precision = 0, recall = 0, f1 = 0;
};
// Both empty: 1; one empty: 0.
BagScore ScoreWordBag(std::string_view truth, std::string_view prediction);

}  // namespace newsgraph::extract
