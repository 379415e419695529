// Throw-away probe of issue #12 round 3 (docs/stories.md): lead names of ECB+ train documents; pairwise lead-conflict rates. Reverted with the experiment.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>
#include "ecbplus.h"
#include "link/story_leads.h"
#include "newsgraph/analyze.h"
using namespace newsgraph;
int main(int argc, char** argv) {
  auto r = eval::ReadEcbTopics("../shared/data/ecbplus", eval::kEcbTrainTopics);
  auto docs = std::move(r).value();
  std::vector<std::vector<story::LeadName>> leads;
  std::vector<Analysis> an;
  int show = argc > 1 ? std::atoi(argv[1]) : 0;
  for (auto& d : docs) {
    an.push_back(AnalyzeText(d.text));
    leads.push_back(story::LeadNames(an.back(), d.text, std::atoi(std::getenv("MM")), std::atoi(std::getenv("KI")), std::atoi(std::getenv("MMO")), std::atoi(std::getenv("MMY"))));
    if (d.topic == show) {
      auto [b, e] = story::LeadRange(d.text);
      std::printf("%s | ", d.name.c_str());
      for (auto& p : an.back().people) for (auto& m : p.mentions) if (m.start >= b && m.start < e) { std::printf("P:%s ", p.name.c_str()); break; }
      for (auto& p : an.back().organizations) for (auto& m : p.mentions) if (m.start >= b && m.start < e) { std::printf("O:%s ", p.name.c_str()); break; }
      std::printf("|| %s\n", d.text.substr(b, std::min<size_t>(e - b, 160)).c_str());
    }
  }
  double c = argc > 2 ? std::atof(argv[2]) : 0.5;
  long same = 0, same_c = 0, diff = 0, diff_c = 0, empty = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (leads[i].empty()) ++empty;
    for (size_t j = i + 1; j < docs.size(); ++j) {
      if (docs[i].topic != docs[j].topic) continue;
      story::LeadCounts a, b; a.Add(leads[i]); b.Add(leads[j]);
      bool k = story::LeadConflict(a, b, c, 0);
      if (docs[i].plus == docs[j].plus) { ++same; same_c += k; } else { ++diff; diff_c += k; }
    }
  }
  std::printf("docs %zu empty lead %ld; same-story pairs %ld conflict %.3f; two-story pairs %ld conflict %.3f\n",
              docs.size(), empty, same, double(same_c) / same, diff, double(diff_c) / diff);
}
