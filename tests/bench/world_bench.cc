// World: documents added per second (people and events resolved; the analysis is prepared
// beforehand and excluded) as the world grows, and heap bytes per document, per person and per
// event.
//
//   build/tests/world_bench --benchmark_counters_tabular=true
//   WORLD_BENCH_1M=1 build/tests/world_bench --benchmark_filter=BM_WorldMemory1M   # minutes
//
// docs/s is per CPU second (one core).
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cmath>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "analyze/internal.h"
#include "link/world_footprint.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

// Synthetic documents: each names 6 people drawn (skewed) from a population, in varied writings
// (full name, surname alone, initial), reports one call between two of them, two figures and a
// quote; 200 documents a publication day from 2021-01-01. Deterministic; made one at a time, so
// that a million of them need not be held.
class DocGen {
 public:
  explicit DocGen(size_t population) : population_(population), rng_(42) {}

  LinkDocument Next() {
    static const char* const kGiven[] = {"Joe", "Anna", "Volodymyr", "Sergei", "Maria", "John", "Olaf",
                                         "Emmanuel", "Li", "Fumio", "Rishi", "Ursula", "Pedro", "Giorgia"};
    const size_t i = i_++;
    LinkDocument d;
    char id[32];
    std::snprintf(id, sizeof id, "%016zx", i * 2654435761u);
    d.id = id;
    const std::string date = analyze::IsoFromDays(kFirstDay + static_cast<long>(i / 200));
    d.published = date;
    d.analysis.published = date;
    d.text = std::string(2000, 'x');
    std::vector<std::string> names;
    for (int k = 0; k < 6; ++k) {
      // a skewed draw: a few people are everywhere, most are rare
      size_t who = static_cast<size_t>(std::pow(static_cast<double>(rng_() % 1000000) / 1e6, 3) * population_);
      // letters only (digits are not part of a name): consonant-vowel syllables, so that
      // different people's surnames differ in their consonants as real surnames mostly do
      static const char kCons[] = "bdfgklmnprstvz";
      static const char kVow[] = "aeiou";
      std::string surname;
      for (size_t v = who + 1; v > 0; v /= 14) {
        surname += kCons[v % 14];
        surname += kVow[(v / 14) % 5];
      }
      surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
      std::string given = kGiven[who % 14];
      std::string written = (rng_() % 3 == 0) ? surname : given + " " + surname;
      Person p;
      p.name = written;
      for (int m = 0; m < 3; ++m)
        p.mentions.push_back({written, static_cast<uint32_t>(100 * k + 10 * m), static_cast<uint32_t>(100 * k + 10 * m + 8)});
      if (who % 5 == 0) {
        p.office = "Minister";
        p.office_normalized = "Minister";
        p.country = "Country" + std::to_string(who % 50);
      }
      names.push_back(written);
      d.analysis.people.push_back(std::move(p));
    }
    Communication c;
    c.participants = {names[0], names[1]};
    c.kind = (rng_() % 2) ? "phone call" : "call";
    c.date = date;
    c.status = "happened";
    c.duration = (rng_() % 2) ? "an hour" : "30 minutes";
    c.start = 10;
    c.end = 40;
    d.analysis.communications.push_back(c);
    for (int k = 0; k < 2; ++k) {
      NumberClaim num;
      num.value = static_cast<double>(rng_() % 100000);
      num.text = std::to_string(static_cast<long>(num.value)) + " troops";
      num.unit = "troops";
      num.start = 500 + 50 * k;
      num.end = num.start + 12;
      d.analysis.numbers.push_back(num);
    }
    Quote q;
    q.speaker = names[0];
    q.text = "we will work together on this " + std::to_string(rng_() % 1000);
    d.analysis.quotes.push_back(q);
    return d;
  }

 private:
  static constexpr long kFirstDay = 18628;  // 2021-01-01
  size_t population_;
  std::mt19937_64 rng_;
  size_t i_ = 0;
};

std::vector<LinkDocument> MakeDocs(size_t n, size_t population) {
  DocGen gen(population);
  std::vector<LinkDocument> docs;
  docs.reserve(n);
  for (size_t i = 0; i < n; ++i) docs.push_back(gen.Next());
  return docs;
}

// Heap bytes in use: the arenas' and the mmapped chunks' (large vectors).
size_t HeapBytes() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// Adds documents to a world that already holds `state.range(0)` documents.
void BM_WorldAddDocument(benchmark::State& state) {
  const size_t existing = static_cast<size_t>(state.range(0));
  const size_t batch = 2000;
  std::vector<LinkDocument> docs = MakeDocs(existing + batch, 50000);
  WorldOptions o;
  o.recover_mentions = false;  // the synthetic texts have no words to find
  size_t added = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto world = std::make_unique<World>(o);
    for (size_t i = 0; i < existing; ++i) world->AddDocument(docs[i]);
    state.ResumeTiming();
    for (size_t i = existing; i < existing + batch; ++i) world->AddDocument(docs[i]);
    added += batch;
    state.PauseTiming();
    world.reset();
    state.ResumeTiming();
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(added), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WorldAddDocument)->Arg(0)->Arg(20000)->Arg(50000)->Unit(benchmark::kMillisecond);

