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

// The first "he"/"she" of sentence `s` outside quotation marks, before any person named
// there; the sentence's token count when none.
uint32_t LeadingPronoun(const Scan& scan, const PeopleResult& people, uint32_t s) {
  const Span& sp = scan.sentences[s];
  auto it = std::lower_bound(people.mentions.begin(), people.mentions.end(), sp.first,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  uint32_t first_person = sp.last;
  for (; it != people.mentions.end() && it->first < sp.last; ++it)
    if (!it->modifier && !scan.toks[it->first].in_quote) {
      first_person = it->first;
      break;
    }
  for (uint32_t t = sp.first; t < first_person; ++t) {
    const Tok& k = scan.toks[t];
    if (k.in_quote || k.kind != TokKind::kWord) continue;
    if (k.lower == "he" || k.lower == "she") return t;
  }
  return sp.last;
}

int Antecedent(const Scan& scan, const PeopleResult& people, uint32_t t, int depth) {
  if (t >= scan.toks.size() || scan.sentences.empty()) return -1;
  uint32_t s = scan.toks[t].sentence;
  int p = PersonIn(scan, people, s, t, /*last=*/true);
  if (p >= 0) return p;
  for (uint32_t back = 1; back <= 3 && back <= s; ++back) {
    // a chain of pronouns: "He was arrested for the call to Omar's office. During the call,
    // he said ..." -- the earlier "He" is the subject, not Omar
    uint32_t lead = LeadingPronoun(scan, people, s - back);
    if (depth < 3 && lead < scan.sentences[s - back].last) return Antecedent(scan, people, lead, depth + 1);
    p = PersonIn(scan, people, s - back, UINT32_MAX);
    if (p >= 0) return p;
  }
  return -1;
}

}  // namespace

int PronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t) {
  return Antecedent(scan, people, t, 0);
}

}  // namespace newsgraph::analyze
