// make_copies: the copy generator (src/link/copies_generator.h, docs/copies.md). Builds spun
// copies of news articles and writes down the fact changes it planted, for tests and evaluation.
//
//   make_copies [--in data/sample/wikinews.jsonl] [--seed 1] [--copies-per-style 1]
//               --out copies.jsonl --changes changes.jsonl
//
// Input: JSON Lines with "text" (and "url", "title", "published" if known). For each article and
// each style it writes one copy line {"id", "source", "style", "published", "text"} (a copy is
// dated a day after its source) and one line per planted change {"copy", "source", "kind",
// "source_text", "source_start", "source_end", "copy_text", "copy_start", "copy_end"} (byte
// offsets into the source's and the copy's text). Styles:
//   near-verbatim  the text with a person's name and a figure changed
//   spun           35% of synonym-table words swapped, sentences reordered, 10% dropped, a line
//                  of boilerplate; a name, a figure, a weekday, a call's medium, an office changed
//   truncated      the first 30% of the sentences, 20% of words swapped; a weekday, an office and
//                  a figure changed
// The same input and seed give the same output, byte for byte.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "copies_generator.h"
#include "newsgraph/analyze.h"

namespace {

std::string NextDay(const std::string& date) {
  // Good enough for test data: the day number moves on by one, within the month's first 28.
  if (date.size() < 10) return date;
  int d = std::clamp(std::atoi(date.substr(8, 2).c_str()), 0, 27) + 1;
  return date.substr(0, 8) + static_cast<char>('0' + d / 10) + static_cast<char>('0' + d % 10);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"make_copies: spun copies of news articles with planted fact changes"};
  std::string in_path = "data/sample/wikinews.jsonl", out_path, changes_path;
  uint64_t seed = 1;
  int per_style = 1;
  app.add_option("--in", in_path, "JSON Lines articles with a \"text\" field");
  app.add_option("--out", out_path, "where to write the copies (JSON Lines)")->required();
  app.add_option("--changes", changes_path, "where to write the planted changes (JSON Lines)")->required();
  app.add_option("--seed", seed, "random seed");
  app.add_option("--copies-per-style", per_style, "copies of each article in each style");
  CLI11_PARSE(app, argc, argv);

  std::ifstream in(in_path);
  if (!in) {
    std::cerr << "make_copies: cannot read " << in_path << "\n";
    return 1;
  }
  std::ofstream out(out_path), changes(changes_path);
  if (!out || !changes) {
    std::cerr << "make_copies: cannot write " << out_path << " or " << changes_path << "\n";
    return 1;
  }
  struct Style {
    const char* name;
    newsgraph::copies::CopyRecipe recipe;
  };
  std::vector<Style> styles(3);
  styles[0].name = "near-verbatim";
  styles[0].recipe.plant = {"person", "number"};
  styles[1].name = "spun";
  styles[1].recipe.synonym_rate = 0.35;
  styles[1].recipe.reorder = true;
  styles[1].recipe.drop_rate = 0.1;
  styles[1].recipe.boilerplate = "Follow us on social media for the latest news and updates.";
  styles[1].recipe.plant = {"person", "number", "weekday", "communication", "office"};
  styles[2].name = "truncated";
  styles[2].recipe.synonym_rate = 0.2;
  styles[2].recipe.keep_share = 0.3;
  styles[2].recipe.plant = {"weekday", "office", "number"};

  std::string line;
  int article = 0, copies = 0, planted = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      std::cerr << "make_copies: " << in_path << ":" << line_no << ": not a JSON object with a text\n";
      continue;
    }
    std::string text = j["text"], published = j.value("published", "");
    std::string source_id = j.value("url", "article-" + std::to_string(article));
    newsgraph::AnalyzeOptions opts;
    opts.published = published.substr(0, std::min<size_t>(published.size(), 10));
    newsgraph::Analysis analysis = newsgraph::AnalyzeText(text, opts);
    for (const Style& style : styles) {
      for (int k = 0; k < per_style; ++k) {
        newsgraph::copies::CopyRecipe recipe = style.recipe;
        recipe.seed = seed * 1000003 + static_cast<uint64_t>(article) * 101 + static_cast<uint64_t>(k);
        newsgraph::copies::GeneratedCopy g = newsgraph::copies::MakeCopy(text, analysis, recipe);
        std::string id = "copy-" + std::to_string(article) + "-" + style.name + "-" + std::to_string(k);
        out << nlohmann::json{{"id", id}, {"source", source_id}, {"style", style.name},
                              {"published", NextDay(published)}, {"text", g.text}}.dump() << "\n";
        for (const auto& c : g.changes) {
          changes << nlohmann::json{{"copy", id}, {"source", source_id}, {"kind", c.kind},
                                    {"source_text", c.source_text}, {"source_start", c.source_start},
                                    {"source_end", c.source_end}, {"copy_text", c.copy_text},
                                    {"copy_start", c.copy_start}, {"copy_end", c.copy_end}}.dump()
                  << "\n";
          ++planted;
        }
        ++copies;
      }
    }
    ++article;
  }
  std::cerr << "make_copies: " << article << " articles, " << copies << " copies, " << planted
            << " planted changes\n";
  return 0;
}
