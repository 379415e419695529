#include "ingest/date_normalize.h"
#include "core/ascii.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace newsgraph::ingest {
namespace {

using ascii::Trim;

// Reads exactly `n` digits at s[*i].
bool Digits(std::string_view s, size_t* i, int n, int* v) {
  if (*i + n > s.size()) return false;
  int x = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    x = x * 10 + (c - '0');
  }
  *i += n;
  *v = x;
  return true;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

std::string Format(int y, int mo, int d, int h, int mi, int s, const std::string& zone) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, s);
  std::string out(buf);
  out.append(zone);
  return out;
}

// Parses "Z", "+01:00", "+0100", "GMT", "UTC" (or nothing) at s[i..]; "" for none.
bool Zone(std::string_view s, size_t i, std::string* zone) {
  std::string_view z = Trim(s.substr(i));
  if (z.empty()) {
    zone->clear();
    return true;
  }
  if (z == "Z" || z == "z" || z == "GMT" || z == "UTC" || z == "UT") {
    zone->assign(1, 'Z');
    return true;
  }
  if (z[0] == '+' || z[0] == '-') {
    size_t j = 1;
    int hh = 0, mm = 0;
    if (!Digits(z, &j, 2, &hh)) return false;
    if (j < z.size() && z[j] == ':') ++j;
    if (j < z.size() && !Digits(z, &j, 2, &mm)) return false;
    if (j != z.size() || hh > 23 || mm > 59) return false;
    if (hh == 0 && mm == 0) {
      zone->assign(1, 'Z');
      return true;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", z[0], hh, mm);
    *zone = buf;
    return true;
  }
  return false;
}

bool ParseIso(std::string_view s, std::string* out) {
  size_t i = 0;
  int y = 0, mo = 0, d = 0;
  if (!Digits(s, &i, 4, &y) || i >= s.size() || s[i++] != '-' || !Digits(s, &i, 2, &mo) ||
      i >= s.size() || s[i++] != '-' || !Digits(s, &i, 2, &d) || !ValidDate(y, mo, d)) {
    return false;
  }
  if (i == s.size()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    *out = buf;
    return true;
  }
  if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return false;
  ++i;
  int h = 0, mi = 0, sec = 0;
  if (!Digits(s, &i, 2, &h) || i >= s.size() || s[i++] != ':' || !Digits(s, &i, 2, &mi)) {
    return false;
  }
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!Digits(s, &i, 2, &sec)) return false;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    }
  }
  if (h > 23 || mi > 59 || sec > 60) return false;
  std::string zone;
  if (!Zone(s, i, &zone)) return false;
  *out = Format(y, mo, d, h, mi, sec, zone);
  return true;
}

// "Tue, 05 Mar 2024 10:20:30 GMT", "5 Mar 2024 10:20 +0100".
bool ParseRfc2822(std::string_view s, std::string* out) {
  size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 10) s = Trim(s.substr(comma + 1));
  size_t i = 0;
  int d = 0;
  if (!Digits(s, &i, 2, &d)) {
    i = 0;
    if (!Digits(s, &i, 1, &d)) return false;
  }
  if (i >= s.size() || s[i++] != ' ' || i + 3 > s.size()) return false;
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  int mo = 0;
  for (int k = 0; k < 12; ++k) {
    bool eq = true;
    for (int c = 0; c < 3; ++c) {
      if (std::tolower(static_cast<unsigned char>(s[i + c])) != kMonths[k][c]) eq = false;
    }
    if (eq) mo = k + 1;
  }
  if (mo == 0) return false;
  i += 3;
  int y = 0;
  if (i >= s.size() || s[i++] != ' ' || !Digits(s, &i, 4, &y) || !ValidDate(y, mo, d)) return false;
  if (i == s.size()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    *out = buf;
    return true;
  }
  int h = 0, mi = 0, sec = 0;
  if (s[i++] != ' ' || !Digits(s, &i, 2, &h) || i >= s.size() || s[i++] != ':' ||
      !Digits(s, &i, 2, &mi)) {
    return false;
  }
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!Digits(s, &i, 2, &sec)) return false;
  }
  if (h > 23 || mi > 59 || sec > 60) return false;
  std::string zone;
  if (!Zone(s, i, &zone)) return false;
  *out = Format(y, mo, d, h, mi, sec, zone);
  return true;
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  s = Trim(s);
  std::string out;
  if (ParseIso(s, &out) || ParseRfc2822(s, &out)) return out;
  return std::string(s);
}

std::string DateFromEpoch(double t) {
  if (!std::isfinite(t)) return "";
  if (std::fabs(t) > 1e11) t /= 1000.0;
  if (t < -62135596800.0 || t > 253402300799.0) return "";
  std::time_t tt = static_cast<std::time_t>(std::floor(t));
  std::tm tm{};
  if (gmtime_r(&tt, &tm) == nullptr) return "";
  return Format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                "Z");
}

}  // namespace newsgraph::ingest
