// MinHash fingerprinting speed (MB/s of article text) and signature comparison speed.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "newsgraph/link.h"

namespace {

std::string MakeText(size_t bytes) {
  static const char* kWords[] = {"the", "minister", "said", "on", "Monday", "that", "talks", "with",
                                 "Russia", "over", "Ukraine", "would", "continue", "next", "week",
                                 "officials", "troops", "border", "support", "President"};
  std::mt19937 rng(7);
  std::string s;
  while (s.size() < bytes) {
    s += kWords[rng() % 20];
    s += (rng() % 12 == 0) ? ". " : " ";
  }
  return s;
}

void BM_ComputeSignature(benchmark::State& state) {
  std::string text = MakeText(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(newsgraph::ComputeSignature(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ComputeSignature)->Arg(1 << 10)->Arg(4 << 10)->Arg(64 << 10);

void BM_EstimateJaccard(benchmark::State& state) {
  auto a = newsgraph::ComputeSignature(MakeText(4000));
  auto b = newsgraph::ComputeSignature(MakeText(5000));
  for (auto _ : state) benchmark::DoNotOptimize(newsgraph::EstimateJaccard(a, b));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_EstimateJaccard);

}  // namespace
