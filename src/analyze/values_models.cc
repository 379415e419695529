// Numbers that belong to a name or a model rather than counting: a model's number between a
// count and its noun ("roughly 400 737 Max jets", "five 787 Dreamliner sales", "30 of Boeing's
// 787-9 Dreamliner jets"), and a number right after a name and before a lower-case noun ("the
// Apollo 10 crew", "the Euro 2020 playoffs", "the Artemis 1 test flight").
#include <string_view>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph::analyze::values_internal {

bool ValueFinder::ModelNumber(uint32_t u) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (u == 0 || u + 1 >= n || s_.toks[u].kind != TokKind::kNumber) return false;
  if (!SameSentence(u - 1, u) || !SameSentence(u, u + 1)) return false;
  // the number written right after the count, a space between ("400 737 Max jets", not a
  // split "2, 029")
  if (s_.toks[u - 1].end == s_.toks[u].start) return false;
  const Tok& w = s_.toks[u + 1];
  return w.kind == TokKind::kWord && w.cap && !IsFunctionWord(w.lower) && MonthIndex(w.lower) == 0;
}

bool ValueFinder::NameNumber(uint32_t t, uint32_t e, uint32_t unit_tok) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (t == 0 || e >= n || s_.toks[t].kind != TokKind::kNumber || !SameSentence(t - 1, t) ||
      !SameSentence(t, e))
    return false;
  const Tok& name = s_.toks[t - 1];
  if (name.kind != TokKind::kWord || !name.cap || name.sentence_start) return false;
  const std::string& b = L(t - 1);
  if (IsFunctionWord(b) || MonthIndex(b) != 0 || IsWeekday(b)) return false;
  uint32_t q;
  if (!Qualifier(t, &q).empty()) return false;
  // the word after is written in lower case
  const Tok& after = s_.toks[e];
  if (after.kind != TokKind::kWord || after.cap || IsFunctionWord(after.lower) || TitleCase(t))
    return false;
  // a count of time or measure: "moved from Texas 10 years ago", "gave the Bluejays 14 hard
  // minutes"
  const bool noun = unit_tok < n && SameSentence(t, unit_tok);
  if (IsDurationUnit(after.lower) || IsMeasureUnit(after.lower) ||
      (noun && (IsDurationUnit(L(unit_tok)) || IsMeasureUnit(L(unit_tok)))))
    return false;
  // no plural noun after a number above one: the name's noun ("the Apollo 10 crew", "the
  // Thunderbolt 3 protocol"); a plural one only after a year or a version's small number
  // ("Windows 2000 users", "Wi-Fi 6 devices"; not "handed the Greens 23 seats")
  const std::string_view u = noun ? std::string_view(L(unit_tok)) : std::string_view();
  if (u.size() < 3 || u.back() != 's' || u[u.size() - 2] == 's') return true;
  double v;
  const std::string_view tx = s_.Text(t);
  if (e != t + 1 || !DigitsValue(tx, &v)) return false;
  return (tx.size() == 4 && v >= 1900 && v <= 2100) || v <= 20;
}

}  // namespace newsgraph::analyze::values_internal
