// Abbreviations and sentence openers of news English.
#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace newsgraph::text {
namespace {

// Lower-cases ASCII into buf; false when the word is too long or not ASCII letters.
bool LowerAscii(std::string_view w, char* buf, size_t cap, size_t* len) {
  if (w.empty() || w.size() > cap) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (!((c >= 'a' && c <= 'z') || c == '.')) return false;
    buf[i] = c;
  }
  *len = w.size();
  return true;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Lower case, without the period; sorted at first use.
constexpr std::array<std::string_view, 42> kTitles = {
    "adm",   "amb",   "brig",  "capt",  "cdr",   "cmdr",  "col",   "cpl",   "dr",
    "fr",    "gen",   "gov",   "hon",   "insp",  "lt",    "maj",   "messrs", "mme",
    "mlle",  "mr",    "mrs",   "ms",    "msgr",  "mx",    "pres",  "prof",  "pvt",
    "rep",   "reps",  "rev",   "sen",   "sens",  "sgt",   "sr",    "st",    "supt",
    "gens",  "sra",   "sgts",  "drs",   "profs", "atty"};
constexpr std::array<std::string_view, 37> kOthers = {
    "al",   "apr",  "assn", "aug",  "ave",  "bros", "blvd", "cf",   "co",   "corp", "dec",
    "dept", "e.g",  "est",  "etc",  "feb",  "ft",   "i.e",  "inc",  "jan",  "jr",
    "jul",  "jun",  "ltd",  "mar",  "mt",   "nov",  "oct",
    "rd",   "sept", "sep",  "sq",   "univ", "vs",   "approx", "govt", "intl"};

constexpr std::array<std::string_view, 6> kNumerals = {"no", "nos", "vol", "fig", "pp", "op"};

constexpr std::array<std::string_view, 60> kOpeners = {
    "a",       "after",  "all",   "also",  "an",    "and",    "as",     "at",     "but",
    "by",      "during", "for",   "from",  "he",    "her",    "his",    "however", "i",
    "if",      "in",     "it",    "its",   "many",  "meanwhile", "more", "most",  "my",
    "no",      "not",    "of",    "on",    "one",   "our",    "she",    "since",  "so",
    "some",    "such",   "that",  "the",   "their", "then",   "there",  "these",  "they",
    "this",    "those",  "though", "to",   "two",   "under",  "we",     "what",   "when",
    "while",   "with",   "yet",   "you",   "both",  "officials"};

template <size_t N>
std::array<std::string_view, N> Sorted(std::array<std::string_view, N> a) {
  std::sort(a.begin(), a.end());
  return a;
}

}  // namespace

AbbrevKind AbbreviationKind(std::string_view word) {
  static const auto titles = Sorted(kTitles);
  static const auto others = Sorted(kOthers);
  static const auto numerals = Sorted(kNumerals);
  char buf[16];
  size_t len = 0;
  if (!LowerAscii(word, buf, sizeof(buf), &len)) return AbbrevKind::kNone;
  std::string_view w(buf, len);
  if (Contains(titles, w)) return AbbrevKind::kTitle;
  if (Contains(others, w)) return AbbrevKind::kOther;
  if (Contains(numerals, w)) return AbbrevKind::kNumeral;
  return AbbrevKind::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  static const auto openers = Sorted(kOpeners);
  char buf[16];
  size_t len = 0;
  if (!LowerAscii(word, buf, sizeof(buf), &len)) return false;
  return Contains(openers, std::string_view(buf, len));
}

}  // namespace newsgraph::text
