// analyze_score: compares `newsgraph analyze` output with a gold file in the seeds' gold format
// and prints precision / recall / F1 per category (matching rules: docs/analyze.md).
//
//   # score saved `newsgraph analyze` outputs, one per document:
//   analyze_score --gold ../shared/gold/seeds.gold.jsonl --analysis 000_x.txt=out000.json
//       --analysis 004_y.txt=out004.json
//   # or analyse every gold document found in a folder in-process (published from the gold):
//   analyze_score --gold ../shared/gold/gum-news.gold.jsonl --texts ../shared/gold/gum-news
//   # only the documents listed in a file (one name a line), e.g. one half of a split:
//   analyze_score --gold ../shared/gold/aeb-news.gold.jsonl --texts ../shared/gold/aeb-news
//       --docs tests/analyze/data/aeb-dev.txt
//   # texts straight from the article-extraction benchmark (tests/analyze/data/aeb2-split.md):
//   analyze_score --gold tests/analyze/data/aeb2.gold.jsonl
//       --aeb-ground-truth ../shared/data/article-extraction-benchmark/ground-truth.json
//       --docs tests/analyze/data/aeb2-dev.txt
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "aeb_texts.h"
#include "analysis_score.h"
#include "core/ascii.h"
#include "newsgraph/analyze.h"
#include "newsgraph/link.h"

