// conlleval: exact-span named-entity scoring with the semantics of the CoNLL-2000/2003
// conlleval script (chunks decoded from IOB1 or IOB2; a chunk is correct when its start, end
// and type all match). Reads lines whose last two columns are the gold and predicted tags:
//
//   newsgraph ner < eng.testb | conlleval
//   conlleval tagged.txt
//
// Blank lines end sentences; -DOCSTART- lines are skipped. Prints overall and per-type
// precision, recall and F1 in conlleval's layout.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ner_conll_io.h"

using namespace newsgraph::ner;

namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Exact-span NER scorer (conlleval semantics): gold and predicted tags are the "
               "last two columns"};
  std::string path;
  app.add_option("file", path, "input file (default: stdin)");
  CLI11_PARSE(app, argc, argv);
  std::ifstream file;
  std::istream* in = &std::cin;
  if (!path.empty()) {
    file.open(path);
    if (!file) {
      std::fprintf(stderr, "conlleval: cannot open %s\n", path.c_str());
      return 1;
    }
    in = &file;
  }
  SpanScore score;
  std::vector<std::string> gold, pred;
  auto flush = [&] {
    std::vector<std::string_view> g(gold.begin(), gold.end()), p(pred.begin(), pred.end());
    score.Add(DecodeChunks(g), DecodeChunks(p));
    gold.clear();
    pred.clear();
  };
  std::string line;
  size_t line_no = 0;
  while (std::getline(*in, line)) {
    ++line_no;
    auto f = Fields(line);
    if (f.empty()) {
      flush();
      continue;
    }
    if (f[0] == "-DOCSTART-") {
      flush();
      continue;
    }
    if (f.size() < 3) {
      std::fprintf(stderr, "conlleval: line %zu: expected at least 3 columns, found %zu\n",
                   line_no, f.size());
      return 1;
    }
    char prefix;
    int type;
    for (size_t k = f.size() - 2; k < f.size(); ++k) {
      if (!ParseTag(f[k], &prefix, &type)) {
        std::fprintf(stderr, "conlleval: line %zu: unknown tag '%.*s'\n", line_no,
                     static_cast<int>(f[k].size()), f[k].data());
        return 1;
      }
    }
    gold.emplace_back(f[f.size() - 2]);
    pred.emplace_back(f[f.size() - 1]);
    ++score.tokens;
    if (gold.back() == pred.back()) ++score.correct_tokens;
  }
  flush();
  const SpanCounts& o = score.overall;
  std::printf("processed %lld tokens with %lld phrases; found: %lld phrases; correct: %lld.\n",
              static_cast<long long>(score.tokens), static_cast<long long>(o.gold),
              static_cast<long long>(o.predicted), static_cast<long long>(o.correct));
  std::printf("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
              score.tokens ? 100.0 * score.correct_tokens / score.tokens : 0.0,
              100 * o.Precision(), 100 * o.Recall(), 100 * o.F1());
  for (int t = 0; t < kNumTypes; ++t) {
    const SpanCounts& c = score.per_type[t];
    std::printf("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %lld\n", kTypeNames[t],
                100 * c.Precision(), 100 * c.Recall(), 100 * c.F1(),
                static_cast<long long>(c.predicted));
  }
  return 0;
}
