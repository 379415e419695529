// Counts written without a counted noun or inside other words: "twice", "only once", "256GB",
// "Smith scored 20.", "won six in a row"; and numbers that belong to a name ("iPhone 7 Plus",
// "16 Erik Jones") and count nothing.
#include <algorithm>
#include <cmath>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph::analyze::values_internal {

namespace {

bool HasUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

bool EndsWith(std::string_view w, std::string_view tail) {
  return w.size() >= tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

bool ValueFinder::Times(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const std::string& w = L(t);
  if (w.size() < 4 || w.size() > 6 || (w[0] != 'o' && w[0] != 't')) return false;
  double v;
  if (w == "twice")
    v = 2;
  else if (w == "thrice")
    v = 3;
  else if (w == "once")
    v = 1;
  else
    return false;
  // "once-hated", "twice-weekly": a compound, not a count
  if (t + 1 < n && s_.toks[t + 1].start == s_.toks[t].end && s_.Text(t + 1) == "-") return false;
  const bool same_next = t + 1 < n && SameSentence(t, t + 1);
  const std::string_view after = same_next ? std::string_view(L(t + 1)) : std::string_view();
  const std::string_view before =
      t > 0 && SameSentence(t - 1, t) ? std::string_view(L(t - 1)) : std::string_view();
  uint32_t last = t + 1;
  double vmax = v;
  if (v == 1) {
    // "once or twice"
    if (after == "or" && t + 2 < n && SameSentence(t, t + 2) && L(t + 2) == "twice") {
      vmax = 2;
      last = t + 3;
    } else {
      const bool counts_before = before == "only" || before == "than" || before == "just" ||
                                 before == "least" || before == "exactly" || before == "not";
      double d;
      // "once before", "once a week", "once every two years"
      const bool counts_after =
          after == "before" ||
          ((after == "a" || after == "per" || after == "every" || after == "each") &&
           t + 2 < n && SameSentence(t, t + 2) &&
           (IsDurationUnit(L(t + 2)) || s_.toks[t + 2].kind == TokKind::kNumber ||
            WordValue(L(t + 2), &d)));
      // "was flagged once for it", "mentioned once.": after a past participle, at the clause's end
      const bool after_participle =
          !before.empty() && EndsWith(before, "ed") && s_.toks[t - 1].kind == TokKind::kWord &&
          (after.empty() || s_.toks[t + 1].kind == TokKind::kPunct || after == "for" ||
           after == "in" || after == "during" || after == "this" || after == "last");
      // "amended his testimony once —", "had been there once.": at the clause's end
      const bool clause_end = !before.empty() && s_.toks[t - 1].kind == TokKind::kWord &&
                              !IsFunctionWord(before) &&
                              (after.empty() || after == "," || after == "." || after == ";" ||
                               after == ")" || after == "\u2014" || after == "--");
      if (!counts_before && !counts_after && !after_participle && !clause_end) return false;
    }
  }
  uint32_t first;
  std::string qual = Qualifier(t, &first);
  // "turned around twice": the verb's particle, no qualifier
  if (qual == "about" && (before == "around" || before == "about")) qual.clear();
  if (qual.empty()) first = t;
  Emit(ValueKind::kQuantity, first, last, v, vmax, "times", qual, "");
  *next = last;
  return true;
}

bool ValueFinder::AgeAt(uint32_t t, uint32_t e, double v, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (t == 0 || !SameSentence(t - 1, t) || v <= 0 || v >= 120 || v != std::floor(v)) return false;
  const std::string& b = L(t - 1);
  if (b != "of" && b != "age" && b != "at" && b != ",") return false;
  const std::string_view b2 =
      t >= 2 && SameSentence(t - 2, t) ? std::string_view(L(t - 2)) : std::string_view();
  const std::string_view after = e < n && SameSentence(t, e) ? std::string_view(L(e)) : "";
  if (IsDurationUnit(after)) return false;  // "an age of 48 months" is read with its unit
  uint32_t first = t;
  if (b == "of" && b2 == "age") {
    first = t - 2;  // "at the age of 35"
  } else if (b == "age" && s_.toks[t - 1].kind == TokKind::kWord) {
    first = t - 1;  // "people age 12 and older"
  } else if (b == "at" && (b2 == "died" || b2 == "dies" || b2 == "dead" || b2 == "death")) {
    first = t - 1;  // "died at 95"
  } else if (b == "at" && s_.toks[t - 1].sentence_start && after == "," && e + 1 < n &&
             (L(e + 1) == "he" || L(e + 1) == "she" || L(e + 1) == "i" || L(e + 1) == "they")) {
    first = t - 1;  // "At 16, he went to college"
  } else if (b == "," && after == "," && !b2.empty() && s_.toks[t - 2].kind == TokKind::kWord &&
             !s_.toks[t - 2].cap &&
             (IsPersonNoun(b2) || IsTitleHead(b2) || b2 == "suspect" || b2 == "victim" ||
              b2 == "man" || b2 == "woman" || b2 == "boy" || b2 == "girl" || b2 == "driver" ||
              b2 == "teenager" || b2 == "son" || b2 == "daughter" || b2 == "wife" ||
              b2 == "husband" || b2 == "mother" || b2 == "father" || b2 == "resident")) {
    // "the suspect, 23, was held" (a capitalised name before is read by Count)
  } else {
    return false;
  }
  Emit(ValueKind::kQuantity, first, e, v, v, "years (age)", "", "");
  *next = e;
  return true;
}

bool ValueFinder::AttachedUnit(uint32_t t, uint32_t* next) {
  if (s_.toks[t].kind != TokKind::kNumber) return false;
  const std::string& w = L(t);
  const size_t cut = w.find_first_not_of("0123456789.,");
  if (cut == std::string::npos || cut == 0) return false;
  const std::string_view unit = std::string_view(w).substr(cut);
  double v;
  if (!DigitsValue(std::string_view(w).substr(0, cut), &v)) return false;
  // "12pc": the British press's per cent
  if (unit == "pc") {
    uint32_t first;
    std::string qual = Qualifier(t, &first);
    Emit(ValueKind::kPercent, first, t + 1, v, v, "%", qual, FormatNumber(v) + "%");
    *next = t + 1;
    return true;
  }
  // a temperature: "40C", "minus 5C", "-3F" (the capital only: "5c" is a price)
  const char sign = s_.Text(t)[cut];
  if ((sign == 'C' || sign == 'F') && unit.size() == 1) {
    uint32_t first = t;
    if (t > 0 && SameSentence(t - 1, t) &&
        (Is(t - 1, "minus") || (s_.Text(t - 1) == "-" && s_.toks[t - 1].end == s_.toks[t].start))) {
      v = -v;
      first = t - 1;
    }
    std::string qual;
    if (first == t) qual = Qualifier(t, &first);
    Emit(ValueKind::kQuantity, first, t + 1, v, v, sign == 'C' ? "degrees Celsius" : "degrees Fahrenheit", qual, "");
    *next = t + 1;
    return true;
  }
  if (!IsAttachedUnit(unit)) return false;
  if (t > 0 && !CurrencyOfSign(s_.Text(t - 1)).empty()) return false;  // "$21MM"
  // "Galaxy 5G", "Model 3km": a name's part when a capitalised word precedes (not "a 256GB")
  if (PartOfName(t, t + 1, static_cast<uint32_t>(s_.toks.size()), t)) return false;
  uint32_t first;
  std::string qual = Qualifier(t, &first);
  Emit(ValueKind::kQuantity, first, t + 1, v, v, std::string(unit), qual, "");
  *next = t + 1;
  return true;
}

bool ValueFinder::BareCount(uint32_t t, uint32_t e, uint32_t* last, std::string* unit,
                            bool* with_verb) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const Tok& k = s_.toks[t];
  double v;
  if (k.kind == TokKind::kNumber) {
    // a year ("in 2005,", "was 1998.") is no count
    const std::string_view tx = s_.Text(t);
    if (!DigitsValue(tx, &v)) return false;
    if (tx.size() == 4 && v >= 1800 && v <= 2100) return false;
  } else if (!WordValue(L(t), &v) || v < 2) {
    return false;
  }
  // a run: "won six in a row", "has lost two straight"
  if (e + 2 < n && SameSentence(t, e + 2) && Is(e, "in") && Is(e + 1, "a") && Is(e + 2, "row")) {
    *last = e + 3;
    *unit = "in a row";
    return true;
  }
  if (e < n && SameSentence(t, e) && Is(e, "straight") &&
      (e + 1 >= n || !SameSentence(t, e + 1) || s_.toks[e + 1].kind == TokKind::kPunct)) {
    *last = e + 1;
    *unit = "straight";
    return true;
  }
  // the subject of a verb in the past: "only two committed to it", "a cell meant for 35 held
  // 155" (not after a name: "Windows 10 crashed")
  // ("a further 100 were treated": a passive's participle after "were"; not "the two directed",
  // an anaphor, nor "$30, 000 are offered", a number the text split)
  const bool before = t > 0 && SameSentence(t - 1, t);
  const bool anaphor = before && (Is(t - 1, "the") || Is(t - 1, "these") || Is(t - 1, "those") ||
                                  Is(t - 1, "all") || Is(t - 1, "both"));
  const bool after_name = before && HasUpper(s_.Text(t - 1)) && !Is(t - 1, "another");
  uint32_t verb = e;
  if (e + 1 < n && SameSentence(t, e + 1) && (Is(e, "were") || Is(e, "are")) &&
      (!before || s_.toks[t - 1].kind == TokKind::kWord))
    verb = e + 1;
  if (verb < n && SameSentence(t, verb) && s_.toks[verb].kind == TokKind::kWord &&
      !s_.toks[verb].cap && L(verb).size() > 4 && EndsWith(L(verb), "ed") && !anaphor &&
      !after_name) {
    *last = e;
    return true;
  }
  // the count a verb takes, at the end of a clause: "Smith scored 20.", "He was 95.", "now has
  // 2,301,"
  if (t == 0 || !SameSentence(t - 1, t) || s_.toks[t - 1].kind != TokKind::kWord) return false;
  const bool clause_end = e >= n || !SameSentence(t, e) || s_.Text(e) == "," ||
                          s_.Text(e) == "." || s_.Text(e) == ";" || Is(e, "and") ||
                          Is(e, "while") || Is(e, "but");
  // the figure a change reaches: "the death toll rose to 85", "the number of cases stood at
  // 1,234 on Monday"
  if ((Is(t - 1, "to") || Is(t - 1, "at")) && t >= 2 && SameSentence(t - 2, t)) {
    static const std::string_view kReach[] = {
        "rose",  "risen",  "climbed", "jumped", "increased", "grew",  "soared", "surged",
        "fell",  "fallen", "dropped", "declined", "decreased", "stood", "stands", "stand",
        "remained", "remains", "risen", "rises", "climbs", "jumps", "falls", "drops"};
    const std::string_view after = e < n && SameSentence(t, e) ? std::string_view(L(e)) : "";
    const bool reach = std::find(std::begin(kReach), std::end(kReach), L(t - 2)) != std::end(kReach);
    // (the text's own split of a decimal, "rose to 13. 6 percent", may end the sentence there)
    const bool split = e + 1 < n && (s_.Text(e) == "," || s_.Text(e) == ".") &&
                       s_.toks[e].start == s_.toks[e - 1].end &&
                       s_.toks[e + 1].kind == TokKind::kNumber;
    if (reach && !split && (clause_end || after == "on" || after == "in" || after == "after" ||
                  after == "as" || after == "according" || after == "by" || after == "since" ||
                  after == "from" || after == "following")) {
      *last = e;
      return true;
    }
  }
  if (!clause_end) return false;
  // "has 2, 029 points", "totalled 13. 6 percent": digits the text split, not a count
  if (e + 1 < n && (s_.Text(e) == "," || s_.Text(e) == ".") &&
      s_.toks[e + 1].kind == TokKind::kNumber && SameSentence(t, e + 1))
    return false;
  static const std::string_view kVerbs[] = {
      "scored", "added",  "had",    "has",      "have",     "totaled", "totalled", "tallied",
      "netted", "grabbed", "collected", "contributed", "was", "were",  "is",       "are",
      "numbered", "reached", "topped", "exceeded", "hit",   "won",     "lost",
      // "the stadium holds 60,000.", "the firm employs 1,200."
      "holds",  "employs", "employed", "attracted", "recorded", "reported",
      // "seating for four,", "a bus meant for 35.": a capacity
      "for"};
  const std::string& b = L(t - 1);
  for (std::string_view verb : kVerbs)
    if (b == verb) {
      *last = e;
      *with_verb = true;
      return true;
    }
  return false;
}

bool ValueFinder::Label(uint32_t t, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (e < n && SameSentence(t, e)) {
    const std::string& a = L(e);
    static const std::string_view kAfter[] = {
        "gmt",      "utc",      "bst",      "cet",       "est",     "edt",     "pst",
        "pdt",      "ist",      "twenties", "thirties",  "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties"};
    for (std::string_view w : kAfter)
      if (a == w) return true;
  }
  if (t == 0 || !SameSentence(t - 1, t)) return false;
  std::string_view b = L(t - 1);
  // "No. 5", "#5"
  if (t >= 2 && (b == "." || b == "#") && SameSentence(t - 2, t) &&
      (b == "#" || L(t - 2) == "no"))
    return true;
  static const std::string_view kLabels[] = {
      "phase",    "version", "type",    "level",   "series",   "model",      "chapter",
      "article",  "section", "stage",   "game",    "week",     "grade",      "category",
      "class",    "generation", "season", "episode", "volume", "vol",        "part",
      "number",   "route",   "highway", "interstate", "flight", "room",      "suite",
      "gate",     "terminal", "platform", "channel", "tier",    "division",  "district",
      "ward",     "precinct", "exit",   "pier",    "seat",     "track",      "page",
      "step",     "day",     "formula", "war",     "act",      "amendment",  "item"};
  // digits only: "the season two games short" counts
  if (s_.toks[t].kind != TokKind::kNumber) return false;
  // "fiscal 2019 sales", "the fiscal year 2020 budget": a year
  if ((b == "fiscal" || b == "year") && e == t + 1 && s_.Text(t).size() == 4) {
    double y;
    if (DigitsValue(s_.Text(t), &y) && y >= 1900 && y <= 2100) return true;
  }
  for (std::string_view w : kLabels)
    if (b == w) return true;
  return false;
}

bool ValueFinder::TitleCase(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const uint32_t from = t > 6 ? t - 6 : 0, to = std::min(n, t + 7);
  int words = 0, caps = 0, numbers = 0;
  for (uint32_t u = from; u < to; ++u) {
    if (!SameSentence(t, u)) continue;
    const Tok& w = s_.toks[u];
    if (w.kind == TokKind::kNumber) ++numbers;
    if (w.kind != TokKind::kWord) continue;
    ++words;
    if (w.cap) ++caps;
  }
  return words >= 2 && caps * 10 >= words * 6 && numbers * 2 <= words;
}

bool ValueFinder::PartOfName(uint32_t t, uint32_t e, uint32_t unit_tok, uint32_t qt) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (s_.toks[t].kind != TokKind::kNumber || TitleCase(t)) return false;
  uint32_t q;
  if (!Qualifier(qt, &q).empty()) return false;  // "Nearly 50 Democrats"
  // "iPhone 7 Plus", "Boeing 787 Dreamliner sales", "Galaxy Note 10 Plus": a capitalised word
  // on each side of the number
  if (t > 0 && e < n && SameSentence(t - 1, t) && SameSentence(t, e) &&
      s_.toks[t - 1].kind == TokKind::kWord && HasUpper(s_.Text(t - 1)) &&
      !IsFunctionWord(L(t - 1)) && MonthIndex(L(t - 1)) == 0 &&
      s_.toks[e].kind == TokKind::kWord && s_.toks[e].cap && Multiplier(L(e)) == 0)
    return true;
  if (unit_tok >= n || unit_tok < e || !SameSentence(t, unit_tok)) return false;
  const Tok& u = s_.toks[unit_tok];
  if (!u.cap || u.sentence_start || IsAcronym(s_.Text(unit_tok))) return false;
  // "80 Day", "1 Kyle": a capitalised singular after a number is a name's word
  const std::string& lu = L(unit_tok);
  if (lu.size() < 2 || lu.back() != 's') return true;
  // "16 Erik Jones", "2 Wireless Earphones": capitalised words only (not "16 year-old Erik Jones")
  if (unit_tok == e) return false;
  for (uint32_t w = e; w < unit_tok; ++w)
    if (!s_.toks[w].cap || s_.toks[w].kind != TokKind::kWord || IsAcronym(s_.Text(w))) return false;
  return true;
}

}  // namespace newsgraph::analyze::values_internal
