// Where the time of linking a copy goes, stage by stage (docs/copies.md, "Speed, memory,
// recall"): builds a store of --store synthetic documents (tests/bench/copies_corpus.h) by
// linking them with their texts, then links --docs more while timing each stage of
// CopyFinder::Link, replayed here on the same internal parts (candidate index, kept sentence
// spans, prepared cache, sentence sketches), and counts candidates, prepared-cache hits and
// candidates ruled out by the sentence sketches. Cycles are the time-stamp counter's (wall time):
// on a shared machine only the shares within one run compare.
//
//   build/tools/copies_stages --store 200000 --docs 3000 [--no-screen]
//   [--features FILE]: per compared candidate "content shingles sentence_hits duplicate related
//   relation may_align" (its index estimates, whether it was a copy, what the sketch said).
#include <x86intrin.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <optional>
#include <unordered_map>

#include "../tests/bench/copies_corpus.h"
#include "link/copies_fingerprint.h"
#include "link/copies_index.h"
#include "link/copies_prepared_cache.h"
#include "link/copies_relation.h"
#include "link/copies_sentence_sketch.h"
#include "newsgraph/copies.h"

namespace {

using namespace newsgraph;

enum Stage { kFingerprint, kQuery, kFetch, kScreen, kPrepare, kSentences, kCompare, kAdd, kStages };
const char* kStageNames[] = {"new document: words, fingerprint",
                             "candidate query",
                             "fetch candidate texts",
                             "sentence-sketch screen",
                             "candidates: words, shingles (cache misses)",
                             "alignment sentences (both sides)",
                             "compare: bound, align, classify, diff",
                             "index additions, caches"};

struct Linker {
  CopyOptions options;
  copies::CandidateIndex index{options};
  copies::SentenceSpanStore spans;
  copies::SentenceSketchStore sketches;
  copies::PreparedCache prepared{options.prepared_cache_bytes};
  bool screen = true;
  FILE* features = nullptr;
  uint64_t cycles[kStages] = {};
  uint64_t docs = 0, candidates = 0, fetched = 0, hits = 0, screened = 0, compared = 0,
           relations = 0;

  std::vector<CopyRelation> Link(const LinkDocument& doc, const DocumentFetcher& fetch) {
    uint64_t t = __rdtsc();
    auto lap = [&](Stage s) {
      uint64_t now = __rdtsc();
      cycles[s] += now - t;
      t = now;
    };
    ++docs;
    std::vector<copies::Word> words = copies::ScanWords(doc.text);
    std::vector<uint64_t> shingles;
    copies::Fingerprint fp = copies::ComputeFingerprint(doc.text, words, &shingles);
    int32_t day = copies::DayNumber(doc.published);
    lap(kFingerprint);
    std::vector<CopyRelation> out;
    std::optional<copies::PreparedText> prep;
    const std::vector<copies::Candidate> cands = index.Query(fp, day);
    candidates += cands.size();
    lap(kQuery);
    auto make_prepared = [&] {
      if (prep) return;
      prep = copies::Prepare(doc, std::move(words), fp.normalized, std::move(shingles));
      prep->spans = copies::SplitSentences(doc.text);
      prep->sentences = copies::AlignSentences(doc.text, prep->words, *prep->spans);
      auto w = std::make_shared<copies::SentenceWordIndex>();
      w->Build(*prep->sentences);
      prep->sentence_words = std::move(w);
    };
    if (!cands.empty()) {
      make_prepared();
      lap(kSentences);
    }
    std::vector<bool> skip(cands.size(), false);
    std::optional<copies::SketchQuery> own;
    for (size_t k = 0; k < cands.size() && screen; ++k) {
      if (!copies::MayScreen(cands[k]) || prepared.Contains(cands[k].doc)) continue;
      if (!own) {
        own.emplace();
        own->Build(*prep->sentences);
      }
      skip[k] = !own->MayAlign(sketches.Get(cands[k].doc), options.thresholds.min_similarity);
      screened += skip[k];
    }
    lap(kScreen);
    std::vector<std::shared_ptr<const LinkDocument>> got(cands.size());
    for (size_t k = 0; k < cands.size(); ++k) {
      if (skip[k]) continue;
      got[k] = fetch(std::string(index.Id(cands[k].doc)));
      fetched += got[k] != nullptr;
    }
    lap(kFetch);
    for (size_t k = 0; k < cands.size(); ++k) {
      const copies::Candidate& c = cands[k];
      if (!got[k]) continue;
      std::shared_ptr<const LinkDocument> other = std::move(got[k]);
      ++compared;
      std::optional<uint64_t> normalized;
      if (!c.duplicate) normalized = fp.normalized ^ 2;
      uint32_t hash = copies::SentenceSpanStore::TextHash(other->text);
      std::optional<copies::PreparedText> kept;
      if (normalized) kept = prepared.Take(c.doc, hash, other->text.size());
      copies::PreparedText cand;
      if (kept) {
        ++hits;
        cand = std::move(*kept);
        cand.doc = other.get();
        cand.normalized = *normalized;
      } else {
        cand = copies::Prepare(*other, normalized);
        cand.spans = spans.Get(c.doc, hash);
      }
      lap(kPrepare);
      bool known = cand.spans.has_value();
      if (!cand.sentences) {
        if (!cand.spans) cand.spans = copies::SplitSentences(other->text);
        cand.sentences = copies::AlignSentences(other->text, cand.words, *cand.spans);
      }
      lap(kSentences);
      auto r = copies::ComparePrepared(cand, *prep, options);
      lap(kCompare);
      if (features) {
        copies::SketchQuery q;
        q.Build(*prep->sentences);
        std::fprintf(features, "%.4f %.4f %d %d %d %s %d\n", c.content, c.shingles,
                     c.sentence_hits, c.duplicate ? 1 : 0, r ? 1 : 0,
                     r ? r->relation.c_str() : "-",
                     q.MayAlign(sketches.Get(c.doc), options.thresholds.min_similarity) ? 1 : 0);
      }
      if (r) out.push_back(std::move(*r));
      t = __rdtsc();
      if (!known && cand.spans) spans.Put(c.doc, hash, *cand.spans);
      prepared.Put(c.doc, hash, other->text.size(), std::move(cand));
    }
    uint32_t added = index.Add(fp, doc.id, day);
    uint32_t hash = copies::SentenceSpanStore::TextHash(doc.text);
    spans.Add(added, hash);
    if (!prep) make_prepared();
    if (prep->spans) spans.Put(added, hash, *prep->spans);
    sketches.Add(added, copies::SentenceSketch::Of(*prep->sentences));
    prepared.Put(added, hash, doc.text.size(), std::move(*prep));
    lap(kAdd);
    relations += out.size();
    return out;
  }

  void Reset() {
    for (uint64_t& c : cycles) c = 0;
    docs = candidates = fetched = hits = screened = compared = relations = 0;
  }
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Copy linking stage by stage"};
  int store = 100000, docs = 3000;
  bool no_screen = false;
  app.add_option("--store", store, "documents linked before the measured ones");
  app.add_option("--docs", docs, "documents linked and measured after them");
  std::string features;
  app.add_option("--features", features, "writes each compared candidate's features here");
  app.add_flag("--no-screen", no_screen, "compare every candidate (no sentence-sketch screen)");
  CLI11_PARSE(app, argc, argv);

  bench::SyntheticCorpus corpus;
  std::unordered_map<std::string, std::shared_ptr<LinkDocument>> texts;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = texts.find(id);
    return it == texts.end() ? nullptr : it->second;
  };
  Linker linker;
  linker.screen = !no_screen;
  if (!features.empty()) linker.features = std::fopen(features.c_str(), "w");
  for (int i = 0; i < store + docs; ++i) {
    if (i == store) linker.Reset();
    auto d = std::make_shared<LinkDocument>(bench::ToLinkDocument(corpus.Get(i)));
    (void)linker.Link(*d, fetch);
    texts[d->id] = d;
  }
  double n = static_cast<double>(linker.docs);
  uint64_t total = 0;
  for (uint64_t c : linker.cycles) total += c;
  std::printf("store %d, measured %d documents: %.0fk cycles a document\n", store, docs,
              static_cast<double>(total) / n / 1000);
  for (int s = 0; s < kStages; ++s) {
    std::printf("  %-45s %8.1fk cycles  %5.1f%%\n", kStageNames[s],
                static_cast<double>(linker.cycles[s]) / n / 1000,
                100.0 * static_cast<double>(linker.cycles[s]) / static_cast<double>(total));
  }
  std::printf("per document: candidates %.2f, fetched %.2f, screened out %.2f, compared %.2f "
              "(prepared-cache hits %.2f), relations %.3f\n",
              static_cast<double>(linker.candidates) / n, static_cast<double>(linker.fetched) / n,
              static_cast<double>(linker.screened) / n, static_cast<double>(linker.compared) / n,
              static_cast<double>(linker.hits) / n, static_cast<double>(linker.relations) / n);
  std::printf("sentence sketches: %.1f bytes a document\n",
              static_cast<double>(linker.sketches.MemoryBytes()) / (store + docs));
  return 0;
}
