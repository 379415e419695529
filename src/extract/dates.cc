#include "extract/dates.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <string>

namespace newsgraph::extract {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool ValidDate(int y, int mo, int d) {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

std::string Format(int y, int mo, int d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, mo, d);
  return buf;
}

int MonthFromName(std::string_view s) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return 0;
  char lower[3];
  for (int i = 0; i < 3; ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  for (int i = 0; i < 12; ++i) {
    if (lower[0] == kMonths[i][0] && lower[1] == kMonths[i][1] && lower[2] == kMonths[i][2]) return i + 1;
  }
  return 0;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// Parses "THH:MM[:SS][.fff][Z|+HH:MM|+HHMM]" starting at s[pos] (after the date).
std::string TimePart(std::string_view s, size_t pos) {
  if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't')) return "";
  ++pos;
  int hh, mm, ss = 0;
  if (!Digits(s, pos, 2, &hh) || pos + 2 >= s.size() || s[pos + 2] != ':' ||
      !Digits(s, pos + 3, 2, &mm)) {
    return "";
  }
  pos += 5;
  if (pos < s.size() && s[pos] == ':' && Digits(s, pos + 1, 2, &ss)) pos += 3;
  if (hh > 23 || mm > 59 || ss > 60) return "";
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    ++pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
  }
  char buf[40];
  std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hh, mm, ss);
  std::string out = buf;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size()) {
    if (s[pos] == 'Z' || s[pos] == 'z') {
      out += "Z";
    } else if (s[pos] == '+' || s[pos] == '-') {
      int zh, zm = 0;
      if (Digits(s, pos + 1, 2, &zh)) {
        size_t q = pos + 3;
        if (q < s.size() && s[q] == ':') ++q;
        Digits(s, q, 2, &zm);
        if (zh <= 14 && zm <= 59) {
          std::snprintf(buf, sizeof(buf), "%c%02d:%02d", s[pos], zh, zm);
          out += buf;
        }
      }
    } else if (s.substr(pos, 3) == "GMT" || s.substr(pos, 3) == "UTC") {
      out += "Z";
    }
  }
  return out;
}

}  // namespace

std::string NormaliseDate(std::string_view raw) {
  std::string t = Trim(raw);
  std::string_view s(t);
  if (s.empty() || s.size() > 100) return "";
  int y, mo, d;
  // ISO-like: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD.
  if (Digits(s, 0, 4, &y)) {
    if (s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4] &&
        Digits(s, 5, 2, &mo) && Digits(s, 8, 2, &d)) {
      if (!ValidDate(y, mo, d)) return "";
      return Format(y, mo, d) + TimePart(s, 10);
    }
    if (s.size() >= 8 && Digits(s, 4, 2, &mo) && Digits(s, 6, 2, &d) &&
        (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8])))) {
      if (!ValidDate(y, mo, d)) return "";
      return Format(y, mo, d) + TimePart(s, 8);
    }
    // Unix seconds (10 digits).
    bool all = s.size() >= 9 && s.size() <= 13;
    for (char c : s) all = all && std::isdigit(static_cast<unsigned char>(c));
    if (all) {
      long long v = std::stoll(std::string(s));
      if (s.size() == 13) v /= 1000;
      std::time_t tt = static_cast<std::time_t>(v);
      std::tm tm{};
      if (gmtime_r(&tt, &tm) == nullptr) return "";
      if (!ValidDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)) return "";
      char buf[40];
      std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
      return buf;
    }
    return "";
  }
  // Word dates: optional weekday, then "19 Nov 2019" or "Nov 19, 2019", optional time.
  std::string_view w = s;
  size_t comma = w.find(',');
  if (comma != std::string_view::npos && comma <= 9 && MonthFromName(w) == 0) {
    w.remove_prefix(comma + 1);  // "Tue, ..."
  }
  while (!w.empty() && w.front() == ' ') w.remove_prefix(1);
  size_t pos = 0;
  auto skip_sep = [&] {
    while (pos < w.size() && (w[pos] == ' ' || w[pos] == ',' || w[pos] == '.')) ++pos;
  };
  auto read_word = [&] {
    size_t b = pos;
    while (pos < w.size() && std::isalpha(static_cast<unsigned char>(w[pos]))) ++pos;
    return w.substr(b, pos - b);
  };
  auto read_num = [&](int* v) {
    size_t b = pos;
    int x = 0;
    while (pos < w.size() && std::isdigit(static_cast<unsigned char>(w[pos])) && pos - b < 4) {
      x = x * 10 + (w[pos] - '0');
      ++pos;
    }
    *v = x;
    if (pos < w.size() && pos > b && (w.substr(pos, 2) == "st" || w.substr(pos, 2) == "nd" ||
                                      w.substr(pos, 2) == "rd" || w.substr(pos, 2) == "th")) {
      pos += 2;
    }
    return pos - b;
  };
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) {
    if (read_num(&d) == 0 || d > 31) return "";
    skip_sep();
    mo = MonthFromName(read_word());
    skip_sep();
    if (read_num(&y) != 4) return "";
  } else {
    mo = MonthFromName(read_word());
    skip_sep();
    if (read_num(&d) == 0) return "";
    skip_sep();
    if (read_num(&y) != 4) return "";
  }
  if (mo == 0 || !ValidDate(y, mo, d)) return "";
  std::string out = Format(y, mo, d);
  if (pos < w.size() && w[pos] == ' ') {
    std::string tp = TimePart(w, pos);
    if (!tp.empty()) out += tp;
  }
  return out;
}

std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    int y, mo, d;
    if (!Digits(url, i + 1, 4, &y) || y < 1990 || y > 2100) continue;
    size_t p = i + 5;
    if (p < url.size() && (url[p] == '/' || url[p] == '-' || url[p] == '_')) {
      char sep = url[p];
      if (Digits(url, p + 1, 2, &mo) && p + 3 < url.size() && url[p + 3] == sep &&
          Digits(url, p + 4, 2, &d) && ValidDate(y, mo, d) &&
          (p + 6 >= url.size() || !std::isdigit(static_cast<unsigned char>(url[p + 6])))) {
        return Format(y, mo, d);
      }
    } else if (Digits(url, p, 2, &mo) && Digits(url, p + 2, 2, &d) && ValidDate(y, mo, d) &&
               (p + 4 >= url.size() || !std::isdigit(static_cast<unsigned char>(url[p + 4])))) {
      return Format(y, mo, d);
    }
  }
  return "";
}

}  // namespace newsgraph::extract
