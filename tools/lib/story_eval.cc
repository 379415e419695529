// Story clustering evaluation (see story_eval.h).
#include "story_eval.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <cctype>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "newsgraph/analyze.h"
#include "newsgraph/link.h"

namespace newsgraph::eval {

ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& predicted) {
  ClusterScores s;
  size_t n = std::min(gold.size(), predicted.size());
  if (n == 0) return s;
  std::map<std::string, int> gid, pid;
  std::vector<int> g(n), p(n);
  for (size_t i = 0; i < n; ++i) {
    g[i] = gid.emplace(gold[i], static_cast<int>(gid.size())).first->second;
    p[i] = pid.emplace(predicted[i], static_cast<int>(pid.size())).first->second;
  }
  std::map<std::pair<int, int>, double> joint;
  std::vector<double> gsize(gid.size()), psize(pid.size());
  for (size_t i = 0; i < n; ++i) {
    joint[{g[i], p[i]}] += 1;
    gsize[g[i]] += 1;
    psize[p[i]] += 1;
  }
  // B3: for each item, |its gold cluster ∩ its predicted cluster| / |predicted| (precision) and
  // / |gold| (recall), averaged over items.
  double prec = 0, rec = 0;
  for (size_t i = 0; i < n; ++i) {
    double both = joint[{g[i], p[i]}];
    prec += both / psize[p[i]];
    rec += both / gsize[g[i]];
  }
  s.precision = prec / static_cast<double>(n);
  s.recall = rec / static_cast<double>(n);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  auto c2 = [](double x) { return x * (x - 1) / 2; };
  double index = 0, a = 0, b = 0;
  for (auto& [k, v] : joint) index += c2(v);
  for (double v : gsize) a += c2(v);
  for (double v : psize) b += c2(v);
  double total = c2(static_cast<double>(n));
  double expected = total > 0 ? a * b / total : 0;
  double max_index = (a + b) / 2;
  s.ari = max_index - expected != 0 ? (index - expected) / (max_index - expected) : 1.0;
  s.clusters = pid.size();
  return s;
}

std::vector<LinkDocument> EcbLinkDocuments(const std::vector<EcbDocument>& docs, bool analyze) {
  std::vector<LinkDocument> out;
  out.reserve(docs.size());
  for (const EcbDocument& d : docs) {
    LinkDocument l;
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(d.name.data(), d.name.size())));
    l.id = buf;
    l.text = d.text;
    if (analyze) l.analysis = AnalyzeText(l.text);
    out.push_back(std::move(l));
  }
  return out;
}

namespace {

// One label per document: its story's id ("?" and its index when no story holds it).
std::vector<std::string> StoryLabels(const std::vector<LinkDocument>& docs,
                                     const std::vector<Story>& stories) {
  std::unordered_map<std::string, std::string> story_of;
  for (const Story& s : stories)
    for (const std::string& d : s.documents) story_of[d] = s.id;
  std::vector<std::string> out(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    auto it = story_of.find(docs[i].id);
    out[i] = it == story_of.end() ? "?" + std::to_string(i) : it->second;
  }
  return out;
}

}  // namespace

std::vector<std::string> ClusterOnline(const std::vector<LinkDocument>& docs,
                                       const std::vector<size_t>& order, const StoryOptions& options,
                                       std::vector<StoryChange>* changes) {
  StoryClusterer clusterer(options);
  for (size_t i : order) (void)clusterer.Add(docs[i], StoryEvidence{});
  if (changes) *changes = clusterer.Changes();
  return StoryLabels(docs, clusterer.Stories());
}

std::vector<std::string> ClusterWithLinker(const std::vector<LinkDocument>& docs,
                                           const std::vector<size_t>& order,
                                           const StoryOptions& options,
                                           std::vector<StoryChange>* changes) {
  LinkOptions link_options;
  link_options.stories = options;
  Linker linker(link_options);
  std::unordered_map<std::string, size_t> index_of;
  for (size_t i = 0; i < docs.size(); ++i) index_of[docs[i].id] = i;
  const DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = index_of.find(id);
    if (it == index_of.end()) return nullptr;
    return std::shared_ptr<const LinkDocument>(&docs[it->second], [](const LinkDocument*) {});
  };
  for (size_t i : order) linker.Add(docs[i], {}, fetch);
  LinkOutput out = linker.Finish();
  if (changes) *changes = out.story_changes;
  return StoryLabels(docs, out.stories);
}

