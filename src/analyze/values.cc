// RecogniseValues: dates (absolute and relative, resolved against the publication date with the
// sentence's tense), clock times, money, percentages, durations and counted quantities, each
// with a normalised value and its qualifier ("up to", "more than", "about" ...).
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "analyze/internal.h"

namespace newsgraph {

const char* ValueKindName(ValueKind k) {
  switch (k) {
    case ValueKind::kDate: return "date";
    case ValueKind::kTime: return "time";
    case ValueKind::kMoney: return "money";
    case ValueKind::kPercent: return "percent";
    case ValueKind::kQuantity: return "quantity";
    case ValueKind::kDuration: return "duration";
  }
  return "quantity";
}

namespace analyze {
namespace {

class ValueFinder {
 public:
  ValueFinder(const Scan& s, std::string_view published) : s_(s), published_(published) {
    have_pub_ = ParseIso(published, &pub_days_);
  }

  std::vector<ValueMention> Run() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    for (uint32_t t = 0; t < n;) {
      uint32_t next = t + 1;
      if (Date(t, &next) || Money(t, &next) || Count(t, &next)) {
        t = next;
        continue;
      }
      t = next;
    }
    return std::move(out_);
  }

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  bool Is(uint32_t t, std::string_view w) const { return t < s_.toks.size() && L(t) == w; }
  bool SameSentence(uint32_t a, uint32_t b) const {
    return b < s_.toks.size() && s_.toks[a].sentence == s_.toks[b].sentence;
  }

  void Emit(ValueKind k, uint32_t first, uint32_t last, double v, double vmax, std::string unit,
            std::string qual, std::string norm) {
    ValueMention m;
    m.kind = k;
    m.start = s_.toks[first].start;
    m.end = s_.toks[last - 1].end;
    m.value = v;
    m.value_max = vmax;
    m.unit = std::move(unit);
    m.qualifier = std::move(qual);
    m.normalized = std::move(norm);
    out_.push_back(std::move(m));
  }

  // Qualifier words ending just before token t; sets *first to where they start.
  std::string Qualifier(uint32_t t, uint32_t* first) const {
    *first = t;
    auto back = [&](int k) -> std::string_view {
      return t >= static_cast<uint32_t>(k) && SameSentence(t - k, t) ? std::string_view(L(t - k))
                                                                     : std::string_view();
    };
    std::string_view a = back(2), b = back(1), z = back(3);
    if ((a == "up" && b == "to") || (a == "as" && b == "many") || (a == "as" && b == "much")) {
      if (a == "as" && !(b == "many" || b == "much")) return {};
      if (a == "as") {
        if (z != "as") return {};
        *first = t - 3;
        return "up to";
      }
      *first = t - 2;
      return "up to";
    }
    if ((a == "more" || a == "fewer" || a == "less") && b == "than") {
      *first = t - 2;
      if (z == "just" || z == "slightly" || z == "little") *first = t - 3;
      return a == "more" ? "more than" : "less than";
    }
    if (a == "at" && (b == "least" || b == "most")) {
      *first = t - 2;
      return b == "least" ? "at least" : "at most";
    }
    if (a == "an" && b == "estimated") {
      *first = t - 2;
      return "about";
    }
    if (b == "over" || b == "above" || b == "exceeding") {
      *first = t - 1;
      return "more than";
    }
    if (b == "under" || b == "below") {
      *first = t - 1;
      return "less than";
    }
    if (b == "about" || b == "around" || b == "roughly" || b == "some" || b == "nearly" ||
        b == "almost" || b == "approximately" || b == "approx." || b == "circa" || b == "c." ||
        b == "estimated" || b == "close" || b == "just") {
      if (b == "some" && t + 1 < s_.toks.size() && L(t + 1) == "of") return {};
      if (b == "just") return {};
      *first = t - 1;
      return "about";
    }
    return {};
  }

  // Parses a number at t: digits (with an optional scale word) or number words.
  bool Number(uint32_t t, double* v, uint32_t* end) const {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    if (t >= n) return false;
    const Tok& k = s_.toks[t];
    double base;
    if (k.kind == TokKind::kNumber) {
      if (!DigitsValue(L(t), &base)) return false;
    } else if (k.kind == TokKind::kWord) {
      if (!WordValue(L(t), &base)) return false;
    } else {
      return false;
    }
    uint32_t e = t + 1;
    while (e < n && SameSentence(t, e)) {
      double m = Multiplier(L(e));
      if (m == 0 || (L(e) == "m" || L(e) == "b") != (s_.toks[e].start == s_.toks[e - 1].end)) break;
      if (m == 1e2 && base >= 100) break;
      base *= m;
      ++e;
    }
    *v = base;
    *end = e;
    return true;
  }

