// Copy detection: linking speed against an index of 1k-100k documents (candidates only, and
// with alignment of the real candidates), index bytes per document, and candidate recall against
// brute force (docs/copies.md). Documents come from the synthetic corpus of copies_corpus.h.
// The 1M-document run is registered only when COPIES_BENCH_1M is set (`make bench-copies-1m`).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <unordered_map>

#include "copies_corpus.h"
#include "link/copies_fingerprint.h"
#include "newsgraph/copies.h"

namespace {

using newsgraph::CopyFinder;
using newsgraph::LinkDocument;
using newsgraph::bench::SyntheticCorpus;
using newsgraph::bench::SyntheticDoc;

const newsgraph::DocumentFetcher kNoFetch = [](const std::string&) { return nullptr; };

// The process's peak resident set, MiB.
double PeakRssMb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// An index of the first n documents, built once per size.
CopyFinder& IndexOf(int n) {
  static std::map<int, std::unique_ptr<CopyFinder>> cache;
  auto& f = cache[n];
  if (!f) {
    f = std::make_unique<CopyFinder>();
    SyntheticCorpus corpus;
    for (int i = 0; i < n; ++i) (void)f->Link(ToLinkDocument(corpus.Get(i)), kNoFetch);
  }
  return *f;
}

// Fingerprinting alone (MB/s of text).
void BM_CopyFingerprint(benchmark::State& state) {
  SyntheticCorpus corpus;
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 0; i < 200; ++i) {
    texts.push_back(corpus.Get(i).text);
    bytes += texts.back().size();
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(newsgraph::copies::ComputeFingerprint(t));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
}
BENCHMARK(BM_CopyFingerprint);

// Linking new documents against an index of state.range(0) documents: fingerprint, candidates,
// insertion (no alignment: the fetcher has no texts). Items/s is documents linked per second.
void BM_CopyLinkCandidates(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  CopyFinder& finder = IndexOf(n);
  SyntheticCorpus corpus;
  std::vector<LinkDocument> fresh;
  for (int i = 0; i < 2000; ++i) fresh.push_back(ToLinkDocument(corpus.Get(n + i)));
  size_t k = 0;
  for (auto _ : state) {
    // Candidates() and not Link(): the index stays at n documents however long this runs.
    benchmark::DoNotOptimize(finder.Candidates(fresh[k++ % fresh.size()]));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["index_docs"] = static_cast<double>(finder.size());
  state.counters["index_bytes_per_doc"] =
      static_cast<double>(finder.MemoryBytes()) / static_cast<double>(finder.size());
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_CopyLinkCandidates)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

// Link() proper on a store of state.range(0) documents whose texts can be fetched: fingerprint,
// candidates, the pre-alignment check, alignment and fact diff of the candidates that pass it
// (analysis excluded: documents carry none), insertion. Items/s is documents linked per second;
// relations/doc how many it found.
void BM_CopyLinkWithAlignment(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  // One store and index per size, kept across runs; each run links documents not seen before.
  struct Store {
    std::unordered_map<std::string, std::shared_ptr<LinkDocument>> docs;
    std::unique_ptr<CopyFinder> finder = std::make_unique<CopyFinder>();
    int next = 0;
  };
  static std::map<int, std::unique_ptr<Store>> stores;
  SyntheticCorpus corpus;
  std::unique_ptr<Store>& st = stores[n];
  auto fetcher = [](Store* s) {
    return [s](const std::string& id) -> std::shared_ptr<const LinkDocument> {
      auto it = s->docs.find(id);
      return it == s->docs.end() ? nullptr : it->second;
    };
  };
  if (!st) {
    // The store is built by linking its documents as the timed part does (with their texts),
    // so that it is what a linker that has been running holds (the sentence spans of documents
    // already compared are kept in the index).
    st = std::make_unique<Store>();
    newsgraph::DocumentFetcher fetch = fetcher(st.get());
    for (int i = 0; i < n; ++i) {
      auto d = std::make_shared<LinkDocument>(ToLinkDocument(corpus.Get(i)));
      (void)st->finder->Link(*d, fetch);
      st->docs[d->id] = d;
    }
    st->next = n;
  }
  Store* s = st.get();
  newsgraph::DocumentFetcher fetch = fetcher(s);
  size_t relations = 0;
  // New documents are made in batches outside the timed part: only Link() is measured.
  std::vector<std::shared_ptr<LinkDocument>> batch;
  size_t k = 0;
  for (auto _ : state) {
    if (k == batch.size()) {
      state.PauseTiming();
      batch.clear();
      for (int i = 0; i < 256; ++i) {
        batch.push_back(std::make_shared<LinkDocument>(ToLinkDocument(corpus.Get(s->next++))));
      }
      k = 0;
      state.ResumeTiming();
    }
    const std::shared_ptr<LinkDocument>& d = batch[k++];
    relations += s->finder->Link(*d, fetch).size();
    s->docs[d->id] = d;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["relations_per_doc"] =
      static_cast<double>(relations) / static_cast<double>(state.iterations());
  state.counters["index_bytes_per_doc"] =
      static_cast<double>(s->finder->MemoryBytes()) / static_cast<double>(s->finder->size());
  state.counters["prepared_cache_mb"] = static_cast<double>(s->finder->PreparedCacheBytes()) / (1 << 20);
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_CopyLinkWithAlignment)->Arg(10000)->Unit(benchmark::kMicrosecond);

// Candidate recall against brute force on 10k documents. Every copy document (one in ten) is
// compared with every earlier document exactly (the slow obvious version): a pair is
// near-verbatim when the exact 5-word-shingle Jaccard is >= 0.5, a rewrite when it is below that
// but the exact content-term Jaccard is >= 0.25. Recall is the share of those pairs whose earlier
// document is among the new one's candidates (CopyFinder::Candidates, before it is added).
void BM_CopyCandidateRecall(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    SyntheticCorpus corpus;
    CopyFinder finder;
    std::vector<std::vector<uint64_t>> terms(n), shingles(n);
    std::vector<std::string> ids(n);
    size_t nv_pairs = 0, nv_found = 0, rw_pairs = 0, rw_found = 0;
    auto jaccard = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
      size_t inter = 0;
      for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) { ++inter; ++i; ++j; }
        else if (a[i] < b[j]) ++i;
        else ++j;
      }
      size_t uni = a.size() + b.size() - inter;
      return uni ? static_cast<double>(inter) / static_cast<double>(uni) : 0.0;
    };
    for (int i = 0; i < n; ++i) {
      SyntheticDoc s = corpus.Get(i);
      LinkDocument d = ToLinkDocument(s);
      ids[i] = s.id;
      // Exact sets for the brute force.
      newsgraph::copies::Fingerprint fp = newsgraph::copies::ComputeFingerprint(d.text);
      for (const auto& t : fp.terms) terms[i].push_back(t.key);
      std::vector<uint64_t> words;
      {
        std::string w;
        for (char c : d.text + " ") {
          if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) w += static_cast<char>(c | 0x20);
          else if (!w.empty()) { words.push_back(std::hash<std::string>()(w)); w.clear(); }
        }
      }
      for (size_t k = 0; k + 5 <= words.size(); ++k) {
        shingles[i].push_back(words[k] * 31 + words[k + 1] * 961 + words[k + 2] * 29791 +
                              words[k + 3] * 923521 + words[k + 4]);
      }
      std::sort(shingles[i].begin(), shingles[i].end());
      shingles[i].erase(std::unique(shingles[i].begin(), shingles[i].end()), shingles[i].end());
      if (s.source >= 0) {
        std::vector<std::string> cand = finder.Candidates(d);
        for (int j = 0; j < i; ++j) {
          double js = jaccard(shingles[i], shingles[j]);
          bool nv = js >= 0.5;
          bool rw = !nv && jaccard(terms[i], terms[j]) >= 0.25;
          if (!nv && !rw) continue;
          bool found = std::find(cand.begin(), cand.end(), ids[j]) != cand.end();
          (nv ? nv_pairs : rw_pairs)++;
          (nv ? nv_found : rw_found) += found;
        }
      }
      (void)finder.Link(d, kNoFetch);
    }
    state.counters["nv_pairs"] = static_cast<double>(nv_pairs);
    state.counters["nv_recall"] = nv_pairs ? static_cast<double>(nv_found) / nv_pairs : 0;
    state.counters["rewrite_pairs"] = static_cast<double>(rw_pairs);
    state.counters["rewrite_recall"] = rw_pairs ? static_cast<double>(rw_found) / rw_pairs : 0;
    state.counters["index_bytes_per_doc"] =
        static_cast<double>(finder.MemoryBytes()) / static_cast<double>(finder.size());
  }
}
BENCHMARK(BM_CopyCandidateRecall)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond);

// The long run: 1M documents (COPIES_BENCH_1M=1; `make bench-copies-1m`): candidates, and Link
// with alignment against a store of 1M texts (about 3 GB; run them one at a time with
// --benchmark_filter to read each one's peak_rss_mb).
// COPIES_BENCH_1M=300000 runs the same at another size.
[[maybe_unused]] const bool kRegistered1M = [] {
  if (const char* env = std::getenv("COPIES_BENCH_1M")) {
    int n = std::atoi(env) > 1 ? std::atoi(env) : 1000000;
    benchmark::RegisterBenchmark("BM_CopyLinkCandidates1M", BM_CopyLinkCandidates)
        ->Arg(n)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_CopyLinkWithAlignment1M", BM_CopyLinkWithAlignment)
        ->Arg(n)
        ->Unit(benchmark::kMicrosecond);
  }
  return true;
}();

}  // namespace
