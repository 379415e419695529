// Scoring an Analysis against gold (rules in docs/analyze.md): one-to-one greedy matching per
// category, micro-averaged counts.
#include "analysis_score.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

std::string Fold(std::string_view s) {
  // lower-case, straight apostrophes, letters/digits/spaces only, single spaces
  std::string l = Lower(s);
  std::string out;
  bool space = true;
  for (size_t i = 0; i < l.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(l[i]);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '\'';
    if (c == 0xE2 && i + 2 < l.size() && static_cast<unsigned char>(l[i + 1]) == 0x80) {
      keep = false;  // curly quotes, dashes, ellipsis
      i += 2;
    }
    if (keep) {
      out += static_cast<char>(c);
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> w;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    if (j > i) w.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  return w;
}

std::string JStr(const nlohmann::json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return {};
  return j[key].get<std::string>();
}

bool SameOffice(const Person& p, const nlohmann::json& g) {
  std::string go = Fold(JStr(g, "office")), gn = Fold(JStr(g, "office_normalized"));
  std::string po = Fold(p.office), pn = Fold(p.office_normalized);
  if (go.empty() && po.empty()) return true;
  if (po.empty() && pn.empty()) return false;
  for (const std::string& a : {po, pn})
    for (const std::string& b : {go, gn})
      if (!a.empty() && !b.empty() && a == b) return true;
  // canonical forms of the gold wording
  std::string gc = Fold(NormaliseOffice(JStr(g, "office")));
  std::string pc = Fold(NormaliseOffice(p.office));
  return !gc.empty() && (gc == po || gc == pn || gc == pc);
}

bool SameQuote(const std::string& a, const std::string& b) {
  std::string fa = Fold(a), fb = Fold(b);
  if (fa == fb) return true;
  if (fa.empty() || fb.empty()) return false;
  const std::string& s = fa.size() < fb.size() ? fa : fb;
  const std::string& l = fa.size() < fb.size() ? fb : fa;
  return l.find(s) != std::string::npos && s.size() * 10 >= l.size() * 8;
}

bool SameSpeaker(const std::string& got, const std::string& gold) {
  if (SameName(got, gold)) return true;
  std::string a = Fold(got), b = Fold(gold);
  if (a.empty() || b.empty()) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

void GoldValue(const nlohmann::json& g, double* lo, double* hi) {
  *lo = *hi = NAN;
  if (!g.contains("value")) return;
  const auto& v = g["value"];
  if (v.is_number()) *lo = *hi = v.get<double>();
  if (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()) {
    *lo = v[0].get<double>();
    *hi = v[1].get<double>();
  }
}

bool Close(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

// Greedy one-to-one matching; returns the number of matched pairs.
template <typename A, typename B, typename F>
int Match(const std::vector<A>& got, const std::vector<B>& gold, F same) {
  std::vector<char> used(gold.size(), 0);
  int tp = 0;
  for (const auto& g : got)
    for (size_t j = 0; j < gold.size(); ++j)
      if (!used[j] && same(g, gold[j])) {
        used[j] = 1;
        ++tp;
        break;
      }
  return tp;
}

Prf Counts(int tp, size_t got, size_t gold) {
  Prf p;
  p.tp = tp;
  p.fp = static_cast<int>(got) - tp;
  p.fn = static_cast<int>(gold) - tp;
  return p;
}

std::vector<nlohmann::json> Array(const nlohmann::json& g, const char* key) {
  std::vector<nlohmann::json> v;
  if (g.is_object() && g.contains(key) && g[key].is_array())
    for (const auto& x : g[key]) v.push_back(x);
  return v;
}

}  // namespace

bool SameName(const std::string& a, const std::string& b) {
  std::string fa = Fold(a), fb = Fold(b);
  if (fa.empty() || fb.empty()) return false;
  if (fa == fb) return true;
  auto wa = Words(fa), wb = Words(fb);
  if (wa.back() != wb.back()) return false;
  const auto& s = wa.size() < wb.size() ? wa : wb;
  const auto& l = wa.size() < wb.size() ? wb : wa;
  for (const auto& w : s)
    if (std::find(l.begin(), l.end(), w) == l.end()) return false;
  return true;
}

void AddReport(ScoreReport& into, const ScoreReport& r) {
  for (const auto& [k, v] : r) into[k].Add(v);
}

ScoreReport ScoreAnalysis(const Analysis& got, const nlohmann::json& gold) {
  ScoreReport rep;
  auto gp = Array(gold, "people");
  rep["people"] = Counts(Match(got.people, gp, [](const Person& p, const nlohmann::json& g) {
                           return SameName(p.name, JStr(g, "name"));
                         }), got.people.size(), gp.size());
  rep["people+office"] =
      Counts(Match(got.people, gp, [](const Person& p, const nlohmann::json& g) {
               return SameName(p.name, JStr(g, "name")) && SameOffice(p, g);
             }), got.people.size(), gp.size());
  rep["people+country"] =
      Counts(Match(got.people, gp, [](const Person& p, const nlohmann::json& g) {
               return SameName(p.name, JStr(g, "name")) &&
                      Fold(p.country) == Fold(JStr(g, "country"));
             }), got.people.size(), gp.size());

  auto gq = Array(gold, "quotes");
  rep["quotes"] = Counts(Match(got.quotes, gq, [](const Quote& q, const nlohmann::json& g) {
                           return SameQuote(q.text, JStr(g, "text"));
                         }), got.quotes.size(), gq.size());
  rep["quotes+speaker"] =
      Counts(Match(got.quotes, gq, [](const Quote& q, const nlohmann::json& g) {
               return SameQuote(q.text, JStr(g, "text")) &&
                      SameSpeaker(q.speaker, JStr(g, "speaker"));
             }), got.quotes.size(), gq.size());

  auto gc = Array(gold, "communications");
  auto same_parts = [](const Communication& c, const nlohmann::json& g) {
    std::vector<std::string> gparts;
    if (g.contains("participants") && g["participants"].is_array())
      for (const auto& p : g["participants"])
        if (p.is_string()) gparts.push_back(p.get<std::string>());
    if (gparts.size() != c.participants.size()) return false;
    std::vector<char> used(gparts.size(), 0);
    for (const auto& p : c.participants) {
      bool found = false;
      for (size_t j = 0; j < gparts.size() && !found; ++j)
        if (!used[j] && SameSpeaker(p, gparts[j])) used[j] = found = true;
      if (!found) return false;
    }
    return true;
  };
  rep["communications"] = Counts(Match(got.communications, gc, same_parts),
                                 got.communications.size(), gc.size());
  rep["communications+date"] =
      Counts(Match(got.communications, gc,
                   [&](const Communication& c, const nlohmann::json& g) {
                     return same_parts(c, g) && c.date == JStr(g, "date");
                   }),
             got.communications.size(), gc.size());

  auto gs = Array(gold, "statements");
  auto kind_of = [](std::string k) {
    k = Fold(k);
    if (k == "says" || k == "say") k = "said";
    return k;
  };
  rep["statements"] = Counts(Match(got.statements, gs, [&](const Statement& st, const nlohmann::json& g) {
                               return SameSpeaker(st.speaker, JStr(g, "speaker")) &&
                                      kind_of(st.kind) == kind_of(JStr(g, "kind"));
                             }), got.statements.size(), gs.size());

  auto gn = Array(gold, "numbers");
  rep["numbers"] = Counts(Match(got.numbers, gn, [](const NumberClaim& n, const nlohmann::json& g) {
                            double lo, hi;
                            GoldValue(g, &lo, &hi);
                            // a vague gold figure ("value": null, "dozens") matches a vague
                            // prediction only, an exact one an exact prediction with its value
                            const bool gold_vague = std::isnan(lo);
                            if (n.vague != gold_vague) return false;
                            // a result "2-1" keeps its sides in the order written
                            double nhi = n.value_max > n.value || n.score ? n.value_max : n.value;
                            if (!n.vague && (!Close(n.value, lo) || !Close(nhi, hi))) return false;
                            std::string a = Fold(n.text), b = Fold(JStr(g, "text"));
                            return !a.empty() && !b.empty() &&
                                   (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
                          }), got.numbers.size(), gn.size());
  return rep;
}

}  // namespace newsgraph::analyze
