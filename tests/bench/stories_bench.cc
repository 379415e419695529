// Story clustering speed (documents/s assigned to their story) and memory on a long synthetic
// stream: memory must follow the active stories, not the length of the stream.
//
//   build/tests/bench/stories_bench --benchmark_filter=Assign
//   build/tests/bench/stories_bench --benchmark_filter=LongStream   # RSS after 100k / 1M documents
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "newsgraph/stories.h"

namespace {

// A synthetic news stream: story k has its own 25 words and 3 people drawn from a large
// vocabulary; each document mixes 60 of its story's words with 140 common words. Stories live
// a few days; ~2,000 documents a day.
class Stream {
 public:
  explicit Stream(uint64_t seed) : rng_(seed) {
    for (int i = 0; i < 200; ++i) common_.push_back("common" + std::to_string(i));
  }

  newsgraph::LinkDocument Next() {
    // A new story starts with probability 1/8; otherwise one of the last 400 stories continues.
    if (stories_ == 0 || rng_() % 8 == 0) ++stories_;
    uint64_t story = stories_ - 1 - (stories_ > 1 ? rng_() % std::min<uint64_t>(stories_, 400) : 0);
    newsgraph::LinkDocument d;
    char id[20];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(n_));
    d.id = id;
    int day = static_cast<int>(n_ / 2000);
    std::snprintf(id, sizeof id, "%04d-%02d-%02d", 2000 + day / 336, 1 + (day / 28) % 12, 1 + day % 28);
    d.published = id;
    ++n_;
    std::string& t = d.text;
    t.reserve(1600);
    t += "Story" + std::to_string(story) + " headline words here\n";
    for (int i = 0; i < 200; ++i) {
      if (i % 10 < 3) {
        t += "w" + std::to_string(story * 25 + rng_() % 25);
      } else {
        t += common_[rng_() % common_.size()];
      }
      t += (i % 15 == 14) ? ". " : " ";
    }
    for (int p = 0; p < 3; ++p) {
      newsgraph::Person person;
      person.name = "Person " + std::to_string(story * 3 + p);
      person.mentions.resize(1 + rng_() % 3);
      d.analysis.people.push_back(std::move(person));
    }
    return d;
  }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> common_;
  uint64_t stories_ = 0, n_ = 0;
};

long RssKiB() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long kib = -1;
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, "VmRSS:", 6) == 0) kib = std::atol(line + 6);
  std::fclose(f);
  return kib;
}

// Documents/s to assign a document (vectorise, find candidates, score, update the story).
void BM_AssignDocument(benchmark::State& state) {
  Stream stream(7);
  std::vector<newsgraph::LinkDocument> docs;
  for (int i = 0; i < state.range(0); ++i) docs.push_back(stream.Next());
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  size_t stories = 0;
  for (auto _ : state) {
    newsgraph::StoryClusterer c;
    for (const auto& d : docs) benchmark::DoNotOptimize(c.Add(d, {}));
    stories = c.Stories().size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["stories"] = static_cast<double>(stories);
}
BENCHMARK(BM_AssignDocument)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

// A long stream with the active stories capped and cold stories handed over as they go: RSS
// should stay flat as the stream grows.
void BM_LongStream(benchmark::State& state) {
  for (auto _ : state) {
    Stream stream(11);
    newsgraph::StoryOptions o;
    o.max_active = 2000;
    newsgraph::StoryClusterer c(o);
    size_t cold = 0;
    long rss_half = 0;
    for (int64_t i = 0; i < state.range(0); ++i) {
      benchmark::DoNotOptimize(c.Add(stream.Next(), {}));
      if (i % 1000 == 999) cold += c.TakeColdStories().size();  // a store would persist them
      if (i == state.range(0) / 2) rss_half = RssKiB();
    }
    state.counters["active"] = static_cast<double>(c.active());
    state.counters["cold_taken"] = static_cast<double>(cold);
    state.counters["rss_half_MiB"] = static_cast<double>(rss_half) / 1024;
    state.counters["rss_end_MiB"] = static_cast<double>(RssKiB()) / 1024;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_LongStream)->Arg(100000)->Arg(300000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
