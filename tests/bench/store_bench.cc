// Store speed: documents written per second (batched transactions), point reads, FTS search;
// and the whole ingest pipeline (read + extract + analyse + fingerprint + store) on JSON Lines.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "newsgraph/pipeline.h"
#include "newsgraph/store.h"

namespace {

namespace fs = std::filesystem;

std::string Article(int i) {
  return "Officials in city " + std::to_string(i) +
         " said on Monday that talks between the two delegations would continue next week. "
         "Secretary of State Antony Blinken spoke with Foreign Minister Sergey Lavrov for 40 minutes. "
         "\"We want a peaceful solution,\" Blinken told reporters, adding that up to 175,000 troops "
         "were near the border. The ministry said more than $2 billion in aid had been sent since 2014.\n";
}

fs::path TempDb(const char* name) {
  fs::path p = fs::temp_directory_path() / (std::string("ng_bench_") + name + std::to_string(getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
  return p;
}

void BM_StoreAdd(benchmark::State& state) {
  fs::path db = TempDb("add");
  auto store = newsgraph::Store::Open(db.string());
  int next = 0;
  const int batch = static_cast<int>(state.range(0));
  int64_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<newsgraph::StoredDocument> docs(static_cast<size_t>(batch));
    for (auto& sd : docs) {
      sd.document.text = Article(next++);
      sd.document.id = newsgraph::MakeDocId(sd.document.text);
      sd.document.source = "bench";
      sd.document.format = "text";
      bytes += static_cast<int64_t>(sd.document.text.size());
    }
    state.ResumeTiming();
    auto added = (*store)->Add(docs);
    benchmark::DoNotOptimize(added);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * batch);
  state.SetBytesProcessed(bytes);
  store->reset();
  fs::remove(db);
}
BENCHMARK(BM_StoreAdd)->Arg(1)->Arg(200)->Unit(benchmark::kMicrosecond);

void BM_StoreSearch(benchmark::State& state) {
  fs::path db = TempDb("search");
  auto store = newsgraph::Store::Open(db.string());
  std::vector<newsgraph::StoredDocument> docs(5000);
  for (int i = 0; i < 5000; ++i) {
    docs[static_cast<size_t>(i)].document.text = Article(i);
    docs[static_cast<size_t>(i)].document.id = newsgraph::MakeDocId(docs[static_cast<size_t>(i)].document.text);
  }
  (void)(*store)->Add(docs);
  for (auto _ : state) benchmark::DoNotOptimize((*store)->Search("lavrov \"city 4711\"", 10));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  store->reset();
  fs::remove(db);
}
BENCHMARK(BM_StoreSearch)->Unit(benchmark::kMicrosecond);

class NullObserver : public newsgraph::PipelineObserver {
  void OnError(const newsgraph::InputError&) override {}
};

// The whole `newsgraph ingest` path on a JSON Lines file of short news articles.
void BM_IngestPipeline(benchmark::State& state) {
  fs::path in = fs::temp_directory_path() / ("ng_bench_in" + std::to_string(getpid()) + ".jsonl");
  {
    std::ofstream out(in);
    for (int i = 0; i < 2000; ++i) out << nlohmann::json({{"text", Article(i)}}).dump() << "\n";
  }
  int64_t bytes = static_cast<int64_t>(fs::file_size(in));
  newsgraph::PipelineOptions opts;
  opts.threads = static_cast<unsigned>(state.range(0));
  opts.analyze = state.range(1) != 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::path db = TempDb("pipe");
    auto store = newsgraph::Store::Open(db.string());
    NullObserver obs;
    state.ResumeTiming();
    auto stats = newsgraph::RunIngest(**store, db.string(), {in.string()}, opts, obs);
    benchmark::DoNotOptimize(stats);
    state.PauseTiming();
    store->reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(bytes * static_cast<int64_t>(state.iterations()));
  state.SetItemsProcessed(2000 * static_cast<int64_t>(state.iterations()));
  fs::remove(in);
}
BENCHMARK(BM_IngestPipeline)->Args({1, 0})->Args({1, 1})->Args({2, 1})->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
