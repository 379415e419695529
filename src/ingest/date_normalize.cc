// NormalizeDate, the one date normaliser (ingest uses it for container fields, extract for page
// metadata), and the ingest helpers around it.
#include "ingest/date_normalize.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "core/ascii.h"

namespace newsgraph {
namespace {

// Publication dates outside these years are CMS defaults or typos ("0001-01-01", "1899-12-30").
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool DigitAt(std::string_view s, size_t i) { return i < s.size() && IsDigit(s[i]); }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads exactly `n` digits at s[*i].
bool Digits(std::string_view s, size_t* i, int n, int* v) {
  if (*i + n > s.size()) return false;
  int x = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!IsDigit(c)) return false;
    x = x * 10 + (c - '0');
  }
  *i += n;
  *v = x;
  return true;
}

// Reads 1 to `max` digits at s[*i] that are not followed by another digit.
bool Number(std::string_view s, size_t* i, size_t max, int* v) {
  size_t j = *i;
  int x = 0;
  while (j < s.size() && IsDigit(s[j]) && j - *i < max) x = x * 10 + (s[j++] - '0');
  if (j == *i || DigitAt(s, j)) return false;
  *i = j;
  *v = x;
  return true;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string FormatDate(int y, int mo, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  return buf;
}

// Letters from s[*i] on.
std::string_view Word(std::string_view s, size_t* i) {
  size_t b = *i;
  while (*i < s.size() && IsAlpha(s[*i])) ++*i;
  return s.substr(b, *i - b);
}

// 1-12 for a word whose first three letters name a month ("Nov", "November", "Sept"), else 0.
int MonthFromName(std::string_view w) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  std::string lower = ascii::Lower(w.substr(0, 3));
  for (int k = 0; k < 12; ++k) {
    if (lower == kMonths[k]) return k + 1;
  }
  return 0;
}

// An offset "+HH", "+HHMM" or "+HH:MM" at s[i] as "+HH:MM" ("Z" for +00:00); "" when there is
// none or it is out of range (real offsets lie within +-14 hours).
std::string Offset(std::string_view s, size_t i) {
  if (i >= s.size() || (s[i] != '+' && s[i] != '-')) return "";
  char sign = s[i];
  size_t j = i + 1;
  int hh = 0, mm = 0;
  if (!Digits(s, &j, 2, &hh)) return "";
  size_t k = j + (j < s.size() && s[j] == ':' ? 1 : 0);
  if (Digits(s, &k, 2, &mm)) j = k;
  if (hh > 14 || mm > 59 || DigitAt(s, j)) return "";
  if (hh == 0 && mm == 0) return "Z";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, hh, mm);
  return buf;
}

