// Scoring an Analysis against a gold record in the seeds' gold format
// (../shared/gold/seeds.gold.jsonl). Matching rules: docs/analyze.md. Used by
// tools/analyze_score.cc and by the quality-floor tests.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "newsgraph/analyze.h"

namespace newsgraph::analyze {

struct Prf {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void Add(const Prf& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

// Category name -> counts. Categories: "people", "people+office", "people+country",
// "quotes", "quotes+speaker", "communications", "communications+date", "numbers",
// "statements" (speaker and reporting word).
using ScoreReport = std::map<std::string, Prf>;

ScoreReport ScoreAnalysis(const Analysis& got, const nlohmann::json& gold);
void AddReport(ScoreReport& into, const ScoreReport& r);

// Whether two person names denote the same person ("Joe Biden" ~ "President Joe Biden" ~
// "Biden"): equal after folding case and punctuation, or the shorter one's words all occur in
// the longer one and the last words agree.
bool SameName(const std::string& a, const std::string& b);

}  // namespace newsgraph::analyze
