// Story state helpers and the 2-means split test (see story_state.h).
#include "link/story_state.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "link/copies_index.h"

namespace newsgraph::story {

double ParseDay(const std::string& s) {
  // The copy index's day number (days since 1970-01-01), as a double with NaN for no date.
  const int32_t day = copies::DayNumber(s);
  return day == copies::kNoDay ? std::nan("") : static_cast<double>(day);
}

double EventDay(const Analysis& analysis, double published_day, double window) {
  if (std::isnan(published_day)) return std::nan("");
  double day = std::nan("");
  uint32_t first = UINT32_MAX;
  for (const Communication& c : analysis.communications) {
    if (c.start >= first || c.status != "happened") continue;
    double d = ParseDay(c.date);
    if (std::isnan(d)) continue;
    first = c.start;
    day = d;
  }
  // An event long before the publication (a review of past events) is not the one reported.
  if (day < published_day - window || day > published_day + 1) return std::nan("");
  return day;
}

double EventDayAgreement(const std::map<int, int>& a, const std::map<int, int>& b, int tolerance) {
  if (a.empty() || b.empty()) return 1.0;
  double agree = 0, pairs = 0, nb = 0;
  for (const auto& [day, n] : b) nb += n;
  for (const auto& [day, n] : a) {
    pairs += static_cast<double>(n) * nb;
    for (auto it = b.lower_bound(day - tolerance); it != b.end() && it->first <= day + tolerance; ++it)
      agree += static_cast<double>(n) * it->second;
  }
  return pairs > 0 ? agree / pairs : 1.0;
}

bool DocTimeLess(const DocRef& a, const DocRef& b) {
  bool ad = a.dated, bd = b.dated;
  if (ad != bd) return ad;
  if (ad) {
    int c = a.published.compare(0, 10, b.published, 0, 10);
    if (c != 0) return c < 0;
  }
  return a.seq < b.seq;
}

namespace {

// Weights by term, sorted by term.
using TermSums = std::vector<std::pair<TermId, double>>;

// Sum of the vectors whose side is `which` (each term's weights added in the order of the
// vectors).
TermSums SideSum(const std::vector<const SparseVector*>& vecs, const std::vector<int>& side,
                 int which) {
  std::vector<TermWeight> all;
  for (size_t i = 0; i < vecs.size(); ++i)
    if (side[i] == which) all.insert(all.end(), vecs[i]->begin(), vecs[i]->end());
  std::stable_sort(all.begin(), all.end(),
                   [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  TermSums sums;
  for (const TermWeight& t : all) {
    if (sums.empty() || sums.back().first != t.term) sums.push_back({t.term, 0.0});
    sums.back().second += t.weight;
  }
  return sums;
}

SparseVector Normalised(const TermSums& sums) {
  SparseVector v;
  v.reserve(sums.size());
  double norm = 0;
  for (const auto& [t, w] : sums) {
    v.push_back({t, static_cast<float>(w)});
    norm += w * w;
  }
  norm = std::sqrt(norm);
  for (TermWeight& t : v) t.weight = static_cast<float>(norm > 0 ? t.weight / norm : 0);
  return v;
}

}  // namespace

std::vector<SparseVector> WithinStoryWeights(const std::vector<KeptDoc>& kept) {
  size_t n = kept.size();
  TermMap<uint32_t> df;
  for (const KeptDoc& k : kept)
    for (const TermWeight& t : k.vec) ++df[t.term];
  std::vector<SparseVector> out;
  out.reserve(n);
  for (const KeptDoc& k : kept) {
    SparseVector v = k.vec;
    double norm = 0;
    for (TermWeight& t : v) {
      double local =
          std::log((static_cast<double>(n) + 1) / (*FindTerm(df, t.term) + 1.0)) + kWithinStoryFloor;
      t.weight = static_cast<float>(t.weight * std::sqrt(local));
      norm += static_cast<double>(t.weight) * t.weight;
    }
    norm = std::sqrt(norm);
    for (TermWeight& t : v) t.weight = static_cast<float>(norm > 0 ? t.weight / norm : 0);
    out.push_back(std::move(v));
  }
  return out;
}

namespace {

// The test of a split on the documents' own vectors: the halves' centroids must be dissimilar in
// everything they say, shared words included.
bool HalvesDiffer(const std::vector<KeptDoc>& kept, const std::vector<int>& side,
                  double max_similarity) {
  std::vector<const SparseVector*> own(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) own[i] = &kept[i].vec;
  return story::Dot(Normalised(SideSum(own, side, 0)), Normalised(SideSum(own, side, 1))) <
         max_similarity;
}

}  // namespace

bool TwoMeans(const std::vector<KeptDoc>& kept, double max_similarity, std::vector<int>* side_out) {
  size_t n = kept.size();
  if (n < 4) return false;
  // The partition is found on the documents' vectors re-weighted within the story: what every
  // member says (the kind of event, its main actor) does not pull the halves together, so the
  // halves follow the specifics (the other party, the place, the figures) that differ.
  std::vector<SparseVector> local = WithinStoryWeights(kept);
  // Seeds: the document farthest from the first, then the one farthest from that.
  auto farthest = [&](size_t from) {
    size_t best = from;
    double low = 2;
    for (size_t i = 0; i < n; ++i) {
      double c = story::Dot(local[i], local[from]);
      if (i != from && c < low) {
        low = c;
        best = i;
      }
    }
    return best;
  };
  size_t sa = farthest(0), sb = farthest(sa);
  if (sa == sb) return false;
  std::vector<int> side(n, 0);
  std::vector<const SparseVector*> lv(n);
  for (size_t i = 0; i < n; ++i) lv[i] = &local[i];
  SparseVector ca = local[sa], cb = local[sb];
  for (int iter = 0; iter < 5; ++iter) {
    for (size_t i = 0; i < n; ++i)
      side[i] = story::Dot(local[i], ca) >= story::Dot(local[i], cb) ? 0 : 1;
    ca = Normalised(SideSum(lv, side, 0));
    cb = Normalised(SideSum(lv, side, 1));
  }
  size_t nb = static_cast<size_t>(std::count(side.begin(), side.end(), 1));
  if (nb < 2 || n - nb < 2) return false;
  if (!HalvesDiffer(kept, side, max_similarity)) return false;
  *side_out = std::move(side);
  return true;
}

bool MarkSplit(const std::vector<KeptDoc>& kept, const std::vector<std::vector<int>>& marks,
               double max_similarity, std::vector<int>* side_out) {
  size_t n = kept.size();
  if (n < 4 || marks.size() != n) return false;
  std::vector<int> values;
  for (const auto& m : marks) values.insert(values.end(), m.begin(), m.end());
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  auto has = [&](size_t i, int v) { return std::binary_search(marks[i].begin(), marks[i].end(), v); };
  // The pair of marks of one kind whose documents without the other are most numerous (the
  // smaller group counts); documents with both must be few.
  int best_a = 0, best_b = 0;
  size_t best_min = 0, best_sum = 0;
  for (size_t x = 0; x < values.size(); ++x) {
    for (size_t y = x + 1; y < values.size(); ++y) {
      int a = values[x], b = values[y];
      if ((a > 12) != (b > 12)) continue;
      size_t only_a = 0, only_b = 0, both = 0;
      for (size_t i = 0; i < n; ++i) {
        bool ha = has(i, a), hb = has(i, b);
        only_a += ha && !hb;
        only_b += hb && !ha;
        both += ha && hb;
      }
      size_t low = std::min(only_a, only_b);
      if (low < 2 || both * kMarkBothShare > low) continue;
      if (low > best_min || (low == best_min && only_a + only_b > best_sum)) {
        best_min = low;
        best_sum = only_a + only_b;
        best_a = a;
        best_b = b;
      }
    }
  }
  if (best_min == 0) return false;
  std::vector<int> held(n, -1), side(n, 0);
  for (size_t i = 0; i < n; ++i) {
    bool ha = has(i, best_a), hb = has(i, best_b);
    if (ha != hb) held[i] = ha ? 0 : 1;
  }
  std::vector<SparseVector> local = WithinStoryWeights(kept);
  std::vector<const SparseVector*> lv(n);
  for (size_t i = 0; i < n; ++i) lv[i] = &local[i];
  for (size_t i = 0; i < n; ++i) side[i] = held[i] == 1 ? 1 : 0;
  std::vector<int> seeds = held;
  for (size_t i = 0; i < n; ++i) seeds[i] = held[i] < 0 ? 2 : held[i];  // 2: on neither side
  SparseVector ca = Normalised(SideSum(lv, seeds, 0)), cb = Normalised(SideSum(lv, seeds, 1));
  for (int iter = 0; iter < 5; ++iter) {
    for (size_t i = 0; i < n; ++i)
      side[i] = held[i] >= 0 ? held[i] : (story::Dot(local[i], ca) >= story::Dot(local[i], cb) ? 0 : 1);
    ca = Normalised(SideSum(lv, side, 0));
    cb = Normalised(SideSum(lv, side, 1));
  }
  if (!HalvesDiffer(kept, side, max_similarity)) return false;
  *side_out = std::move(side);
  return true;
}

}  // namespace newsgraph::story
