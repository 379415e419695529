// Calendar arithmetic for relative dates, and the tense test that decides whether "on Tuesday"
// means the last Tuesday or the next one.
#include <algorithm>
#include <cstdio>

#include "analyze/internal.h"

namespace newsgraph::analyze {

long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

namespace {

void CivilFromDays(long z, long* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long yy = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

}  // namespace

bool ParseIso(std::string_view iso, long* days) {
  if (iso.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return false;
  if (iso[4] != '-' || iso[7] != '-') return false;
  long y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  unsigned m = (iso[5] - '0') * 10 + (iso[6] - '0');
  unsigned d = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *days = DaysFromCivil(y, m, d);
  return true;
}

std::string IsoFromDays(long days) {
  long y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

int WeekdayOfDays(long days) {  // 0 = Monday
  long w = (days + 3) % 7;       // 1970-01-01 was a Thursday (3)
  return static_cast<int>(w < 0 ? w + 7 : w);
}

bool ShiftDate(std::string_view iso, int days, std::string* out) {
  long d;
  if (!ParseIso(iso, &d)) return false;
  *out = IsoFromDays(d + days);
  return true;
}

bool SentenceIsFuture(const Scan& scan, uint32_t sentence) {
  if (sentence >= scan.sentences.size()) return false;
  const Span& s = scan.sentences[sentence];
  for (uint32_t t = s.first; t < s.last; ++t) {
    if (scan.toks[t].in_quote) continue;
    const std::string& w = scan.toks[t].lower;
    if (w == "will" || w == "'ll" || w == "shall" || w == "upcoming" || w == "scheduled" ||
        w == "plans" || w == "intends" || w == "next" || w == "tomorrow" || w == "forthcoming")
      return true;
    bool to_next = t + 1 < s.last && scan.toks[t + 1].lower == "to";
    if (to_next && (w == "expected" || w == "likely" || w == "set" || w == "due" ||
                    w == "planned" || w == "scheduled" || w == "planning"))
      return true;
    if (w == "going" && to_next) return true;
  }
  return false;
}

namespace {

bool IsArrangedActivity(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "meeting",  "hosting",   "visiting",  "speaking",  "talking",   "holding",
      "travelling", "traveling", "heading", "flying",    "receiving", "attending",
      "convening", "welcoming", "calling"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

bool FutureAt(const Scan& scan, uint32_t tok) {
  if (tok >= scan.toks.size()) return false;
  uint32_t sentence = scan.toks[tok].sentence;
  const Span& s = scan.sentences[sentence];
  long best_future = 1L << 30, best_past = 1L << 30;
  static constexpr std::string_view kPast[] = {"met", "spoke", "said", "held", "was", "were", "had",
                                      "told", "took", "came", "went", "saw", "made", "began",
                                      "sent", "did", "gave", "got", "led", "left", "won", "lost"};
  for (uint32_t t = s.first; t < s.last; ++t) {
    if (scan.toks[t].in_quote || scan.toks[t].kind != TokKind::kWord) continue;
    const std::string& w = scan.toks[t].lower;
    long d = t > tok ? static_cast<long>(t - tok) : static_cast<long>(tok - t);
    bool to_next = t + 1 < s.last && scan.toks[t + 1].lower == "to";
    bool future = w == "will" || w == "'ll" || w == "shall" || w == "upcoming" ||
                  w == "plans" || w == "intends" || w == "next" || w == "tomorrow" ||
                  w == "forthcoming" || w == "scheduled" ||
                  (to_next && (w == "expected" || w == "likely" || w == "set" || w == "due" ||
                               w == "planned" || w == "planning" || w == "going")) ||
                  // "is planned for next week"
                  (w == "planned" && t + 1 < s.last && scan.toks[t + 1].lower == "for" &&
                   t > s.first &&
                   (scan.toks[t - 1].lower == "is" || scan.toks[t - 1].lower == "are")) ||
                  // "is meeting Y on Friday", "are travelling to Kyiv on Monday": the present
                  // progressive of an encounter or a journey tells what is arranged
                  ((w == "is" || w == "are") && t + 1 < s.last &&
                   IsArrangedActivity(scan.toks[t + 1].lower));
    if (future) {
      best_future = std::min(best_future, d);
      continue;
    }
    bool past = false;
    for (std::string_view p : kPast)
      if (w == p) past = true;
    if (!past && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !scan.toks[t].cap)
      past = true;
    if (past) best_past = std::min(best_past, d);
  }
  return best_future < best_past;
}

}  // namespace newsgraph::analyze
