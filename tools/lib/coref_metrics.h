// Coreference scores for the evaluation tools: MUC (Vilain et al. 1995), B-cubed (Bagga & Baldwin
// 1998), entity-based CEAF (CEAF-e, Luo 2005) and the CoNLL F1 (their mean). Key and response
// cluster the same mentions: mention i is in key cluster key[i] and response cluster response[i]
// (labels are arbitrary strings). Evaluation code, linked by tools/ and tests only.
#pragma once

#include <string>
#include <vector>

namespace newsgraph::eval {

struct CorefScore {
  double recall = 0, precision = 0, f1 = 0;
};

struct CorefReport {
  CorefScore muc, b3, ceafe;
  double conll = 0;  // (MUC F1 + B3 F1 + CEAF-e F1) / 3
};

// The label vectors must have equal lengths (a mismatch scores zero everywhere).
CorefScore Muc(const std::vector<std::string>& key, const std::vector<std::string>& response);
CorefScore BCubed(const std::vector<std::string>& key, const std::vector<std::string>& response);
CorefScore CeafE(const std::vector<std::string>& key, const std::vector<std::string>& response);
CorefReport ScoreCoref(const std::vector<std::string>& key, const std::vector<std::string>& response);

// The optimal assignment (Kuhn-Munkres): for an n x m score matrix (n rows of m scores), the
// largest total score of a one-to-one matching of rows to columns.
double MaxAssignment(const std::vector<std::vector<double>>& score);

}  // namespace newsgraph::eval
