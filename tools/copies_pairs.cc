// copies_pairs: the measures the copy relation is decided from, for labelled pairs of texts, as
// JSON Lines (one pair a line) — the data the relation thresholds are chosen on
// (docs/copies.md, "Thresholds and how they were chosen").
//
//   copies_pairs --clough DIR         Clough & Stevenson answers against their task's source
//   copies_pairs --demo FILE.jsonl    every pair of a corpus of independent reports (label "non")
//   copies_pairs --generated FILE.jsonl   spun and truncated copies made by the copy generator
//   copies_pairs --ecb DIR [--topics 1,3,4]  every pair of one ECB+ subtopic (reports of one
//                                            event, label "non"; some are in fact copies)
//
// Each line: {"set", "task", "label", "a", "b", "similarity", "coverage_a", "coverage_b",
// "jaccard", "containment", "order", "pairs", "relation"}. "order" is the share of the aligned
// bytes in the longest run of pairs that keep their order in both texts (a spun copy keeps most
// of its source's order; two independent reports of one event tell it in their own order).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ecbplus.h"
#include "copies_generator.h"
#include "link/copies_relation.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace fs = std::filesystem;
using namespace newsgraph;
using newsgraph::eval::EcbDocument;
using newsgraph::eval::kEcbTrainTopics;
using newsgraph::eval::ReadEcbTopics;

namespace {

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (utf8::IsValid(s)) return s;
  std::string out;
  for (unsigned char c : s) utf8::Append(out, c);  // Windows-1252 files read as Latin-1
  return out;
}

LinkDocument Doc(std::string id, std::string text, std::string published = {}) {
  LinkDocument d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.published = std::move(published);
  AnalyzeOptions o;
  o.published = d.published;
  d.analysis = AnalyzeText(d.text, o);
  return d;
}

// Share of the aligned bytes (pairs of measured similarity) in the heaviest chain of pairs that
// is increasing in both texts.
double OrderShare(const Alignment& al) {
  std::vector<const AlignedSpan*> ps;
  for (const AlignedSpan& p : al.pairs)
    if (p.similarity >= 0.2) ps.push_back(&p);
  if (ps.empty()) return 0;
  std::sort(ps.begin(), ps.end(), [](const AlignedSpan* x, const AlignedSpan* y) {
    return x->a_start != y->a_start ? x->a_start < y->a_start : x->b_start < y->b_start;
  });
  auto w = [](const AlignedSpan* p) {
    return static_cast<double>(p->a_end - p->a_start) + static_cast<double>(p->b_end - p->b_start);
  };
  std::vector<double> best(ps.size());
  double total = 0, top = 0;
  for (size_t i = 0; i < ps.size(); ++i) {
    total += w(ps[i]);
    best[i] = w(ps[i]);
    for (size_t j = 0; j < i; ++j)
      if (ps[j]->a_end <= ps[i]->a_start && ps[j]->b_end <= ps[i]->b_start)
        best[i] = std::max(best[i], best[j] + w(ps[i]));
    top = std::max(top, best[i]);
  }
  return total > 0 ? top / total : 0;
}

void Emit(const std::string& set, const std::string& task, const std::string& label,
          const LinkDocument& a, const LinkDocument& b) {
  copies::PreparedText pa = copies::Prepare(a), pb = copies::Prepare(b);
  Alignment al = AlignTexts(a, b);
  copies::PairMeasures m = copies::Measure(al, copies::Bound(pa, pb));
  std::optional<CopyRelation> r = CompareDocuments(a, b);
  nlohmann::json j = {{"set", set},
                      {"task", task},
                      {"label", label},
                      {"a", a.id},
                      {"b", b.id},
                      {"similarity", m.similarity},
                      {"coverage_a", m.coverage_a},
                      {"coverage_b", m.coverage_b},
                      {"jaccard", m.shingle_jaccard},
                      {"containment", m.shingle_containment},
                      {"order", OrderShare(al)},
                      {"pairs", al.pairs.size()},
                      {"relation", r ? r->relation : "-"}};
  std::cout << j.dump() << "\n";
}

