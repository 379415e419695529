// RecogniseValues: dates (absolute and relative, resolved against the publication date with the
// sentence's tense), clock times, money, percentages, durations and counted quantities, each
// with a normalised value and its qualifier ("up to", "more than", "about" ...).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph {

const char* ValueKindName(ValueKind k) {
  switch (k) {
    case ValueKind::kDate:
      return "date";
    case ValueKind::kTime:
      return "time";
    case ValueKind::kMoney:
      return "money";
    case ValueKind::kPercent:
      return "percent";
    case ValueKind::kQuantity:
      return "quantity";
    case ValueKind::kDuration:
      return "duration";
  }
  return "quantity";
}

namespace analyze {
namespace values_internal {

bool ValueFinder::Money(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  std::string_view tx = s_.Text(t);
  // a sign ("$", "£", "₹") or a code written before the number ("Rs 500 crore", "EUR 20")
  std::string code(CurrencyOfSign(tx));
  if (code.empty()) return false;
  uint32_t sym = t;
  // "NZ $", "US$", "A$", "C$", "HK$", "R$", "S$" (a single letter written onto the sign: "A
  // $3 million fine" is the article)
  if (t > 0 && SameSentence(t - 1, t) && tx == "$" &&
      (s_.Text(t - 1).size() > 1 || s_.toks[t - 1].end == s_.toks[t].start)) {
    std::string_view p = s_.Text(t - 1);
    if (p == "NZ") {
      code = "NZD";
      sym = t - 1;
    } else if (p == "A" || p == "AU") {
      code = "AUD";
      sym = t - 1;
    } else if (p == "C" || p == "CA") {
      code = "CAD";
      sym = t - 1;
    } else if (p == "HK") {
      code = "HKD";
      sym = t - 1;
    } else if (p == "R") {
      code = "BRL";
      sym = t - 1;
    } else if (p == "S") {
      code = "SGD";
      sym = t - 1;
    } else if (p == "US") {
      sym = t - 1;
    }
  }
  uint32_t num = t + 1;
  if (s_.toks[t].kind == TokKind::kWord && num < n && s_.Text(num) == "." &&
      s_.toks[num].start == s_.toks[t].end)
    ++num;  // "Rs. 300"
  double v;
  uint32_t e;
  if (!Number(num, &v, &e) || !SameSentence(t, num)) return false;
  // a code word needs digits after it ("Rs 300", not "EUR two")
  if (s_.toks[t].kind == TokKind::kWord && s_.toks[num].kind != TokKind::kNumber) return false;
  double vmax = v;
  // "$30 to $40 million" (a range rises: "from $47 billion to $8 billion" is two figures, and so
  // is a change, "rose from $5 million to $8 million")
  if (e + 1 < n && (Is(e, "to") || Is(e, "-")) && !ChangeFrom(sym)) {
    uint32_t f = e + 1;
    if (f < n && CurrencyOfSign(s_.Text(f)) == code) ++f;
    double v2;
    uint32_t e2;
    if (Number(f, &v2, &e2) && SameSentence(t, f)) {
      double lo = v;
      if (v2 > lo * 100 && Multiplier(L(e2 - 1)) > 0) lo *= Multiplier(L(e2 - 1));
      if (v2 > lo) {
        v = lo;
        vmax = v2;
        e = e2;
      }
    }
  }
  uint32_t first;
  std::string qual = Qualifier(sym, &first);
  Emit(ValueKind::kMoney, first, e, v, vmax, code, qual, FormatNumber(v) + " " + code);
  *next = e;
  return true;
}

bool ValueFinder::Age(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (std::string_view(L(t)) != std::string_view("aged") || s_.toks[t].kind != TokKind::kWord ||
      t + 1 >= n || !SameSentence(t, t + 1))
    return false;
  // "the cheese was aged 12 months": the verb, no age ("most were aged 26 or above" is one)
  const bool after_be = t > 0 && SameSentence(t - 1, t) &&
                        (Is(t - 1, "was") || Is(t - 1, "were") || Is(t - 1, "been") ||
                         Is(t - 1, "is") || Is(t - 1, "are") || Is(t - 1, "be"));
  uint32_t a = t + 1;
  const bool between = Is(a, "between");
  if (between) ++a;
  double v, vmax;
  uint32_t e;
  if (a >= n || s_.toks[a].kind != TokKind::kNumber || !Number(a, &v, &e) || v <= 0 || v >= 130)
    return false;
  if (after_be && e < n && SameSentence(t, e) && IsDurationUnit(L(e))) return false;
  vmax = v;
  uint32_t last = e;
  std::string qual;
  // "18 to 25", "between 5 and 11"
  if (e + 1 < n && SameSentence(t, e + 1) &&
      (Is(e, between ? "and" : "to") || (!between && (Is(e, "-") || Is(e, "\u2013")))) &&
      s_.toks[e + 1].kind == TokKind::kNumber) {
    double hi;
    uint32_t e2;
    if (Number(e + 1, &hi, &e2) && hi > v && hi < 130) {
      vmax = hi;
      last = e2;
    }
  } else if (!between && e + 1 < n && SameSentence(t, e + 1) && (Is(e, "or") || Is(e, "and"))) {
    const std::string& w = L(e + 1);
    if (w == "older" || w == "over" || w == "above" || w == "more") {
      qual = "at least";
      last = e + 2;
    } else if (w == "younger" || w == "under" || w == "below" || w == "less") {
      qual = "at most";
      last = e + 2;
    }
  }
  if (between && vmax == v) return false;  // "aged between 5" is not an age
  // "aged 6 months", "aged 18 to 25 years"
  std::string unit = "years";
  if (qual.empty() && last < n && SameSentence(t, last) && IsDurationUnit(L(last))) {
    unit = L(last);
    if (unit.back() != 's') unit += 's';
    ++last;
  }
  Emit(ValueKind::kQuantity, t, last, v, vmax, unit + " (age)", qual, "");
  *next = last;
  return true;
}

bool ValueFinder::Count(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const Tok& k = s_.toks[t];
  if (k.kind != TokKind::kNumber && k.kind != TokKind::kWord) return false;
  // "911 calls", "a 999 call": an emergency line's number, no count
  if (k.kind == TokKind::kNumber && (L(t) == "911" || L(t) == "999" || L(t) == "112") &&
      t + 1 < n && (L(t + 1) == "call" || L(t + 1) == "calls" || L(t + 1) == "callers" ||
                    L(t + 1) == "operator" || L(t + 1) == "dispatcher" || L(t + 1) == "dispatchers"))
    return false;
  if (k.kind == TokKind::kWord && Times(t, next)) return true;
  // an earthquake's magnitude written before its number: "a magnitude 6.1 earthquake", "had a
  // magnitude of 5.9", "magnitude-5.2" ("a 6.1-magnitude quake" is a compound, below)
  if (k.kind == TokKind::kNumber && t > 0) {
    uint32_t m = t - 1;
    if ((Is(m, "of") || Is(m, "at") || s_.Text(m) == "-") && m > 0) --m;
    double v = 0;
    uint32_t e = t;
    if (Is(m, "magnitude") && SameSentence(m, t) && Number(t, &v, &e) && v > 0 && v < 10) {
      // a decimal the text split at its point ("magnitude 5. 9"): one number
      double frac = 0;
      // (the sentence splitter may have cut there: no sentence check)
      if (e + 1 < n && s_.Text(e) == "." && s_.toks[e].start == s_.toks[e - 1].end &&
          s_.toks[e + 1].kind == TokKind::kNumber && s_.toks[e + 1].start == s_.toks[e].end + 1 &&
          L(e + 1).size() == 1 && DigitsValue(L(e + 1), &frac)) {
        v += frac / 10;
        e += 2;
      }
      Emit(ValueKind::kQuantity, m, e, v, v, "magnitude", "", "");
      *next = e;
      return true;
    }
  }
  // "a zero-day flaw", "zero tolerance": a term, no count ("zero deaths" counts)
  if (k.kind == TokKind::kWord && L(t).compare(0, 4, "zero") == 0 &&
      (L(t).size() > 4 ||
       (t + 1 < n && !Is(t + 1, "to") && !Is(t + 1, "and") && L(t + 1).back() != 's')))
    return false;
  // "from zero to 60 mph in five seconds", "0 to 100 km/h": a test of speed, whose figure is the
  // speed reached (read at the second number), no range
  if ((L(t) == "zero" || L(t) == "0") && t + 3 < n && SameSentence(t, t + 3) && Is(t + 1, "to") &&
      s_.toks[t + 2].kind == TokKind::kNumber && IsMeasureUnit(L(t + 3)))
    return false;
  // "an hourlong call", "a weeklong visit", "an hour-long meeting": one unit of time
  if (k.kind == TokKind::kWord) {
    const std::string& w = L(t);
    for (std::string_view unit : {"minute", "hour", "day", "week", "month", "year", "decade"}) {
      if (w.size() != unit.size() + 4 && w.size() != unit.size() + 5) continue;
      if (w.compare(0, unit.size(), unit) != 0) continue;
      std::string_view rest = std::string_view(w).substr(unit.size());
      if (rest != "long" && rest != "-long") continue;
      const std::string units = std::string(unit) + "s";
      Emit(ValueKind::kDuration, t, t + 1, 1, 1, units, "", "1 " + units);
      return true;
    }
  }
  // hyphenated compounds: "six-member", "131-page", "14-year-old", "nine-month-old"
  {
    const std::string& w = L(t);
    size_t h = w.find('-');
    if (h != std::string::npos && h > 0) {
      double v;
      std::string_view head = std::string_view(w).substr(0, h);
      std::string_view rest = std::string_view(w).substr(h + 1);
      bool num = k.kind == TokKind::kWord ? WordValue(head, &v) : DigitsValue(head, &v);
      // "two-thirds", "one-quarter", "three-fifths": a fraction
      if (num && k.kind == TokKind::kWord && FractionDenominator(rest) > 0) {
        uint32_t first;
        std::string qual = Qualifier(t, &first);
        const double f = std::round(v / FractionDenominator(rest) * 1000) / 1000;
        const uint32_t last = t + 1;
        Emit(ValueKind::kQuantity, first, last, f, f, "", qual, "");
        return true;
      }
      // "five-and-a-half points", "two-and-a-half hours"
      if (num && rest == "and-a-half" && t + 1 < n && SameSentence(t, t + 1) &&
          s_.toks[t + 1].kind == TokKind::kWord && !s_.toks[t + 1].cap &&
          !IsFunctionWord(L(t + 1))) {
        uint32_t first;
        std::string qual = Qualifier(t, &first);
        const bool dur = IsDurationUnit(L(t + 1));
        const std::string unit(s_.Text(t + 1));
        Emit(dur ? ValueKind::kDuration : ValueKind::kQuantity, first, t + 2, v + 0.5, v + 0.5,
             unit, qual, dur ? FormatNumber(v + 0.5) + " " + unit : std::string());
        *next = t + 2;
        return true;
      }
      // "a quarter-point cut", "a half-point rise": a change of a rate
      if ((head == "quarter" || head == "half") &&
          (rest == "point" || rest == "percentage-point")) {
        uint32_t first;
        std::string qual = Qualifier(t, &first);
        if (first == t && t > 0 && (Is(t - 1, "a") || Is(t - 1, "one"))) first = t - 1;
        const double f = head == "half" ? 0.5 : 0.25;
        Emit(ValueKind::kQuantity, first, t + 1, f, f, "percentage points", qual, "");
        return true;
      }
      // "half-surprised", "half-price": a manner, no figure ("a half-hour", "a half-mile" are)
      if (head == "half" && !IsDurationUnit(rest) && !IsMeasureUnit(rest)) return false;
      // "Half-Life", "Seven-Eleven": a compound written as a name, no figure
      if (k.kind == TokKind::kWord && h + 1 < s_.Text(t).size() && s_.Text(t)[h + 1] >= 'A' &&
          s_.Text(t)[h + 1] <= 'Z')
        return false;
      // "a .45-caliber pistol", "a 3-pointer", "a 12-gauge shotgun": a kind of thing, no count
      // "two-stroke engines": a kind of engine
      if (rest == "caliber" || rest == "calibre" || rest == "pointer" || rest == "pointers" ||
          rest == "gauge" || rest == "stroke")
        return false;
      if (num && !rest.empty()) {
        double dummy;
        size_t h2 = rest.find('-');
        // "14-year-old", "17-years-old", and the range "12 to 17-years-old"
        std::string age_unit(h2 != std::string_view::npos ? rest.substr(0, h2) : rest);
        if (!age_unit.empty() && age_unit.back() != 's') age_unit += 's';
        // "a 13.8-billion-year history", "a 1.5-million-mile trip": a scale word inside
        if (h2 != std::string_view::npos && Multiplier(rest.substr(0, h2)) >= 1e3) {
          const std::string_view tail = rest.substr(h2 + 1);
          const bool dur = IsDurationUnit(tail);
          if ((dur || IsMeasureUnit(tail)) && tail.find('-') == std::string_view::npos) {
            const double value = v * Multiplier(rest.substr(0, h2));
            std::string unit(tail);
            if (unit.back() != 's' && unit.size() > 3) unit += 's';  // "miles", "years"
            Emit(dur ? ValueKind::kDuration : ValueKind::kQuantity, t, t + 1, value, value, unit,
                 "", dur ? FormatNumber(value) + " " + unit : std::string());
            return true;
          }
        }
        if (h2 != std::string_view::npos && rest.substr(h2) == "-old" && IsDurationUnit(age_unit)) {
          uint32_t first = t;
          double lo = v;
          if (t >= 2 && SameSentence(t - 2, t) && Is(t - 1, "to") &&
              s_.toks[t - 2].kind == TokKind::kNumber && DigitsValue(L(t - 2), &lo) && lo < v)
            first = t - 2;
          else
            lo = v;
          Emit(ValueKind::kQuantity, first, t + 1, lo, v, age_unit + " (age)", "", "");
          return true;
        }
        if (h2 == std::string_view::npos && !WordValue(rest, &dummy) &&
            rest.find_first_of("0123456789") == std::string_view::npos) {
          bool dur = IsDurationUnit(rest);
          std::string unit(rest);
          if (dur && v != 1) unit += rest == "century" ? "" : "s";
          Emit(dur ? ValueKind::kDuration : ValueKind::kQuantity, t, t + 1, v, v, unit, "",
               dur ? FormatNumber(v) + " " + unit : std::string());
          return true;
        }
      }
      if (k.kind == TokKind::kNumber) return false;
    }
  }
  double v;
  uint32_t e;
  uint32_t qt = t;  // where the qualifier words end: "more than a thousand" before "a"
  // "a thousand", "a million"
  if (k.kind == TokKind::kWord && Multiplier(L(t)) > 0 && L(t).size() > 2 && t > 0 &&
      (L(t - 1) == "a" || L(t - 1) == "one")) {
    v = Multiplier(L(t));
    e = t + 1;
    qt = t - 1;
    // "a quarter of a million"
    if (L(t - 1) == "a" && t >= 4 && SameSentence(t - 4, t) && Is(t - 2, "of") &&
        Is(t - 3, "quarter") && Is(t - 4, "a")) {
      v /= 4;
      qt = t - 4;
    }
    // "half a million people"
    if (L(t - 1) == "a" && t >= 2 && SameSentence(t - 2, t) && Is(t - 2, "half")) {
      v /= 2;
      qt = t - 2;
    }
  } else if (k.kind == TokKind::kWord && L(t) == "couple" && t > 0 && L(t - 1) == "a" &&
             t + 1 < n && SameSentence(t, t + 1)) {
    // "a couple hours", "a couple of songs"
    v = 2;
    e = Is(t + 1, "of") ? t + 2 : t + 1;
    if (e >= n || !SameSentence(t, e) || s_.toks[e].kind != TokKind::kWord) return false;
    uint32_t first = t - 1;
    std::string qual = Qualifier(t - 1, &first);
    const bool dur = IsDurationUnit(L(e));
    std::string unit(s_.Text(e));
    if (!dur && !(L(e).size() > 2 && L(e).back() == 's')) return false;
    Emit(dur ? ValueKind::kDuration : ValueKind::kQuantity, first, e + 1, v, v, unit, qual,
         dur ? "2 " + unit : std::string());
    *next = e + 1;
    return true;
  } else if (k.kind == TokKind::kWord &&
             (L(t) == "half" ||
              ((L(t) == "a" || L(t) == "one") && t + 1 < n && SameSentence(t, t + 1) &&
               FractionDenominator(L(t + 1)) > 0 && L(t + 1).back() != 's'))) {
    // "about half", "more than a third of the staff", "half of the voters": a share
    const bool half = L(t) == "half";
    const uint32_t last = half ? t + 1 : t + 2;
    uint32_t first;
    std::string qual = Qualifier(t, &first);
    const bool of = last < n && Is(last, "of");
    // "half a million", "a quarter of a million": the scale word's figure, read at "million"
    if (half && last + 1 < n && Is(last, "a") && Multiplier(L(last + 1)) >= 1e3) return false;
    if (of && last + 2 < n && Is(t + 1, "quarter") && Is(last + 1, "a") &&
        Multiplier(L(last + 2)) >= 1e3)
      return false;
    // "half a percentage point", "a quarter of a percentage point": a change of a rate
    {
      const uint32_t a = half ? last : last + 1;
      if ((half || of) && a + 2 < n && SameSentence(t, a + 2) && Is(a, "a") &&
          Is(a + 1, "percentage") && (Is(a + 2, "point") || Is(a + 2, "points"))) {
        const double f = half ? 0.5 : std::round(1000.0 / FractionDenominator(L(t + 1))) / 1000;
        Emit(ValueKind::kQuantity, first, a + 3, f, f, "percentage point", qual, "");
        *next = a + 3;
        return true;
      }
    }
    if (qual.empty() && !(of && (half ? t == 0 || !Is(t - 1, "a") : true))) return false;
    if (half && t > 0 && (Is(t - 1, "a") || Is(t - 1, "the") || Is(t - 1, "second") ||
                          Is(t - 1, "first")))
      return false;  // "a half", "the second half"
    const double f = half ? 0.5 : std::round(1000.0 / FractionDenominator(L(t + 1))) / 1000;
    Emit(ValueKind::kQuantity, first, last, f, f, "", qual, "");
    *next = last;
    return true;
  } else if (k.kind == TokKind::kWord && (L(t) == "a" || L(t) == "an") && t + 1 < n &&
             SameSentence(t, t + 1) && IsDurationUnit(L(t + 1))) {
    // "more than a year", "nearly a decade": one unit of time, with a qualifier only
    uint32_t first = t;
    std::string qual = Qualifier(t, &first);
    // "a year or two", "an hour or two": one or two units of time
    if (t + 3 < n && SameSentence(t, t + 3) && Is(t + 2, "or") && Is(t + 3, "two")) {
      std::string unit(s_.Text(t + 1));
      Emit(ValueKind::kDuration, first, t + 4, 1, 2, unit + "s", qual, "1 " + unit);
      *next = t + 4;
      return true;
    }
    uint32_t silence;
    if (qual.empty() && MinuteOfSilence(t + 1, &silence)) {
      Emit(ValueKind::kDuration, t, silence, 1, 1, "minutes", "", "1 minute");
      *next = silence;
      return true;
    }
    if (qual.empty()) return false;
    Emit(ValueKind::kDuration, first, t + 2, 1, 1, std::string(s_.Text(t + 1)), qual,
         "1 " + std::string(s_.Text(t + 1)));
    *next = t + 2;
    return true;
  } else if (k.kind == TokKind::kNumber && AttachedUnit(t, next)) {
    return true;
  } else if (!Number(t, &v, &e)) {
    return false;
  }
  // an age: "Thomas Sam, 42, ..."
  if (k.kind == TokKind::kNumber && t >= 2 && s_.Text(t - 1) == "," && e < n &&
      (s_.Text(e) == "," || s_.Text(e) == ".") && s_.toks[t - 2].cap &&
      s_.toks[t - 2].kind == TokKind::kWord && v > 0 && v < 120 && v == std::floor(v)) {
    Emit(ValueKind::kQuantity, t, e, v, v, "years (age)", "", "");
    *next = e;
    return true;
  }
  if (k.kind == TokKind::kNumber && AgeAt(t, e, v, next)) return true;
  if (k.kind == TokKind::kWord && (L(t) == "one" || L(t) == "half")) {
    // "one of", "one that", "the one", "no one"
    std::string_view before = t > 0 ? std::string_view(L(t - 1)) : "";
    if (e >= n || Is(e, "of") || Is(e, "another") || Is(e, "that") || Is(e, "who") ||
        before == "the" || before == "no" || before == "any" || before == "every" ||
        before == "this" || L(t) == "half")
      return false;
  }
  // a scale written onto the digits ("3.2m people", "5bn"; Number turned away the other
  // suffixes: "20th", "1990s"): "m" and "k" only before a counted noun ("the 100m final" is a
  // distance)
  bool short_scale = false, long_scale = false;
  if (k.kind == TokKind::kNumber) {
    std::string_view tx = s_.Text(t);
    size_t cut = 0;
    while (cut < tx.size() && !((tx[cut] | 0x20) >= 'a' && (tx[cut] | 0x20) <= 'z')) ++cut;
    if (cut < tx.size()) {
      const std::string_view suffix = std::string_view(L(t)).substr(cut);
      if (e != t + 1 || (t > 0 && s_.Text(t - 1) == "$")) return false;
      short_scale = suffix == "m" || suffix == "k";
      long_scale = suffix == "bn" || suffix == "mn" || suffix == "tn";
      if (!short_scale && !long_scale) return false;
      // "4K TVs": a screen's resolution; "Dh472. 72bn": the tail of a decimal the text split
      if ((suffix == "k" && tx[cut] == 'K' && v < 1e4) ||
          (t >= 2 && s_.Text(t - 1) == "." && s_.toks[t - 1].start == s_.toks[t - 2].end &&
           !s_.Text(t - 2).empty() && s_.Text(t - 2).back() >= '0' && s_.Text(t - 2).back() <= '9'))
        return false;
    }
  }
  if (Label(t, e)) return false;
  // "10,000+ people": the plus written onto the number says "more than"; the count goes on
  if (e < n && e > t && s_.Text(e) == "+" && s_.toks[e].start == s_.toks[e - 1].end &&
      e + 1 < n && SameSentence(t, e + 1) && s_.toks[e + 1].kind == TokKind::kWord)
    ++e;
  // "two and a half years"
  if (e + 2 < n && Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "half") && SameSentence(t, e + 2)) {
    v += 0.5;
    e += 3;
  }
  double vmax = v;
  // ranges: "30 to 40", "one or two", "between 5 and 10"
  if (e + 1 < n && (Is(e, "to") || Is(e, "or") || Is(e, "and") || s_.Text(e) == "-" ||
                    s_.Text(e) == "\xE2\x80\x93")) {
    double v2;
    uint32_t e2;
    bool between = t > 0 && Is(t - 1, "between");
    if ((Is(e, "and") ? between : true) && Number(e + 1, &v2, &e2) && SameSentence(t, e + 1) &&
        v2 > v && !ChangeFrom(t)) {
      // "350-375 million": the scale word after the second number scales the first too
      if (v2 > v * 100 && e2 > e + 2 && Multiplier(L(e2 - 1)) > 0 && e == t + 1)
        v *= Multiplier(L(e2 - 1));
      vmax = v2;
      e = e2;
    }
  }
  // "one in five adults", "eight out of ten companies": the first number counts
  bool ratio = false;
  if (e + 1 < n && vmax == v && (Is(e, "in") || (Is(e, "out") && Is(e + 1, "of")))) {
    const uint32_t f = Is(e, "in") ? e + 1 : e + 2;
    double v2;
    uint32_t e2;
    if (f < n && SameSentence(t, f) && Number(f, &v2, &e2) && v2 > v &&
        (s_.toks[f].kind == k.kind ||
         // "six in 10 Americans", "nine out of 10 doctors"
         (k.kind == TokKind::kWord && (v2 == 10 || v2 == 100 || v2 == 1000 || Is(e, "out"))))) {
      e = e2;
      ratio = true;
    }
  }
  // percent
  if (e < n &&
      (s_.Text(e) == "%" || Is(e, "percent") || (Is(e, "per") && e + 1 < n && Is(e + 1, "cent")))) {
    uint32_t last = Is(e, "per") ? e + 2 : e + 1;
    uint32_t first;
    std::string qual = Qualifier(qt, &first);
    // "10% to 20%", "10%-15%", "between 10% and 20%" (not a change: "from 19% to 25%", unless
    // "ranging from")
    const bool between = t > 0 && Is(t - 1, "between");
    if (vmax == v && last + 1 < n && SameSentence(t, last + 1) &&
        (Is(last, "to") || s_.Text(last) == "-" || s_.Text(last) == "\xE2\x80\x93" ||
         (between && Is(last, "and"))) &&
        !(t > 0 && Is(t - 1, "from") && !(t > 1 && (Is(t - 2, "ranging") || Is(t - 2, "range"))))) {
      double v2;
      uint32_t e2;
      if (Number(last + 1, &v2, &e2) && v2 > v && e2 < n && s_.Text(e2) == "%") {
        vmax = v2;
        last = e2 + 1;
      }
    }
    if (between && vmax != v) first = t - 1;
    // "-5.44%", "+2.1%": a change written with its sign onto the number (not the hyphen of a
    // word: "COVID-19%")
    if (first == qt && vmax == v && t > 0 && SameSentence(t - 1, t) &&
        s_.toks[t - 1].end == s_.toks[t].start &&
        (s_.Text(t - 1) == "-" || s_.Text(t - 1) == "+" || s_.Text(t - 1) == "\xE2\x88\x92") &&
        (t < 2 || s_.toks[t - 2].end != s_.toks[t - 1].start ||
         (s_.toks[t - 2].kind != TokKind::kWord && s_.toks[t - 2].kind != TokKind::kNumber))) {
      if (s_.Text(t - 1) != "+") v = vmax = -v;
      first = t - 1;
    }
    Emit(ValueKind::kPercent, first, last, v, vmax, "%", qual, FormatNumber(v) + "%");
    *next = last;
    return true;
  }
  // degrees: "40°C", "-3 °F", "10°"
  if (e < n && SameSentence(t, e) && s_.Text(e).substr(0, 2) == "\xC2\xB0") {
    uint32_t last = e + 1;
    // the scale's letter, an abbreviation's token at a sentence's end ("41°C.")
    bool stop = false;
    if (s_.Text(e).size() == 2 && last < n && s_.toks[last].start == s_.toks[e].end &&
        (s_.Text(last) == "C" || s_.Text(last) == "F" || s_.Text(last) == "C." ||
         s_.Text(last) == "F.")) {
      stop = s_.Text(last).size() == 2;
      ++last;
    }
    uint32_t first;
    std::string qual = Qualifier(qt, &first);
    if (first == qt && t > 0 && SameSentence(t - 1, t) &&
        (Is(t - 1, "minus") || (s_.Text(t - 1) == "-" && s_.toks[t - 1].end == s_.toks[t].start))) {
      v = -v;
      vmax = v;
      first = t - 1;
    }
    Emit(ValueKind::kQuantity, first, last, v, vmax, "degrees", qual, "");
    if (stop) --out_.back().end;
    *next = last;
    return true;
  }
  // "10 cents", "50 pence": a hundredth of the dollar or the pound
  if (e < n && SameSentence(t, e) && vmax == v && (Is(e, "cents") || Is(e, "pence"))) {
    // "my two cents": an opinion, no amount
    if (v == 2 && t > 0 && (Is(t - 1, "my") || Is(t - 1, "our") || Is(t - 1, "his") ||
                            Is(t - 1, "her") || Is(t - 1, "their") || Is(t - 1, "your")))
      return false;
    const std::string code = Is(e, "cents") ? "USD" : "GBP";
    uint32_t first;
    std::string qual = Qualifier(qt, &first);
    const double money = std::round(v) / 100;
    Emit(ValueKind::kMoney, first, e + 1, money, money, code, qual,
         FormatNumber(money) + " " + code);
    *next = e + 1;
    return true;
  }
  // money written out: "5 million dollars", "20 euros", "300 rupees"
  if (e < n && !CurrencyOfWord(L(e)).empty()) {
    std::string code(CurrencyOfWord(L(e)));
    uint32_t first;
    std::string qual = Qualifier(qt, &first);
    Emit(ValueKind::kMoney, first, e + 1, v, vmax, code, qual, FormatNumber(v) + " " + code);
    *next = e + 1;
    return true;
  }
  // the counted noun: the first plural among the next few words (skipping adjectives)
  uint32_t unit_tok = n;
  uint32_t u = e;
  // "roughly 400 737 Max jets": a model's number between the count and its noun
  const bool model = vmax == v && ModelNumber(e);
  if (model) ++u;
  bool single = v == 1 && vmax == 1;
  // coordinated modifiers widen the window: "1,000 maintenance and cleaning workers", "four
  // national security and diplomatic officials"
  int window = 4;
  for (int k2 = 0; k2 < window && u < n && SameSentence(t, u); ++k2, ++u) {
    const Tok& w = s_.toks[u];
    if (w.kind != TokKind::kWord) break;
    const std::string& lw = L(u);
    if ((lw == "and" || lw == "or") && k2 > 0 && window == 4 && u + 1 < n &&
        s_.toks[u + 1].kind == TokKind::kWord && !IsFunctionWord(L(u + 1)) &&
        !IsDurationUnit(L(u - 1)) && !IsMeasureUnit(L(u - 1)) && L(u - 1).back() != 's') {
      window = 6;
      continue;
    }
    if (lw == "other" || lw == "additional" || lw == "further" || lw == "new" || lw == "extra" ||
        lw == "more" || lw == "fewer") {
      if (u + 1 < n && s_.toks[u + 1].kind == TokKind::kWord) continue;
      break;
    }
    // an acronym modifies the noun ("nine US companies"), it is no pronoun
    if (w.cap && IsAcronym(s_.Text(u)) && u + 1 < n && s_.toks[u + 1].kind == TokKind::kWord) continue;
    if (IsFunctionWord(lw) && lw != "people" && lw != "times") break;
    if (IsDurationUnit(lw) || IsMeasureUnit(lw)) {
      unit_tok = u;
      break;
    }
    if (single || (lw.size() > 2 && lw.back() == 's' && lw[lw.size() - 2] != 's') ||
        lw == "people" || (lw.size() >= 8 && lw.compare(lw.size() - 8, 8, "children") == 0) ||
        lw == "men" || lw == "women" || lw == "police" || lw == "staff" || lw == "personnel" ||
        lw == "aircraft" || lw == "sheep" || lw == "fish" || lw == "feet" || lw == "teeth" ||
        lw == "mice" || (lw == "crew" && u == e)) {
      if (w.cap && !single && u == e && IsPlaceWord(lw)) break;
      unit_tok = u;
      break;
    }
    if (lw.size() > 2 && lw.compare(lw.size() - 2, 2, "ed") == 0 && k2 > 0) break;
  }
  if (short_scale && (unit_tok != e || L(unit_tok) == "hurdles")) return false;
  if (NameNumber(t, e, unit_tok)) return false;
  // a part of a whole: "three of those companies", "won 12 of 13", "Seven of LeBron's
  // assists", "lost four of five" (the part counts; "one of" is left out: "one of the
  // biggest" is mostly a superlative)
  if (unit_tok == n && !single && vmax == v && e + 1 < n && Is(e, "of") && SameSentence(t, e + 1) &&
      v == std::floor(v) && v < 1e6) {
    const uint32_t o = e + 1;
    const std::string& lo = L(o);
    double whole;
    uint32_t we;
    const bool number_whole = Number(o, &whole, &we) && whole > v && whole == std::floor(whole);
    const bool det = lo == "the" || lo == "those" || lo == "these" || lo == "his" || lo == "her" ||
                     lo == "their" || lo == "its" || lo == "our" || lo == "my" || lo == "your";
    const bool owner = s_.toks[o].cap && s_.toks[o].kind == TokKind::kWord && o + 1 < n &&
                       s_.toks[o + 1].kind == TokKind::kPossessive;
    if (number_whole || det || owner) {
      uint32_t last = number_whole ? we : o + (owner ? 2 : 1);
      std::string unit;
      uint32_t whole_at = n;  // a number giving the whole ("six of the 20 staffers")
      // the counted noun: the first plural within a few words ("those companies")
      for (uint32_t q = last; !number_whole && q < n && q < last + 4 && SameSentence(t, q); ++q) {
        const std::string& lq = L(q);
        double d;
        // "four of their last five games"
        if (lq == "last" || lq == "first" || lq == "past" || lq == "next" || lq == "previous")
          continue;
        if (q > last && (s_.toks[q].kind == TokKind::kNumber || WordValue(lq, &d))) {
          const std::string& lp = L(q - 1);
          if (lp == "last" || lp == "first" || lp == "past" || lp == "next" || lp == "previous")
            continue;
        }
        // "30 of Boeing's 787-9 Dreamliner jets": a model's number
        if (q == last && owner && s_.toks[q].kind == TokKind::kNumber && ModelNumber(q))
          continue;
        // "six of the 20 staffers": the whole is a figure of its own, read next
        if (q == last && det && !owner && s_.toks[q].kind == TokKind::kNumber) {
          whole_at = q;
          continue;
        }
        if (s_.toks[q].kind != TokKind::kWord || IsFunctionWord(lq)) break;
        if (lq.size() > 2 && lq.back() == 's' && lq[lq.size() - 2] != 's') {
          unit = std::string(s_.Text(q));
          last = q + 1;
          break;
        }
      }
      if (number_whole || !unit.empty()) {
        uint32_t first;
        std::string qual = Qualifier(qt, &first);
        Emit(ValueKind::kQuantity, first, last, v, v, unit, qual, "");
        *next = whole_at < n ? whole_at : last;
        return true;
      }
    }
  }
  if (unit_tok == n) {
    // casualties and bare counts: "killing 107 or more", "wounding 238", "over 150,000"
    std::string_view before = t > 0 ? std::string_view(L(t > 0 ? t - 1 : 0)) : "";
    std::string_view after = e < n ? std::string_view(L(e)) : "";
    // "five were injured", "12 were arrested": the participle after "were" / "are"
    uint32_t passive = 0;
    if ((after == "were" || after == "are") && e + 1 < n && SameSentence(t, e + 1)) {
      const std::string_view p = L(e + 1);
      if (p == "killed" || p == "injured" || p == "wounded" || p == "hurt" ||
          p == "arrested" || p == "hospitalized" || p == "hospitalised" || p == "rescued" ||
          p == "evacuated" || p == "detained" || p == "displaced") {
        after = p;
        passive = 1;
      }
    }
    std::string unit;
    if (before == "killing" || before == "killed" || after == "killed" || after == "dead" ||
        after == "died")
      unit = "people killed";
    else if (before == "wounding" || before == "injuring" || after == "wounded" ||
             after == "injured" ||
             // "killed 14 and injured 30"
             ((before == "injured" || before == "wounded") && t >= 2 && L(t - 2) == "and"))
      unit = "people wounded";
    else if (after == "hospitalized" || after == "hospitalised" || after == "arrested" ||
             after == "rescued" || after == "evacuated" || after == "missing" ||
             after == "detained" || after == "hurt" || after == "displaced")
      unit = "people";  // "3 Hospitalized After Crash", "12 arrested"
    uint32_t first;
    std::string qual = Qualifier(qt, &first);
    uint32_t last = unit == "people" ? e + 1 + passive : e;
    if (e + 1 < n && Is(e, "or") && Is(e + 1, "more")) {
      qual = "at least";
      last = e + 2;
    }
    // "saved 200 more": a count of what the text just named
    bool more = false;
    if (qual.empty() && unit.empty() && Is(e, "more") && SameSentence(t, e) &&
        (e + 1 >= n || !SameSentence(t, e + 1) || !Is(e + 1, "than")) &&
        !(k.kind == TokKind::kNumber && s_.Text(t).size() == 4 && v >= 1800 && v <= 2100)) {
      more = true;  // not "in 2012 more people"
      last = e + 1;
    }
    // "fell to 350 million": a number with a scale word is a figure without its noun
    // (not the tail of a decimal the text split: "$2. 5 million")
    const bool scaled = long_scale || (e > t + 1 && Multiplier(L(e - 1)) >= 1e6 &&
                                       !(t >= 2 && s_.Text(t - 1) == "." &&
                                         s_.toks[t - 2].kind == TokKind::kNumber));
    // "as many as 20, 000 people": digits the text split after a qualifier, no count
    if (unit.empty() && !qual.empty() && e + 1 < n && s_.Text(e) == "," &&
        s_.toks[e].start == s_.toks[e - 1].end && s_.toks[e + 1].kind == TokKind::kNumber)
      return false;
    if (unit.empty() && !more && !scaled && (qual.empty() || v < 10)) {
      bool with_verb = false;
      if (!qual.empty() || !BareCount(t, e, &last, &unit, &with_verb)) return false;
      if (with_verb) first = t - 1;  // "had 15", "was 95": the verb with its count
    }
    if (single) return false;
    Emit(ValueKind::kQuantity, first, last, v, vmax, unit, qual, "");
    *next = last;
    return true;
  }
  if (PartOfName(t, e, unit_tok, qt)) return false;
  // a lone "one" counts with a unit of time or measure ("one day"), or where the sentence
  // counts the thing ("only one toilet", "with one launch")
  if (single && !ratio && k.kind == TokKind::kWord && !IsDurationUnit(L(unit_tok)) &&
      !IsMeasureUnit(L(unit_tok))) {
    if (L(t) != "one") return false;
    const uint32_t head = OneHead(unit_tok);
    if (head == n || (!OneCounts(qt) && !OneAmongCounts(t, head))) return false;
    unit_tok = head;
  }
  std::string unit(s_.Text(unit_tok));
  // compound nouns: "patrol boats", "asylum seekers" (a lower-case noun right before)
  if (unit_tok > e && !s_.toks[unit_tok - 1].cap && s_.toks[unit_tok - 1].kind == TokKind::kWord) {
    const std::string& pw = L(unit_tok - 1);
    bool adjective =
        pw.find('-') != std::string::npos || pw.size() < 3 ||
        (pw.size() > 2 &&
         (pw.compare(pw.size() - 2, 2, "ed") == 0 || pw.compare(pw.size() - 2, 2, "al") == 0 ||
          pw.compare(pw.size() - 3, 3, "ous") == 0 || pw.compare(pw.size() - 3, 3, "ive") == 0 ||
          pw.compare(pw.size() - 3, 3, "ful") == 0 || pw.compare(pw.size() - 2, 2, "ic") == 0 ||
          pw.compare(pw.size() - 2, 2, "an") == 0 || pw.compare(pw.size() - 3, 3, "ing") == 0));
    if (!adjective && pw != "more" && pw != "fewer")
      unit = std::string(s_.TextRange(unit_tok - 1, unit_tok + 1));
  }
  bool duration = IsDurationUnit(L(unit_tok)) && unit_tok == e;
  uint32_t first;
  std::string qual = Qualifier(qt, &first);
  if (t > 0 && Is(t - 1, "between") && vmax != v) first = t - 1;
  uint32_t last = unit_tok + 1;
  // "N or more" -> at least
  if (qual.empty() && last + 1 < n && Is(last, "or") && Is(last + 1, "more")) {
    qual = "at least";
    last += 2;
  }
  std::string norm = duration ? FormatNumber(v) + " " + unit : std::string();
  Emit(duration ? ValueKind::kDuration : ValueKind::kQuantity, first, last, v, vmax, unit, qual,
       norm);
  *next = model ? e + 1 : e;  // let a later recogniser look at the words after the number too
  return true;
}

namespace {

// "hundreds" -> 100: a plural scale word, naming an order of magnitude.
double PluralScale(std::string_view w) {
  if (w == "hundreds") return 1e2;
  if (w == "thousands") return 1e3;
  if (w == "millions") return 1e6;
  if (w == "billions") return 1e9;
  if (w == "trillions") return 1e12;
  return 0;
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "their" || w == "these" || w == "those" || w == "his" || w == "her" ||
         w == "its" || w == "our" || w == "your" || w == "my" || w == "whose" || w == "this" ||
         w == "that";
}

}  // namespace

uint32_t ValueFinder::VagueNoun(uint32_t u, uint32_t limit) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const uint32_t from = u;
  for (int k2 = 0; k2 < 4 && u < n && u < limit; ++k2, ++u) {
    const Tok& w = s_.toks[u];
    if (w.kind != TokKind::kWord) break;
    const std::string& lw = L(u);
    if (u == from && IsDeterminer(lw) && lw != "that" && lw != "this") continue;
    // a capitalised modifier: "Ukrainian refugees", "Facebook users"
    if (w.cap && u + 1 < limit && s_.toks[u + 1].kind == TokKind::kWord &&
        !IsFunctionWord(L(u + 1)))
      continue;
    if (IsFunctionWord(lw) && lw != "people" && lw != "times") break;
    if (IsDurationUnit(lw) || IsMeasureUnit(lw)) return u;
    if ((lw.size() > 2 && lw.back() == 's' && lw[lw.size() - 2] != 's') || lw == "people" ||
        (lw.size() >= 8 && lw.compare(lw.size() - 8, 8, "children") == 0) || lw == "men" ||
        lw == "women" || lw == "police" || lw == "staff" || lw == "personnel" ||
        lw == "aircraft" || lw == "feet")
      return u;
    if (lw.size() > 2 && lw.compare(lw.size() - 2, 2, "ed") == 0 && k2 > 0) break;
  }
  return n;
}

