// Person names across documents (internal to the world stage): a name split into given names and
// a surname without titles, honorifics and suffixes, and the rules that say when two writings may
// name one person — spelling and transliteration variants (Zelensky / Zelenskiy / Zelenskyy,
// Sergey / Sergei), initials (J. Biden), short forms (Alex / Alexander, Bill / William).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::world {

struct PersonName {
  std::vector<std::string> given;  // skeletons of the given and middle names, in order
  std::string surname;             // skeleton of the last name part ("" when nothing is left)
  std::string display;             // the name without titles and suffixes, as written
  std::vector<std::string> display_words;  // its words
  size_t parts() const { return given.size() + (surname.empty() ? 0 : 1); }
  bool full() const { return !given.empty() && !surname.empty(); }
};

// A word's spelling skeleton: accents stripped, case folded, letters only, with the spellings that
// transliteration varies folded together (y/j→i after a letter, w→v, q→k, ks→x, kh/ch→h, ph→f,
// ck→k, doubled letters once): "Zelenskyy", "Zelenskiy", "Zelensky" → "zelenski".
std::string Skeleton(std::string_view word);

// The consonant skeleton of a spelling skeleton (vowels dropped, first letter kept): a looser key
// under which variants such as "Mohammed" / "Muhammad" meet ("mhmd").
std::string ConsonantKey(std::string_view skeleton);

// Splits a document's name ("President Volodymyr Zelenskyy's", "Dr. Martin Luther King Jr.") into
// given names and surname; titles, honorifics, possessives and suffixes are dropped.
PersonName ParseName(std::string_view name);

// Whether two name words may be one name: equal skeletons, or (both of six letters or more)
// equal consonant keys and first letters.
bool WordsMatch(std::string_view a, std::string_view b);

// Whether two given names may name one person: equal or variant spellings, one the initial of the
// other ("J" / "Joe"), a short form ("Alex" / "Alexander", "Bill" / "William").
bool GivenMatch(std::string_view a, std::string_view b);

// How two parsed names relate.
enum class NameRelation {
  kDifferent,  // surnames differ, or given names contradict (Joe Biden / Hunter Biden)
  kSurname,    // only the surname is shared: at least one side is a surname alone
  kFull,       // full names that agree (Volodymyr Zelensky / Volodymyr Zelenskyy, J. Biden / Joe Biden)
};
NameRelation CompareNames(const PersonName& a, const PersonName& b);

// CompareNames, and also a name found inside a longer writing that carried words of the text
// along ("Lindsay Lohan Leaves Betty Ford", "Quarterback Peyton Manning"): the shorter full name
// may be the first words of the longer one, or its last words when one word is left over.
NameRelation RelateNames(const PersonName& a, const PersonName& b);

// The skeletons of the name's parts, given names first.
std::vector<std::string> Parts(const PersonName& n);

}  // namespace newsgraph::world
