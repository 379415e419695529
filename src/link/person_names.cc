// Person names across documents: parsing and variant matching (see world_names.h).
#include <algorithm>
#include <cstring>

#include "analyze/internal.h"
#include "core/utf8.h"
#include "link/world_names.h"

namespace newsgraph::world {
namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Words that end a name but are not part of it.
bool IsSuffix(std::string_view l) {
  return l == "jr" || l == "sr" || l == "ii" || l == "iii" || l == "iv" || l == "phd" ||
         l == "md" || l == "esq" || l == "qc" || l == "mp" || l == "kc";
}

// Words written before a name that are not part of it (beyond the analyzer's titles).
bool IsNameTitle(std::string_view l) {
  static const char* const kWords[] = {"mr",  "mrs",    "ms",   "miss",   "dr",      "prof",
                                       "sir", "dame",   "lady", "rev",    "saint",   "st",
                                       "sen", "rep",    "gov",  "pres",   "gen",     "lt",
                                       "col", "capt",   "sgt",  "adm",    "maj",     "cpl",
                                       "hon", "sheikh", "king", "queen",  "prince",  "princess",
                                       "pope", "former", "late", "acting", "ex",     "then"};
  for (const char* w : kWords)
    if (l == w) return true;
  return analyze::IsTitleHead(l) || analyze::IsTitleModifier(l) || analyze::IsHonorific(l) ||
         !analyze::CountryOfDemonym(l).empty();
}

// Common short forms of English given names, compared as skeletons (built on first use).
bool IsShortForm(std::string_view a, std::string_view b) {
  static const char* const kPairs[][2] = {
      {"bill", "william"},    {"will", "william"},       {"bob", "robert"},
      {"rob", "robert"},      {"bobby", "robert"},       {"dick", "richard"},
      {"rick", "richard"},    {"tom", "thomas"},         {"tommy", "thomas"},
      {"mike", "michael"},    {"jim", "james"},          {"jimmy", "james"},
      {"joe", "joseph"},      {"dan", "daniel"},         {"dave", "david"},
      {"steve", "stephen"},   {"steve", "steven"},       {"tony", "anthony"},
      {"ted", "edward"},      {"ed", "edward"},          {"ned", "edward"},
      {"harry", "henry"},     {"hank", "henry"},         {"ben", "benjamin"},
      {"sam", "samuel"},      {"kate", "katherine"},     {"kate", "catherine"},
      {"katie", "katherine"}, {"katie", "kathryn"},      {"kate", "kathryn"},
      {"katie", "catherine"}, {"cathy", "catherine"},    {"kathy", "katherine"},
      {"liz", "elizabeth"},   {"betty", "elizabeth"},    {"sue", "susan"},
      {"nick", "nicholas"},   {"alex", "alexander"},     {"sasha", "alexander"},
      {"chris", "christopher"}, {"jon", "jonathan"},     {"larry", "lawrence"},
      {"jerry", "gerald"},    {"jerry", "jeremy"},       {"greg", "gregory"},
      {"matt", "matthew"},    {"pat", "patrick"},        {"nate", "nathan"},
      {"tim", "timothy"},     {"fred", "frederick"},     {"al", "albert"},
      {"al", "alan"},         {"don", "donald"},         {"ron", "ronald"},
      {"ken", "kenneth"},     {"dmitry", "dimitri"},     {"peggy", "margaret"},
      {"meg", "margaret"},    {"maggie", "margaret"},    {"andy", "andrew"},
      {"charlie", "charles"}, {"chuck", "charles"},      {"jack", "john"},
      {"johnny", "john"},     {"volodymyr", "vladimir"}, {"mykola", "nikolai"}};
  static const std::vector<std::pair<std::string, std::string>> pairs = [] {
    std::vector<std::pair<std::string, std::string>> v;
    for (const auto& p : kPairs) v.emplace_back(Skeleton(p[0]), Skeleton(p[1]));
    return v;
  }();
  for (const auto& p : pairs) {
    if ((a == p.first && b == p.second) || (a == p.second && b == p.first)) return true;
  }
  return false;
}

}  // namespace

