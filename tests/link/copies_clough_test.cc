// Copy relations on the Clough & Stevenson short-answer corpus (near copy / light / heavy
// revision / independent answers to the same question). The split is fixed in docs/copies.md:
// tasks a-c are the development half the thresholds were chosen on, tasks d-e are held out.
// Both halves are printed; the floors are on the held-out half.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "core/utf8.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

const std::string kDir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/clough_stevenson_short_answers/";

// The files mix UTF-8 and Windows-1252; bytes of a file that is not UTF-8 are taken as Latin-1.
std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (utf8::IsValid(s)) return s;
  std::string out;
  for (unsigned char c : s) utf8::Append(out, c);
  return out;
}

LinkDocument Doc(std::string id, std::string text) {
  LinkDocument d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.analysis = AnalyzeText(d.text);
  return d;
}

struct Score {
  int pairs = 0, detected_right = 0, label_right = 0, non = 0, non_linked = 0;
  std::map<std::string, std::map<std::string, int>> confusion;  // category -> relation -> n
};

// The relations a category may rightly get: a cut-and-paste answer is near-verbatim, or partial
// when it takes part of the source; a light revision anything but none; a heavy one a rewrite
// or partial; an independent answer none.
bool LabelRight(const std::string& category, const std::string& relation) {
  if (category == "non") return relation == "-";
  if (category == "cut") return relation == "near-verbatim" || relation == "partial" || relation == "duplicate";
  if (category == "light") return relation != "-";
  return relation == "rewrite" || relation == "partial";
}

TEST(CopiesClough, HeldOutAccuracy) {
  std::ifstream csv(kDir + "file_information.csv");
  if (!csv) GTEST_SKIP() << "no " << kDir;
  std::map<std::string, LinkDocument> originals;
  for (char t : std::string("abcde")) {
    originals[std::string(1, t)] = Doc("orig", Read(kDir + "texts/orig_task" + t + ".txt"));
  }
  Score dev, held;
  std::string line;
  std::getline(csv, line);
  while (std::getline(csv, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t c1 = line.find(','), c2 = line.find(',', c1 + 1);
    if (c1 == std::string::npos || c2 == std::string::npos) continue;
    std::string file = line.substr(0, c1), task = line.substr(c1 + 1, c2 - c1 - 1);
    std::string category = line.substr(c2 + 1);
    if (category == "orig") continue;
    Score& s = (task == "d" || task == "e") ? held : dev;
    std::optional<CopyRelation> r = CompareDocuments(originals[task], Doc(file, Read(kDir + "texts/" + file)));
    std::string relation = r ? r->relation : "-";
    ++s.pairs;
    s.detected_right += (category == "non") == (relation == "-");
    s.label_right += LabelRight(category, relation);
    if (category == "non") {
      ++s.non;
      s.non_linked += relation != "-";
    }
    ++s.confusion[category][relation];
  }
  for (auto [name, s] : {std::pair<const char*, Score*>{"development (tasks a-c)", &dev},
                         std::pair<const char*, Score*>{"held out (tasks d-e)", &held}}) {
    std::cout << name << ": " << s->pairs << " pairs, copy/not-copy accuracy "
              << static_cast<double>(s->detected_right) / s->pairs << ", relation label accuracy "
              << static_cast<double>(s->label_right) / s->pairs << ", independent answers linked "
              << s->non_linked << "/" << s->non << "\n";
    for (const auto& [category, row] : s->confusion) {
      std::cout << "  " << category << ":";
      for (const auto& [relation, n] : row) std::cout << " " << relation << "=" << n;
      std::cout << "\n";
    }
  }
  ASSERT_EQ(held.pairs, 38);
  EXPECT_GE(static_cast<double>(held.detected_right) / held.pairs, 0.75);
  EXPECT_GE(static_cast<double>(held.label_right) / held.pairs, 0.7);
  EXPECT_LE(held.non_linked, 2);
}

}  // namespace
}  // namespace newsgraph