std::vector<size_t> ShuffledOrder(size_t n, uint64_t seed) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  for (size_t i = n; i > 1; --i) {
    size_t j = static_cast<size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

OrderRuns EvaluateOrders(const std::vector<LinkDocument>& docs, const std::vector<std::string>& gold,
                         const StoryOptions& options, int seeds, bool pipeline) {
  OrderRuns r;
  r.min = {1, 1, 1, 1, SIZE_MAX};
  int runs = 0;
  for (int seed = 1; seed <= seeds; ++seed) {
    std::vector<StoryChange> changes;
    const std::vector<size_t> order = ShuffledOrder(docs.size(), static_cast<uint64_t>(seed));
    auto pred = pipeline ? ClusterWithLinker(docs, order, options, &changes)
                         : ClusterOnline(docs, order, options, &changes);
    for (const StoryChange& c : changes) (c.kind == "merge" ? r.merges : r.splits) += 1;
    ClusterScores s = ScoreClustering(gold, pred);
    r.mean.precision += s.precision;
    r.mean.recall += s.recall;
    r.mean.f1 += s.f1;
    r.mean.ari += s.ari;
    r.mean.clusters += s.clusters;
    r.min.precision = std::min(r.min.precision, s.precision);
    r.min.recall = std::min(r.min.recall, s.recall);
    r.min.f1 = std::min(r.min.f1, s.f1);
    r.min.ari = std::min(r.min.ari, s.ari);
    r.min.clusters = std::min(r.min.clusters, s.clusters);
    ++runs;
  }
  if (runs > 0) {
    r.mean.precision /= runs;
    r.mean.recall /= runs;
    r.mean.f1 /= runs;
    r.mean.ari /= runs;
    r.mean.clusters /= static_cast<size_t>(runs);
  }
  return r;
}

namespace {

std::vector<std::string> BaselineWords(const std::string& text) {
  static const std::unordered_set<std::string> stop = {
      "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
      "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she",
      "they", "his", "her", "their", "that", "this", "as", "but", "not", "said", "says", "will",
      "would", "who", "which", "after", "about", "into", "than", "s", "t", "we", "i", "you"};
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && !stop.count(w)) out.push_back(w);
    w.clear();
  };
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> BatchAverageLink(const std::vector<LinkDocument>& docs, double threshold) {
  return BatchAverageLinkSweep(docs, {threshold})[0];
}

std::vector<std::vector<std::string>> BatchAverageLinkSweep(const std::vector<LinkDocument>& docs,
                                                            const std::vector<double>& thresholds) {
  size_t n = docs.size();
  std::vector<std::unordered_map<std::string, double>> tf(n);
  std::unordered_map<std::string, double> df;
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& w : BaselineWords(docs[i].text)) tf[i][w] += 1;
    for (auto& [w, c] : tf[i]) df[w] += 1;
  }
  std::vector<std::unordered_map<std::string, double>> vec(n);
  for (size_t i = 0; i < n; ++i) {
    double norm = 0;
    for (auto& [w, c] : tf[i]) {
      double x = (1 + std::log(c)) * std::log((n + 1.0) / (df[w] + 1.0) + 1.0);
      vec[i][w] = x;
      norm += x * x;
    }
    norm = std::sqrt(norm);
    for (auto& [w, x] : vec[i]) x = norm > 0 ? x / norm : 0;
  }
  // Similarity matrix, then average link (UPGMA): sim(A∪B, C) = (|A| sim(A,C) + |B| sim(B,C)) / (|A|+|B|).
  // UPGMA has no inversions, so the merges come in falling similarity and one run serves every
  // threshold: a cut at t keeps the merges made at similarity >= t.
  std::vector<std::vector<double>> sim(n, std::vector<double>(n, 0));
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      const auto& a = vec[i].size() < vec[j].size() ? vec[i] : vec[j];
      const auto& b = vec[i].size() < vec[j].size() ? vec[j] : vec[i];
      double s = 0;
      for (auto& [w, x] : a) {
        auto it = b.find(w);
        if (it != b.end()) s += x * it->second;
      }
      sim[i][j] = sim[j][i] = s;
    }
  double lowest = 1;
  for (double t : thresholds) lowest = std::min(lowest, t);
  std::vector<size_t> size(n, 1);
  std::vector<bool> alive(n, true);
  struct MergeStep {
    double height;
    size_t into, from;
  };
  std::vector<MergeStep> merges;
  while (true) {
    double best = -1;
    size_t bi = 0, bj = 0;
    for (size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (size_t j = i + 1; j < n; ++j)
        if (alive[j] && sim[i][j] > best) {
          best = sim[i][j];
          bi = i;
          bj = j;
        }
    }
    if (best < lowest || best < 0) break;
    for (size_t k = 0; k < n; ++k) {
      if (!alive[k] || k == bi || k == bj) continue;
      double s = (static_cast<double>(size[bi]) * sim[bi][k] + static_cast<double>(size[bj]) * sim[bj][k]) /
                 static_cast<double>(size[bi] + size[bj]);
      sim[bi][k] = sim[k][bi] = s;
    }
    size[bi] += size[bj];
    alive[bj] = false;
    merges.push_back({best, bi, bj});
  }
  std::vector<std::vector<std::string>> out;
  for (double t : thresholds) {
    std::vector<size_t> parent(n);
    for (size_t i = 0; i < n; ++i) parent[i] = i;
    for (const MergeStep& m : merges)
      if (m.height >= t) parent[m.from] = m.into;
    std::vector<std::string> labels(n);
    for (size_t i = 0; i < n; ++i) {
      size_t r = i;
      while (parent[r] != r) r = parent[r];
      labels[i] = "B" + std::to_string(r);
    }
    out.push_back(std::move(labels));
  }
  return out;
}

}  // namespace newsgraph::eval
