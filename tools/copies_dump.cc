// Every copy relation CopyFinder::Link finds, written out in full (relation, direction,
// similarity and coverages to 17 digits, every change with its offsets), so that two builds can
// be compared byte for byte (docs/copies.md, "Speed, memory, recall").
//
//   build/tools/copies_dump --synthetic 20000 > synthetic.txt   # tests/bench/copies_corpus.h
//   build/tools/copies_dump --real > real.txt
//
// --real links, analysed, the sample corpus (data/sample/*.jsonl), the ECB+ news texts of the
// train and development topics ($NEWSGRAPH_SHARED_DIR/data/ecbplus) and, for every fourth of
// them, a copy by the copy generator (spun: 35% synonyms, reordered, 10% dropped, boilerplate;
// or truncated to 30% with 20% synonyms, alternately), once; then all of them three times over
// (the second and third time under other ids).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "../tests/bench/copies_corpus.h"
#include "ecbplus.h"
#include "link/copies_fingerprint.h"
#include "copies_generator.h"
#include "link/copies_relation.h"
#include "link/copies_sentence_sketch.h"
#include "link/copies_words.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

#ifndef NEWSGRAPH_SHARED_DIR
#define NEWSGRAPH_SHARED_DIR "../shared"
#endif

namespace {

using namespace newsgraph;

void Print(const std::string& linked, const CopyRelation& r) {
  std::printf("%s: copy=%s source=%s relation=%s direction=%s similarity=%.17g coverage_copy=%.17g "
              "coverage_source=%.17g changes=%zu\n",
              linked.c_str(), r.copy.c_str(), r.source.c_str(), r.relation.c_str(),
              r.direction.c_str(), r.similarity, r.coverage_copy, r.coverage_source,
              r.changes.size());
  for (const FactChange& c : r.changes) {
    std::printf("  %s fact=%d [%u,%u) \"%s\" -> [%u,%u) \"%s\"\n", c.kind.c_str(), c.fact ? 1 : 0,
                c.source_start, c.source_end, c.source_text.c_str(), c.copy_start, c.copy_end,
                c.copy_text.c_str());
  }
}

// Whether the sentence sketches let every relation found through (--check).
bool g_check = false;
size_t g_checked = 0, g_ruled_out = 0;

CopyOptions g_options;

// Links `docs` in order with their texts, printing every relation; returns how many.

size_t LinkAll(const std::vector<std::shared_ptr<LinkDocument>>& docs) {
  CopyFinder finder(g_options);
  std::unordered_map<std::string, std::shared_ptr<LinkDocument>> stored;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = stored.find(id);
    return it == stored.end() ? nullptr : it->second;
  };
  size_t n = 0;
  for (const auto& d : docs) {
    for (const CopyRelation& r : finder.Link(*d, fetch)) {
      Print(d->id, r);
      if (g_check && r.relation != "duplicate") {
        // The sentence sketches must let every relation through (copies_sentence_sketch.h).
        const std::string& other = r.copy == d->id ? r.source : r.copy;
        auto sentences = [](const std::string& t) {
          return copies::AlignSentences(t, copies::ScanWords(t));
        };
        copies::SentenceSketch s = copies::SentenceSketch::Of(sentences(stored.at(other)->text));
        copies::SketchQuery q;
        q.Build(sentences(d->text));
        if (!q.MayAlign(s.bytes, g_options.thresholds.min_similarity)) {
          std::fprintf(stderr, "RULED OUT: %s %s %s\n", d->id.c_str(), other.c_str(), r.relation.c_str());
          ++g_ruled_out;
        }
        ++g_checked;
      }
      ++n;
    }
    stored[d->id] = d;
  }
  return n;
}

std::shared_ptr<LinkDocument> Analysed(std::string id, std::string text, std::string published) {
  auto d = std::make_shared<LinkDocument>();
  d->id = std::move(id);
  d->text = std::move(text);
  d->published = std::move(published);
  AnalyzeOptions opts;
  opts.published = d->published;
  d->analysis = AnalyzeText(d->text, opts);
  return d;
}

