// Lead names of a document and the lead-conflict test (story_leads.h).
#include "link/story_leads.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace newsgraph::story {
namespace {

constexpr size_t kLeadLines = 3;    // lines that read as sentences (a headline and two more)
constexpr size_t kLeadBytes = 500;  // at most this much text from the first of them

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsDateWord(const std::string& w) {
  static const std::array<const char*, 30> kWords = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "posted", "updated", "gmt", "edt", "est", "bst", "utc", "published",
      "last", "modified", "by"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// A line that reads as a sentence: not a URL, and at least three words of three letters or
// more that are not date words.
bool ReadsAsSentence(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  std::string_view t = line.substr(i);
  if (t.substr(0, 4) == "http" || t.substr(0, 4) == "www.") return false;
  int words = 0;
  size_t j = 0;
  while (j < t.size()) {
    while (j < t.size() && !std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
    size_t k = j;
    while (k < t.size() && std::isalpha(static_cast<unsigned char>(t[k]))) ++k;
    if (k - j >= 3 && (k - j > 9 || !IsDateWord(Lower(t.substr(j, k - j)))) && ++words >= 3) return true;
    j = k;
  }
  return false;
}

LeadName Key(std::string_view name, int kind) {
  std::string key = Lower(name);
  if (kind == 0) {
    // People by surname: the last word, without a possessive.
    while (!key.empty() && (key.back() == ' ' || key.back() == '.')) key.pop_back();
    size_t sp = key.rfind(' ');
    if (sp != std::string::npos) key = key.substr(sp + 1);
  }
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  uint64_t h = XXH3_64bits(key.data(), key.size());
  return (h & ~uint64_t{3}) | static_cast<uint64_t>(kind);
}

}  // namespace

std::pair<size_t, size_t> LeadRange(std::string_view text) {
  size_t first = std::string_view::npos, end = 0, lines = 0;
  size_t i = 0;
  while (i < text.size() && lines < kLeadLines) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = text.substr(i, j - i);
    if (first == std::string_view::npos) {
      if (ReadsAsSentence(line)) {
        first = i;
        end = j;
        ++lines;
      }
    } else if (ReadsAsSentence(line)) {
      end = j;
      ++lines;
    }
    if (first != std::string_view::npos && end - first >= kLeadBytes) break;
    i = j + 1;
  }
  if (first == std::string_view::npos) return {0, 0};
  return {first, std::min(end, first + kLeadBytes)};
}

std::vector<LeadName> LeadNames(const Analysis& analysis, std::string_view text, size_t min_mentions,
                                int kinds, size_t min_org, size_t min_year) {
  auto [b, e] = LeadRange(text);
  std::vector<LeadName> out;
  if (kinds & 16) {
    // Years (1950-2039) the whole text writes, as a number of their own, at least min_year times.
    std::unordered_map<std::string_view, int> years;
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
          (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))))
        continue;
      size_t j = i;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      if (j - i == 4 && (j == text.size() || !std::isalnum(static_cast<unsigned char>(text[j]))) &&
          ((text[i] == '1' && text[i + 1] == '9' && text[i + 2] >= '5') ||
           (text[i] == '2' && text[i + 1] == '0' && text[i + 2] <= '3')))
        ++years[text.substr(i, 4)];
      i = j;
    }
    for (const auto& [y, c] : years)
      if (c >= static_cast<int>(min_year)) out.push_back(Key(y, 2));
  }
  if (b >= e) {
    std::sort(out.begin(), out.end());
    return out;
  }
  auto in_lead = [&](const std::vector<Mention>& mentions, size_t min) {
    if (mentions.size() < min) return false;
    for (const Mention& m : mentions)
      if (m.start >= b && m.start < e) return true;
    return false;
  };
  for (const Person& p : analysis.people)
    if ((kinds & 1) && !p.name.empty() && in_lead(p.mentions, min_mentions)) out.push_back(Key(p.name, 0));
  for (const NamedThing& o : analysis.organizations)
    if ((kinds & 2) && !o.name.empty() && in_lead(o.mentions, min_org)) out.push_back(Key(o.name, 1));
  if (kinds & 8) {
    // Numbers the lead writes ("5.6", "108", "2008"): a figure or a year of the event.
    size_t i = b;
    while (i < e) {
      if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
          (i > b && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < e && (std::isdigit(static_cast<unsigned char>(text[j])) ||
                       ((text[j] == '.' || text[j] == ',') && j + 1 < e &&
                        std::isdigit(static_cast<unsigned char>(text[j + 1])))))
        ++j;
      bool word = j < e && std::isalpha(static_cast<unsigned char>(text[j]));  // "15th", "3pm"
      if (!word && (j - i >= 2 || (j < e && text[j] == '.'))) out.push_back(Key(text.substr(i, j - i), 1));
      i = j;
    }
  }
  if (kinds & 4) {
    // Capitalised words inside the lead's sentences that the text writes, capitalised, at least
    // min_mentions times.
    std::unordered_map<std::string_view, int> caps;
    auto words = [&](size_t from, size_t to, auto&& f) {
      bool start = true;
      size_t i = from;
      while (i < to) {
        char c = text[i];
        if (c == '\n') { start = true; ++i; continue; }
        if (!std::isalpha(static_cast<unsigned char>(c))) {
          if (c == '.' || c == '!' || c == '?' || c == ':') start = true;
          ++i;
          continue;
        }
        size_t j = i;
        while (j < to && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-')) ++j;
        if (!start && std::isupper(static_cast<unsigned char>(c)) && j - i >= 3) f(text.substr(i, j - i));
        start = false;
        i = j;
      }
    };
    words(0, text.size(), [&](std::string_view w) { ++caps[w]; });
    words(b, e, [&](std::string_view w) {
      if (caps[w] >= static_cast<int>(min_mentions) && !IsDateWord(Lower(w))) out.push_back(Key(w, 1));
    });
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void LeadCounts::Add(const std::vector<LeadName>& lead) {
  bool kinds[3] = {false, false, false};
  for (LeadName n : lead) {
    ++names[n];
    kinds[n & 3] = true;
  }
  for (int k = 0; k < 3; ++k) documents[k] += kinds[k] ? 1 : 0;
}

void LeadCounts::Add(const LeadCounts& other) {
  for (const auto& [n, c] : other.names) names[n] += c;
  for (int k = 0; k < 3; ++k) documents[k] += other.documents[k];
}

namespace {

// A name consistent in `a` (of its kind's documents, a share >= consistent) that (almost) none
// of `b`'s documents name.
bool OwnName(const LeadCounts& a, const LeadCounts& b, int kind, double consistent, double absent) {
  for (const auto& [n, c] : a.names) {
    if (static_cast<int>(n & 3) != kind || c < consistent * a.documents[kind]) continue;
    auto it = b.names.find(n);
    int in_b = it == b.names.end() ? 0 : it->second;
    if (in_b <= absent * b.documents[kind]) return true;
  }
  return false;
}

}  // namespace

bool LeadConflict(const LeadCounts& a, const LeadCounts& b, double consistent, double absent) {
  for (int kind = 0; kind < 3; ++kind) {
    if (a.documents[kind] == 0 || b.documents[kind] == 0) continue;
    if (OwnName(a, b, kind, consistent, absent) && OwnName(b, a, kind, consistent, absent)) return true;
  }
  return false;
}

}  // namespace newsgraph::story
