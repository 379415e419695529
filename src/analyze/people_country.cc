// Countries of people: the first country named in a phrase ("head of U.S. Northern Command"),
// and a document's home country, the fallback for national offices stated without one.
#include <map>
#include <string>

#include "analyze/internal.h"

namespace newsgraph::analyze {

std::string CountryInText(std::string_view phrase) {
  std::string l = Lower(phrase);
  size_t i = 0;
  while (i < l.size()) {
    size_t j = l.find(' ', i);
    if (j == std::string::npos) j = l.size();
    std::string_view w = std::string_view(l).substr(i, j - i);
    while (!w.empty() && (w.back() == ',' || w.back() == '\'')) w.remove_suffix(1);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    std::string_view c = CountryOfDemonym(w);
    if (c.empty()) c = CountryOfName(w);
    if (c.empty()) c = CountryOfOrganisation(w);
    if (!c.empty()) return std::string(c);
    // two-word names
    size_t k = l.find(' ', j + 1);
    if (j < l.size()) {
      std::string_view two = std::string_view(l).substr(i, (k == std::string::npos ? l.size() : k) - i);
      c = CountryOfName(two);
      if (c.empty()) c = CountryOfOrganisation(two);
      if (!c.empty()) return std::string(c);
    }
    i = j + 1;
  }
  return {};
}

std::string HomeCountry(const Scan& scan) {
  std::map<std::string_view, int> count;
  for (size_t i = 0; i < scan.toks.size(); ++i) {
    const Tok& k = scan.toks[i];
    if (k.kind != TokKind::kWord || !k.cap) continue;
    std::string_view c = CountryOfName(k.lower);
    if (c.empty()) c = CountryOfDemonym(k.lower);
    if (c.empty() && i + 1 < scan.toks.size() && scan.toks[i + 1].cap) {
      c = CountryOfName(k.lower + " " + scan.toks[i + 1].lower);
      if (!c.empty()) ++i;
    }
    if (!c.empty()) ++count[c];
  }
  std::string best;
  int bc = 0;
  for (const auto& [c, v] : count)
    if (v > bc) {
      bc = v;
      best = std::string(c);
    }
  // English-language news names its own country less than the foreign ones it covers:
  // the United States wins when it is mentioned at least a third as often as the top one
  auto us = count.find("United States");
  if (us != count.end() && us->second * 3 >= bc) return "United States";
  // otherwise only a clear leader counts
  for (const auto& [c, v] : count)
    if (v == bc && c != best) return {};
  return bc >= 2 ? best : std::string();
}

}  // namespace newsgraph::analyze
