// Coreference scores (see coref_metrics.h).
#include "coref_metrics.h"

#include <algorithm>
#include <limits>
#include <map>

namespace newsgraph::eval {
namespace {

// Clusters as lists of mention indexes, in order of first mention.
std::vector<std::vector<size_t>> Clusters(const std::vector<std::string>& labels) {
  std::map<std::string, size_t> index;
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < labels.size(); ++i) {
    auto [it, fresh] = index.emplace(labels[i], out.size());
    if (fresh) out.emplace_back();
    out[it->second].push_back(i);
  }
  return out;
}

CorefScore Make(double rn, double rd, double pn, double pd) {
  CorefScore s;
  s.recall = rd > 0 ? rn / rd : 0;
  s.precision = pd > 0 ? pn / pd : 0;
  s.f1 = s.recall + s.precision > 0 ? 2 * s.recall * s.precision / (s.recall + s.precision) : 0;
  return s;
}

// MUC recall of `a` against `b`: links of a's clusters that b keeps.
void MucPart(const std::vector<std::vector<size_t>>& a, const std::vector<std::string>& b_labels,
             double* num, double* den) {
  *num = *den = 0;
  for (const auto& cluster : a) {
    std::map<std::string, int> parts;
    for (size_t m : cluster) parts[b_labels[m]]++;
    *num += static_cast<double>(cluster.size()) - static_cast<double>(parts.size());
    *den += static_cast<double>(cluster.size()) - 1;
  }
}

}  // namespace

CorefScore Muc(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  if (key.size() != response.size()) return {};
  double rn, rd, pn, pd;
  MucPart(Clusters(key), response, &rn, &rd);
  MucPart(Clusters(response), key, &pn, &pd);
  return Make(rn, rd, pn, pd);
}

CorefScore BCubed(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  if (key.size() != response.size() || key.empty()) return {};
  std::map<std::string, double> ksize, rsize;
  std::map<std::pair<std::string, std::string>, double> both;
  for (size_t i = 0; i < key.size(); ++i) {
    ksize[key[i]]++;
    rsize[response[i]]++;
    both[{key[i], response[i]}]++;
  }
  double r = 0, p = 0;
  for (size_t i = 0; i < key.size(); ++i) {
    double overlap = both[{key[i], response[i]}];
    r += overlap / ksize[key[i]];
    p += overlap / rsize[response[i]];
  }
  const double n = static_cast<double>(key.size());
  return Make(r, n, p, n);
}

double MaxAssignment(const std::vector<std::vector<double>>& score) {
  const size_t rows = score.size();
  size_t cols = 0;
  for (const auto& row : score) cols = std::max(cols, row.size());
  if (rows == 0 || cols == 0) return 0;
  // Hungarian algorithm on a square cost matrix (cost = -score, padded with zeros), 1-based.
  const size_t n = std::max(rows, cols);
  auto cost = [&](size_t i, size_t j) -> double {
    if (i >= rows || j >= score[i].size()) return 0;
    return -score[i][j];
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> p(n + 1, 0), way(n + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::vector<double> minv(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      size_t i0 = p[j0], j1 = 0;
      double delta = inf;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (size_t j = 0; j <= n; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  double total = 0;
  for (size_t j = 1; j <= n; ++j)
    if (p[j] != 0) total -= cost(p[j] - 1, j - 1);
  return total;
}

CorefScore CeafE(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  if (key.size() != response.size() || key.empty()) return {};
  auto k = Clusters(key), r = Clusters(response);
  std::map<std::string, size_t> rindex;
  for (size_t j = 0; j < r.size(); ++j) rindex[response[r[j].front()]] = j;
  // phi4 similarity 2|K ∩ R| / (|K| + |R|); only overlapping pairs are non-zero. The assignment
  // splits into connected components of the overlap graph, solved one at a time.
  std::vector<std::map<size_t, double>> overlap(k.size());
  for (size_t i = 0; i < k.size(); ++i)
    for (size_t m : k[i]) overlap[i][rindex[response[m]]]++;
  std::vector<int> kcomp(k.size(), -1), rcomp(r.size(), -1);
  int comps = 0;
  std::vector<std::vector<size_t>> rkeys(r.size());
  for (size_t i = 0; i < k.size(); ++i)
    for (const auto& [j, n] : overlap[i]) rkeys[j].push_back(i);
  double total = 0;
  for (size_t start = 0; start < k.size(); ++start) {
    if (kcomp[start] >= 0) continue;
    std::vector<size_t> ks{start}, rs;
    kcomp[start] = comps;
    for (size_t q = 0; q < ks.size(); ++q) {
      for (const auto& [j, n] : overlap[ks[q]]) {
        if (rcomp[j] >= 0) continue;
        rcomp[j] = comps;
        rs.push_back(j);
        for (size_t i2 : rkeys[j])
          if (kcomp[i2] < 0) kcomp[i2] = comps, ks.push_back(i2);
      }
    }
    ++comps;
    std::vector<std::vector<double>> m(ks.size(), std::vector<double>(rs.size(), 0));
    for (size_t a = 0; a < ks.size(); ++a)
      for (size_t b = 0; b < rs.size(); ++b) {
        auto it = overlap[ks[a]].find(rs[b]);
        if (it != overlap[ks[a]].end())
          m[a][b] = 2 * it->second / static_cast<double>(k[ks[a]].size() + r[rs[b]].size());
      }
    total += MaxAssignment(m);
  }
  return Make(total, static_cast<double>(k.size()), total, static_cast<double>(r.size()));
}

CorefReport ScoreCoref(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  CorefReport out;
  out.muc = Muc(key, response);
  out.b3 = BCubed(key, response);
  out.ceafe = CeafE(key, response);
  out.conll = (out.muc.f1 + out.b3.f1 + out.ceafe.f1) / 3;
  return out;
}

}  // namespace newsgraph::eval