  bool Date(uint32_t t, uint32_t* next) {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    const std::string& w = L(t);
    int wd;
    // weekday, optionally with on/last/next/this before and morning/afternoon/... after
    if (IsWeekday(w, &wd)) {
      uint32_t first = t, last = t + 1;
      std::string_view before = t > 0 && SameSentence(t - 1, t) ? std::string_view(L(t - 1)) : "";
      if (before == "on" || before == "last" || before == "next" || before == "this" ||
          before == "early" || before == "late")
        first = t - 1;
      if (last < n && SameSentence(t, last) &&
          (Is(last, "morning") || Is(last, "afternoon") || Is(last, "evening") ||
           Is(last, "night")))
        ++last;
      // "Tuesday, May 18, 2015": an absolute date follows; let it win.
      if (last < n && s_.Text(last) == "," && last + 1 < n && MonthIndex(L(last + 1))) {
        *next = t + 1;
        return false;
      }
      std::string norm;
      if (have_pub_) {
        int pw = WeekdayOfDays(pub_days_);
        bool future = before == "next" || (before != "last" && FutureAt(s_, t));
        int delta;
        if (future) {
          delta = (wd - pw + 7) % 7;
          if (before == "next" && delta == 0) delta = 7;
        } else {
          delta = -((pw - wd + 7) % 7);
          if (before == "last" && delta == 0) delta = -7;
        }
        norm = IsoFromDays(pub_days_ + delta);
      }
      Emit(ValueKind::kDate, first, last, 0, 0, "", "", norm);
      *next = last;
      return true;
    }
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight") {
      int delta = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      Emit(ValueKind::kDate, t, t + 1, 0, 0, "", "", have_pub_ ? IsoFromDays(pub_days_ + delta) : "");
      return true;
    }
    if ((w == "last" || w == "this" || w == "next" || w == "past") && t + 1 < n &&
        SameSentence(t, t + 1) &&
        (Is(t + 1, "week") || Is(t + 1, "month") || Is(t + 1, "year") || Is(t + 1, "weekend"))) {
      uint32_t first = t > 0 && Is(t - 1, "the") ? t - 1 : t;
      Emit(ValueKind::kDate, first, t + 2, 0, 0, "", "", "");
      *next = t + 2;
      return true;
    }
    if (w == "recent" || w == "recently") {
      Emit(ValueKind::kDate, t, t + 1, 0, 0, "", "", "");
      return true;
    }
    // Month [D[,] [YYYY]] / Month YYYY
    int mon = MonthIndex(w);
    if (mon && s_.toks[t].cap && !(w == "may" && !(t + 1 < n && s_.toks[t + 1].kind == TokKind::kNumber))) {
      uint32_t e = t + 1;
      int day = 0;
      long year = 0;
      double v;
      if (e < n && SameSentence(t, e) && s_.toks[e].kind == TokKind::kNumber && DigitsValue(L(e), &v)) {
        if (v >= 1 && v <= 31 && L(e).size() <= 2) {
          day = static_cast<int>(v);
          ++e;
          if (e < n && s_.Text(e) == ",") ++e;
          if (e < n && s_.toks[e].kind == TokKind::kNumber && DigitsValue(L(e), &v) && v >= 1000 &&
              v <= 2200 && L(e).size() == 4) {
            year = static_cast<long>(v);
            ++e;
          } else if (s_.Text(e - 1) == ",") {
            --e;
          }
        } else if (v >= 1000 && v <= 2200 && L(e).size() == 4) {
          year = static_cast<long>(v);
          ++e;
        }
      }
      if (!day && !year) {
        Emit(ValueKind::kDate, t, t + 1, 0, 0, "", "", "");
        *next = t + 1;
        return true;
      }
      // a day number before the month: "18 May 2015"
      uint32_t first = t;
      if (!day && t > 0 && s_.toks[t - 1].kind == TokKind::kNumber && DigitsValue(L(t - 1), &v) &&
          v >= 1 && v <= 31 && L(t - 1).size() <= 2) {
        day = static_cast<int>(v);
        first = t - 1;
      }
      if (!year && have_pub_) year = std::atol(std::string(published_.substr(0, 4)).c_str());
      char buf[32];
      if (day && year)
        std::snprintf(buf, sizeof buf, "%04ld-%02d-%02d", year, mon, day);
      else if (year)
        std::snprintf(buf, sizeof buf, "%04ld-%02d", year, mon);
      else
        buf[0] = 0;
      if (first < t && !out_.empty() && out_.back().start == s_.toks[first].start) out_.pop_back();
      Emit(ValueKind::kDate, first, e, 0, 0, "", "", buf);
      *next = e;
      return true;
    }
    // a bare year, clock time, or ISO date
    if (s_.toks[t].kind == TokKind::kNumber) {
      std::string_view tx = s_.Text(t);
      if (tx.size() == 10 && tx[4] == '-' && tx[7] == '-') {
        long d;
        if (ParseIso(tx, &d)) {
          Emit(ValueKind::kDate, t, t + 1, 0, 0, "", "", std::string(tx));
          return true;
        }
      }
      double v;
      if (tx.size() == 4 && DigitsValue(tx, &v) && v >= 1800 && v <= 2100) {
        bool unit_after = t + 1 < n && SameSentence(t, t + 1) && s_.toks[t + 1].kind == TokKind::kWord &&
                          !s_.toks[t + 1].cap && !IsFunctionWord(L(t + 1)) &&
                          L(t + 1).back() == 's' && !IsDurationUnit(L(t + 1));
        std::string_view before = t > 0 ? std::string_view(L(t - 1)) : "";
        if (!unit_after || before == "in" || before == "since") {
          Emit(ValueKind::kDate, t, t + 1, v, v, "", "", std::string(tx));
          return true;
        }
      }
      // 10:30, 10 a.m., 3 pm
      if (tx.find(':') == std::string_view::npos && t + 1 < n &&
          (Is(t + 1, "a.m.") || Is(t + 1, "p.m.") || Is(t + 1, "am") || Is(t + 1, "pm") ||
           Is(t + 1, "a.m") || Is(t + 1, "p.m")) && DigitsValue(tx, &v) && v <= 12) {
        Emit(ValueKind::kTime, t, t + 2, v, v, "", "", "");
        *next = t + 2;
        return true;
      }
      if (t + 2 < n && s_.Text(t + 1) == ":" && s_.toks[t + 2].kind == TokKind::kNumber &&
          s_.toks[t + 1].start == s_.toks[t].end && s_.toks[t + 2].start == s_.toks[t + 1].end) {
        uint32_t e = t + 3;
        if (e < n && (Is(e, "a.m.") || Is(e, "p.m.") || Is(e, "am") || Is(e, "pm"))) ++e;
        char buf[16];
        double hh, mm;
        if (DigitsValue(tx, &hh) && DigitsValue(L(t + 2), &mm) && hh < 24 && mm < 60) {
          std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(hh) % 100,
                        static_cast<int>(mm) % 100);
          Emit(ValueKind::kTime, t, e, hh, hh, "", "", buf);
          *next = e;
          return true;
        }
      }
    }
    return false;
  }

