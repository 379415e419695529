// Online story clustering (see include/newsgraph/stories.h and docs/stories.md).
//
// Each active story keeps a centroid: the sum of its documents' L2-normalised TF-IDF vectors,
// stored without IDF (weight / idf at the time of adding) so that the current IDF of the growing
// corpus is applied whenever it is compared. Each story is indexed under its heaviest terms; a
// new document looks up its terms in that index, scores the candidates exactly (cosine times a
// time factor) and joins the best one above the threshold, or starts a new story. A story whose
// centroid comes close to another's is merged into it; a story whose documents fall into two
// dissimilar halves is split (the halves found with the terms every member shares weighed down,
// so that two events of one kind come apart on their specifics, or, when the words do not part
// them, on the years and months they write; story_state.cc). On dated news, a document and a
// story (or two stories) that report events of different days (the first communication of each
// text, dated by the analysis) score less, so that two events of one crisis, which name the
// same people, stay apart. A story of
// one document gets two second chances to join another as the stream grows. Heat 2^(-idle days / half-life) decides when a story leaves memory.
#include "newsgraph/stories.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/story_state.h"
#include "link/story_vectors.h"

namespace newsgraph {
namespace {

using story::ActiveStory;
using story::DocRef;
using story::DocTimeLess;
using story::FindTerm;
using story::KeptDoc;
using story::ParseDay;

using story::SparseVector;
using story::TermId;
using story::TermWeight;

// Tuned on the ECB+ train topics (docs/stories.md).
constexpr double kDefaultThreshold = 0.22;
constexpr double kDefaultMergeThreshold = 0.50;
constexpr double kDefaultSplitThreshold = 0.40;
// A story whose documents the words alone do not part is split by its time marks (two years,
// or two months, each written in documents without the other; story_state.cc) when the halves'
// cosine is below this.
constexpr double kMarkSplitThreshold = 0.50;
constexpr double kTimeWeight = 0.5;       // how much a date gap of many half-lives costs
// The names channel's part of a similarity counts at most this many times the words' part (at
// names_share 0.8: the names cosine at most 3 times the words cosine), so that a document or a
// story sharing (almost) no content word with another is not joined to it by names alone.
constexpr double kMaxNamesOverWords = 12;
// Dated documents that report events (communications) of different days: the join and merge
// scores are multiplied by kEventFloor + (1 - kEventFloor) * the share of pairs of documents
// whose event days are at most kEventTolerance days apart (story_state.h, EventDayAgreement).
constexpr double kEventFloor = 0.4;
constexpr int kEventTolerance = 1;
constexpr double kEventWindow = 7;        // an event day further from the publication day is background
constexpr size_t kMaxDocTerms = 300;      // terms of one document vector
constexpr size_t kMaxCentroidTerms = 1500;
constexpr size_t kKeptCentroidTerms = 1000;
constexpr size_t kIndexTerms = 40;        // terms a story is indexed under
constexpr size_t kCandidates = 6;         // stories scored exactly per document
constexpr size_t kQueryTerms = 48;        // a document's heaviest terms looked up in the index
constexpr size_t kMaxPostings = 512;      // longer posting lists (common terms) are not read
constexpr size_t kMaxKeptDocs = 48;       // document vectors kept per story (title, split)
constexpr size_t kKeptDocTerms = 80;
// A story of one document is compared again after this many more documents than had arrived
// before it (at most kMaxRecheckDelay, plus 16), and once more after as many again (at most
// 4 * kMaxRecheckDelay, plus 64).
constexpr uint64_t kMaxRecheckDelay = 1024;

}  // namespace

struct StoryClusterer::Impl {
  explicit Impl(const StoryOptions& o)
      : options(o), df(std::max<size_t>(1024, o.max_vocabulary)) {
    threshold = o.threshold > 0 ? o.threshold : kDefaultThreshold;
    merge_threshold = o.merge_threshold == 0 ? kDefaultMergeThreshold : o.merge_threshold;
    split_threshold = o.split_threshold == 0 ? kDefaultSplitThreshold : o.split_threshold;
    half_life = o.half_life_days > 0 ? o.half_life_days : 3.0;
  }

  StoryOptions options;
  double threshold, merge_threshold, split_threshold, half_life;
  story::FeatureWeights weights;
  story::DocumentFrequencies df;
  std::vector<std::unique_ptr<ActiveStory>> slots;  // null = free
  std::vector<uint32_t> free_slots;
  uint32_t next_generation = 1;
  std::unordered_map<TermId, std::vector<uint32_t>> postings;  // term -> slots
  std::vector<double> score_by_slot;                           // scratch for Candidates
  std::set<std::tuple<double, uint64_t, uint32_t>> by_clock;   // (clock, last seq, slot)
  std::unordered_map<std::string, uint32_t> doc_slot;          // documents of active stories
  std::unordered_map<std::string, uint32_t> id_slot;           // active story ids
  std::vector<Story> cold;
  std::vector<StoryChange> changes;
  // Second chances: (arrival number due, slot, generation, attempt) of stories of one document.
  std::multimap<uint64_t, std::tuple<uint32_t, uint32_t, int>> rechecks;
  double clock = -std::numeric_limits<double>::infinity();     // latest date seen (days)
  uint64_t seq = 0;
  size_t active_count = 0;

  double Heat(const ActiveStory& s) const {
    if (!std::isfinite(clock)) return 1.0;
    return std::exp2(-(clock - s.clock) / half_life);
  }

  // Time factor between a document day and a story's date range (1 when either is undated).
  double TimeFactor(double day, double first, double last) const {
    if (std::isnan(day) || std::isnan(first)) return 1.0;
    double gap = std::max({0.0, first - day, day - last});
    return 1.0 - kTimeWeight + kTimeWeight * std::exp2(-gap / half_life);
  }

  // The factor on a score between two groups of documents for the events they report.
  static double EventFactor(const std::map<int, int>& a, const std::map<int, int>& b) {
    return kEventFloor + (1.0 - kEventFloor) * story::EventDayAgreement(a, b, kEventTolerance);
  }

  void RefreshNormAndIndex(uint32_t slot) {
    ActiveStory& s = *slots[slot];
    std::vector<TermWeight> w;
    w.reserve(s.centroid.size());
    // The norm is summed in term order, not in the map's iteration order.
    for (const auto& [t, c] : s.centroid) w.push_back({t, c});
    std::sort(w.begin(), w.end(), [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
    double norm = 0;
    for (TermWeight& e : w) {
      double x = e.weight * df.Idf(e.term);
      norm += x * x;
      e.weight = static_cast<float>(x);
    }
    s.norm = std::sqrt(norm);
    s.norm_documents = df.documents();
    auto heavier = [](const TermWeight& a, const TermWeight& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    };
    if (s.centroid.size() > kMaxCentroidTerms) {
      std::nth_element(w.begin(), w.begin() + kKeptCentroidTerms, w.end(), heavier);
      for (size_t i = kKeptCentroidTerms; i < w.size(); ++i) s.centroid.erase(w[i].term);
      s.centroid.rehash(0);  // shrinks the table to fit
      w.resize(kKeptCentroidTerms);
    }
    size_t k = std::min(kIndexTerms, w.size());
    std::partial_sort(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), w.end(), heavier);
    std::vector<TermId> top;
    for (size_t i = 0; i < k; ++i) top.push_back(w[i].term);
    std::sort(top.begin(), top.end());
    // Postings: remove terms no longer on top, add new ones.
    std::vector<TermId> gone, added;
    std::set_difference(s.indexed.begin(), s.indexed.end(), top.begin(), top.end(), std::back_inserter(gone));
    std::set_difference(top.begin(), top.end(), s.indexed.begin(), s.indexed.end(), std::back_inserter(added));
    for (TermId t : gone) Unpost(t, slot);
    for (TermId t : added) postings[t].push_back(slot);
    s.indexed = std::move(top);
  }

  void Unpost(TermId t, uint32_t slot) {
    auto it = postings.find(t);
    if (it == postings.end()) return;
    auto& v = it->second;
    auto p = std::find(v.begin(), v.end(), slot);
    if (p != v.end()) {
      *p = v.back();
      v.pop_back();
    }
    if (v.empty()) postings.erase(it);
  }

  double StoryNorm(uint32_t slot) {
    ActiveStory& s = *slots[slot];
    uint64_t n = df.documents();
    if (n > s.norm_documents + 8 && n * 10 > s.norm_documents * 11) RefreshNormAndIndex(slot);
    return s.norm;
  }

  // A dot product from its words' and names' parts, the names' part capped (kMaxNamesOverWords).
  static double CappedDot(const double dot[2]) {
    return dot[0] + std::min(dot[1], kMaxNamesOverWords * std::max(0.0, dot[0]));
  }

  // Cosine between a document (terms with their weight * idf, i.e. x_t * idf_t) and a story.
  double DocCosine(const SparseVector& x_idf, uint32_t slot) {
    const ActiveStory& s = *slots[slot];
    double dot[2] = {0, 0};  // words, names
    for (const TermWeight& t : x_idf) {
      if (const float* c = FindTerm(s.centroid, t.term)) dot[t.term & 1] += static_cast<double>(t.weight) * *c;
    }
    double norm = StoryNorm(slot);
    return norm > 0 ? CappedDot(dot) / norm : 0;
  }

  double StoryCosine(uint32_t a, uint32_t b) {
    const ActiveStory* sa = slots[a].get();
    const ActiveStory* sb = slots[b].get();
    double na = StoryNorm(a), nb = StoryNorm(b);
    if (na <= 0 || nb <= 0) return 0;
    if (sa->centroid.size() > sb->centroid.size()) std::swap(sa, sb);
    // The shared terms' products are summed in term order, not in the map's iteration order.
    std::vector<std::pair<TermId, double>> shared;
    for (const auto& [t, c] : sa->centroid) {
      const float* other = FindTerm(sb->centroid, t);
      if (!other) continue;
      double idf = df.Idf(t);
      shared.push_back({t, c * *other * idf * idf});
    }
    std::sort(shared.begin(), shared.end());
    double dot[2] = {0, 0};  // words, names
    for (const auto& [t, product] : shared) dot[t & 1] += product;
    return CappedDot(dot) / (na * nb);
  }

  // Candidate stories sharing index terms with `terms`, best `limit` by shared weight.
  std::vector<uint32_t> Candidates(const SparseVector& all_terms, uint32_t exclude, size_t limit) {
    const SparseVector& terms = all_terms.size() > kQueryTerms ? Top(all_terms, kQueryTerms) : all_terms;
    // Scores accumulate in a flat array indexed by slot (reused between calls).
    if (score_by_slot.size() < slots.size()) score_by_slot.resize(slots.size(), 0.0);
    std::vector<uint32_t> touched_slots;
    for (const TermWeight& t : terms) {
      auto it = postings.find(t.term);
      if (it == postings.end() || it->second.size() > kMaxPostings) continue;
      for (uint32_t slot : it->second) {
        if (slot == exclude) continue;
        if (score_by_slot[slot] == 0.0) touched_slots.push_back(slot);
        score_by_slot[slot] += std::max(1e-6, static_cast<double>(t.weight));
      }
    }
    std::vector<std::pair<double, uint32_t>> ranked;
    ranked.reserve(touched_slots.size());
    for (uint32_t slot : touched_slots) {
      ranked.push_back({score_by_slot[slot], slot});
      score_by_slot[slot] = 0.0;
    }
    size_t k = std::min(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                      [&](const auto& a, const auto& b) {
                        if (a.first != b.first) return a.first > b.first;
                        return slots[a.second]->first_seq < slots[b.second]->first_seq;
                      });
    std::vector<uint32_t> out;
    for (size_t i = 0; i < k; ++i) out.push_back(ranked[i].second);
    return out;
  }

  std::string NewStoryId(const std::string& first_doc) {
    uint64_t h = XXH3_64bits(first_doc.data(), first_doc.size());
    for (uint64_t salt = 1;; ++salt) {
      char buf[20];
      std::snprintf(buf, sizeof buf, "S%012llx", static_cast<unsigned long long>(h & 0xffffffffffffULL));
      if (!id_slot.count(buf)) return buf;
      h = XXH3_64bits_withSeed(first_doc.data(), first_doc.size(), salt);
    }
  }

  uint32_t NewSlot() {
    uint32_t slot;
    if (!free_slots.empty()) {
      slot = free_slots.back();
      free_slots.pop_back();
    } else {
      slot = static_cast<uint32_t>(slots.size());
      slots.emplace_back();
    }
    slots[slot] = std::make_unique<ActiveStory>();
    slots[slot]->generation = next_generation++;
    ++active_count;
    return slot;
  }

  void Touch(uint32_t slot, double new_clock) {
    ActiveStory& s = *slots[slot];
    by_clock.erase({s.clock, s.touched, slot});
    s.clock = new_clock;
    s.touched = seq;
    by_clock.insert({s.clock, s.touched, slot});
  }

  // Adds one document (already vectorised) to a story.
  void AddToStory(uint32_t slot, const LinkDocument& doc, const StoryEvidence& ev,
                  const SparseVector& x, const SparseVector& raw_contrib, const std::vector<double>& idfs,
                  double day, double doc_clock, double event_day) {
    ActiveStory& s = *slots[slot];
    // The norm is updated incrementally; the index terms are recomputed at 1, 2, 3, 4, 6, 8, 12,
    // 16 ... documents (and whenever the IDF has drifted, see StoryNorm).
    double norm2 = s.norm * s.norm;
    for (size_t i = 0; i < raw_contrib.size(); ++i) {
      const TermWeight& t = raw_contrib[i];
      float& c = s.centroid[t.term];
      double idf = idfs[i];
      double before = c * idf;
      c += t.weight;
      double after = c * idf;
      norm2 += after * after - before * before;
    }
    s.norm = std::sqrt(std::max(0.0, norm2));
    s.docs.push_back({doc.id, doc.published, seq, !std::isnan(day), event_day});
    if (!std::isnan(event_day)) ++s.event_days[static_cast<int>(event_day)];
    if (s.kept.size() < kMaxKeptDocs) {
      KeptDoc k;
      k.seq = seq;
      k.vec = x;
      if (k.vec.size() > kKeptDocTerms) k.vec = Top(k.vec, kKeptDocTerms);
      k.raw = raw_contrib;
      k.headline = story::Headline(doc);
      s.kept.push_back(std::move(k));
    } else {
      s.kept_all = false;
    }
    for (const std::string& p : Unique(ev.people)) ++s.people[p];
    for (const std::string& e : Unique(ev.events)) ++s.events[e];
    std::vector<std::string> names;
    for (const Person& p : doc.analysis.people)
      if (!p.name.empty() && p.name.size() <= 200) names.push_back(p.name);
    for (const std::string& n : Unique(names)) ++s.names[n];
    if (!std::isnan(day)) {
      s.first_day = std::isnan(s.first_day) ? day : std::min(s.first_day, day);
      s.last_day = std::isnan(s.last_day) ? day : std::max(s.last_day, day);
    }
    doc_slot[doc.id] = slot;
    Touch(slot, std::max(s.clock, doc_clock));
    size_t n = s.docs.size();
    size_t top_bit = n;
    while (top_bit & (top_bit - 1)) top_bit &= top_bit - 1;  // highest power of two <= n
    s.reshaped = n == top_bit || n == top_bit + top_bit / 2;
    if (s.reshaped || s.centroid.size() > kMaxCentroidTerms) RefreshNormAndIndex(slot);
  }

  static SparseVector Top(const SparseVector& v, size_t n) {
    SparseVector w = v;
    std::nth_element(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(n), w.end(),
                     [](const TermWeight& a, const TermWeight& b) {
                       return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                     });
    w.resize(n);
    std::sort(w.begin(), w.end(), [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
    return w;
  }

  static std::vector<std::string> Unique(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }

  // Merges story `from` into `into` (both active).
  void Merge(uint32_t into, uint32_t from, const std::string& at_document) {
    ActiveStory& a = *slots[into];
    ActiveStory& b = *slots[from];
    changes.push_back({"merge", a.id, b.id, at_document});
    for (const auto& [t, c] : b.centroid) a.centroid[t] += c;
    for (DocRef& d : b.docs) {
      doc_slot[d.id] = into;
      a.docs.push_back(std::move(d));
    }
    for (KeptDoc& k : b.kept) {
      if (a.kept.size() < kMaxKeptDocs) {
        a.kept.push_back(std::move(k));
      } else {
        a.kept_all = false;
      }
    }
    a.kept_all = a.kept_all && b.kept_all;
    for (auto& [k, n] : b.people) a.people[k] += n;
    for (auto& [k, n] : b.events) a.events[k] += n;
    for (auto& [k, n] : b.names) a.names[k] += n;
    for (auto& [k, n] : b.event_days) a.event_days[k] += n;
    if (!std::isnan(b.first_day)) {
      a.first_day = std::isnan(a.first_day) ? b.first_day : std::min(a.first_day, b.first_day);
      a.last_day = std::isnan(a.last_day) ? b.last_day : std::max(a.last_day, b.last_day);
    }
    double c = std::max(a.clock, b.clock);
    b.docs.clear();
    Release(from);
    Touch(into, c);
    RefreshNormAndIndex(into);
  }

  // Forgets an active story's in-memory state (its documents must have been moved or summarised).
  void Release(uint32_t slot) {
    ActiveStory& s = *slots[slot];
    for (TermId t : s.indexed) Unpost(t, slot);
    by_clock.erase({s.clock, s.touched, slot});
    id_slot.erase(s.id);
    for (const DocRef& d : s.docs) {
      auto it = doc_slot.find(d.id);
      if (it != doc_slot.end() && it->second == slot) doc_slot.erase(it);
    }
    slots[slot].reset();
    free_slots.push_back(slot);
    --active_count;
  }

  // Tries to split a story whose kept documents form two dissimilar groups (2-means, seeded by
  // the two most dissimilar documents). Only when every document is kept.
  void MaybeSplit(uint32_t slot, const std::string& at_document) {
    if (split_threshold < 0) return;
    ActiveStory& s = *slots[slot];
    size_t n = s.kept.size();
    if (!s.kept_all || n < 4 || n % 4 != 0) return;  // every fourth document
    std::vector<int> side;
    if (!story::TwoMeans(s.kept, split_threshold, &side)) {
      std::vector<std::vector<int>> marks;
      for (const KeptDoc& k : s.kept) marks.push_back(story::TimeMarks(k.raw));
      if (!story::MarkSplit(s.kept, marks, kMarkSplitThreshold, &side)) return;
    }
    // The half without the story's first document leaves as a new story.
    int first_side = 0;
    for (size_t i = 0; i < n; ++i)
      if (s.kept[i].seq == s.first_seq) first_side = side[i];
    std::unordered_map<uint64_t, int> side_of_seq;
    for (size_t i = 0; i < n; ++i) side_of_seq[s.kept[i].seq] = side[i];
    uint32_t fresh = NewSlot();
    ActiveStory& s2 = *slots[fresh];
    ActiveStory& s1 = *slots[slot];  // NewSlot may have moved the vector of slots
    std::vector<DocRef> keep_docs, move_docs;
    for (DocRef& d : s1.docs) (side_of_seq[d.seq] == first_side ? keep_docs : move_docs).push_back(std::move(d));
    std::vector<KeptDoc> keep_kept, move_kept;
    for (KeptDoc& k : s1.kept) (side_of_seq[k.seq] == first_side ? keep_kept : move_kept).push_back(std::move(k));
    s1.docs = std::move(keep_docs);
    s1.kept = std::move(keep_kept);
    s2.docs = std::move(move_docs);
    s2.kept = std::move(move_kept);
    s2.first_seq = s2.docs.front().seq;
    s2.id = NewStoryId(s2.docs.front().id);
    id_slot[s2.id] = fresh;
    for (ActiveStory* st : {&s1, &s2}) {
      st->centroid.clear();
      for (const KeptDoc& k : st->kept)
        for (const TermWeight& t : k.raw) st->centroid[t.term] += t.weight;
      st->first_day = st->last_day = std::nan("");
      st->event_days.clear();
      for (const DocRef& d : st->docs) {
        if (!std::isnan(d.event_day)) ++st->event_days[static_cast<int>(d.event_day)];
        double day = ParseDay(d.published);
        if (std::isnan(day)) continue;
        st->first_day = std::isnan(st->first_day) ? day : std::min(st->first_day, day);
        st->last_day = std::isnan(st->last_day) ? day : std::max(st->last_day, day);
      }
    }
    // People, events and names are per-story counts of documents; they are not kept per
    // document, so the new story starts without them and the old one keeps its counts.
    for (const DocRef& d : s2.docs) doc_slot[d.id] = fresh;
    s2.clock = s1.clock;
    s2.touched = seq;
    by_clock.insert({s2.clock, s2.touched, fresh});
    changes.push_back({"split", s2.id, s1.id, at_document});
    RefreshNormAndIndex(slot);
    RefreshNormAndIndex(fresh);
  }

  void EvictCold() {
    while (!by_clock.empty()) {
      uint32_t slot = std::get<2>(*by_clock.begin());
      const ActiveStory& s = *slots[slot];
      bool over = active_count > std::max<size_t>(1, options.max_active);
      if (!over && Heat(s) >= options.cold_heat) break;
      if (options.keep_cold) cold.push_back(Summary(s));
      Release(slot);
    }
  }

  Story Summary(const ActiveStory& s) const {
    Story out;
    out.id = s.id;
    out.active = true;
    std::vector<DocRef> docs = s.docs;
    std::stable_sort(docs.begin(), docs.end(), DocTimeLess);
    for (const DocRef& d : docs) {
      out.documents.push_back(d.id);
      if (d.dated) {
        if (out.first.empty() || d.published.compare(0, 10, out.first, 0, 10) < 0) out.first = d.published;
        if (out.last.empty() || d.published.compare(0, 10, out.last, 0, 10) > 0) out.last = d.published;
      }
    }
    // Title: the kept document closest to the centroid.
    double best = -1;
    for (const KeptDoc& k : s.kept) {
      double dot = 0;
      for (const TermWeight& t : k.vec) {
        if (const float* c = FindTerm(s.centroid, t.term))
          dot += static_cast<double>(t.weight) * *c * df.Idf(t.term);
      }
      if (dot > best + 1e-12 && !k.headline.empty()) {
        best = dot;
        out.title = k.headline;
      }
    }
    auto ranked = [](const std::unordered_map<std::string, int>& m) {
      std::vector<std::pair<int, std::string>> v;
      for (const auto& [k, n] : m) v.push_back({-n, k});
      std::sort(v.begin(), v.end());
      std::vector<std::string> out;
      for (auto& [n, k] : v) out.push_back(k);
      return out;
    };
    out.people = ranked(s.people);
    out.events = ranked(s.events);
    out.names = ranked(s.names);
    return out;
  }

  std::string Add(const LinkDocument& doc, const StoryEvidence& ev) {
    ++seq;
    double day = ParseDay(doc.published);
    if (!std::isnan(day)) clock = std::isfinite(clock) ? std::max(clock, day) : day;
    double doc_clock = std::isnan(day) ? (std::isfinite(clock) ? clock : 0.0) : day;
    EvictCold();

    double event_day = story::EventDay(doc.analysis, day, kEventWindow);
    std::map<int, int> doc_events;
    if (!std::isnan(event_day)) doc_events[static_cast<int>(event_day)] = 1;
    SparseVector raw = story::DocumentTerms(doc, ev, weights, options.max_text_bytes);
    df.Add(raw);
    SparseVector x = story::TfIdf(raw, df, kMaxDocTerms, weights.names_share);
    // x * idf for the dot products with idf-free centroids; x / idf is the centroid contribution.
    SparseVector x_idf = x, contrib = x;
    std::vector<double> idfs(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
      double idf = idfs[i] = df.Idf(x[i].term);
      x_idf[i].weight = static_cast<float>(x[i].weight * idf);
      contrib[i].weight = static_cast<float>(x[i].weight / idf);
    }

    uint32_t chosen = UINT32_MAX;
    // A copy joins its source's story.
    if (!ev.copy_of.empty()) {
      auto it = doc_slot.find(ev.copy_of);
      if (it != doc_slot.end()) chosen = it->second;
    }
    if (chosen == UINT32_MAX && !x.empty()) {
      double best = threshold;
      for (uint32_t slot : Candidates(x, UINT32_MAX, kCandidates)) {
        const ActiveStory& s = *slots[slot];
        double score = DocCosine(x_idf, slot) * TimeFactor(day, s.first_day, s.last_day) *
                       EventFactor(doc_events, s.event_days);
        if (score >= best) {
          best = score;
          chosen = slot;
        }
      }
    }
    bool fresh = chosen == UINT32_MAX;
    if (fresh) {
      chosen = NewSlot();
      ActiveStory& s = *slots[chosen];
      s.id = NewStoryId(doc.id);
      s.first_seq = seq;
      s.clock = doc_clock;
      s.touched = seq;
      by_clock.insert({s.clock, s.touched, chosen});
      id_slot[s.id] = chosen;
      if (merge_threshold >= 0)
        rechecks.insert({seq + std::min(seq, kMaxRecheckDelay) + 16, {chosen, s.generation, 1}});
    }
    AddToStory(chosen, doc, ev, x, contrib, idfs, day, doc_clock, event_day);
    if (!fresh && slots[chosen]->reshaped) MaybeMerge(chosen, doc.id);
    uint32_t now = doc_slot[doc.id];
    if (!fresh) MaybeSplit(now, doc.id);
    SecondChances(doc.id);
    now = doc_slot[doc.id];
    std::string id = slots[now]->id;
    EvictCold();
    return id;
  }

  // A story of one document gets two second chances, when the stream has about doubled since
  // it arrived and again when it has doubled since then (the delays capped, see
  // kMaxRecheckDelay): the stories around it have grown and the IDF has matured since its
  // document was first compared with them, so where it arrived decides less. It joins the best
  // of its candidates whose centroid cosine times the time factor reaches the join threshold
  // (the cosine of one document with a centroid is the join score); the older story survives.
  void SecondChances(const std::string& at_document) {
    while (!rechecks.empty() && rechecks.begin()->first <= seq) {
      auto [slot, generation, attempt] = rechecks.begin()->second;
      rechecks.erase(rechecks.begin());
      if (slot >= slots.size() || !slots[slot] || slots[slot]->generation != generation) continue;
      if (slots[slot]->docs.size() != 1 || slots[slot]->kept.empty()) continue;
      uint32_t best_slot = UINT32_MAX;
      double best = threshold;
      for (uint32_t other : Candidates(slots[slot]->kept[0].vec, slot, kCandidates)) {
        const ActiveStory& a = *slots[slot];
        const ActiveStory& b = *slots[other];
        double score = StoryCosine(slot, other) * TimeFactor(a.first_day, b.first_day, b.last_day) *
                       EventFactor(a.event_days, b.event_days);
        if (score >= best) {
          best = score;
          best_slot = other;
        }
      }
      if (best_slot == UINT32_MAX) {
        if (attempt < 2)
          rechecks.insert({seq + std::min(seq, 4 * kMaxRecheckDelay) + 64, {slot, generation, attempt + 1}});
        continue;
      }
      if (slots[best_slot]->first_seq < slots[slot]->first_seq) {
        Merge(best_slot, slot, at_document);
      } else {
        Merge(slot, best_slot, at_document);
      }
    }
  }

  // After `slot` grew: merges it with an active story whose centroid is now close enough.
  void MaybeMerge(uint32_t slot, const std::string& at_document) {
    if (merge_threshold < 0) return;
    SparseVector top;
    for (TermId t : slots[slot]->indexed) top.push_back({t, 1.0f});
    uint32_t best_slot = UINT32_MAX;
    double best = merge_threshold;
    for (uint32_t other : Candidates(top, slot, 4)) {
      const ActiveStory& a = *slots[slot];
      const ActiveStory& b = *slots[other];
      double t = 1.0;
      if (!std::isnan(a.first_day) && !std::isnan(b.first_day)) {
        double gap = std::max({0.0, a.first_day - b.last_day, b.first_day - a.last_day});
        t = 1.0 - kTimeWeight + kTimeWeight * std::exp2(-gap / half_life);
      }
      double score = StoryCosine(slot, other) * t * EventFactor(a.event_days, b.event_days);
      if (score >= best) {
        best = score;
        best_slot = other;
      }
    }
    if (best_slot == UINT32_MAX) return;
    // The older story survives.
    if (slots[best_slot]->first_seq < slots[slot]->first_seq) {
      Merge(best_slot, slot, at_document);
    } else {
      Merge(slot, best_slot, at_document);
    }
  }
};

StoryClusterer::StoryClusterer(const StoryOptions& options) : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;

std::string StoryClusterer::Add(const LinkDocument& doc, const StoryEvidence& evidence) {
  return impl_->Add(doc, evidence);
}

std::vector<Story> StoryClusterer::Stories() const {
  std::vector<Story> out = impl_->cold;
  for (auto& s : out) s.active = false;
  for (const auto& s : impl_->slots)
    if (s) out.push_back(impl_->Summary(*s));
  std::stable_sort(out.begin(), out.end(), [](const Story& a, const Story& b) {
    if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
    return a.id < b.id;
  });
  return out;
}

std::vector<Story> StoryClusterer::TakeColdStories() {
  std::vector<Story> out = std::move(impl_->cold);
  impl_->cold.clear();
  for (auto& s : out) s.active = false;
  std::stable_sort(out.begin(), out.end(), [](const Story& a, const Story& b) {
    if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
    return a.id < b.id;
  });
  return out;
}

std::vector<StoryChange> StoryClusterer::Changes() const { return impl_->changes; }

size_t StoryClusterer::active() const { return impl_->active_count; }

std::string StoryClusterer::StoryOf(const std::string& document_id) const {
  auto it = impl_->doc_slot.find(document_id);
  if (it == impl_->doc_slot.end()) return "";
  return impl_->slots[it->second]->id;
}

}  // namespace newsgraph