std::vector<std::shared_ptr<LinkDocument>> RealTexts(const std::string& source) {
  std::vector<std::shared_ptr<LinkDocument>> docs;
  for (const char* file : {"demo-reports.jsonl", "seeds.jsonl", "wikinews.jsonl"}) {
    std::ifstream in(source + "/data/sample/" + file);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) continue;
      std::string id = std::string(file) + ":" + std::to_string(docs.size());
      docs.push_back(Analysed(id, j.value("text", ""), j.value("published", "")));
    }
  }
  const char* env = std::getenv("NEWSGRAPH_SHARED_DIR");
  std::string dir = std::string(env ? env : NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
  std::vector<int> topics = eval::kEcbTrainTopics;
  topics.insert(topics.end(), eval::kEcbDevTopics.begin(), eval::kEcbDevTopics.end());
  auto ecb = eval::ReadEcbTopics(dir, topics);
  if (!ecb.ok()) {
    std::fprintf(stderr, "ECB+ not read from %s\n", dir.c_str());
  } else {
    for (const eval::EcbDocument& e : ecb.value()) docs.push_back(Analysed(e.name, e.text, ""));
  }
  const size_t originals = docs.size();
  for (size_t i = 0; i < originals; i += 4) {
    copies::CopyRecipe recipe;
    recipe.seed = 500 + i;
    if ((i / 4) % 2 == 0) {
      recipe.synonym_rate = 0.35;
      recipe.reorder = true;
      recipe.drop_rate = 0.1;
      recipe.boilerplate = "Follow us on social media for the latest news and updates.";
      recipe.plant = {"person", "number", "weekday", "communication", "office"};
    } else {
      recipe.synonym_rate = 0.2;
      recipe.keep_share = 0.3;
      recipe.plant = {"weekday", "office", "number"};
    }
    copies::GeneratedCopy g = copies::MakeCopy(docs[i]->text, docs[i]->analysis, recipe);
    docs.push_back(Analysed(docs[i]->id + "#copy", g.text, ""));
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Every copy relation found, in full"};
  int synthetic = 0;
  bool real = false;
  std::string source = ".";
  app.add_option("--synthetic", synthetic, "links this many synthetic documents");
  app.add_flag("--real", real, "links the real texts (see the file's comment)");
  app.add_option("--source", source, "the source tree (data/sample), default .");
  bool no_sketches = false;
  std::string show;
  app.add_option("--show", show, "prints this real text and stops");
  app.add_flag("--no-sketches", no_sketches, "links without the sentence sketches");
  app.add_flag("--check", g_check, "checks that the sentence sketches let every relation through");
  CLI11_PARSE(app, argc, argv);
  g_options.sentence_sketches = !no_sketches;
  if (synthetic > 0) {
    bench::SyntheticCorpus corpus;
    std::vector<std::shared_ptr<LinkDocument>> docs;
    for (int i = 0; i < synthetic; ++i) {
      docs.push_back(std::make_shared<LinkDocument>(bench::ToLinkDocument(corpus.Get(i))));
    }
    std::fprintf(stderr, "synthetic: %d documents, %zu relations\n", synthetic, LinkAll(docs));
  }
  if (real) {
    std::vector<std::shared_ptr<LinkDocument>> docs = RealTexts(source);
    if (!show.empty()) {
      for (const auto& d : docs) {
        if (d->id == show) std::printf("%s\n", d->text.c_str());
      }
      return 0;
    }
    size_t once = LinkAll(docs);
    std::vector<std::shared_ptr<LinkDocument>> thrice;
    for (int round = 0; round < 3; ++round) {
      for (const auto& d : docs) {
        auto c = std::make_shared<LinkDocument>(*d);
        if (round > 0) c->id += "@" + std::to_string(round);
        thrice.push_back(c);
      }
    }
    size_t three = LinkAll(thrice);
    std::fprintf(stderr, "real: %zu texts, %zu relations; three times over: %zu relations\n",
                 docs.size(), once, three);
  }
  if (g_check) {
    std::fprintf(stderr, "sentence sketches: %zu of %zu relations ruled out\n", g_ruled_out, g_checked);
  }
  return 0;
}
