// Story state (internal to the link stage): what StoryClusterer keeps in memory for one active
// story, and the 2-means test behind a split. See src/link/stories.cc and docs/stories.md.
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "link/story_vectors.h"

namespace newsgraph::story {

// Days since 1970-01-01 of "YYYY-MM-DD...", or NaN when it is not a date.
double ParseDay(const std::string& s);

struct DocRef {
  std::string id;
  std::string published;  // as given
  uint64_t seq = 0;       // arrival order
  bool dated = false;     // published starts with a valid YYYY-MM-DD
  double event_day = std::nan("");  // EventDay of the document (NaN when none)
};

// Time order of documents: dated ones by date, then arrival; undated ones after, by arrival.
bool DocTimeLess(const DocRef& a, const DocRef& b);

struct KeptDoc {
  uint64_t seq = 0;
  SparseVector vec;  // L2-normalised TF-IDF at the time of adding, cut to kKeptDocTerms
  SparseVector raw;  // the idf-free contribution to the centroid (for a split)
  std::string headline;
};

struct ActiveStory {
  std::string id;
  uint32_t generation = 0;
  TermMap<float> centroid;  // idf-free sums
  double norm = 0;          // |centroid * idf| when computed
  uint64_t norm_documents = 0;
  std::vector<TermId> indexed;
  std::vector<DocRef> docs;
  std::vector<KeptDoc> kept;
  bool kept_all = true;  // every document is in `kept`
  std::unordered_map<std::string, int> people, events, names;
  std::map<int, int> event_days;  // EventDay -> documents reporting an event of that day
  double first_day = std::nan(""), last_day = std::nan("");
  double clock = 0;       // the stream clock at its last document (days)
  uint64_t touched = 0;   // arrival number of its last document (ties of the clock)
  bool reshaped = false;  // the last document re-indexed it (merges and splits are checked then)
  uint64_t first_seq = 0;
};

// The day (days since 1970-01-01) of the event a dated document reports: the resolved date of
// the first communication of its analysis (in text order) that happened and has one, when that
// date lies between `window` days before the publication day `published_day` and the day after
// it (an earlier first date is a review of past events, not the event reported). NaN when the
// document is undated or has no such communication.
double EventDay(const Analysis& analysis, double published_day, double window);

// How far the events two groups of documents report agree: the share of the pairs of their
// documents with an event day whose days are at most `tolerance` apart (`a`, `b`: event day ->
// documents). 1 when either group has no event day.
double EventDayAgreement(const std::map<int, int>& a, const std::map<int, int>& b, int tolerance);

// Added to the within-story IDF ln((n + 1) / (df + 1)) so that a term in every member keeps a
// little weight.
constexpr double kWithinStoryFloor = 0.05;

// MarkSplit: the documents with both marks must be at most 1 / kMarkBothShare of the smaller
// group of documents with one of them.
constexpr size_t kMarkBothShare = 4;

// The kept documents' vectors re-weighted by the square root of the within-story IDF (the
// members of the story being the collection) and L2-normalised.
std::vector<SparseVector> WithinStoryWeights(const std::vector<KeptDoc>& kept);

// Splits `kept` in two by 2-means (seeded by the two most dissimilar documents, 5 rounds) on
// the within-story weighted vectors. Returns true, with side[i] in {0, 1}, when both halves
// have at least 2 documents and the cosine of the halves' centroids of the documents' own
// vectors is below `max_similarity`.
bool TwoMeans(const std::vector<KeptDoc>& kept, double max_similarity, std::vector<int>* side);

// Splits `kept` in two by their time marks (`marks[i]`: TimeMarks of document i): when two marks
// of one kind (two years, or two months) each stand in at least 2 documents without the other
// and few documents have both, those documents are held on their mark's side and the others
// go to the nearer half by 2-means on the within-story weighted vectors. Returns true, with
// side[i] in {0, 1}, when the cosine of the halves' centroids of the documents' own vectors is
// below `max_similarity`.
bool MarkSplit(const std::vector<KeptDoc>& kept, const std::vector<std::vector<int>>& marks,
               double max_similarity, std::vector<int>* side);

}  // namespace newsgraph::story
