// Copies: which documents are copies of which — verbatim, rewritten (spun), or partial — who
// copied whom, and what each copy changed, fact by fact.
//
//   newsgraph::CopyFinder finder;                    // the candidate index (in memory)
//   for (const LinkDocument& d : docs_in_link_order) {
//     for (const CopyRelation& r : finder.Link(d, fetch)) ...   // relations with earlier documents
//   }
//
//   // Two documents alone, no index:
//   std::optional<CopyRelation> r = newsgraph::CompareDocuments(a, b);
//
// The method (signatures, candidates, alignment, relation, direction, fact diff) and its measured
// figures are in docs/copies.md.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/link_document.h"

namespace newsgraph {

// One difference between aligned sentences of a source and its copy.
struct FactChange {
  // person | office | title | number | date | weekday | communication | quote | speaker | wording
  std::string kind;
  bool fact = false;        // true when it changes what the text claims, false for wording only
  std::string source_text;  // the differing span in the source ("Boris Johnson")
  uint32_t source_start = 0;
  uint32_t source_end = 0;
  std::string copy_text;    // the span that replaced it in the copy ("David Cameron")
  uint32_t copy_start = 0;
  uint32_t copy_end = 0;
  // Set by the link driver when the copy's side is an office claim the office-holder table
  // contradicts (the OfficeCheck's claim text), empty otherwise.
  std::string contradicted_claim;
};

// How one document relates to another it copies.
struct CopyRelation {
  std::string copy;       // document id of the copy (for siblings/unknown: the later-linked one)
  std::string source;     // document id of the source (for siblings/unknown: the other one)
  std::string relation;   // duplicate | near-verbatim | rewrite | partial
  std::string direction;  // earlier | evidence | siblings | unknown
  double similarity = 0;  // 0..1, the aligned sentences' mean similarity
  double coverage_copy = 0;    // share of the copy's text aligned to the source
  double coverage_source = 0;  // share of the source's text aligned to the copy
  std::vector<FactChange> changes;
};

// One aligned pair of sentence spans (a sentence, or merged neighbours) of two texts.
struct AlignedSpan {
  uint32_t a_start = 0, a_end = 0;
  uint32_t b_start = 0, b_end = 0;
  double similarity = 0;
};

struct Alignment {
  std::vector<AlignedSpan> pairs;  // in the order of text a
  double coverage_a = 0;           // share of a's text bytes (sentences) that is aligned
  double coverage_b = 0;
};

// When two aligned texts are copies, and of which kind (docs/copies.md says how these were
// chosen on a development split and what they give on the held-out one).
struct RelationThresholds {
  double min_coverage = 0.4;     // the better-covered text: at least this share aligned
  double min_similarity = 0.62;  // and the aligned sentences at least this similar on average
  double partial_below = 0.4;    // the other text less covered than this: a partial copy
  double partial_coverage = 0.6; // ... when the excerpt is at least this covered
  double excerpt_coverage = 0.9; // a text this covered is an excerpt (partial) ...
  double excerpt_below = 0.6;    // ... of one less covered than this
  double copy_containment = 0.3; // shared 5-word shingles / the smaller set: a copy whatever else
  double near_verbatim_jaccard = 0.5;      // 5-word-shingle Jaccard: near-verbatim whatever else
  double near_verbatim_containment = 0.5;  // shingle containment: near-verbatim
};

struct CopyOptions {
  size_t max_candidates = 32;  // documents aligned per new document, best candidates first
  // A hot bucket (a boilerplate sentence on every page of a site) stops collecting ids past this.
  size_t max_bucket = 2000;
  // The prepared texts (words scanned, shingles, alignment sentences) of the documents compared
  // last are kept up to this many bytes, so that a document that is a candidate again and again
  // is prepared once while it stays (0: none kept). Not part of the index's bytes per document.
  size_t prepared_cache_bytes = 32u << 20;
  // Every indexed document keeps a few bytes a sentence (a sample of its words), and a candidate
  // whose sentences hold no likely partners of the new document's is not fetched nor aligned
  // (docs/copies.md, "Sentence sketches"). Off: every candidate is aligned.
  bool sentence_sketches = true;
  RelationThresholds thresholds;
};

// Aligns two texts sentence by sentence, allowing reordering, truncation, inserted boilerplate
// and merged or split sentences.
Alignment AlignTexts(const LinkDocument& a, const LinkDocument& b);

// The facts that changed between aligned sentences (source -> copy).
std::vector<FactChange> DiffFacts(const LinkDocument& source, const LinkDocument& copy,
                                  const Alignment& alignment);

// The copy relation between two documents, or nullopt when neither copies the other (two
// independent reports of one event are not copies). Direction from publication dates, else
// from evidence in the texts.
std::optional<CopyRelation> CompareDocuments(const LinkDocument& a, const LinkDocument& b,
                                             const CopyOptions& options = {});

// The candidate index and the incremental copy linker. Not thread-safe; one per linking thread.
class CopyFinder {
 public:
  explicit CopyFinder(const CopyOptions& options = {});
  ~CopyFinder();
  CopyFinder(const CopyFinder&) = delete;
  CopyFinder& operator=(const CopyFinder&) = delete;

  // The relations between `doc` and the documents added before it (loaded through `fetch` for
  // alignment), then adds `doc` to the index.
  std::vector<CopyRelation> Link(const LinkDocument& doc, const DocumentFetcher& fetch);
  // Candidate ids for `doc`, best first, without aligning or adding it (for recall tests).
  std::vector<std::string> Candidates(const LinkDocument& doc) const;
  size_t size() const;          // documents indexed
  size_t MemoryBytes() const;   // the index's heap use, approximately
  size_t PreparedCacheBytes() const;  // the kept prepared texts (CopyOptions::prepared_cache_bytes)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph
