// The copy relation of two documents and its direction (see newsgraph/copies.h, docs/copies.md).
#include <algorithm>
#include <array>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_set>

#include "link/copies_fingerprint.h"
#include "link/copies_relation.h"
#include "link/copies_words.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace copies {
namespace {

constexpr int kShingle = 5;
// Pairs aligned by their place between aligned neighbours only do not count in the similarity.
constexpr double kMinMeasuredSimilarity = 0.3;

std::vector<uint64_t> Shingles(const std::vector<Word>& words) {
  std::vector<uint64_t> out;
  DistinctShingles(words, out);
  return out;
}

// Whether `p`'s shingles hold `h` (its table is built on first use).
bool HasShingle(const PreparedText& p, uint64_t h) {
  if (p.shingle_table.empty()) {
    size_t size = 16;
    while (size < 2 * p.shingles.size()) size *= 2;
    p.shingle_table.assign(size, 0);
    for (uint64_t x : p.shingles) {
      if (x == 0) continue;
      size_t at = x & (size - 1);
      while (p.shingle_table[at] != 0) at = (at + 1) & (size - 1);
      p.shingle_table[at] = x;
    }
  }
  if (h == 0) return std::find(p.shingles.begin(), p.shingles.end(), 0) != p.shingles.end();
  const size_t mask = p.shingle_table.size() - 1;
  for (size_t at = h & mask; p.shingle_table[at] != 0; at = (at + 1) & mask) {
    if (p.shingle_table[at] == h) return true;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// News agencies and outlets whose stories are copied and credited, lower case.
constexpr std::string_view kOutlets[] = {
    "reuters", "associated press", "agence france-presse", "afp", "cnn", "bbc", "bloomberg",
    "politico", "the guardian", "new york times", "washington post", "fox news", "nbc news",
    "abc news", "cbs news", "al jazeera", "tass", "xinhua", "dpa", "upi", "sky news",
    "the independent", "the telegraph", "wall street journal", "axios", "npr", "ria novosti",
    "interfax", "ukrinform", "kyodo", "yonhap", "press association", "wikinews", "ap"};

// Phrases with which a republisher says its text is someone else's, lower case.
const char* const kCopyMarks[] = {"condensed version", "originally appeared", "originally published",
                                  "first appeared on", "first published on", "this article was",
                                  "republished", "with permission from", "source link",
                                  "read the full story", "read more at", "read the original"};

}  // namespace

// Outlets named in `lower` right after one of `before` or right before one of `after` (whole
// words), lower case, in the order of kOutlets.
std::vector<std::string> OutletsInContext(const std::string& lower,
                                          std::initializer_list<std::string_view> before,
                                          std::initializer_list<std::string_view> after) {
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  };
  auto ends_with = [&](size_t at, std::string_view cue) {
    if (at >= cue.size() && lower.compare(at - cue.size(), cue.size(), cue) == 0) return true;
    // "according to the Guardian"
    return at >= cue.size() + 4 && lower.compare(at - 4, 4, "the ") == 0 &&
           lower.compare(at - 4 - cue.size(), cue.size(), cue) == 0;
  };
  // One pass over the text: at every start of a run of letters and digits, the outlets whose
  // names begin there (by their first two letters) and end at a word boundary, each checked for
  // its cues until it is credited once.
  constexpr size_t kCount = std::size(kOutlets);
  static const std::array<std::vector<uint8_t>, 26> by_first = [] {
    std::array<std::vector<uint8_t>, 26> t;
    for (size_t k = 0; k < kCount; ++k) t[static_cast<size_t>(kOutlets[k][0] - 'a')].push_back(static_cast<uint8_t>(k));
    return t;
  }();
  std::array<bool, kCount> credited{};
  const size_t size = lower.size();
  bool prev_alnum = false;
  for (size_t at = 0; at < size; ++at) {
    const char c = lower[at];
    const bool starts = !prev_alnum && c >= 'a' && c <= 'z';
    prev_alnum = alnum(c);
    if (!starts || at + 1 >= size) continue;
    for (uint8_t k : by_first[static_cast<size_t>(c - 'a')]) {
      std::string_view name = kOutlets[k];
      if (credited[k] || lower[at + 1] != name[1] || lower.compare(at, name.size(), name) != 0) {
        continue;
      }
      size_t end = at + name.size();
      if (end < size && alnum(lower[end])) continue;
      bool found = false;
      for (std::string_view cue : before) found |= ends_with(at, cue);
      for (std::string_view cue : after) found |= lower.compare(end, cue.size(), cue) == 0;
      credited[k] = found;
    }
  }
  std::vector<std::string> out;
  for (size_t k = 0; k < kCount; ++k) {
    if (credited[k]) out.emplace_back(kOutlets[k]);
  }
  return out;
}

std::vector<std::string> CreditedOutlets(std::string_view text) {
  std::string lower = Lower(text.substr(0, std::min<size_t>(text.size(), 1u << 20)));
  return OutletsInContext(lower,
                          {"(", "according to ", "told ", "via ", "source: ", "reported by ",
                           "courtesy of ", "appeared on ", "appeared in ", "story by "},
                          {")", " reported", " reports", " said in a report", " contributed"});
}

std::vector<std::string> WireCredits(std::string_view text) {
  std::string lower = Lower(text.substr(0, std::min<size_t>(text.size(), 1u << 20)));
  std::vector<std::string> out = OutletsInContext(
      lower,
      {"source: ", "via ", "originally appeared on ", "originally appeared in ",
       "originally published by ", "copyright ", "\xc2\xa9 ", "reporting by "},
      {});
  // A dateline credit: "WASHINGTON (Reuters) -" in the first 400 bytes.
  std::string head = lower.substr(0, std::min<size_t>(lower.size(), 400));
  for (const std::string& o : OutletsInContext(head, {"("}, {")"})) {
    if (std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
  }
  return out;
}

bool HasCopyMark(std::string_view text) {
  std::string lower = Lower(text.substr(0, std::min<size_t>(text.size(), 1u << 20)));
  for (const char* m : kCopyMarks) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

bool IsOutletOf(const LinkDocument& d, std::string_view outlet) {
  std::string compact;
  for (char c : outlet) {
    if (c != ' ' && c != '-') compact += c;
  }
  for (const std::string* field : {&d.site, &d.url}) {
    std::string f = Lower(*field);
    f.erase(std::remove_if(f.begin(), f.end(), [](char c) { return c == ' ' || c == '-'; }),
            f.end());
    if (!f.empty() && f.find(compact) != std::string::npos) return true;
  }
  return false;
}

PreparedText Prepare(const LinkDocument& doc, std::vector<Word> words, uint64_t normalized) {
  PreparedText p;
  p.doc = &doc;
  p.words = std::move(words);
  p.normalized = p.words.empty() ? 0 : normalized;
  p.shingles = Shingles(p.words);
  return p;
}

PreparedText Prepare(const LinkDocument& doc, std::vector<Word> words, uint64_t normalized,
                     std::vector<uint64_t> shingles) {
  PreparedText p;
  p.doc = &doc;
  p.words = std::move(words);
  p.normalized = p.words.empty() ? 0 : normalized;
  p.shingles = std::move(shingles);
  return p;
}

PreparedText Prepare(const LinkDocument& doc, std::optional<uint64_t> normalized) {
  return Prepare(doc, normalized, std::vector<Word>());
}

PreparedText Prepare(const LinkDocument& doc, std::optional<uint64_t> normalized,
                     std::vector<Word>&& buffer) {
  std::vector<Word> words = std::move(buffer);
  ScanWords(doc.text, words);
  uint64_t h = normalized ? *normalized : NormalizedHash(doc.text, words);
  return Prepare(doc, std::move(words), h);
}

CopyBound Bound(const PreparedText& a, const PreparedText& b) {
  CopyBound m;
  const std::vector<uint64_t>& sa = a.shingles;
  const std::vector<uint64_t>& sb = b.shingles;
  if (!sa.empty() && !sb.empty()) {
    size_t inter = 0;
    for (uint64_t h : sa) inter += HasShingle(b, h);
    m.shingle_jaccard = static_cast<double>(inter) / static_cast<double>(sa.size() + sb.size() - inter);
    m.shingle_containment = static_cast<double>(inter) / static_cast<double>(std::min(sa.size(), sb.size()));
  }
  return m;
}

PairMeasures Measure(const Alignment& al, const CopyBound& bound) {
  PairMeasures m;
  m.coverage_a = al.coverage_a;
  m.coverage_b = al.coverage_b;
  double weight = 0, sum = 0;
  for (const AlignedSpan& p : al.pairs) {
    if (p.similarity < kMinMeasuredSimilarity) continue;  // a gap filled by position alone
    double w = static_cast<double>(p.a_end - p.a_start) + static_cast<double>(p.b_end - p.b_start);
    weight += w;
    sum += w * p.similarity;
  }
  m.similarity = weight > 0 ? sum / weight : 0;
  m.shingle_jaccard = bound.shingle_jaccard;
  m.shingle_containment = bound.shingle_containment;
  return m;
}

std::string Classify(const PairMeasures& m, const RelationThresholds& t) {
  double hi = std::max(m.coverage_a, m.coverage_b), lo = std::min(m.coverage_a, m.coverage_b);
  bool verbatim_share = m.shingle_containment >= t.copy_containment;
  bool similar = hi >= t.min_coverage && m.similarity >= t.min_similarity;
  if (lo < t.partial_below || (hi >= t.excerpt_coverage && lo < t.excerpt_below)) {
    // One text mostly inside the other, which has much more: an excerpt.
    return (similar || verbatim_share) && (hi >= t.partial_coverage || verbatim_share) ? "partial" : "";
  }
  if (m.shingle_jaccard >= t.near_verbatim_jaccard) return "near-verbatim";
  if (!verbatim_share && !similar) return "";
  if (m.shingle_containment >= t.near_verbatim_containment) return "near-verbatim";
  return "rewrite";
}

}  // namespace copies

namespace {

Alignment Swapped(const Alignment& al) {
  Alignment out;
  out.coverage_a = al.coverage_b;
  out.coverage_b = al.coverage_a;
  for (const AlignedSpan& p : al.pairs) {
    out.pairs.push_back({p.b_start, p.b_end, p.a_start, p.a_end, p.similarity});
  }
  std::sort(out.pairs.begin(), out.pairs.end(),
            [](const AlignedSpan& x, const AlignedSpan& y) { return x.a_start < y.a_start; });
  return out;
}

// Who copied whom: true when `a` is the source. Sets `direction`.
bool ADirection(const copies::PreparedText& pa, const copies::PreparedText& pb,
                const copies::PairMeasures& m, const std::string& relation, std::string* direction) {
  const LinkDocument& a = *pa.doc;
  const LinkDocument& b = *pb.doc;
  auto wire = [](const copies::PreparedText& p) -> const std::vector<std::string>& {
    if (!p.wire_credits) p.wire_credits = copies::WireCredits(p.doc->text);
    return *p.wire_credits;
  };
  auto credited = [](const copies::PreparedText& p) -> const std::vector<std::string>& {
    if (!p.credited_outlets) p.credited_outlets = copies::CreditedOutlets(p.doc->text);
    return *p.credited_outlets;
  };
  auto marked = [](const copies::PreparedText& p) {
    if (!p.copy_mark) p.copy_mark = copies::HasCopyMark(p.doc->text);
    return *p.copy_mark;
  };
  // Two republications of one agency's story that is not itself stored: siblings.
  const std::vector<std::string>& wa = wire(pa);
  const std::vector<std::string>& wb = wire(pb);
  for (const std::string& o : wa) {
    if (std::find(wb.begin(), wb.end(), o) != wb.end() && !copies::IsOutletOf(a, o) &&
        !copies::IsOutletOf(b, o)) {
      *direction = "siblings";
      return true;
    }
  }
  bool a_dated = a.published.size() >= 10, b_dated = b.published.size() >= 10;
  if (a_dated && b_dated) {
    int c = a.published.compare(0, 10, b.published, 0, 10);
    if (c != 0) {
      *direction = "earlier";
      return c < 0;
    }
  }
  *direction = "evidence";
  const std::vector<std::string>& ca = credited(pa);
  const std::vector<std::string>& cb = credited(pb);
  // Attribution: one credits the other's outlet.
  for (const std::string& o : cb) {
    if (copies::IsOutletOf(a, o) && !copies::IsOutletOf(b, o)) return true;
  }
  for (const std::string& o : ca) {
    if (copies::IsOutletOf(b, o) && !copies::IsOutletOf(a, o)) return false;
  }
  // A republisher's note ("This is a condensed version ...").
  bool ma = marked(pa), mb = marked(pb);
  if (ma != mb) return mb;
  // An excerpt copies the longer text it is taken from.
  if (relation == "partial") return m.coverage_b >= m.coverage_a;
  *direction = "unknown";
  return true;
}

}  // namespace

namespace copies {

std::optional<CopyRelation> ComparePrepared(const PreparedText& pa, const PreparedText& pb,
                                            const CopyOptions& options) {
  const LinkDocument& a = *pa.doc;
  const LinkDocument& b = *pb.doc;
  if (pa.normalized == 0 || pb.normalized == 0) return std::nullopt;
  CopyRelation r;
  Alignment al;
  PairMeasures m;
  if (pa.normalized == pb.normalized) {
    r.relation = "duplicate";
    m.coverage_a = m.coverage_b = m.similarity = 1;
    m.shingle_jaccard = m.shingle_containment = 1;
  } else {
    CopyBound bound = Bound(pa, pb);
    for (const PreparedText* p : {&pa, &pb}) {
      if (p->sentences) continue;
      if (!p->spans) p->spans = SplitSentences(p->doc->text);
      p->sentences = AlignSentences(p->doc->text, p->words, *p->spans);
    }
    if (!pb.sentence_words) {
      auto words = std::make_shared<SentenceWordIndex>();
      words->Build(*pb.sentences);
      pb.sentence_words = std::move(words);
    }
    al = AlignSentenceLists(*pa.sentences, *pb.sentences, *pb.sentence_words);
    m = Measure(al, bound);
    r.relation = Classify(m, options.thresholds);
    if (r.relation.empty()) return std::nullopt;
  }
  bool a_source = ADirection(pa, pb, m, r.relation, &r.direction);
  const LinkDocument& source = a_source ? a : b;
  const LinkDocument& copy = a_source ? b : a;
  r.source = source.id;
  r.copy = copy.id;
  r.similarity = m.similarity;
  r.coverage_source = a_source ? m.coverage_a : m.coverage_b;
  r.coverage_copy = a_source ? m.coverage_b : m.coverage_a;
  if (r.relation != "duplicate") {
    r.changes = DiffFacts(source, copy, a_source ? al : Swapped(al));
  }
  return r;
}

}  // namespace copies

std::optional<CopyRelation> CompareDocuments(const LinkDocument& a, const LinkDocument& b,
                                             const CopyOptions& options) {
  return copies::ComparePrepared(copies::Prepare(a), copies::Prepare(b), options);
}

}  // namespace newsgraph
