// Which of a person's offices the document gives is kept: the most specific one. An office
// that words another one and says more ("ambassador to the European Union" after
// "Ambassador", "founder and former CEO" after "former CEO") replaces it; offices that share no
// wording keep the first one read (see PeopleFinder::AddMention).
#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// The words of an office, lower-cased, without the punctuation around them.
std::vector<std::string> OfficeWords(std::string_view office) {
  std::vector<std::string> words;
  std::string w;
  for (char c : Lower(office) + " ") {
    if (c == ' ' || c == ',' || c == ';' || c == '(' || c == ')') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  return words;
}

}  // namespace

bool MoreSpecificOffice(std::string_view candidate, std::string_view held) {
  if (candidate.size() <= held.size()) return false;
  const std::vector<std::string> c = OfficeWords(candidate), h = OfficeWords(held);
  if (h.empty() || c.size() <= h.size()) return false;
  // the held office's words, one run of them, inside the candidate
  for (size_t at = 0; at + h.size() <= c.size(); ++at)
    if (std::equal(h.begin(), h.end(), c.begin() + static_cast<std::ptrdiff_t>(at))) return true;
  return false;
}

}  // namespace newsgraph::analyze::people_internal