  bool Money(uint32_t t, uint32_t* next) {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    std::string_view tx = s_.Text(t);
    std::string code;
    uint32_t sym = t;
    if (tx == "$") code = "USD";
    else if (tx == "\xC2\xA3") code = "GBP";
    else if (tx == "\xE2\x82\xAC") code = "EUR";
    else if (tx == "\xC2\xA5") code = "JPY";
    if (code.empty()) {
      // "US$5" "NZ$ 26"
      return false;
    }
    // "NZ $", "US$", "A$", "C$", "HK$"
    if (t > 0 && SameSentence(t - 1, t) && code == "USD") {
      std::string_view p = s_.Text(t - 1);
      if (p == "NZ") { code = "NZD"; sym = t - 1; }
      else if (p == "A" || p == "AU") { code = "AUD"; sym = t - 1; }
      else if (p == "C" || p == "CA") { code = "CAD"; sym = t - 1; }
      else if (p == "HK") { code = "HKD"; sym = t - 1; }
      else if (p == "US") { sym = t - 1; }
    }
    double v;
    uint32_t e;
    if (!Number(t + 1, &v, &e) || !SameSentence(t, t + 1)) return false;
    double vmax = v;
    // "$30 to $40 million"
    if (e + 1 < n && (Is(e, "to") || Is(e, "-")) ) {
      uint32_t f = e + 1;
      if (f < n && s_.Text(f) == "$") ++f;
      double v2;
      uint32_t e2;
      if (Number(f, &v2, &e2) && SameSentence(t, f)) {
        if (v2 > v * 100 && Multiplier(L(e2 - 1)) > 0) v *= Multiplier(L(e2 - 1));
        vmax = v2;
        e = e2;
      }
    }
    uint32_t first;
    std::string qual = Qualifier(sym, &first);
    Emit(ValueKind::kMoney, first, e, v, vmax, code, qual, FormatNumber(v) + " " + code);
    *next = e;
    return true;
  }

  bool Count(uint32_t t, uint32_t* next) {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    const Tok& k = s_.toks[t];
    if (k.kind != TokKind::kNumber && k.kind != TokKind::kWord) return false;
    // hyphenated compounds: "six-member", "131-page", "14-year-old", "nine-month-old"
    {
      const std::string& w = L(t);
      size_t h = w.find('-');
      if (h != std::string::npos && h > 0) {
        double v;
        std::string_view head = std::string_view(w).substr(0, h);
        std::string_view rest = std::string_view(w).substr(h + 1);
        bool num = k.kind == TokKind::kWord ? WordValue(head, &v) : DigitsValue(head, &v);
        if (num && !rest.empty()) {
          double dummy;
          size_t h2 = rest.find('-');
          if (h2 != std::string_view::npos && rest.substr(h2) == "-old" &&
              IsDurationUnit(std::string(rest.substr(0, h2)) + "s")) {
            Emit(ValueKind::kQuantity, t, t + 1, v, v,
                 std::string(rest.substr(0, h2)) + "s (age)", "", "");
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
    // "a thousand", "a million"
    if (k.kind == TokKind::kWord && Multiplier(L(t)) > 0 && L(t).size() > 2 && t > 0 &&
        (L(t - 1) == "a" || L(t - 1) == "one")) {
      v = Multiplier(L(t));
      e = t + 1;
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
    if (k.kind == TokKind::kWord && (L(t) == "one" || L(t) == "half")) {
      // "one of", "one that", "the one", "no one"
      std::string_view before = t > 0 ? std::string_view(L(t - 1)) : "";
      if (e >= n || Is(e, "of") || Is(e, "another") || Is(e, "that") || Is(e, "who") ||
          before == "the" || before == "no" || before == "any" || before == "every" ||
          before == "this" || L(t) == "half")
        return false;
    }
    if (k.kind == TokKind::kNumber) {
      std::string_view tx = s_.Text(t);
      // ordinals and suffixes (20th, 1990s) are not counts
      for (char c : tx)
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;
    }
    double vmax = v;
    // ranges: "30 to 40", "one or two", "between 5 and 10"
    if (e + 1 < n && (Is(e, "to") || Is(e, "or") || Is(e, "and") || s_.Text(e) == "-" ||
                      s_.Text(e) == "\xE2\x80\x93")) {
      double v2;
      uint32_t e2;
      bool between = t > 0 && Is(t - 1, "between");
      if ((Is(e, "and") ? between : true) && Number(e + 1, &v2, &e2) && SameSentence(t, e + 1) &&
          v2 > v) {
        vmax = v2;
        e = e2;
      }
    }
    // percent
    if (e < n && (s_.Text(e) == "%" || Is(e, "percent") ||
                  (Is(e, "per") && e + 1 < n && Is(e + 1, "cent")))) {
      uint32_t last = Is(e, "per") ? e + 2 : e + 1;
      uint32_t first;
      std::string qual = Qualifier(t, &first);
      if (t > 0 && Is(t - 1, "between") && vmax != v) first = t - 1;
      Emit(ValueKind::kPercent, first, last, v, vmax, "%", qual, FormatNumber(v) + "%");
      *next = last;
      return true;
    }
    // money written out: "5 million dollars", "20 euros"
    if (e < n && (Is(e, "dollars") || Is(e, "euros") || Is(e, "pounds") || Is(e, "yen"))) {
      std::string code = Is(e, "dollars") ? "USD" : Is(e, "euros") ? "EUR" : Is(e, "yen") ? "JPY" : "GBP";
      uint32_t first;
      std::string qual = Qualifier(t, &first);
      Emit(ValueKind::kMoney, first, e + 1, v, vmax, code, qual, FormatNumber(v) + " " + code);
      *next = e + 1;
      return true;
    }
    // the counted noun: the first plural among the next few words (skipping adjectives)
    uint32_t unit_tok = n;
    uint32_t u = e;
    bool single = v == 1 && vmax == 1;
    for (int k2 = 0; k2 < 4 && u < n && SameSentence(t, u); ++k2, ++u) {
      const Tok& w = s_.toks[u];
      if (w.kind != TokKind::kWord) break;
      const std::string& lw = L(u);
      if (lw == "other" || lw == "additional" || lw == "further" || lw == "new" ||
          lw == "extra") {
        if (u + 1 < n && s_.toks[u + 1].kind == TokKind::kWord) continue;
        break;
      }
      if (IsFunctionWord(lw) && lw != "people" && lw != "times") break;
      if (IsDurationUnit(lw) || IsMeasureUnit(lw)) {
        unit_tok = u;
        break;
      }
      if (single || (lw.size() > 2 && lw.back() == 's' && lw[lw.size() - 2] != 's') ||
          lw == "people" || (lw.size() >= 8 && lw.compare(lw.size() - 8, 8, "children") == 0) ||
          lw == "men" || lw == "women" ||
          lw == "police" || lw == "staff" || lw == "personnel" || lw == "aircraft" ||
          lw == "sheep" || lw == "fish" || lw == "feet" || lw == "teeth" || lw == "mice") {
        if (w.cap && !single && u == e && IsPlaceWord(lw)) break;
        unit_tok = u;
        break;
      }
      if (lw.size() > 2 && lw.compare(lw.size() - 2, 2, "ed") == 0 && k2 > 0) break;
    }
    if (unit_tok == n) {
      // casualties and bare counts: "killing 107 or more", "wounding 238", "over 150,000"
      std::string_view before = t > 0 ? std::string_view(L(t > 0 ? t - 1 : 0)) : "";
      std::string_view after = e < n ? std::string_view(L(e)) : "";
      std::string unit;
      if (before == "killing" || before == "killed" || after == "killed" || after == "dead" ||
          after == "died")
        unit = "people killed";
      else if (before == "wounding" || before == "injuring" || after == "wounded" ||
               after == "injured")
        unit = "people wounded";
      uint32_t first;
      std::string qual = Qualifier(t, &first);
      uint32_t last = e;
      if (e + 1 < n && Is(e, "or") && Is(e + 1, "more")) {
        qual = "at least";
        last = e + 2;
      }
      if (unit.empty() && (qual.empty() || v < 10)) return false;
      if (single) return false;
      Emit(ValueKind::kQuantity, first, last, v, vmax, unit, qual, "");
      *next = last;
      return true;
    }
    // a lone "one" counts only with a unit of time or measure ("one day")
    if (single && k.kind == TokKind::kWord && !IsDurationUnit(L(unit_tok)) &&
        !IsMeasureUnit(L(unit_tok)))
      return false;
    std::string unit(s_.Text(unit_tok));
    // compound nouns: "patrol boats", "asylum seekers" (a lower-case noun right before)
    if (unit_tok > e && !s_.toks[unit_tok - 1].cap && s_.toks[unit_tok - 1].kind == TokKind::kWord) {
      const std::string& pw = L(unit_tok - 1);
      bool adjective = pw.find('-') != std::string::npos || pw.size() < 3 ||
                       (pw.size() > 2 && (pw.compare(pw.size() - 2, 2, "ed") == 0 ||
                                          pw.compare(pw.size() - 2, 2, "al") == 0 ||
                                          pw.compare(pw.size() - 3, 3, "ous") == 0 ||
                                          pw.compare(pw.size() - 3, 3, "ive") == 0 ||
                                          pw.compare(pw.size() - 3, 3, "ful") == 0 ||
                                          pw.compare(pw.size() - 2, 2, "ic") == 0 ||
                                          pw.compare(pw.size() - 2, 2, "an") == 0 ||
                                          pw.compare(pw.size() - 3, 3, "ing") == 0));
      if (!adjective) unit = std::string(s_.TextRange(unit_tok - 1, unit_tok + 1));
    }
    bool duration = IsDurationUnit(L(unit_tok)) && unit_tok == e;
    uint32_t first;
    std::string qual = Qualifier(t, &first);
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
    *next = e;  // let a later recogniser look at the words after the number too
    return true;
  }

  const Scan& s_;
  std::string_view published_;
  bool have_pub_ = false;
  long pub_days_ = 0;
  std::vector<ValueMention> out_;
};

}  // namespace

std::vector<ValueMention> FindValues(const Scan& scan, std::string_view published) {
  return ValueFinder(scan, published).Run();
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
