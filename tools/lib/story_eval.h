// Story clustering evaluation on ECB+ (shared by tools/ecb_stories_eval.cc and the quality-floor
// test): B3 and ARI against the story labels, online clustering in shuffled orders with
// StoryClusterer, and the batch TF-IDF average-link baseline. Evaluation code, not runtime code.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ecbplus.h"
#include "newsgraph/link_document.h"
#include "newsgraph/stories.h"

namespace newsgraph::eval {

struct ClusterScores {
  double precision = 0, recall = 0, f1 = 0;  // B3 (Bagga & Baldwin 1998), document-averaged
  double ari = 0;                            // adjusted Rand index (Hubert & Arabie 1985)
  size_t clusters = 0;                       // predicted clusters
};

// Scores a predicted clustering (one label per item) against the gold labels.
ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& predicted);

// The ECB+ documents as the link stage would see them: id = 16 hex digits of a hash of the file
// name, no title, no date, text = EcbDocument::text; analysis = AnalyzeText(text) when `analyze`.
std::vector<LinkDocument> EcbLinkDocuments(const std::vector<EcbDocument>& docs, bool analyze);

// Clusters `docs` online in the order `order` (indexes into docs); one story id per document.
std::vector<std::string> ClusterOnline(const std::vector<LinkDocument>& docs,
                                       const std::vector<size_t>& order, const StoryOptions& options,
                                       std::vector<StoryChange>* changes = nullptr);

// The same through the whole link stage, as `newsgraph link` assigns stories: each document is
// linked by a Linker (copies against the earlier ones, aligned with their texts; people and
// events in the world), and the clusterer gets that evidence (the copy's source, the WorldPerson
// and WorldEvent ids).
std::vector<std::string> ClusterWithLinker(const std::vector<LinkDocument>& docs,
                                           const std::vector<size_t>& order,
                                           const StoryOptions& options,
                                           std::vector<StoryChange>* changes = nullptr);

// A random order of n documents from a seed (std::mt19937_64 + Fisher-Yates, portable).
std::vector<size_t> ShuffledOrder(size_t n, uint64_t seed);

struct OrderRuns {
  ClusterScores mean, min;  // over the orders; `min` holds each figure's minimum
  size_t merges = 0, splits = 0;  // summed over the orders
};

// Online clustering in `seeds` shuffled orders (seeds 1..seeds), scored against `gold`; by the
// whole link stage (ClusterWithLinker) when `pipeline`, else by the clusterer alone.
OrderRuns EvaluateOrders(const std::vector<LinkDocument>& docs, const std::vector<std::string>& gold,
                         const StoryOptions& options, int seeds, bool pipeline = false);

// The batch baseline: TF-IDF (words of the text, idf over `docs`) cosine, average-link
// agglomerative clustering stopped at `threshold`. One cluster label per document.
std::vector<std::string> BatchAverageLink(const std::vector<LinkDocument>& docs, double threshold);
// The same for several thresholds at once (one clustering run; UPGMA merges are monotone).
std::vector<std::vector<std::string>> BatchAverageLinkSweep(const std::vector<LinkDocument>& docs,
                                                            const std::vector<double>& thresholds);

}  // namespace newsgraph::eval