namespace {

using nlohmann::json;
using newsgraph::analyze::ScoreReport;

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

std::string S(const json& j, const char* k) {
  return j.is_object() && j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : "";
}

// The subset of an `analyze` JSON object the scorer needs.
newsgraph::Analysis FromJson(const json& j) {
  newsgraph::Analysis a;
  a.published = S(j, "published");
  for (const auto& p : j.value("people", json::array())) {
    newsgraph::Person x;
    x.name = S(p, "name");
    x.office = S(p, "office");
    x.office_normalized = S(p, "office_normalized");
    x.country = S(p, "country");
    a.people.push_back(x);
  }
  for (const auto& q : j.value("quotes", json::array()))
    a.quotes.push_back(newsgraph::Quote{S(q, "speaker"), S(q, "text"), 0, 0, S(q, "cue")});
  for (const auto& c : j.value("communications", json::array())) {
    newsgraph::Communication x;
    for (const auto& p : c.value("participants", json::array()))
      if (p.is_string()) x.participants.push_back(p.get<std::string>());
    x.kind = S(c, "kind");
    x.date = S(c, "date");
    a.communications.push_back(x);
  }
  for (const auto& st : j.value("statements", json::array())) {
    newsgraph::Statement x;
    x.speaker = S(st, "speaker");
    x.kind = S(st, "kind");
    x.when = S(st, "when");
    x.date = S(st, "date");
    a.statements.push_back(x);
  }
  for (const auto& n : j.value("numbers", json::array())) {
    newsgraph::NumberClaim x;
    x.text = S(n, "text");
    // a vague figure: "value": null, its lower bound in "at_least"
    if (!n.contains("value") || n["value"].is_null()) {
      x.vague = true;
      x.qualifier = "at least";
      if (n.contains("at_least") && n["at_least"].is_number())
        x.value = x.value_max = n["at_least"].get<double>();
    }
    if (n.contains("value") && n["value"].is_number()) x.value = x.value_max = n["value"].get<double>();
    if (n.contains("value") && n["value"].is_array() && n["value"].size() == 2) {
      x.value = n["value"][0].get<double>();
      x.value_max = n["value"][1].get<double>();
    }
    x.unit = S(n, "unit");
    x.score = n.contains("score") && n["score"].is_boolean() && n["score"].get<bool>();
    if (x.score && x.vague) x.value = x.value_max = 0;
    a.numbers.push_back(x);
  }
  return a;
}

// "checks": the contradicted office claims (link stage) against the gold's contradicted checks.
// A predicted check matches an unmatched gold check whose claim names the same person.
newsgraph::analyze::Prf ScoreChecks(const std::vector<std::string>& contradicted_people,
                                    const json& gold) {
  std::vector<std::string> claims;
  for (const auto& c : gold.value("checks", json::array())) {
    if (S(c, "verdict") == "contradicted") claims.push_back(newsgraph::ascii::Lower(S(c, "claim")));
  }
  std::vector<bool> used(claims.size(), false);
  newsgraph::analyze::Prf r;
  for (const std::string& person : contradicted_people) {
    const std::string name = newsgraph::ascii::Lower(person);
    bool hit = false;
    for (size_t i = 0; i < claims.size() && !hit; ++i) {
      if (!used[i] && !name.empty() && claims[i].find(name) != std::string::npos) {
        used[i] = hit = true;
      }
    }
    ++(hit ? r.tp : r.fp);
  }
  for (bool u : used) r.fn += !u;
  return r;
}

void Print(const std::string& title, const ScoreReport& r) {
  std::printf("%s\n", title.c_str());
  std::printf("  %-22s %5s %5s %5s  %6s %6s %6s\n", "category", "tp", "fp", "fn", "P", "R", "F1");
  for (const char* k : {"people", "people+office", "people+country", "quotes", "quotes+speaker",
                        "communications", "communications+date", "numbers", "statements",
                        "checks"}) {
    auto it = r.find(k);
    if (it == r.end()) continue;
    const auto& p = it->second;
    std::printf("  %-22s %5d %5d %5d  %6.3f %6.3f %6.3f\n", k, p.tp, p.fp, p.fn, p.Precision(),
                p.Recall(), p.F1());
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores newsgraph analyze output against a gold file (seeds' gold format)"};
  std::string gold_path, texts_dir, docs_path, aeb_ground_truth;
  std::vector<std::string> analyses;
  bool per_doc = false, no_ner = false;
  app.add_option("--gold", gold_path, "Gold JSON Lines file")->required();
  app.add_option("--texts", texts_dir, "Folder with the gold documents: analyse them in-process");
  app.add_option("--aeb-ground-truth", aeb_ground_truth,
                 "The article-extraction benchmark's ground-truth.json: analyse its texts "
                 "(\"<16 hex>.txt\") in-process");
  app.add_option("--analysis", analyses, "DOC=FILE: saved `newsgraph analyze` output for DOC");
  app.add_option("--docs", docs_path, "File listing the documents to score, one name a line");
  app.add_flag("--per-doc", per_doc, "Also print each document's scores");
  app.add_flag("--no-ner", no_ner, "In-process: the rules alone, without the NER model");
  CLI11_PARSE(app, argc, argv);

  std::ifstream gin(gold_path);
  if (!gin) {
    std::fprintf(stderr, "analyze_score: %s: cannot open\n", gold_path.c_str());
    return 1;
  }
  std::map<std::string, std::string> aeb_texts;
  if (!aeb_ground_truth.empty()) {
    newsgraph::Status st = newsgraph::eval::LoadAebTexts(aeb_ground_truth, &aeb_texts);
    if (!st.ok()) {
      std::fprintf(stderr, "analyze_score: %s\n", st.message().c_str());
      return 1;
    }
  }
  std::map<std::string, std::string> given;
  for (const auto& a : analyses) {
    size_t eq = a.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "analyze_score: --analysis expects DOC=FILE, got '%s'\n", a.c_str());
      return 2;
    }
    given[a.substr(0, eq)] = a.substr(eq + 1);
  }
  std::set<std::string> only;
  if (!docs_path.empty()) {
    std::ifstream din(docs_path);
    if (!din) {
      std::fprintf(stderr, "analyze_score: %s: cannot open\n", docs_path.c_str());
      return 1;
    }
    for (std::string name; std::getline(din, name);) {
      while (!name.empty() && (name.back() == '\r' || name.back() == ' ')) name.pop_back();
      if (!name.empty()) only.insert(name);
    }
  }
  ScoreReport total;
  std::string line;
  int line_no = 0, docs = 0;
  while (std::getline(gin, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json g = json::parse(line, nullptr, false);
    if (g.is_discarded() || !g.is_object()) {
      std::fprintf(stderr, "analyze_score: %s: line %d: not a JSON object\n", gold_path.c_str(), line_no);
      return 1;
    }
    std::string doc = S(g, "doc");
    if (!docs_path.empty() && !only.count(doc)) continue;
    newsgraph::Analysis a;
    bool checks_given = false;
    std::string text;
    std::vector<std::string> contradicted;
    if (given.count(doc)) {
      std::string bytes;
      if (!ReadFile(given[doc], &bytes)) {
        std::fprintf(stderr, "analyze_score: %s: cannot open\n", given[doc].c_str());
        return 1;
      }
      json j = json::parse(bytes, nullptr, false);
      if (j.is_discarded()) {
        std::fprintf(stderr, "analyze_score: %s: not valid JSON\n", given[doc].c_str());
        return 1;
      }
      a = FromJson(j);
      if (j.contains("checks") && j["checks"].is_array()) {
        checks_given = true;
        for (const auto& c : j["checks"]) {
          if (S(c, "verdict") == "contradicted") contradicted.push_back(S(c, "person"));
        }
      }
    } else if (!texts_dir.empty() || !aeb_texts.empty()) {
      if (auto it = aeb_texts.find(doc); it != aeb_texts.end()) {
        text = it->second;
      } else if (texts_dir.empty() || !ReadFile(texts_dir + "/" + doc, &text)) {
        continue;  // not in this folder
      }
      newsgraph::AnalyzeOptions o;
      if (g.contains("metadata")) o.published = S(g["metadata"], "published");
      o.use_ner = !no_ner;
      a = newsgraph::AnalyzeText(text, o);
    } else {
      continue;
    }
    ScoreReport r = newsgraph::analyze::ScoreAnalysis(a, g);
    if (!checks_given) {
      for (const auto& c : newsgraph::CheckOffices(a, text)) {
        if (c.verdict == "contradicted") contradicted.push_back(c.person);
      }
    }
    r["checks"] = ScoreChecks(contradicted, g);
    if (per_doc) Print(doc, r);
    newsgraph::analyze::AddReport(total, r);
    ++docs;
  }
  if (docs == 0) {
    std::fprintf(stderr, "analyze_score: no gold document was scored (check --texts/--analysis)\n");
    return 1;
  }
  Print("total over " + std::to_string(docs) + " document(s)", total);
  return 0;
}
