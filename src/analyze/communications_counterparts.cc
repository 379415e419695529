// Counterparts: "Biden spoke with his Russian counterpart" names no one, but the text has named
// the Russian president. A described party "his/her/their <demonym> counterpart" (or "the
// <demonym> counterpart") is the one person of that country the document names, other than the
// participants, whose office ends with the same word as the first participant's ("President",
// "Foreign Minister"); with no office on the first participant, the one person of that country.
// Two or more such people, or none, leave the description as written.
#include "analyze/communications_finder.h"

namespace newsgraph::analyze::comm_internal {
namespace {

std::string LastWord(std::string_view s) {
  const size_t sp = s.find_last_of(' ');
  return Lower(sp == std::string_view::npos ? s : s.substr(sp + 1));
}

}  // namespace

void CommFinder::ResolveCounterparts(std::vector<int>* people,
                                     std::vector<std::string>* parties) const {
  if (people->empty()) return;
  for (auto it = parties->begin(); it != parties->end();) {
    const std::string l = Lower(*it);
    size_t sp = l.find(' ');
    const std::string_view det = std::string_view(l).substr(0, sp);
    const size_t sp2 = sp == std::string::npos ? sp : l.find(' ', sp + 1);
    if (sp2 == std::string::npos || l.compare(sp2 + 1, std::string::npos, "counterpart") != 0 ||
        !(det == "his" || det == "her" || det == "their" || det == "the")) {
      ++it;
      continue;
    }
    const std::string_view country =
        CountryOfDemonym(std::string_view(l).substr(sp + 1, sp2 - sp - 1));
    const std::string head = LastWord(p_.people[(*people)[0]].office);
    int found = -1, count = 0;
    for (size_t p = 0; p < p_.people.size() && !country.empty(); ++p) {
      const Person& person = p_.people[p];
      if (person.country != country) continue;
      if (std::find(people->begin(), people->end(), static_cast<int>(p)) != people->end())
        continue;
      if (!head.empty() && LastWord(person.office) != head) continue;
      found = static_cast<int>(p);
      ++count;
    }
    if (count != 1) {
      ++it;
      continue;
    }
    people->push_back(found);
    it = parties->erase(it);
  }
}

}  // namespace newsgraph::analyze::comm_internal
