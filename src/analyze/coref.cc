// Pronoun speakers and subjects ("he said", "She met ..."): the person a third-person pronoun
// refers to. Within its own sentence the pronoun takes the nearest person named before it
// ("Peskov said Putin looked forward to his meeting"); a pronoun that opens its clause takes the
// subject (the first person named outside quotation marks) of the nearest earlier sentence naming
// someone, looking back at most three sentences ("Harry Kane won the award. He said, ..."). People
// named later in the pronoun's own sentence are not candidates ("He phoned Olsen" is not Olsen
// phoning).
#include <algorithm>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

// The first person mention in sentence `s` that starts before token `limit` and lies outside
// quotation marks (or, with `last`, the last such mention ending before `limit`); -1 if none.
int PersonIn(const Scan& scan, const PeopleResult& people, uint32_t s, uint32_t limit,
             bool last = false) {
  const Span& sp = scan.sentences[s];
  auto it = std::lower_bound(people.mentions.begin(), people.mentions.end(), sp.first,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  int found = -1;
  for (; it != people.mentions.end() && it->first < sp.last && it->last <= limit; ++it) {
    if (it->modifier || scan.toks[it->first].in_quote) continue;
    found = it->person;
    if (!last) break;
  }
  return found;
}

}  // namespace

int PronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t) {
  if (t >= scan.toks.size() || scan.sentences.empty()) return -1;
  uint32_t s = scan.toks[t].sentence;
  int p = PersonIn(scan, people, s, t, /*last=*/true);
  if (p >= 0) return p;
  for (uint32_t back = 1; back <= 3 && back <= s; ++back) {
    p = PersonIn(scan, people, s - back, UINT32_MAX);
    if (p >= 0) return p;
  }
  return -1;
}

}  // namespace newsgraph::analyze