// Memory as the world grows: heap bytes after n documents (made one at a time, so the heap holds
// only the world), per document and per person+event, and the world's estimate of where they go
// (WorldFootprint, bytes per document). With a range(1) > 0, the figures are also taken at the
// sizes of kCheckpoints below n (counters suffixed with the size: "bytes/doc@100k").
constexpr size_t kCheckpoints[] = {10000, 50000, 100000, 300000, 1000000};

void BM_WorldMemory(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const bool checkpoints = state.range(1) > 0;
  WorldOptions o;
  o.recover_mentions = false;  // the synthetic texts have no words to find
  for (auto _ : state) {
    DocGen gen(50000);
    const size_t before = HeapBytes();
    World world(o);
    size_t added = 0;
    std::vector<size_t> sizes;
    if (checkpoints)
      for (size_t c : kCheckpoints)
        if (c < n) sizes.push_back(c);
    sizes.push_back(n);
    for (size_t c : sizes) {
      // documents per CPU second since the last size (the documents made included)
      const std::clock_t start = std::clock();
      const size_t from = added;
      for (; added < c; ++added) world.AddDocument(gen.Next());
      const double cpu = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
      const double bytes = static_cast<double>(HeapBytes() - before);
      const double docs = static_cast<double>(added);
      const std::string at = checkpoints ? "@" + std::to_string(c / 1000) + "k" : "";
      if (checkpoints) state.counters["docs/s" + at] = static_cast<double>(c - from) / cpu;
      state.counters["people" + at] = static_cast<double>(world.people().size());
      state.counters["events" + at] = static_cast<double>(world.events().size());
      state.counters["bytes/doc" + at] = bytes / docs;
      state.counters["bytes/(person+event)" + at] =
          bytes / static_cast<double>(world.people().size() + world.events().size());
      if (checkpoints) {
        const WorldFootprint f = WorldFootprint::Of(world);
        for (const auto& [name, b] : {std::pair<const char*, size_t>{"people", f.people},
                                      {"mentions", f.mentions},
                                      {"office_claims", f.office_claims},
                                      {"events", f.events},
                                      {"event_state", f.event_state},
                                      {"doc_index", f.documents},
                                      {"claims", f.claims},
                                      {"pending", f.pending},
                                      {"strings", f.strings},
                                      {"spill_buffer", f.spill},
                                      {"total", f.total()}})
          state.counters[std::string(name) + "_B/doc" + at] = static_cast<double>(b) / docs;
        state.counters["spill_file_B/doc" + at] = static_cast<double>(world.SpillBytes()) / docs;
      }
    }
  }
}
BENCHMARK(BM_WorldMemory)->Args({10000, 0})->Args({50000, 0})->Iterations(1)->Unit(benchmark::kMillisecond);

// Reading a world of range(0) documents back: every person (with its mentions), every event,
// the conflicts, and each document's people and events (what the store writer reads), per
// CPU second. With the spill file, what can no longer change is read from it.
void BM_WorldRead(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  WorldOptions o;
  o.recover_mentions = false;
  World world(o);
  DocGen gen(50000);
  std::vector<std::pair<std::string, std::vector<std::string>>> names;  // a sample of documents
  for (size_t i = 0; i < n; ++i) {
    LinkDocument d = gen.Next();
    if (i % 100 == 0) {
      names.emplace_back(d.id, std::vector<std::string>{});
      for (const Person& p : d.analysis.people) names.back().second.push_back(p.name);
    }
    world.AddDocument(d);
  }
  size_t mentions = 0, reports = 0, conflicts = 0, answers = 0;
  for (auto _ : state) {
    for (const WorldPerson& p : world.people()) mentions += p.mentions.size();
    for (const WorldEvent& e : world.events()) reports += e.reports.size();
    conflicts += world.Conflicts().size();
    for (const auto& [doc, ps] : names) {
      for (const std::string& p : ps) answers += !world.PersonIdOf(doc, p).empty();
      answers += world.EventIdsOf(doc).size();
    }
  }
  state.counters["mentions"] = static_cast<double>(mentions) / static_cast<double>(state.iterations());
  state.counters["reports"] = static_cast<double>(reports) / static_cast<double>(state.iterations());
  state.counters["conflicts"] = static_cast<double>(conflicts) / static_cast<double>(state.iterations());
  state.counters["answers"] = static_cast<double>(answers) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_WorldRead)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond);

// The long run (WORLD_BENCH_1M=1): memory at 10k, 50k, 100k, 300k and 1M documents and the
// breakdown by component, in one world that grows to 1M (about 3 minutes of CPU and a heap of
// some 1.5 GB; docs/world.md). WORLD_BENCH_1M=300000 stops at that size.
[[maybe_unused]] const bool kRegistered1M = [] {
  if (const char* env = std::getenv("WORLD_BENCH_1M")) {
    const long n = std::atol(env) > 1 ? std::atol(env) : 1000000;
    benchmark::RegisterBenchmark("BM_WorldMemory1M", BM_WorldMemory)
        ->Args({n, 1})
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
  }
  return true;
}();

}  // namespace
}  // namespace newsgraph
