#include "extract/content.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "extract/class_hints.h"
#include "extract/html_tags.h"

namespace newsgraph::extract {
namespace {

bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) {
    t.remove_suffix(1);
  }
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  // Closing quotes and CJK full stop (UTF-8 tails).
  return t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE3\x80\x82");
}

// Whether a block reads like article prose (as opposed to a menu item or a label).
bool ContentLike(const Block& b) {
  double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
  if (ld > 0.5) return false;
  switch (b.kind) {
    case BlockKind::kParagraph:
    case BlockKind::kPre:
    case BlockKind::kQuote:
      return b.chars >= 20 || (b.chars >= 8 && EndsSentence(b.text));
    case BlockKind::kHeading:
    case BlockKind::kCaption:
      return false;
    case BlockKind::kListItem:
      return b.chars >= 40 && ld < 0.3;
    default:
      return (b.chars >= 60 && ld < 0.3) || (b.chars >= 25 && EndsSentence(b.text) && ld < 0.2);
  }
}

// Lower-cased word hashes: ASCII letters/digits and any non-ASCII byte make words.
template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  uint64_t h = 1469598103934665603ull;
  bool in = false;
  for (unsigned char c : s) {
    bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      h = (h ^ c) * 1099511628211ull;
      in = true;
    } else if (in) {
      f(h);
      h = 1469598103934665603ull;
      in = false;
    }
  }
  if (in) f(h);
}

}  // namespace

namespace {

// Share of each block's words found in the reference text (-1 when there is no reference).
std::vector<float> ReferenceMatch(const PageModel& m, std::string_view reference,
                                  size_t* ref_words) {
  std::vector<float> match(m.blocks.size(), -1.0f);
  *ref_words = 0;
  if (reference.empty()) return match;
  std::unordered_set<uint64_t> words;
  ForEachWord(reference, [&](uint64_t h) {
    words.insert(h);
    ++*ref_words;
  });
  if (*ref_words < 50) {  // too short to say which blocks are the article
    *ref_words = 0;
    return match;
  }
  for (size_t i = 0; i < m.blocks.size(); ++i) {
    size_t n = 0, hit = 0;
    ForEachWord(m.blocks[i].text, [&](uint64_t h) {
      ++n;
      hit += words.count(h);
    });
    match[i] = n ? static_cast<float>(hit) / n : 0.0f;
  }
  return match;
}

// Sums block goodness/cost into elements and their ancestors, honouring `drop`.
void Aggregate(PageModel& m, const std::vector<float>& match, bool listing) {
  std::vector<Element>& el = m.elements;
  for (Element& e : el) e.good = 0, e.bad = 0;
  for (size_t i = 0; i < m.blocks.size(); ++i) {
    const Block& b = m.blocks[i];
    Element& e = el[b.elem];
    if (e.drop) {
      e.bad += 0.1 * b.chars;
      continue;
    }
    if (listing) {
      // Pages without prose (listings, product pages): any block of a few words is content,
      // short link-only blocks (menus) are not.
      bool menu = b.chars < 25 && b.link_chars * 2 > b.chars;
      if (menu || b.kind == BlockKind::kCaption) e.bad += b.chars;
      else e.good += b.chars;
    } else if (match[i] >= 0) {
      // Guided by the page's own articleBody.
      if (match[i] >= 0.6f) e.good += match[i] * b.chars;
      else e.bad += (1 - match[i]) * b.chars;
    } else if (ContentLike(b)) {
      double w = b.kind == BlockKind::kParagraph ? 1.0 : 0.85;
      e.good += w * (b.chars - b.link_chars);
      e.bad += b.link_chars;
    } else {
      e.bad += b.chars;
    }
  }
  for (size_t i = el.size(); i-- > 1;) {
    el[el[i].parent].good += el[i].good;
    el[el[i].parent].bad += el[i].bad;
  }
}

// The best container: most article text net of boilerplate. Ties go to the deeper element.
double Score(const Element& e, const ContentOptions& options) {
  double score = e.good - options.bad_weight * e.bad;
  if (e.hint > 0) score *= 1.05;
  if (e.hint < 0) score *= 0.9;
  return score;
}

// The best container: most article text net of boilerplate. Ties go to the deeper element;
// then, while one child holds nearly all of the container's score, the child is preferred (a
// lone teaser paragraph next to the article does not pull in the whole column).
size_t BestContainer(const PageModel& m, const ContentOptions& options) {
  const std::vector<Element>& el = m.elements;
  size_t best = 0;
  double best_score = -1e300;
  for (size_t i = 0; i < el.size(); ++i) {
    if (el[i].drop || el[i].chars == 0) continue;
    double score = Score(el[i], options);
    if (score >= best_score) {
      best_score = score;
      best = i;
    }
  }
  while (best_score > 0) {
    size_t child = 0;
    double child_score = -1e300;
    for (size_t i = best + 1; i < el[best].end; i = std::max<size_t>(el[i].end, i + 1)) {
      if (el[i].drop) continue;
      double score = Score(el[i], options);
      if (score > child_score) child_score = score, child = i;
    }
    if (child == 0 || child_score < options.descend_ratio * best_score) break;
    best = child;
    best_score = child_score;
  }
  return best;
}

bool Wrapper(const Element& e) {
  return e.tag == kTagBody || e.tag == kTagHtml || e.tag == kTagMain;
}

}  // namespace

namespace {

bool IsTitle(std::string_view text, const std::vector<std::string>& titles) {
  for (const std::string& t : titles) {
    if (t.empty()) continue;
    if (text == t) return true;
    if (text.size() * 2 >= t.size() && text.size() >= 10 && t.find(text) != std::string::npos) return true;
  }
  return false;
}

bool Flagged(const Element& e, double total, bool strong_exempt) {
  bool flagged = e.hidden || e.boiler_tag || (e.hint <= kHintStrongNegative && !strong_exempt);
  if (flagged && (Wrapper(e) || (e.chars > 0.5 * total && total > 500))) flagged = false;
  return flagged;
}

// Resolves boilerplate flags and picks the main container; `match` guides it when the page
// has a reference text (else all -1).
size_t Choose(PageModel& m, const std::vector<float>& match, bool listing,
              const ContentOptions& options) {
  std::vector<Element>& el = m.elements;
  const size_t n = el.size();
  const double total = std::max<double>(1, el[0].chars);
  el[0].drop = false;
  // Pass 0: without class names. A boilerplate-named element that wraps this choice (and the
  // choice itself is not boilerplate-named) is a page wrapper with an unlucky name
  // ("sticky-sidebar" around the whole column).
  for (size_t i = 1; i < n; ++i) {
    const Element& e = el[i];
    bool flagged = e.hidden || e.boiler_tag;
    if (flagged && (Wrapper(e) || (e.chars > 0.5 * total && total > 500))) flagged = false;
    el[i].drop = el[e.parent].drop || flagged;
  }
  Aggregate(m, match, listing);
  const size_t zero = BestContainer(m, options);
  const double zero_good = el[zero].good;
  std::vector<double> good0(n);
  for (size_t i = 0; i < n; ++i) good0[i] = el[i].good;

  // Pass 1: drop hidden elements, boilerplate tags and strongly boilerplate class names.
  std::vector<char> exempt(n, 0);
  for (size_t i = 1; i < n; ++i) el[i].drop = el[el[i].parent].drop || Flagged(el[i], total, false);
  Aggregate(m, match, listing);
  size_t first = BestContainer(m, options);
  if (zero_good > 2 * el[first].good && el[zero].hint > kHintStrongNegative &&
      el[zero].tag != kTagBody && el[zero].tag != kTagHtml && zero != 0) {
    // The class names removed most of the article-like text of a focused container (not the
    // whole body): the boilerplate-named elements that wrap (or mostly hold) it are wrappers
    // with unlucky names ("sticky-sidebar").
    for (size_t i = 1; i < n; ++i) {
      bool ancestor = i <= zero && zero < el[i].end;
      bool inside = zero < i && i < el[zero].end;
      exempt[i] = el[i].hint > kHintComment &&
                  (ancestor || (inside && good0[i] >= 0.5 * zero_good && zero_good > 0));
    }
    for (size_t i = 1; i < n; ++i) el[i].drop = el[el[i].parent].drop || Flagged(el[i], total, exempt[i]);
    Aggregate(m, match, listing);
    first = BestContainer(m, options);
  }

  // Pass 2: also drop weakly boilerplate elements, unless they contain the first choice or
  // are mostly prose.
  std::vector<char> keep_weak(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Element& e = el[i];
    bool holds_first = i <= first && first < e.end;
    bool prose = e.good >= 200 && e.good >= 0.7 * (e.good + e.bad);
    keep_weak[i] = holds_first || prose;
  }
  for (size_t i = 1; i < n; ++i) {
    Element& e = el[i];
    bool flagged = Flagged(e, total, exempt[i]);
    if (!flagged && e.hint < 0 && !keep_weak[i] && !Wrapper(e)) flagged = true;
    e.drop = el[e.parent].drop || flagged;
  }
  Aggregate(m, match, listing);
  return BestContainer(m, options);
}

}  // namespace

std::string SelectMainText(PageModel& m, const ContentOptions& options) {
  std::vector<Element>& el = m.elements;
  const size_t n = el.size();
  if (n == 0) return {};
  // Subtree character counts, bottom-up (children have larger indices than parents).
  for (Element& e : el) e.chars = 0;
  for (const Block& b : m.blocks) el[b.elem].chars += b.chars;
  for (size_t i = n; i-- > 1;) el[el[i].parent].chars += el[i].chars;

  std::vector<float> match(m.blocks.size(), -1.0f);
  size_t best = Choose(m, match, false, options);

  // A JSON-LD articleBody that covers the whole article (not a teaser of its first paragraphs)
  // guides a second choice and filters the blocks.
  size_t ref_words = 0;
  std::vector<float> ref_match = ReferenceMatch(m, options.reference, &ref_words);
  bool full_reference = false;
  if (ref_words > 0) {
    size_t container_words = 0;
    for (const Block& b : m.blocks) {
      if (b.elem < best || b.elem >= el[best].end || el[b.elem].drop || !ContentLike(b)) continue;
      ForEachWord(b.text, [&](uint64_t) { ++container_words; });
    }
    full_reference = ref_words >= 0.7 * container_words;
  }
  if (full_reference) {
    match = std::move(ref_match);
    best = Choose(m, match, false, options);
  }
  // Little or no prose: a listing, product or index page. Choose again counting every block of
  // a few words.
  bool listing = false;
  if (!full_reference && el[best].good < options.min_prose) {
    listing = true;
    best = Choose(m, match, true, options);
  }
  const uint32_t lo = static_cast<uint32_t>(best);
  const uint32_t hi = el[best].end;

  std::string out;
  for (size_t i = 0; i < m.blocks.size(); ++i) {
    const Block& b = m.blocks[i];
    if (b.elem < lo || b.elem >= hi) continue;
    if (b.elem != lo && el[b.elem].drop) continue;
    double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
    if (full_reference && match[i] < 0.5f) continue;
    if (ld > 0.5 && !listing && !(full_reference && match[i] >= 0.9f)) continue;
    if (b.kind == BlockKind::kCaption) continue;
    if (b.kind == BlockKind::kHeading && IsTitle(b.text, options.titles)) continue;
    if (!out.empty()) out.append("\n\n");
    out.append(b.text);
  }
  return out;
}

}  // namespace newsgraph::extract