std::string Skeleton(std::string_view word) {
  std::string folded = utf8::StripMarks(word, /*fold_case=*/true);
  std::string s;
  s.reserve(folded.size());
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (IsLetter(c)) s += c;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if ((c == 'k' || c == 'c') && next == 'h') {  // kh, ch -> h
      out += 'h';
      ++i;
      continue;
    }
    if (c == 'p' && next == 'h') {
      out += 'f';
      ++i;
      continue;
    }
    if (c == 'c' && next == 'k') {
      out += 'k';
      ++i;
      continue;
    }
    if (c == 'k' && next == 's') {
      out += 'x';
      ++i;
      continue;
    }
    if (c == 'y') c = 'i';
    else if (c == 'j' && i > 0) c = 'i';  // Sergej, Zelenskij; a leading J stays (Jan, Ian differ)
    else if (c == 'w') c = 'v';
    else if (c == 'q') c = 'k';
    if (!out.empty() && out.back() == c) continue;  // doubled letters once
    out += c;
  }
  // A final -ei after a consonant cluster is the same ending as -i in Russian transliteration
  // only in given names like Sergei/Sergey, which already meet; nothing more here.
  return out;
}

std::string ConsonantKey(std::string_view skeleton) {
  std::string out;
  for (size_t i = 0; i < skeleton.size(); ++i) {
    char c = skeleton[i];
    if (i > 0 && (IsVowel(c) || c == 'i' || c == 'h')) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

PersonName ParseName(std::string_view name) {
  PersonName out;
  std::vector<std::string> words;      // as written
  std::vector<std::string> lowered;
  std::string cur;
  // nicknames in quotes or brackets are not part of the name: Vincent "The Chin" Gigante,
  // Luis Gerardo (Jerry) Ortiz; "Gov.Sarah Palin" is two words
  std::string cleaned;
  {
    int depth = 0;
    bool quoted = false;
    for (size_t i = 0; i < name.size(); ++i) {
      char c = name[i];
      if (c == '(' || c == '[') ++depth;
      else if ((c == ')' || c == ']') && depth > 0) --depth;
      else if (c == '"') quoted = !quoted;
      else if (name.compare(i, 3, "\xE2\x80\x9C") == 0) { quoted = true; i += 2; }
      else if (name.compare(i, 3, "\xE2\x80\x9D") == 0) { quoted = false; i += 2; }
      else if (depth == 0 && !quoted) {
        cleaned += c;
        if (c == '.' && i + 1 < name.size() && name[i + 1] >= 'A' && name[i + 1] <= 'Z') cleaned += ' ';
      }
    }
    // a nickname in single quotes between words: Vincent 'Chin' Gigante
    std::string out;
    size_t i = 0;
    while (i < cleaned.size()) {
      if (cleaned[i] == '\'' && (i == 0 || cleaned[i - 1] == ' ')) {
        size_t close = cleaned.find('\'', i + 1);
        if (close != std::string::npos && close + 1 < cleaned.size() && cleaned[close + 1] == ' ') {
          i = close + 1;
          continue;
        }
      }
      out += cleaned[i++];
    }
    cleaned = std::move(out);
  }
  name = cleaned;
  auto flush = [&]() {
    // possessive 's / ’s
    if (cur.size() > 2 && (cur.ends_with("'s") || cur.ends_with("'S"))) cur.resize(cur.size() - 2);
    if (cur.size() > 4 && cur.ends_with("\xE2\x80\x99s")) cur.resize(cur.size() - 4);
    while (!cur.empty() && (cur.back() == '.' || cur.back() == ',' || cur.back() == '\'')) cur.pop_back();
    if (!cur.empty()) {
      std::string l;
      for (char c : cur) l += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      std::string bare;
      for (char c : l)
        if (c != '.') bare += c;
      words.push_back(cur);
      lowered.push_back(bare);
    }
    cur.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  size_t first = 0, last = words.size();
  while (first < last && IsNameTitle(lowered[first])) ++first;
  while (last > first + 1 && (IsSuffix(lowered[last - 1]) || analyze::IsCommonCapitalised(lowered[last - 1]) ||
                              analyze::IsWeekday(lowered[last - 1]) || analyze::MonthIndex(lowered[last - 1]) > 0))
    --last;
  if (first == last && !words.empty()) {  // a title alone ("The President"): keep the last word
    first = words.size() - 1;
    last = words.size();
  }
  for (size_t i = first; i < last; ++i) {
    if (!out.display.empty()) out.display += ' ';
    out.display += words[i];
    out.display_words.push_back(words[i]);
  }
  std::vector<std::string> parts;
  for (size_t i = first; i < last; ++i) {
    // "Jean-Claude" is one given name; "Smith-Jones" one surname: drop the hyphen, keep the word
    std::string sk = Skeleton(words[i]);
    if (sk.empty()) continue;
    // particles belong to the surname: "van der Leyen" -> "vanderleien"
    std::string_view l = lowered[i];
    bool particle = l == "de" || l == "van" || l == "von" || l == "der" || l == "da" ||
                    l == "del" || l == "di" || l == "du" || l == "la" || l == "le" || l == "al" ||
                    l == "bin" || l == "ibn" || l == "dos" || l == "das" || l == "el";
    if (particle && i + 1 < last && i > first) {
      std::string rest;
      for (size_t k = i; k < last; ++k) rest += Skeleton(words[k]);
      parts.push_back(rest);
      break;
    }
    parts.push_back(sk);
  }
  if (parts.empty()) return out;
  out.surname = parts.back();
  parts.pop_back();
  out.given = std::move(parts);
  return out;
}

bool WordsMatch(std::string_view a, std::string_view b) {
  if (a == b) return !a.empty();
  if (a.size() < 6 || b.size() < 6 || a[0] != b[0]) return false;
  return ConsonantKey(a) == ConsonantKey(b);
}

bool GivenMatch(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (WordsMatch(a, b)) return true;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];  // an initial
  if (IsShortForm(a, b)) return true;
  // a short form that is a prefix of at least three letters: Alex / Alexander, Nick / Nicholas
  std::string_view s = a.size() < b.size() ? a : b, l = a.size() < b.size() ? b : a;
  return s.size() >= 3 && l.substr(0, s.size()) == s;
}

NameRelation CompareNames(const PersonName& a, const PersonName& b) {
  if (a.surname.empty() || b.surname.empty()) return NameRelation::kDifferent;
  if (!WordsMatch(a.surname, b.surname)) return NameRelation::kDifferent;
  if (a.given.empty() || b.given.empty()) return NameRelation::kSurname;
  if (!GivenMatch(a.given.front(), b.given.front())) return NameRelation::kDifferent;
  // middle names written on both sides must agree (George W. Bush / George H. W. Bush)
  if (a.given.size() >= 2 && b.given.size() >= 2) {
    if (!GivenMatch(a.given[1], b.given[1])) return NameRelation::kDifferent;
  }
  return NameRelation::kFull;
}

std::vector<std::string> Parts(const PersonName& n) {
  std::vector<std::string> p = n.given;
  if (!n.surname.empty()) p.push_back(n.surname);
  return p;
}

NameRelation RelateNames(const PersonName& a, const PersonName& b) {
  NameRelation r = CompareNames(a, b);
  if (r != NameRelation::kDifferent) return r;
  const PersonName& s = a.parts() <= b.parts() ? a : b;
  const PersonName& l = a.parts() <= b.parts() ? b : a;
  if (l.parts() < 3 || s.parts() >= l.parts()) return r;
  std::vector<std::string> lp = Parts(l);
  auto window = [&](size_t from, size_t n) {
    PersonName w;
    w.given.assign(lp.begin() + from, lp.begin() + from + n - 1);
    w.surname = lp[from + n - 1];
    return w;
  };
  if (!s.full()) {  // a surname alone: the last word of the longer writing's first two
    return WordsMatch(s.surname, lp[1]) ? NameRelation::kSurname : r;
  }
  const size_t n = s.parts();
  if (CompareNames(s, window(0, n)) == NameRelation::kFull) return NameRelation::kFull;
  if (l.parts() == n + 1 && CompareNames(s, window(1, n)) == NameRelation::kFull) return NameRelation::kFull;
  return r;
}

}  // namespace newsgraph::world
