// Story state helpers and the 2-means split test (see story_state.h).
#include "link/story_state.h"

#include <algorithm>
#include <cmath>

namespace newsgraph::story {

double ParseDay(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nan("");
  auto digits = [&](size_t b, size_t n, int* out) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y, m, d;
  if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d)) return std::nan("");
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nan("");
  // days_from_civil (H. Hinnant)
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<double>(era) * 146097 + doe - 719468;
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

bool TwoMeans(const std::vector<KeptDoc>& kept, double max_similarity, std::vector<int>* side_out) {
  size_t n = kept.size();
  if (n < 4) return false;
  // Seeds: the document farthest from the first, then the one farthest from that.
  auto farthest = [&](size_t from) {
    size_t best = from;
    double low = 2;
    for (size_t i = 0; i < n; ++i) {
      double c = story::Dot(kept[i].vec, kept[from].vec);
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
  SparseVector ca = kept[sa].vec, cb = kept[sb].vec;
  for (int iter = 0; iter < 5; ++iter) {
    std::unordered_map<TermId, float> ma, mb;
    for (size_t i = 0; i < n; ++i) {
      side[i] = story::Dot(kept[i].vec, ca) >= story::Dot(kept[i].vec, cb) ? 0 : 1;
      for (const TermWeight& t : kept[i].vec) (side[i] == 0 ? ma : mb)[t.term] += t.weight;
    }
    auto to_vec = [](const std::unordered_map<TermId, float>& m) {
      SparseVector v;
      double norm = 0;
      for (auto& [t, w] : m) {
        v.push_back({t, w});
        norm += static_cast<double>(w) * w;
      }
      std::sort(v.begin(), v.end(),
                [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
      norm = std::sqrt(norm);
      for (TermWeight& t : v) t.weight = static_cast<float>(norm > 0 ? t.weight / norm : 0);
      return v;
    };
    ca = to_vec(ma);
    cb = to_vec(mb);
  }
  size_t nb = static_cast<size_t>(std::count(side.begin(), side.end(), 1));
  if (nb < 2 || n - nb < 2) return false;
  if (story::Dot(ca, cb) >= max_similarity) return false;
  *side_out = std::move(side);
  return true;
}

}  // namespace newsgraph::story
