#include "extract/eval_metrics.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace newsgraph::extract {
namespace {

std::unordered_map<std::string, int> Shingles(const std::vector<std::string>& t) {
  constexpr size_t k = 4;
  std::unordered_map<std::string, int> m;
  if (t.empty()) return m;
  size_t count = t.size() >= k ? t.size() - k + 1 : 1;
  size_t width = std::min(k, t.size());
  for (size_t i = 0; i < count; ++i) {
    std::string key;
    for (size_t j = 0; j < width; ++j) {
      key += t[i + j];
      key.push_back('\x1f');
    }
    ++m[key];
  }
  return m;
}

struct Means {
  double p = 0, r = 0, f1 = 0, acc = 0;
};

Means Aggregate(const std::vector<ShinglePageScore>& pages, const std::vector<size_t>& idx) {
  double ps = 0, rs = 0, acc = 0;
  int pn = 0, rn = 0;
  for (size_t i : idx) {
    const ShinglePageScore& s = pages[i];
    if (s.fp == 0 && s.fn == 0) {
      ps += 1, rs += 1, ++pn, ++rn;
    } else {
      if (s.tp + s.fp > 0) ps += s.tp / (s.tp + s.fp), ++pn;
      if (s.tp + s.fn > 0) rs += s.tp / (s.tp + s.fn), ++rn;
    }
    acc += s.exact;
  }
  Means out;
  out.p = pn ? ps / pn : 0;
  out.r = rn ? rs / rn : 0;
  out.f1 = out.p + out.r > 0 ? 2 * out.p * out.r / (out.p + out.r) : 0;
  out.acc = idx.empty() ? 0 : acc / static_cast<double>(idx.size());
  return out;
}

double StdDev(const std::vector<double>& v) {
  if (v.empty()) return 0;
  double mean = 0, sq = 0;
  for (double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  for (double x : v) sq += (x - mean) * (x - mean);
  return std::sqrt(sq / static_cast<double>(v.size()));
}

}  // namespace

std::vector<std::string> WordTokens(std::string_view s, bool lower) {
  std::vector<std::string> out;
  std::string cur;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto n = static_cast<utf8proc_ssize_t>(s.size());
  utf8proc_ssize_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len <= 0) {
      ++i;
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = cp == '_' || (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word) {
      if (lower) cp = utf8proc_tolower(cp);
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t el = utf8proc_encode_char(cp, enc);
      cur.append(reinterpret_cast<char*>(enc), static_cast<size_t>(el));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    i += len;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

ShinglePageScore ScoreShingles(std::string_view truth, std::string_view pred) {
  auto tt = WordTokens(truth, false), pt = WordTokens(pred, false);
  auto ts = Shingles(tt), ps = Shingles(pt);
  double tp = 0, fp = 0, fn = 0;
  for (auto& [k, c] : ts) {
    auto it = ps.find(k);
    int pc = it == ps.end() ? 0 : it->second;
    tp += std::min(c, pc);
    fn += std::max(0, c - pc);
  }
  for (auto& [k, c] : ps) {
    auto it = ts.find(k);
    int tc = it == ts.end() ? 0 : it->second;
    fp += std::max(0, c - tc);
  }
  ShinglePageScore s;
  double sum = tp + fp + fn;
  if (sum > 0) s.tp = tp / sum, s.fp = fp / sum, s.fn = fn / sum;
  s.exact = tt == pt;
  return s;
}

CorpusScore AggregateShingles(const std::vector<ShinglePageScore>& pages, int bootstrap) {
  std::vector<size_t> all(pages.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  Means m = Aggregate(pages, all);
  CorpusScore out;
  out.precision = m.p, out.recall = m.r, out.f1 = m.f1, out.accuracy = m.acc;
  if (bootstrap > 0 && !pages.empty()) {
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<size_t> pick(0, pages.size() - 1);
    std::vector<double> f1s, ps, rs;
    std::vector<size_t> idx(pages.size());
    for (int b = 0; b < bootstrap; ++b) {
      for (size_t& x : idx) x = pick(rng);
      Means q = Aggregate(pages, idx);
      f1s.push_back(q.f1), ps.push_back(q.p), rs.push_back(q.r);
    }
    out.f1_std = StdDev(f1s), out.precision_std = StdDev(ps), out.recall_std = StdDev(rs);
  }
  return out;
}

BagScore ScoreWordBag(std::string_view truth, std::string_view pred) {
  auto tt = WordTokens(truth, true), pt = WordTokens(pred, true);
  if (tt.empty() && pt.empty()) return {1, 1, 1};
  BagScore s;
  if (tt.empty() || pt.empty()) return s;
  std::unordered_map<std::string, int> tb;
  for (auto& t : tt) ++tb[t];
  double overlap = 0;
  for (auto& t : pt) {
    auto it = tb.find(t);
    if (it != tb.end() && it->second > 0) --it->second, ++overlap;
  }
  s.precision = overlap / static_cast<double>(pt.size());
  s.recall = overlap / static_cast<double>(tt.size());
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace newsgraph::extract
