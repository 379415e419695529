// Encounters written with two objects, the person addressed first and then what was sent:
// "X sent Y a letter", "X wrote the senators a note", "X gave him a call"; and testimony before
// a legislative body, which news reports as a hearing: "X testified before the Senate
// committee", "X will appear before the panel" (a meeting of the witness and the body).
#include <string_view>

#include "analyze/communications_finder.h"

namespace newsgraph::analyze::comm_internal {

namespace {

// What is sent in writing ("a letter", "an email"); not "a message", which news also uses for a
// signal ("the vote sent Moscow a message").
bool IsWrittenNoun(std::string_view l) {
  return l == "letter" || l == "note" || l == "email" || l == "e-mail" || l == "memo" ||
         l == "text" || l == "postcard";
}

// The head word of a legislative body: "the Senate Judiciary Committee", "a House panel",
// "lawmakers".
bool IsLegislativeBody(std::string_view l) {
  return l == "committee" || l == "subcommittee" || l == "panel" || l == "commission" ||
         l == "congress" || l == "senate" || l == "house" || l == "parliament" ||
         l == "lawmakers" || l == "legislators" || l == "legislature" || l == "assembly" ||
         l == "senators" || l == "mps" || l == "council";
}

}  // namespace

int CommFinder::SenderOf(uint32_t t, std::vector<std::string>* parties, uint32_t* first) const {
  const uint32_t k = VerbGroupStart(t);
  int subj = SubjectBefore(k, first);
  if (subj >= 0) return subj;
  // a described or organisational subject right before the verb: "The senators sent ...",
  // "The committee wrote ..."
  for (uint32_t b = k >= 6 ? k - 6 : 0; b < k; ++b) {
    if (!Same(b, t)) continue;
    uint32_t de = 0;
    std::string d = Describe(b, &de);
    if (!d.empty() && de == k) {
      parties->insert(parties->begin(), std::move(d));
      *first = b;
      return -1;
    }
  }
  return ClauseSubject(t);
}

bool CommFinder::SentWithTwoObjects(uint32_t t) {
  const std::string& w = L(t);
  const bool send = w == "sent" || w == "sends" || w == "wrote" || w == "writes" ||
                    w == "mailed" || w == "handed";
  const bool give = w == "gave" || w == "gives";
  if ((!send && !give) || s_.toks[t].cap || t + 3 >= N() || !Same(t + 1, t)) return false;
  // the person addressed: a name, "him"/"her", or a described party ("the senators")
  std::vector<int> people;
  std::vector<std::string> parties;
  const uint32_t o = t + 1;
  uint32_t oe = 0;
  if (const PersonMention* m = TitledPersonAt(o, &oe)) {
    if (oe < N() && s_.toks[oe].kind == TokKind::kPossessive) return false;  // "X's letter"
    people.push_back(m->person);
  } else if ((L(o) == "him" || L(o) == "her") && s_.toks[o].kind == TokKind::kWord) {
    const int p = PronounBefore(o);
    if (p < 0) return false;
    people.push_back(p);
    oe = o + 1;
  } else {
    std::string d = DescribedGroup(o, &oe);
    if (d.empty()) return false;
    parties.push_back(std::move(d));
  }
  // then "a letter", "a two-page letter", "an angry email", "a call"
  if (oe >= N() || !Same(oe, t) || (L(oe) != "a" && L(oe) != "an")) return false;
  uint32_t noun = N();
  for (uint32_t q = oe + 1; q < N() && q < oe + 4 && Same(q, t); ++q) {
    const std::string& l = L(q);
    if ((send && IsWrittenNoun(l)) || (give && (l == "call" || l == "ring"))) {
      noun = q;
      break;
    }
    if ((s_.toks[q].kind != TokKind::kWord && s_.toks[q].kind != TokKind::kNumber) ||
        IsFunctionWord(l) || MentionAt(q))
      break;
  }
  if (noun == N()) return false;
  uint32_t first = t;
  const int sender = SenderOf(t, &parties, &first);
  // (a pronoun read as the sender himself names no one else)
  if (sender >= 0 && !people.empty() && people[0] == sender) return true;
  if (sender >= 0) people.insert(people.begin(), sender);
  Emit(t, std::move(people), first, noun + 1, false, give ? "phone call" : "letter",
       std::move(parties));
  return true;
}

bool CommFinder::Testified(uint32_t t) {
  const std::string& w = L(t);
  const bool testify = w == "testified" || w == "testifies" || w == "testify" ||
                       w == "testifying";
  const bool appear = w == "appeared" || w == "appears" || w == "appear" || w == "appearing";
  if ((!testify && !appear) || s_.toks[t].cap || t + 2 >= N() || !Same(t + 2, t) ||
      L(t + 1) != "before")
    return false;
  // called to testify is no testimony: "was subpoenaed to appear before a committee but in
  // the end was never called" ("is scheduled to testify" is one to come)
  if (t >= 2 && L(t - 1) == "to" && Same(t - 2, t)) {
    const std::string& g = L(t - 2);
    if (g == "subpoenaed" || g == "summoned" || g == "asked" || g == "invited" ||
        g == "called" || g == "ordered" || g == "compelled" || g == "refused" ||
        g == "declined" || g == "requested")
      return false;
  }
  // the body: its name or a description ending in a legislative noun, within five words
  uint32_t o = t + 2, e = o;
  while (e < N() && Same(e, t) && e < o + 6 && s_.toks[e].kind == TokKind::kWord &&
         !MentionAt(e) && !IsLegislativeBody(L(e)) &&
         (e == o || !IsFunctionWord(L(e)) || L(e) == "of"))
    ++e;
  if (e >= N() || !Same(e, t) || !IsLegislativeBody(L(e)) || MentionAt(e)) return false;
  // the rest of its name: "the Senate Judiciary Committee", "a House committee", "the House
  // Committee on Oversight" (not "a House panel on Monday")
  uint32_t last = e + 1;
  while (last < N() && Same(last, t) && last < e + 5 && s_.toks[last].kind == TokKind::kWord &&
         !MentionAt(last) && (s_.toks[last].cap || IsLegislativeBody(L(last))) &&
         !IsWeekday(L(last)) && MonthIndex(L(last)) == 0)
    ++last;
  if (last + 1 < N() && Same(last + 1, t) && L(last) == "on" && s_.toks[last + 1].cap &&
      !IsWeekday(L(last + 1)) && MonthIndex(L(last + 1)) == 0) {
    last += 2;
    while (last < N() && Same(last, t) && s_.toks[last].cap &&
           s_.toks[last].kind == TokKind::kWord)
      ++last;
  }
  std::vector<std::string> parties;
  uint32_t first = t;
  const int witness = SenderOf(t, &parties, &first);
  if (witness < 0 && parties.empty()) return false;
  parties.push_back(std::string(s_.TextRange(o, last)));
  std::vector<int> people;
  if (witness >= 0) people.push_back(witness);
  Emit(t, std::move(people), first, last, false, "meeting", std::move(parties));
  return true;
}

}  // namespace newsgraph::analyze::comm_internal
