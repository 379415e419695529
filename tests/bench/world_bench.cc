// World: documents added per second (people and events resolved; the analysis is prepared
// beforehand and excluded) as the world grows, and heap bytes per person and per event.
//
//   build/tests/world_bench --benchmark_counters_tabular=true
//
// docs/s is per CPU second (one core).
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "newsgraph/world.h"

namespace newsgraph {
namespace {

// Synthetic documents: each names 6 people drawn (skewed) from a population, in varied writings
// (full name, surname alone, initial), reports one call between two of them, two figures and a
// quote. Deterministic.
std::vector<LinkDocument> MakeDocs(size_t n, size_t population) {
  static const char* const kGiven[] = {"Joe", "Anna", "Volodymyr", "Sergei", "Maria", "John", "Olaf",
                                       "Emmanuel", "Li", "Fumio", "Rishi", "Ursula", "Pedro", "Giorgia"};
  std::mt19937_64 rng(42);
  std::vector<LinkDocument> docs(n);
  for (size_t i = 0; i < n; ++i) {
    LinkDocument& d = docs[i];
    char id[32];
    std::snprintf(id, sizeof id, "%016zx", i * 2654435761u);
    d.id = id;
    long day = static_cast<long>(i / 200);  // 200 documents a day
    char date[16];
    std::snprintf(date, sizeof date, "2021-%02ld-%02ld", 1 + (day / 28) % 12, 1 + day % 28);
    d.published = date;
    d.analysis.published = date;
    d.text = std::string(2000, 'x');
    std::vector<std::string> names;
    for (int k = 0; k < 6; ++k) {
      // a skewed draw: a few people are everywhere, most are rare
      size_t who = static_cast<size_t>(std::pow(static_cast<double>(rng() % 1000000) / 1e6, 3) * population);
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
      std::string written = (rng() % 3 == 0) ? surname : given + " " + surname;
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
    c.kind = (rng() % 2) ? "phone call" : "call";
    c.date = date;
    c.status = "happened";
    c.duration = (rng() % 2) ? "an hour" : "30 minutes";
    c.start = 10;
    c.end = 40;
    d.analysis.communications.push_back(c);
    for (int k = 0; k < 2; ++k) {
      NumberClaim num;
      num.value = static_cast<double>(rng() % 100000);
      num.text = std::to_string(static_cast<long>(num.value)) + " troops";
      num.unit = "troops";
      num.start = 500 + 50 * k;
      num.end = num.start + 12;
      d.analysis.numbers.push_back(num);
    }
    Quote q;
    q.speaker = names[0];
    q.text = "we will work together on this " + std::to_string(rng() % 1000);
    d.analysis.quotes.push_back(q);
  }
  return docs;
}

size_t HeapBytes() { return mallinfo2().uordblks; }

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

// Memory as the world grows: heap bytes per person and per event after n documents.
void BM_WorldMemory(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<LinkDocument> docs = MakeDocs(n, 50000);
  WorldOptions o;
  o.recover_mentions = false;
  for (auto _ : state) {
    size_t before = HeapBytes();
    World world(o);
    for (const LinkDocument& d : docs) world.AddDocument(d);
    size_t bytes = HeapBytes() - before;
    state.counters["people"] = static_cast<double>(world.people().size());
    state.counters["events"] = static_cast<double>(world.events().size());
    state.counters["bytes/doc"] = static_cast<double>(bytes) / static_cast<double>(n);
    state.counters["bytes/(person+event)"] =
        static_cast<double>(bytes) / static_cast<double>(world.people().size() + world.events().size());
  }
}
BENCHMARK(BM_WorldMemory)->Arg(10000)->Arg(50000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph
