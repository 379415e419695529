// Throughput of AnalyzeText on news text (the seeds and the gum-news development texts),
// in bytes per second on one core; with and without the statistical NER confirmation.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "newsgraph/analyze.h"

namespace {

const std::string& Corpus() {
  static const std::string* text = [] {
    auto* s = new std::string;
    for (const char* dir : {"/seeds", "/gold/gum-news"}) {
      std::filesystem::path p = std::filesystem::path(NEWSGRAPH_SHARED_DIR).string() + dir;
      std::error_code ec;
      for (const auto& e : std::filesystem::directory_iterator(p, ec)) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream in(e.path(), std::ios::binary);
        s->append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        s->append("\n\n");
      }
    }
    if (s->empty())  // no shared data: a synthetic article
      for (int i = 0; i < 200; ++i)
        s->append("Russian Foreign Minister Sergey Lavrov said on Tuesday that up to 175,000 "
                  "troops were \"on exercise,\" according to a statement. Lavrov added that "
                  "talks with his Ukrainian counterpart lasted 30 to 40 minutes.\n\n");
    return s;
  }();
  return *text;
}

void RunAnalyze(benchmark::State& state, bool ner) {
  const std::string& text = Corpus();
  newsgraph::AnalyzeOptions o;
  o.published = "2021-12-06";
  o.use_ner = ner;
  for (auto _ : state) {
    auto a = newsgraph::AnalyzeText(text, o);
    benchmark::DoNotOptimize(a.people.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

// The corpus ten times over as one document (about 1 MB): its bytes per second match the
// short run's only when no recogniser grows faster than the text (a scan of every person or
// entity per name made 10 MB take 2.6 times as long per byte).
void BM_AnalyzeWithNerLong(benchmark::State& state) {
  static const std::string* text = [] {
    auto* s = new std::string;
    for (int i = 0; i < 10; ++i) s->append(Corpus());
    return s;
  }();
  newsgraph::AnalyzeOptions o;
  o.published = "2021-12-06";
  for (auto _ : state) {
    auto a = newsgraph::AnalyzeText(*text, o);
    benchmark::DoNotOptimize(a.people.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text->size()));
}

void BM_AnalyzeRules(benchmark::State& state) { RunAnalyze(state, false); }
void BM_AnalyzeWithNer(benchmark::State& state) { RunAnalyze(state, true); }
BENCHMARK(BM_AnalyzeRules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeWithNer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeWithNerLong)->Unit(benchmark::kMillisecond);

}  // namespace
