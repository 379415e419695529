// Extraction speed: MB/s of HTML and pages/s on one core, over the 181 pages of the Scrapinghub
// article-extraction benchmark (NEWSGRAPH_SHARED_DIR), and over a synthetic page when the data
// is absent. The side-by-side comparison with Readability.js is scripts/bench-extract.sh.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/eval_metrics.h"
#include "newsgraph/extract.h"

namespace {

namespace fs = std::filesystem;

const fs::path kBenchmarkDir = fs::path(NEWSGRAPH_SHARED_DIR) / "data" / "article-extraction-benchmark";

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    fs::path dir = kBenchmarkDir / "html";
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      gzFile f = gzopen(p.c_str(), "rb");
      if (f == nullptr) continue;
      std::string s;
      char buf[1 << 16];
      int n;
      while ((n = gzread(f, buf, sizeof(buf))) > 0) s.append(buf, static_cast<size_t>(n));
      gzclose(f);
      out.push_back(std::move(s));
    }
    return out;
  }();
  return pages;
}

void BM_ExtractBenchmarkPages(benchmark::State& state) {
  const auto& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("article-extraction-benchmark pages not found");
    return;
  }
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto a = newsgraph::ExtractArticle(p, "https://example.com/");
      benchmark::DoNotOptimize(a);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.counters["pages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * pages.size()), benchmark::Counter::kIsRate);
  // The benchmark's own quality figure, so that `make bench` shows it next to the speed.
  std::ifstream in(kBenchmarkDir / "ground-truth.json");
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json gt = nlohmann::json::parse(ss.str(), nullptr, false);
  if (gt.is_object()) {
    std::vector<newsgraph::extract::ShinglePageScore> scores;
    for (auto& [id, v] : gt.items()) {
      std::string html;
      gzFile f = gzopen((kBenchmarkDir / "html" / (id + ".html.gz")).c_str(), "rb");
      if (f == nullptr) continue;
      char buf[1 << 16];
      int n;
      while ((n = gzread(f, buf, sizeof(buf))) > 0) html.append(buf, static_cast<size_t>(n));
      gzclose(f);
      auto a = newsgraph::ExtractArticle(html, v.value("url", ""));
      scores.push_back(newsgraph::extract::ScoreShingles(v.value("articleBody", ""),
                                                         a.ok() ? a->text : ""));
    }
    state.counters["F1"] = newsgraph::extract::AggregateShingles(scores).f1;
  }
}
BENCHMARK(BM_ExtractBenchmarkPages)->Unit(benchmark::kMillisecond);

void BM_ExtractSyntheticPage(benchmark::State& state) {
  std::string html = "<html><head><title>T</title><script>var x = '<p>not text</p>';</script>"
                     "</head><body><nav><a href=/>Home</a><a href=/w>World</a></nav><article>";
  while (html.size() < 200000) {
    html += "<p class=\"para\">The city council voted on Tuesday to approve the new budget after "
            "a long debate about schools, roads and <a href=/lib>the library</a>.</p>";
  }
  html += "</article><footer>Copyright</footer></body></html>";
  for (auto _ : state) {
    auto a = newsgraph::ExtractArticle(html, "https://example.com/");
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
}
BENCHMARK(BM_ExtractSyntheticPage)->Unit(benchmark::kMillisecond);

}  // namespace
