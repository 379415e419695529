// extract_eval: scores article extraction on the Scrapinghub article-extraction benchmark and on
// the WCXB dev split, with each benchmark's own metric.
//
//   extract_eval aeb  [--dir ../shared/data/article-extraction-benchmark] [--predictions F]
//   extract_eval wcxb [--dir ../shared/data/wcxb-dev] [--predictions F] [--type article]
//
// Without --predictions it runs newsgraph::ExtractArticle over every page (timing it); with it,
// it scores another extractor's output: a JSON object {id: {"articleBody": text}} (the
// benchmark's own format) or JSON Lines {"id": ..., "text": ...}. --dump F writes this
// extractor's predictions as JSON Lines in that form.
//
// Scrapinghub metric (benchmark README): \w+ tokens (Unicode, case kept), multisets of word
// 4-grams per page, TP/FP/FN normalised by their sum per page, macro precision over pages with
// TP+FP>0 and macro recall over pages with TP+FN>0, F1 = harmonic mean of the two, accuracy =
// share of pages with identical token lists, ± = bootstrap std over 1,000 page resamples.
// WCXB metric (its README): lower-cased \w+ tokens as a bag of words, per-page P/R/F1 of the
// overlap, mean over pages (per page type and overall).
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/eval_metrics.h"
#include "newsgraph/extract.h"

#ifndef NEWSGRAPH_SHARED_DIR
#define NEWSGRAPH_SHARED_DIR "../shared"
#endif

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using newsgraph::extract::BagScore;
using newsgraph::extract::ShinglePageScore;

bool ReadGz(const fs::path& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  out->clear();
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out->append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Predictions from another extractor: {id: {"articleBody": ...}}, {"output": {...}}, or JSONL.
std::map<std::string, std::string> LoadPredictions(const std::string& path) {
  std::map<std::string, std::string> out;
  std::string text;
  if (!ReadFile(path, &text)) throw std::runtime_error("cannot read " + path);
  json j = json::parse(text, nullptr, false);
  if (!j.is_discarded() && j.is_object() && !j.contains("id")) {
    const json& obj = j.contains("output") ? j["output"] : j;
    for (auto& [k, v] : obj.items()) {
      if (v.is_object() && v.contains("articleBody") && v["articleBody"].is_string()) {
        out[k] = v["articleBody"].get<std::string>();
      } else if (v.is_string()) {
        out[k] = v.get<std::string>();
      }
    }
    return out;
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    json l = json::parse(line, nullptr, false);
    if (l.is_discarded() || !l.is_object() || !l.contains("id")) continue;
    std::string id = l["id"].is_string() ? l["id"].get<std::string>() : l["id"].dump();
    std::string t;
    if (l.contains("text") && l["text"].is_string()) t = l["text"].get<std::string>();
    else if (l.contains("articleBody") && l["articleBody"].is_string()) t = l["articleBody"].get<std::string>();
    out[id] = t;
  }
  return out;
}

struct Page {
  std::string id, url, truth, type;
  fs::path html;
};

// Runs the extractor (or looks up predictions) for every page; returns texts by index.
std::vector<std::string> Predict(const std::vector<Page>& pages, const std::string& predictions,
                                 const std::string& dump) {
  std::vector<std::string> out(pages.size());
  if (!predictions.empty()) {
    auto p = LoadPredictions(predictions);
    size_t missing = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
      auto it = p.find(pages[i].id);
      if (it == p.end()) ++missing;
      else out[i] = it->second;
    }
    if (missing) std::fprintf(stderr, "warning: %zu pages have no prediction (scored as empty)\n", missing);
    return out;
  }
  std::vector<std::string> html(pages.size());
  size_t bytes = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (!ReadGz(pages[i].html, &html[i])) std::fprintf(stderr, "warning: cannot read %s (scored as empty)\n", pages[i].html.c_str());
    bytes += html[i].size();
  }
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  size_t failed = 0;
  std::vector<newsgraph::Article> arts(pages.size());
  for (size_t i = 0; i < pages.size(); ++i) {
    auto a = newsgraph::ExtractArticle(html[i], pages[i].url);
    if (a.ok()) arts[i] = std::move(a).value();
    else ++failed;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::printf("extracted %zu pages (%.1f MB) in %.3f s wall, %.3f s CPU: %.0f pages/s, %.1f MB/s "
              "per CPU second (one thread)%s\n",
              pages.size(), bytes / 1e6, secs, cpu, pages.size() / cpu, bytes / 1e6 / cpu,
              failed ? " [some failed]" : "");
  std::ofstream dumpf;
  if (!dump.empty()) dumpf.open(dump);
  for (size_t i = 0; i < pages.size(); ++i) {
    out[i] = arts[i].text;
    if (dumpf) {
      json l = {{"id", pages[i].id}, {"url", pages[i].url}, {"title", arts[i].title},
                {"published", arts[i].published}, {"authors", arts[i].authors},
                {"site", arts[i].site}, {"language", arts[i].language}, {"text", arts[i].text}};
      dumpf << l.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    }
  }
  return out;
}

int RunAeb(const std::string& dir, const std::string& predictions, const std::string& dump,
           bool verbose) {
  std::string gt_text;
  if (!ReadFile(fs::path(dir) / "ground-truth.json", &gt_text)) {
    std::fprintf(stderr, "cannot read %s/ground-truth.json\n", dir.c_str());
    return 1;
  }
  json gt = json::parse(gt_text);
  std::vector<Page> pages;
  for (auto& [id, v] : gt.items()) {
    pages.push_back({id, v.value("url", ""), v.value("articleBody", ""), "",
                     fs::path(dir) / "html" / (id + ".html.gz")});
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.id < b.id; });
  auto preds = Predict(pages, predictions, dump);
  std::vector<ShinglePageScore> scores;
  for (size_t i = 0; i < pages.size(); ++i) {
    scores.push_back(newsgraph::extract::ScoreShingles(pages[i].truth, preds[i]));
    if (verbose) {
      const ShinglePageScore& s = scores.back();
      double p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1, r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1;
      std::printf("page %s P=%.3f R=%.3f %s\n", pages[i].id.c_str(), p, r, pages[i].url.c_str());
    }
  }
  auto m = newsgraph::extract::AggregateShingles(scores, 1000);
  std::printf("article-extraction-benchmark (%zu pages): F1 %.3f ± %.3f  precision %.3f ± %.3f  "
              "recall %.3f ± %.3f  accuracy %.3f\n",
              pages.size(), m.f1, m.f1_std, m.precision, m.precision_std, m.recall, m.recall_std,
              m.accuracy);
  return 0;
}

int RunWcxb(const std::string& dir, const std::string& predictions, const std::string& dump,
            const std::string& only_type, bool verbose) {
  std::vector<Page> pages;
  for (auto& entry : fs::directory_iterator(fs::path(dir) / "ground-truth")) {
    std::string text;
    if (entry.path().extension() != ".json" || !ReadFile(entry.path(), &text)) continue;
    json g = json::parse(text, nullptr, false);
    if (g.is_discarded() || !g.contains("ground_truth") || !g["ground_truth"].is_object()) continue;
    Page p;
    p.id = entry.path().stem().string();
    p.url = g.value("url", "");
    if (g["ground_truth"].contains("main_content") && g["ground_truth"]["main_content"].is_string()) {
      p.truth = g["ground_truth"]["main_content"].get<std::string>();
    }
    // Page kind as WCXB's evaluate.py reads it: _internal.page_type.primary (or a plain
    // string), "category" counted as "collection", "article" when absent.
    if (g.contains("_internal") && g["_internal"].is_object() && g["_internal"].contains("page_type")) {
      const json& pt = g["_internal"]["page_type"];
      if (pt.is_object() && pt.contains("primary") && pt["primary"].is_string()) {
        p.type = pt["primary"].get<std::string>();
      } else if (pt.is_string()) {
        p.type = pt.get<std::string>();
      }
    }
    if (p.type.empty()) p.type = "article";
    if (p.type == "category") p.type = "collection";
    if (!only_type.empty() && p.type != only_type) continue;
    p.html = fs::path(dir) / "html" / (p.id + ".html.gz");  // a missing page scores as empty
    pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.id < b.id; });
  auto preds = Predict(pages, predictions, dump);
  std::map<std::string, std::vector<BagScore>> by_type;
  std::vector<BagScore> all;
  for (size_t i = 0; i < pages.size(); ++i) {
    BagScore s = newsgraph::extract::ScoreWordBag(pages[i].truth, preds[i]);
    by_type[pages[i].type].push_back(s);
    all.push_back(s);
    if (verbose) std::printf("page %s %s P=%.3f R=%.3f F1=%.3f %s\n", pages[i].id.c_str(), pages[i].type.c_str(), s.precision, s.recall, s.f1, pages[i].url.c_str());
  }
  auto print = [](const std::string& name, const std::vector<BagScore>& v) {
    double p = 0, r = 0, f = 0;
    for (auto& s : v) p += s.precision, r += s.recall, f += s.f1;
    double n = std::max<size_t>(1, v.size());
    std::printf("  %-14s %4zu pages  F1 %.3f  precision %.3f  recall %.3f\n", name.c_str(), v.size(), f / n, p / n, r / n);
  };
  std::printf("wcxb-dev (word-bag F1, mean over pages):\n");
  for (auto& [t, v] : by_type) print(t, v);
  print("ALL", all);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores article extraction on the Scrapinghub benchmark and WCXB dev."};
  app.require_subcommand(1);
  std::string predictions, dump, type;
  bool verbose = false;
  // The data folder: $NEWSGRAPH_SHARED_DIR, else ../shared (run from the repository root).
  const char* env = std::getenv("NEWSGRAPH_SHARED_DIR");
  std::string shared = env != nullptr && *env ? env : NEWSGRAPH_SHARED_DIR;
  std::string aeb_dir = shared + "/data/article-extraction-benchmark";
  std::string wcxb_dir = shared + "/data/wcxb-dev";
  auto* aeb = app.add_subcommand("aeb", "Scrapinghub article-extraction benchmark (181 pages)");
  aeb->add_option("--dir", aeb_dir, "benchmark folder");
  auto* wcxb = app.add_subcommand("wcxb", "WCXB dev split");
  wcxb->add_option("--dir", wcxb_dir, "WCXB dev folder");
  wcxb->add_option("--type", type, "only pages of this kind (article, forum, ...)");
  for (auto* c : {aeb, wcxb}) {
    c->add_option("--predictions", predictions, "score this prediction file instead of running the extractor");
    c->add_option("--dump", dump, "write this extractor's predictions (JSON Lines)");
    c->add_flag("-v,--verbose", verbose, "print per-page scores");
  }
  CLI11_PARSE(app, argc, argv);
  try {
    if (aeb->parsed()) return RunAeb(aeb_dir, predictions, dump, verbose);
    return RunWcxb(wcxb_dir, predictions, dump, type, verbose);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "extract_eval: %s\n", e.what());
    return 1;
  }
}
