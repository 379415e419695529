// Relation and direction helpers of copy detection (internal header; docs/copies.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/copies.h"

namespace newsgraph::copies {

// What the relation is decided from.
struct PairMeasures {
  double coverage_a = 0, coverage_b = 0;  // Alignment coverage of each text
  double similarity = 0;                  // aligned pairs' mean similarity, weighted by bytes
  double shingle_jaccard = 0;             // exact 5-word-shingle Jaccard
  double shingle_containment = 0;         // shared shingles / the smaller set
};

PairMeasures Measure(const LinkDocument& a, const LinkDocument& b, const Alignment& alignment);

// "near-verbatim", "rewrite", "partial", or "" (not a copy).
std::string Classify(const PairMeasures& m, const RelationThresholds& thresholds);

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
