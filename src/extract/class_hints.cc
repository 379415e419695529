#include "extract/class_hints.h"

#include <bitset>
#include <cassert>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::extract {
namespace {

// Words that mark boilerplate wherever they appear inside a class/id value (robust: these
// elements are dropped unless they hold most of the page).
constexpr std::string_view kStrongNegativeParts[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend", "breadcrumb",
    "newsletter", "subscribe", "signup", "sign-up", "cookie", "consent", "gdpr", "popup",
    "modal", "outbrain", "taboola", "navbar", "navigation", "menu", "toolbar", "masthead",
    "pagination", "pager", "skip-link", "skiplink", "sr-only", "screen-reader",
    "visually-hidden", "visuallyhidden", "byline", "caption", "footer", "sidebar", "most-read",
    "mostread", "more-stories", "morestories", "readmore", "read-more", "next-post",
    "prev-post", "see-also", "seealso", "further-reading", "tag-list", "taglist",
    "article-tags", "post-tags", "copyright", "login", "tooltip", "advert", "sponsor", "promo",
    "trending", "popular", "author", "dateline", "timestamp", "print-only",
};

// Weaker words (inside values): boilerplate unless the element holds the main content.
constexpr std::string_view kWeakNegativeParts[] = {
    "rail", "credit", "follow", "report", "brand", "teaser", "banner", "hidden", "overlay",
    "feedback", "donate", "subscription", "rating", "dfp", "inline-ad", "ad-container",
    "ad-wrapper", "adslot", "ad-slot", "dialog", "paywall", "disclaimer",
};

// Whole tokens (split on space, '-' and '_') that mark boilerplate (weak).
constexpr std::string_view kWeakNegativeTokens[] = {
    "ad", "ads", "nav", "tags", "tag", "meta", "date", "time", "source", "links", "toc",
    "notice", "alert", "more", "embed", "photo", "image", "img", "figure", "video", "media",
    "hide", "print", "aside", "cta", "header-nav",
};

constexpr std::string_view kPositiveParts[] = {
    "article", "content", "entry", "post", "story", "text", "body", "main", "blog", "prose",
    "richtext", "rich-text", "paragraph", "column",
};

bool IsSep(char c) { return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n'; }

enum Kind : uint8_t { kStrong, kWeak, kWeakToken, kPositive };

struct Pattern {
  std::string_view text;
  Kind kind;
};

// Patterns bucketed by first byte, so one pass over a class string checks only the few
// patterns that can start at each position.
struct Index {
  std::vector<Pattern> by_first[256];
  // Every pattern is at least two bytes long: positions whose two bytes start no pattern are
  // skipped without looking at the bucket (most positions in a class string).
  std::bitset<65536> first_pairs;
  Index() {
    for (std::string_view p : kStrongNegativeParts) by_first[static_cast<uint8_t>(p[0])].push_back({p, kStrong});
    for (std::string_view p : kWeakNegativeParts) by_first[static_cast<uint8_t>(p[0])].push_back({p, kWeak});
    for (std::string_view p : kWeakNegativeTokens) by_first[static_cast<uint8_t>(p[0])].push_back({p, kWeakToken});
    for (std::string_view p : kPositiveParts) by_first[static_cast<uint8_t>(p[0])].push_back({p, kPositive});
    for (const auto& bucket : by_first) {
      for (const Pattern& p : bucket) {
        assert(p.text.size() >= 2);
        first_pairs.set(PairKey(p.text[0], p.text[1]));
      }
    }
  }
  static size_t PairKey(char a, char b) {
    return (size_t{static_cast<uint8_t>(a)} << 8) | static_cast<uint8_t>(b);
  }
};

const Index& GetIndex() {
  static const Index index;
  return index;
}

}  // namespace

namespace {
constexpr unsigned kStrongBit = 1, kWeakBit = 2, kPositiveBit = 4, kCommentBit = 8;
}  // namespace

unsigned ClassWords(std::string_view s) {
  const Index& index = GetIndex();
  unsigned words = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!index.first_pairs[Index::PairKey(s[i], s[i + 1])]) continue;
    const std::vector<Pattern>& bucket = index.by_first[static_cast<uint8_t>(s[i])];
    if (bucket.empty()) continue;
    std::string_view rest = s.substr(i);
    for (const Pattern& p : bucket) {
      if (rest.size() < p.text.size() || rest.compare(0, p.text.size(), p.text) != 0) continue;
      switch (p.kind) {
        case kStrong:
          words |= kStrongBit;
          if (p.text == "comment" || p.text == "disqus") words |= kCommentBit;
          break;
        case kWeak:
          words |= kWeakBit;
          break;
        case kWeakToken: {
          bool left = i == 0 || IsSep(s[i - 1]);
          size_t e = i + p.text.size();
          bool right = e == s.size() || IsSep(s[e]);
          if (left && right) words |= kWeakBit;
          break;
        }
        case kPositive:
          words |= kPositiveBit;
          break;
      }
    }
  }
  return words;
}

int HintFromWords(unsigned words) {
  bool positive = words & kPositiveBit;
  if (words & kCommentBit) return positive ? kHintNegative : kHintComment;
  if (words & kStrongBit) return positive ? kHintNegative : kHintStrongNegative;
  if (words & kWeakBit) return kHintNegative;
  return positive ? kHintPositive : 0;
}

int ClassHint(std::string_view s) { return HintFromWords(ClassWords(s)); }

}  // namespace newsgraph::extract
