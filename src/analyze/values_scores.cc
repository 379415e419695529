// Figures written as two numbers joined by a hyphen: results and tallies ("beat the Clippers
// 112-107", "the court ruled 5-4", "lead the series 2-1"), a tennis match's sets ("won 6-4,
// 7-6 (5)") and ranges with their counted noun ("3-5 years"). The tokenizer keeps "112-107" as
// one number token; the other recognisers leave such tokens alone.
#include <algorithm>
#include <string>
#include <string_view>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph::analyze::values_internal {
namespace {

// "112-107" -> 112, 107. Each side one to three digits without a leading zero (so a season
// "2019-20", a phone number "555-0134" or a date "2021-12" is no pair).
bool Pair(std::string_view w, int* a, int* b) {
  const size_t h = w.find('-');
  if (h == std::string_view::npos) return false;
  auto side = [](std::string_view d, int* v) {
    if (d.empty() || d.size() > 3 || (d.size() > 1 && d[0] == '0')) return false;
    int x = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return false;
      x = x * 10 + (c - '0');
    }
    *v = x;
    return true;
  };
  return side(w.substr(0, h), a) && side(w.substr(h + 1), b);
}

// "20-of-24" -> 20, 24; "3-for-4" -> 3, 4: so many of so many attempts (the part no larger).
bool PartOfWhole(std::string_view w, int* a, int* b) {
  size_t h = w.find("-of-");
  size_t len = 4;
  if (h == std::string_view::npos) {
    h = w.find("-for-");
    len = 5;
  }
  if (h == std::string_view::npos) return false;
  const std::string joined = std::string(w.substr(0, h)) + "-" + std::string(w.substr(h + len));
  return Pair(joined, a, b) && *a <= *b;
}

// "3,000-4,000" -> 3000, 4000; "1.5-2" -> 1.5, 2: a rising range of numbers too long or too
// exact for a result (not years: "2019-2020").
bool WideRange(std::string_view w, double* a, double* b) {
  const size_t h = w.find('-');
  if (h == std::string_view::npos || h == 0 || w[0] == '0') return false;
  const std::string_view x = w.substr(0, h), y = w.substr(h + 1);
  if (!DigitsValue(x, a) || !DigitsValue(y, b) || !(*a < *b)) return false;
  return !(x.size() == 4 && *a >= 1800 && *a <= 2100);
}

// Words that make a pair a result or a tally: the verbs and nouns of winning, losing, leading,
// voting and ruling, and the words a result is told with ("ended 1-1", "a 2-1 lead").
bool IsResultWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "won",      "win",      "wins",      "winning",   "beat",     "beats",    "beating",
      "beaten",   "defeated", "defeat",    "defeats",   "defeating", "lost",    "lose",
      "loses",    "losing",   "loss",      "losses",    "led",      "lead",     "leads",
      "leading",  "trail",    "trails",    "trailed",   "trailing", "drew",     "draw",
      "tied",     "tie",      "edged",     "routed",    "downed",   "topped",   "crushed",
      "thrashed", "swept",    "clinched",  "rallied",   "victory",  "victories", "triumph",
      "score",    "scored",   "scoreline", "ended",     "finished", "series",   "record",
      "voted",    "vote",     "votes",     "ruled",     "ruling",   "decision", "majority",
      "margin",   "verdict",  "tally",
      // a bill or a nomination voted on: "passed 52-48", "confirmed 51-49", "approved 7-2"
      "passed",   "approved", "rejected", "confirmed", "upheld", "overturned", "advantage",
      "deficit",
      // more verbs of a game's result: "fell 109-98 to Denver", "cruised past X 45-17"
      "fell",     "falls",    "rolled",   "cruised",   "blanked",  "outlasted", "outscored",
      "stunned",  "upset",    "eliminated", "survived", "hammered", "dominated", "routs",
      "edges",    "tops",
      // the nouns a margin is told with: "a 4-0 rout", "a 38-10 bulge", "a 3-0 shutout"
      "rout",     "romp",     "bulge",     "cushion",   "shutout",  "blowout",  "drubbing",
      "thrashing", "whitewash", "halftime", "half-time", "standings",
      // "got past Chile 3-0"
      "past"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

bool ValueFinder::Record(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  // not a time of day or a measure's range: "at 3-4 pm", "at 5-10 mph"
  if (t + 1 < n && SameSentence(t, t + 1) && s_.toks[t + 1].kind == TokKind::kWord) {
    const std::string& w = L(t + 1);
    if (w == "pm" || w == "am" || w == "p.m." || w == "a.m." || IsMeasureUnit(w) ||
        IsDurationUnit(w))
      return false;
  }
  if (t == 0 || !SameSentence(t - 1, t)) return false;
  // the state of a game or a season at a point: "serving at 5-4", "At 4-7, the Chargers" (not
  // an address: "at 12-14 Mill Road")
  if (Is(t - 1, "at"))
    return !(t + 1 < n && SameSentence(t, t + 1) && s_.toks[t + 1].cap);
  // a team's record in brackets after its name: "The Eagles (6-5, 3-4)", "Iowa (7-3)"
  if (s_.Text(t - 1) == "(" && t >= 2 && SameSentence(t - 2, t) &&
      s_.toks[t - 2].kind == TokKind::kWord && s_.toks[t - 2].cap) {
    uint32_t u = t + 1;
    // the record may name its part: "(9-1, 6-1 Big Ten)", "(4-2 overall)"
    while (u < n && u < t + 4 && SameSentence(t, u) && s_.Text(u) != ")") ++u;
    return u < n && s_.Text(u) == ")";
  }
  // a list of records or results: "At 4-7, including 2-6 in the AFC and 0-3 in the AFC West",
  // "(6-5, 3-4)"
  return last_score_ < t && t - last_score_ <= 8 && SameSentence(last_score_, t);
}