bool ValueFinder::Vague(uint32_t t, uint32_t* next) {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  const Tok& k = s_.toks[t];
  if (k.kind != TokKind::kWord) return false;
  {
    // only these words open a vague amount; the rest of the text pays a length check or two
    // a word (string_view comparisons look at the size first)
    using namespace std::string_view_literals;
    const std::string_view w = L(t);
    if (!(w == "tens"sv || w == "hundreds"sv || w == "thousands"sv || w == "millions"sv ||
          w == "billions"sv || w == "trillions"sv || w == "dozens"sv || w == "scores"sv ||
          w == "several"sv || w == "many"sv || w == "a"sv || w == "decades"sv || w == "years"sv))
      return false;
    if (w == "a"sv && !(t + 1 < n && std::string_view(L(t + 1)) == "few"sv)) return false;
  }
  // a capital inside a sentence is a title or a name ("Thousands of Years", "the Hundreds"),
  // unless punctuation opens the clause ("Indianapolis – Several thousand teachers") and the
  // words after it are in lower case
  const bool inner_cap = k.cap && !k.sentence_start;
  if (inner_cap && (t == 0 || !SameSentence(t - 1, t) || s_.toks[t - 1].kind == TokKind::kWord ||
                    s_.toks[t - 1].kind == TokKind::kNumber))
    return false;
  uint32_t limit = t;  // the end of the sentence
  while (limit < n && SameSentence(t, limit)) ++limit;
  auto at = [&](uint32_t u) -> std::string_view {
    return u < limit ? std::string_view(L(u)) : std::string_view();
  };
  const std::string_view prev = t > 0 && SameSentence(t - 1, t) ? std::string_view(L(t - 1))
                                                                 : std::string_view();
  {
    // "two hundreds", "the eighteen hundreds": a number, no vague amount
    double d;
    if (t > 0 && SameSentence(t - 1, t) &&
        (s_.toks[t - 1].kind == TokKind::kNumber || WordValue(prev, &d)))
      return false;
  }
  const std::string& w = L(t);
  double scale = 0;       // the order of magnitude the words name
  uint32_t e = t + 1;     // just after the amount words
  bool plural = true;     // "hundreds" (a noun: "of" before the counted noun) or "several hundred"
  bool need_noun = false;
  auto emit = [&](uint32_t last, double bound, std::string unit) {
    if (inner_cap)
      for (uint32_t u = t + 1; u < last; ++u)
        if (s_.toks[u].cap) return false;
    ValueKind kind = ValueKind::kQuantity;
    std::string lu = Lower(unit);
    if (lu == "dollars" || lu == "euros" || lu == "pounds") {
      kind = ValueKind::kMoney;
      unit = lu == "dollars" ? "USD" : lu == "euros" ? "EUR" : "GBP";
    } else if (!unit.empty() && IsDurationUnit(lu)) {
      kind = ValueKind::kDuration;
    }
    Emit(kind, t, last, bound, bound, std::move(unit), "at least", "");
    out_.back().vague = true;
    *next = last;
    return true;
  };
  if ((w == "tens" || w == "hundreds") && at(t + 1) == "of" && PluralScale(at(t + 2)) >= 1e3) {
    // "tens of thousands", "hundreds of millions"
    scale = (w == "tens" ? 10 : 100) * PluralScale(at(t + 2));
    e = t + 3;
  } else if (PluralScale(w) > 0) {
    scale = PluralScale(w);
    // "billions and billions of dollars": one amount
    if (at(t + 1) == "and" && at(t + 2) == std::string_view(w)) e = t + 3;
  } else if (w == "dozens") {
    scale = 12;
  } else if (w == "scores") {
    // "scores of homes", never "test scores of students" or "the scores of the games"
    const bool after_noun = !prev.empty() && s_.toks[t - 1].kind == TokKind::kWord &&
                            (IsDeterminer(prev) || !IsFunctionWord(prev)) &&
                            !(prev.size() > 3 && (prev.compare(prev.size() - 2, 2, "ed") == 0 ||
                                                  prev.compare(prev.size() - 3, 3, "ing") == 0));
    if (after_noun || at(t + 1) != "of") return false;
    scale = 20;
    need_noun = true;
  } else if (w == "several" || w == "many" || (w == "a" && at(t + 1) == "few")) {
    // "several thousand teachers", "a few hundred", "many thousands of", "several times"
    uint32_t u = w == "a" ? t + 2 : t + 1;
    if (at(u) == "times" && w != "many") return emit(u + 1, 2, "times");
    double product = 1;
    plural = false;
    uint32_t v = u;
    while (v < limit && v < u + 3) {
      double m = Multiplier(L(v));
      if (L(v).size() > 2 && m > 0) {
        product *= m;
        ++v;
        continue;
      }
      if (PluralScale(L(v)) > 0 || L(v) == "dozens") {
        product *= L(v) == "dozens" ? 12 : PluralScale(L(v));
        plural = true;
        ++v;
      }
      break;
    }
    if (v == u) return false;
    scale = product;
    e = v;
  } else if ((w == "decades" || w == "years") && at(t + 1) == "in" &&
             (at(t + 2) == "jail" || at(t + 2) == "prison") && !IsDeterminer(prev)) {
    // "faces decades in jail", "spent years in prison"
    return emit(t + 3, 2, std::string(s_.Text(t)));
  } else {
    return false;
  }
  const double bound = 2 * scale;
  // the counted noun: "hundreds of people", "several thousand teachers", "thousands more
  // residents"; "hundreds of them"
  uint32_t noun = n;
  uint32_t last = e;
  if (at(e) == "of" && plural) {
    noun = VagueNoun(e + 1, limit);
    if (noun == n && (at(e + 1) == "them" || at(e + 1) == "us" || at(e + 1) == "you"))
      last = e + 2;
  } else if (at(e) == "more" && plural) {
    noun = VagueNoun(e + 1, limit);
    if (noun == n) last = e + 1;
  } else if (!plural) {
    noun = VagueNoun(e, limit);
  }
  if (noun != n) return emit(noun + 1, bound, std::string(s_.Text(noun)));
  if (need_noun) return false;
  return emit(last, bound, "");
}

}  // namespace values_internal

std::vector<ValueMention> FindValues(const Scan& scan, std::string_view published) {
  return values_internal::ValueFinder(scan, published).Run();
}

}  // namespace analyze

std::vector<ValueMention> RecogniseValues(std::string_view text, const TokenizedText& tokens,
                                          std::string_view published) {
  // The analyzer's own scanner gives the sentence context (tense) the rules need; `tokens` is
  // accepted for interface symmetry with the other recognisers.
  (void)tokens;
  analyze::Scan scan = analyze::ScanText(text);
  return analyze::FindValues(scan, published);
}

}  // namespace newsgraph