std::vector<nlohmann::json> Lines(const fs::path& file) {
  std::vector<nlohmann::json> out;
  std::ifstream in(file);
  if (!in) {
    std::cerr << "copies_pairs: " << file.string() << ": cannot open file\n";
    std::exit(1);
  }
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded()) out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measures of labelled text pairs for choosing the copy relation's thresholds"};
  std::string clough, demo, generated, ecb, topics;
  app.add_option("--clough", clough, "Clough & Stevenson corpus folder");
  app.add_option("--demo", demo, "JSON Lines of independent reports (every pair is 'non')");
  app.add_option("--generated", generated, "JSON Lines of sources to make spun copies of");
  app.add_option("--ecb", ecb, "ECB+ folder (../shared/data/ecbplus): every pair of one subtopic, label 'non'");
  app.add_option("--topics", topics, "ECB+ topics, comma-separated (default: the training topics)");
  CLI11_PARSE(app, argc, argv);
  if (clough.empty() && demo.empty() && generated.empty() && ecb.empty()) {
    std::cerr << "copies_pairs: nothing to measure: give --clough, --demo, --generated or --ecb "
                 "(see --help)\n";
    return 2;
  }

  if (!clough.empty()) {
    std::ifstream csv(fs::path(clough) / "file_information.csv");
    if (!csv) {
      std::cerr << "copies_pairs: " << (fs::path(clough) / "file_information.csv").string()
                << ": cannot open file\n";
      return 1;
    }
    std::map<std::string, LinkDocument> orig;
    for (char t : std::string("abcde"))
      orig[std::string(1, t)] =
          Doc("orig" + std::string(1, t), Read(fs::path(clough) / "texts" / ("orig_task" + std::string(1, t) + ".txt")));
    std::string line;
    std::getline(csv, line);
    while (std::getline(csv, line)) {
      std::vector<std::string> f;
      std::stringstream ss(line);
      std::string x;
      while (std::getline(ss, x, ',')) f.push_back(x);
      if (f.size() < 3) continue;
      std::string file = f[0], task = f[1], cat = f[2];
      while (!cat.empty() && (cat.back() == '\r' || cat.back() == ' ')) cat.pop_back();
      LinkDocument d = Doc(file, Read(fs::path(clough) / "texts" / file));
      Emit("clough", task, cat, orig[task], d);
    }
  }
  if (!demo.empty()) {
    std::vector<LinkDocument> docs;
    for (const auto& j : Lines(demo))
      docs.push_back(Doc(j.value("url", std::to_string(docs.size())), j.value("text", ""),
                         j.value("published", "")));
    for (size_t i = 0; i < docs.size(); ++i)
      for (size_t k = i + 1; k < docs.size(); ++k) Emit("demo", "", "non", docs[i], docs[k]);
  }
  if (!generated.empty()) {
    std::vector<nlohmann::json> arts = Lines(generated);
    for (size_t i = 0; i < arts.size(); ++i) {
      LinkDocument src = Doc("source" + std::to_string(i), arts[i].value("text", ""), "2020-01-01");
      copies::CopyRecipe spun;
      spun.seed = 5000 + i;  // other seeds than the generated-copies test
      spun.synonym_rate = 0.35;
      spun.reorder = true;
      spun.drop_rate = 0.1;
      spun.boilerplate = "Follow us on social media for the latest news and updates.";
      copies::CopyRecipe heavy = spun;
      heavy.synonym_rate = 0.6;
      heavy.drop_rate = 0.25;
      for (const auto& [name, recipe] : {std::pair{"spun", spun}, std::pair{"heavy", heavy}}) {
        copies::GeneratedCopy g = copies::MakeCopy(src.text, src.analysis, recipe);
        Emit("generated", name, "copy", src, Doc("copy" + std::to_string(i), g.text, "2020-01-02"));
      }
    }
  }
  if (!ecb.empty()) {
    std::vector<int> ts;
    std::stringstream ss(topics);
    std::string t;
    while (std::getline(ss, t, ',')) ts.push_back(std::stoi(t));
    if (ts.empty()) ts = kEcbTrainTopics;
    auto docs = ReadEcbTopics(ecb, ts);
    if (!docs.ok()) {
      std::cerr << "copies_pairs: " << docs.status().ToString() << "\n";
      return 1;
    }
    std::map<std::string, std::vector<LinkDocument>> story;
    for (const EcbDocument& e : *docs) story[e.story()].push_back(Doc(e.name, e.text));
    for (auto& [key, ds] : story)
      for (size_t i = 0; i < ds.size(); ++i)
        for (size_t k = i + 1; k < ds.size(); ++k) Emit("ecb", key, "non", ds[i], ds[k]);
  }
  return 0;
}