bool ValueFinder::Score(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (s_.toks[t].kind != TokKind::kNumber) return false;
  int a = 0, b = 0;
  double lo, hi;
  if (PartOfWhole(L(t), &a, &b)) {
    // "was 20-of-24 passing", "went 3-for-4 at the plate": a player's tally of attempts
    Emit(ValueKind::kQuantity, t, t + 1, a, b, "", "", "");
    out_.back().score = true;
    *next = t + 1;
    return true;
  }
  const bool pair = Pair(L(t), &a, &b);
  if (pair) {
    lo = a;
    hi = b;
  } else if (!WideRange(L(t), &lo, &hi)) {
    return false;
  }
  // money ("$3-5") belongs to the money recogniser
  if (t > 0 && SameSentence(t - 1, t) && s_.toks[t - 1].kind == TokKind::kSymbol) return false;
  // "0-60 mph", "0-100 km/h": a speed test, no range of values
  if (lo == 0 && t + 1 < n && SameSentence(t, t + 1) && IsMeasureUnit(L(t + 1))) return false;

  // a range of shares: "30-60%", "5-10 percent", "30-60 per cent"
  if (lo < hi && t + 1 < n && SameSentence(t, t + 1) &&
      (s_.Text(t + 1) == "%" || Is(t + 1, "percent") || (Is(t + 1, "per") && Is(t + 2, "cent")))) {
    const uint32_t last = Is(t + 1, "per") ? t + 3 : t + 2;
    uint32_t first;
    std::string qual = Qualifier(t, &first);
    Emit(ValueKind::kPercent, first, last, lo, hi, "%", qual, FormatNumber(lo) + "%");
    *next = last;
    return true;
  }

  // a range with its counted noun: "3-5 years", "10-15 minute walks", "2-3 games"
  if (lo < hi && t + 1 < n && SameSentence(t, t + 1) && s_.toks[t + 1].kind == TokKind::kWord &&
      !s_.toks[t + 1].cap) {
    const std::string& w = L(t + 1);
    const bool plural = w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's';
    if (IsDurationUnit(w) || IsMeasureUnit(w) || (plural && !IsFunctionWord(w))) {
      uint32_t first;
      std::string qual = Qualifier(t, &first);
      const bool duration = IsDurationUnit(w);
      const std::string unit(s_.Text(t + 1));
      Emit(duration ? ValueKind::kDuration : ValueKind::kQuantity, first, t + 2, lo, hi, unit, qual,
           duration ? FormatNumber(lo) + " " + unit : std::string());
      *next = t + 2;
      return true;
    }
  }
  if (!pair) return false;

  // a tennis match's sets: "6-4, 7-6 (5)", "6-7 (4), 6-4, 7-5" (each set won at six games or
  // more, a tie-break's points in brackets after a 7-6 set)
  auto set_at = [&](uint32_t u, uint32_t* end, bool* tiebreak) {
    int x, y;
    if (u >= n || !SameSentence(t, u) || s_.toks[u].kind != TokKind::kNumber ||
        !Pair(L(u), &x, &y) || std::max(x, y) < 6 || std::max(x, y) > 7)
      return false;
    *end = u + 1;
    *tiebreak = false;
    if (u + 3 < n && SameSentence(t, u + 3) && s_.Text(u + 1) == "(" &&
        s_.toks[u + 2].kind == TokKind::kNumber && s_.Text(u + 3) == ")" &&
        std::min(x, y) == 6 && std::max(x, y) == 7) {
      *end = u + 4;
      *tiebreak = true;
    }
    return true;
  };
  {
    uint32_t end;
    bool tiebreak;
    if (set_at(t, &end, &tiebreak)) {
      int sets = 1;
      bool any_tiebreak = tiebreak;
      uint32_t e2;
      while (end + 1 < n && s_.Text(end) == "," && set_at(end + 1, &e2, &tiebreak)) {
        end = e2;
        ++sets;
        any_tiebreak = any_tiebreak || tiebreak;
      }
      if (sets >= 2 || any_tiebreak) {
        Emit(ValueKind::kQuantity, t, end, 0, 0, "", "", "");
        out_.back().score = true;
        out_.back().vague = true;
        *next = end;
        return true;
      }
    }
  }

  // a result or a tally: a word of winning, losing, leading, voting or ruling nearby in the
  // sentence ("beat the Clippers 112-107", "a 5-4 ruling", "ended 1-1")
  bool result = false;
  for (uint32_t u = t > 6 ? t - 6 : 0; u < t && !result; ++u)
    result = SameSentence(u, t) && IsResultWord(L(u));
  // "put the Lakers up 109-98", "were down 2-1": a lead right before the pair
  if (!result && t > 0 && SameSentence(t - 1, t) && (L(t - 1) == "up" || L(t - 1) == "down"))
    result = true;
  for (uint32_t u = t + 1; u < n && u <= t + 2 && !result; ++u)
    result = SameSentence(t, u) && IsResultWord(L(u));
  // "were 1-0 up at the break", "4-1 winners"
  if (!result && t + 1 < n && SameSentence(t, t + 1))
    result = Is(t + 1, "up") || Is(t + 1, "down") || Is(t + 1, "winners") || Is(t + 1, "victors");
  if (!result) result = Record(t);
  if (!result) return false;
  Emit(ValueKind::kQuantity, t, t + 1, a, b, "", "", "");
  out_.back().score = true;
  last_score_ = t;
  *next = t + 1;
  return true;
}

}  // namespace newsgraph::analyze::values_internal