// The zone at s[i]: "Z", "UTC"/"GMT"/"UT" (optionally followed by an offset), an offset, or an
// RFC 2822 North American zone ("EST"). "" when there is none or it is not understood.
std::string Zone(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) return Offset(s, i);
  std::string name = ascii::Lower(Word(s, &i));
  if (name == "z") return "Z";
  if (name == "utc" || name == "gmt" || name == "ut") {
    std::string offset = Offset(s, i);
    return offset.empty() ? "Z" : offset;
  }
  static const struct {
    const char* name;
    const char* zone;
  } kNamed[] = {{"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"},
                {"mst", "-07:00"}, {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"}};
  for (const auto& z : kNamed) {
    if (name == z.name) return z.zone;
  }
  return "";
}

// "THH:MM[:SS[.fff]]" (or a space for the T) at s[i], then an optional "am"/"pm" and zone, as
// "THH:MM:SS" plus the zone; "" when no time is there.
std::string TimeSuffix(std::string_view s, size_t i) {
  if (i >= s.size() || (s[i] != 'T' && s[i] != 't' && s[i] != ' ')) return "";
  ++i;
  int h = 0, mi = 0, sec = 0;
  if (!Number(s, &i, 2, &h) || i >= s.size() || s[i++] != ':' || !Digits(s, &i, 2, &mi)) return "";
  if (i < s.size() && s[i] == ':') {
    size_t j = i + 1;
    if (Digits(s, &j, 2, &sec)) i = j;
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i;
  }
  if (DigitAt(s, i)) return "";
  while (i < s.size() && s[i] == ' ') ++i;
  size_t w = i;
  std::string half = ascii::Lower(Word(s, &w));
  if (half.size() == 1 && ascii::Lower(s.substr(w, 3)) == ".m.") {  // "a.m.", "p.m."
    half += 'm';
    w += 3;
  }
  if ((half == "am" || half == "pm") && h >= 1 && h <= 12) {
    h = (h % 12) + (half == "pm" ? 12 : 0);
    i = w;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  if (h > 23 || mi > 59 || sec > 60) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, mi, sec);
  return buf + Zone(s, i);
}

// ISO 8601 and its variants ("2019-11-19", "2019/11/19", "2019.11.19", "20191119", each with an
// optional time) and Unix time as 9 to 13 digits. `s` starts with four digits.
std::string NumericDate(std::string_view s) {
  size_t i = 0;
  int y = 0, mo = 0, d = 0;
  Digits(s, &i, 4, &y);
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    char sep = s[i++];
    if (!Digits(s, &i, 2, &mo) || i >= s.size() || s[i++] != sep || !Digits(s, &i, 2, &d) ||
        DigitAt(s, i)) {
      return "";
    }
    return ValidDate(y, mo, d) ? FormatDate(y, mo, d) + TimeSuffix(s, i) : "";
  }
  if (Digits(s, &i, 2, &mo) && Digits(s, &i, 2, &d) && !DigitAt(s, i)) {
    return ValidDate(y, mo, d) ? FormatDate(y, mo, d) + TimeSuffix(s, i) : "";
  }
  if (s.size() < 9 || s.size() > 13) return "";
  for (char c : s) {
    if (!IsDigit(c)) return "";
  }
  std::string iso = ingest::DateFromEpoch(std::strtod(std::string(s).c_str(), nullptr));
  i = 0;
  return Digits(iso, &i, 4, &y) && y >= kMinYear && y <= kMaxYear ? iso : "";
}

// "Tue, 19 Nov 2019 10:00:00 GMT", "19th November 2019", "19. November 2019", "Nov. 19, 2019",
// "November 19, 2019, 10:05 am".
std::string WordDate(std::string_view s) {
  size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 10) {
    size_t i = 0;
    std::string_view weekday = Word(s, &i);
    if (i == comma && MonthFromName(weekday) == 0) s = ascii::Trim(s.substr(comma + 1));
  }
  size_t i = 0;
  int y = 0, mo = 0, d = 0;
  auto skip_separators = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.')) ++i;
  };
  auto day = [&] {
    if (!Number(s, &i, 2, &d)) return false;
    std::string suffix = ascii::Lower(s.substr(i, 2));
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") i += 2;
    return true;
  };
  if (!s.empty() && IsDigit(s[0])) {
    if (!day()) return "";
    skip_separators();
    mo = MonthFromName(Word(s, &i));
  } else {
    mo = MonthFromName(Word(s, &i));
    skip_separators();
    if (!day()) return "";
  }
  skip_separators();
  if (!Number(s, &i, 4, &y) || mo == 0 || !ValidDate(y, mo, d)) return "";
  if (i < s.size() && s[i] == ',') ++i;
  return FormatDate(y, mo, d) + TimeSuffix(s, i);
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  std::string_view s = ascii::Trim(text);
  if (s.empty() || s.size() > 100) return "";
  size_t i = 0;
  int y = 0;
  if (Digits(s, &i, 4, &y)) return NumericDate(s);
  return WordDate(s);
}

namespace ingest {

std::string DateFromEpoch(double t) {
  if (!std::isfinite(t)) return "";
  if (std::fabs(t) > 1e11) t /= 1000.0;
  if (t < -62135596800.0 || t > 253402300799.0) return "";
  std::time_t tt = static_cast<std::time_t>(std::floor(t));
  std::tm tm{};
  if (gmtime_r(&tt, &tm) == nullptr) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string PublishedValue(std::string_view raw) {
  std::string iso = NormalizeDate(raw);
  return iso.empty() ? std::string(ascii::Trim(raw)) : iso;
}

}  // namespace ingest
}  // namespace newsgraph
