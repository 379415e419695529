// Figures of one: a single thing counted where the sentence counts it ("there was only one
// problem", "ended with one launch", "had one meeting with him"; not the indefinite "one
// official said"), and one unit told in a set phrase ("a minute of silence", "a quarter-point
// cut").
#include <cstdint>
#include <string_view>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph::analyze::values_internal {

bool ValueFinder::OneCounts(uint32_t t) const {
  if (t == 0 || !SameSentence(t - 1, t)) return false;
  const std::string_view b = L(t - 1);
  // "only one toilet", "just one problem", "exactly one seat", "at least one"
  if (b == "only" || b == "just" || b == "exactly" || b == "least" || b == "most") return true;
  // "had one meeting", "having one berth": what a thing has ("with one hand" is a manner)
  if (b == "has" || b == "had" || b == "have" || b == "having") return true;
  // "has only found one drawback", "just needed one win": a limit before the verb
  if (t >= 2 && SameSentence(t - 2, t) && (L(t - 2) == "only" || L(t - 2) == "just") &&
      s_.toks[t - 1].kind == TokKind::kWord && !s_.toks[t - 1].cap && !IsFunctionWord(b))
    return true;
  return false;
}

bool ValueFinder::OneAmongCounts(uint32_t t, uint32_t head) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  auto number = [&](uint32_t u) {
    double v;
    return u < n && SameSentence(t, u) &&
           (s_.toks[u].kind == TokKind::kNumber ||
            (s_.toks[u].kind == TokKind::kWord && WordValue(L(u), &v) && L(u) != "one"));
  };
  const uint32_t after = head + 1;
  // "Two buildings, one used by tax officials": a pronoun before a verb, no counted noun
  const std::string_view h = L(head);
  if (h.size() > 3 && (h.substr(h.size() - 2) == "ed" || h.substr(h.size() - 3) == "ing"))
    return false;
  // "with one game remaining", "with one lap left", "with one stage to go"
  if (t > 0 && SameSentence(t - 1, t) && L(t - 1) == "with" && after < n &&
      SameSentence(t, after) &&
      (L(after) == "remaining" || L(after) == "left" ||
       (L(after) == "to" && after + 1 < n && L(after + 1) == "go")))
    return true;
  // "two warrants, one summons", "three men and one woman": a count just before the list's
  // comma or "and"/"or" ends where the figure found last ends
  if (t >= 2 && SameSentence(t - 2, t) &&
      (s_.Text(t - 1) == "," || L(t - 1) == "and" || L(t - 1) == "or") && !out_.empty() &&
      out_.back().kind == ValueKind::kQuantity && !out_.back().unit.empty() &&
      out_.back().end == s_.toks[t - 2].end)
    return true;
  // "one dog and two cats": a count right after the noun ("One small, 2-week study" is none)
  if (after + 1 < n && SameSentence(t, after + 1) && (L(after) == "and" || L(after) == "or") &&
      number(after + 1))
    return true;
  return false;
}

bool ValueFinder::MinuteOfSilence(uint32_t u, uint32_t* end) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (!Is(u, "minute") || u + 1 >= n || !SameSentence(u, u + 1)) return false;
  uint32_t s = u + 1;
  // "a minute of silence", "a minute's silence", "a minute silence"
  if (Is(s, "of") || s_.toks[s].kind == TokKind::kPossessive) ++s;
  if (!Is(s, "silence") || !SameSentence(u, s)) return false;
  *end = s + 1;
  return true;
}

uint32_t ValueFinder::OneHead(uint32_t u) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  auto ends = [](std::string_view w, std::string_view tail) {
    return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
  };
  // "I have one myself": a pronoun, no counted noun
  if (u >= n || ends(L(u), "self") || ends(L(u), "selves")) return n;
  // "only one political party is", "one phone conversation with": the last of the words
  for (int k = 0; k < 2 && u + 1 < n && SameSentence(u, u + 1); ++k) {
    const Tok& w = s_.toks[u + 1];
    const std::string& l = w.lower;
    if (w.kind != TokKind::kWord || w.cap || IsFunctionWord(l) || ends(l, "ly") ||
        ends(l, "ing") || ends(l, "ed") || ends(l, "s") || l == "down" || l == "up" ||
        l == "out" || l == "off" || l == "away" || l == "back")
      break;
    ++u;
  }
  return u;
}

}  // namespace newsgraph::analyze::values_internal
