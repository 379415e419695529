// Story vectors (internal to the link stage): the weighted terms of a document that story
// clustering compares — content words of the title and text, the people, places and
// organisations of the analysis, and the WorldPerson / WorldEvent ids of the evidence — and the
// online document-frequency table that turns them into TF-IDF. See docs/stories.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "newsgraph/link_document.h"
#include "newsgraph/stories.h"

namespace newsgraph::story {

using TermId = uint64_t;

// A hash map keyed by term id (story centroids, document frequencies). Its iteration order is
// unspecified: whatever is computed while iterating one must not depend on that order.
template <typename V>
using TermMap = absl::flat_hash_map<TermId, V>;

// The value of `term` in `m`, or null.
template <typename V>
const V* FindTerm(const TermMap<V>& m, TermId term) {
  auto it = m.find(term);
  return it == m.end() ? nullptr : &it->second;
}

struct TermWeight {
  TermId term = 0;
  float weight = 0;
};
// Sorted by term, no duplicates.
using SparseVector = std::vector<TermWeight>;

// The weights of the kinds of evidence, relative to a content word of the text.
struct FeatureWeights {
  float title_word = 2.0f;     // a word of the headline
  float person = 1.5f;         // Person::name (mentions counted sub-linearly)
  float place = 1.0f;
  float organization = 1.0f;
  float world_person = 0.5f;   // StoryEvidence::people (docs/stories.md: at 3 they cost recall)
  float world_event = 6.0f;    // StoryEvidence::events
  float names_share = 0.8f;    // share of the names channel in the similarity
};

// The raw term weights of a document (1 + ln tf, times the kind's weight), before IDF. Reads at
// most `max_text_bytes` of the text. URL-like chunks (scheme://..., www....) are skipped.
SparseVector DocumentTerms(const LinkDocument& doc, const StoryEvidence& evidence,
                           const FeatureWeights& weights, size_t max_text_bytes);

// The content words of `text` (lower-cased, light plural folding, stop words dropped), appended
// to `out` as term ids; exposed for the tests and the batch baseline.
void ContentWords(std::string_view text, std::vector<TermId>* out);

// The headline of a document: its title, else the first line of its text that is not a URL
// (at most 200 bytes, cut at a UTF-8 boundary).
std::string Headline(const LinkDocument& doc);

// Online document frequencies. IDF = ln((N + 1) / (df + 1)) + 1. When the table passes
// `max_terms` entries the rarest terms are dropped (a dropped term counts as unseen).
class DocumentFrequencies {
 public:
  explicit DocumentFrequencies(size_t max_terms);
  void Add(const SparseVector& terms);
  double Idf(TermId term) const;
  uint64_t documents() const { return documents_; }
  size_t size() const { return df_.size(); }

 private:
  void Prune();
  TermMap<uint32_t> df_;
  uint64_t documents_ = 0;
  size_t max_terms_;
  double log_n1_ = 0;                // ln(N + 1)
  std::vector<double> log_table_;    // ln(df + 1) for small df
};

// `terms` weighted by IDF, cut to the `max_terms` heaviest and L2-normalised per channel (the
// low bit of a term id: 0 content words, 1 names, numbers and ids), the names channel taking
// `names_share` of the weight (empty stays empty).
SparseVector TfIdf(const SparseVector& terms, const DocumentFrequencies& df, size_t max_terms,
                   double names_share);

// The time marks among a vector's terms: the years 1900-2099 written in the text (returned as
// the year) and the month names other than "march" and "may" (returned as 1-12), sorted.
std::vector<int> TimeMarks(const SparseVector& v);

// Dot product of two sorted sparse vectors.
double Dot(const SparseVector& a, const SparseVector& b);

}  // namespace newsgraph::story
