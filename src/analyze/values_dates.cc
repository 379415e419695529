// Dates and clock times: weekdays with on/last/next/this and morning/evening, today/
// yesterday/tomorrow, this/last/next week, Month D YYYY, D Month YYYY, ISO dates, bare
// years and clock times; weekdays resolved against the publication date with the tense.
#include "analyze/values_finder.h"

namespace newsgraph::analyze::values_internal {

bool ValueFinder::Date(uint32_t t, uint32_t* next) {
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
        (Is(last, "morning") || Is(last, "afternoon") || Is(last, "evening") || Is(last, "night")))
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
  if (mon && s_.toks[t].cap &&
      !(w == "may" && !(t + 1 < n && s_.toks[t + 1].kind == TokKind::kNumber))) {
    uint32_t e = t + 1;
    int day = 0;
    long year = 0;
    double v;
    if (e < n && SameSentence(t, e) && s_.toks[e].kind == TokKind::kNumber &&
        DigitsValue(L(e), &v)) {
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
    if (!year && have_pub_) {
      // no year written: the one that puts the date nearest the publication ("Dec. 2" in a
      // January article is last December; "Jan. 9" in a December one is next January)
      year = std::atol(std::string(published_.substr(0, 4)).c_str());
      const int pub_month = std::atoi(std::string(published_.substr(5, 2)).c_str());
      if (day) {
        const long days = DaysFromCivil(year, static_cast<unsigned>(mon), static_cast<unsigned>(day));
        if (days - pub_days_ > 183) --year;
        if (days - pub_days_ < -183) ++year;
      } else if (mon - pub_month > 6) {
        --year;
      } else if (pub_month - mon > 6) {
        ++year;
      }
    }
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
      bool unit_after = t + 1 < n && SameSentence(t, t + 1) &&
                        s_.toks[t + 1].kind == TokKind::kWord && !s_.toks[t + 1].cap &&
                        !IsFunctionWord(L(t + 1)) && L(t + 1).back() == 's' &&
                        !IsDurationUnit(L(t + 1));
      std::string_view before = t > 0 ? std::string_view(L(t - 1)) : "";
      if (!unit_after || before == "in" || before == "since") {
        Emit(ValueKind::kDate, t, t + 1, v, v, "", "", std::string(tx));
        return true;
      }
    }
    // 10:30, 10 a.m., 3 pm
    if (tx.find(':') == std::string_view::npos && t + 1 < n &&
        (Is(t + 1, "a.m.") || Is(t + 1, "p.m.") || Is(t + 1, "am") || Is(t + 1, "pm") ||
         Is(t + 1, "a.m") || Is(t + 1, "p.m")) &&
        DigitsValue(tx, &v) && v <= 12) {
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

}  // namespace newsgraph::analyze::values_internal
