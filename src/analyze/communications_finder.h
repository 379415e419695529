// The CommFinder class shared by communications.cc and communications_verbs.cc. Internal.
#pragma once

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analyze/internal.h"

namespace newsgraph::analyze::comm_internal {

// Nouns that head a described party besides titles and role nouns: "officials", "allies",
// "sister", any WordNet person noun (communications_parties.cc).
bool IsGroupHead(std::string_view l);
// A news organisation's name: "The Associated Press", "Reuters", "the New York Times"
// (communications.cc).
bool IsNewsOutlet(std::string_view name);

// A described party headed by the police or investigators ("Police", "two detectives",
// "federal agents"): their interviews and questioning are talks, not a journalist's interview.
inline bool IsAuthorityParty(std::string_view d) {
  const size_t sp = d.rfind(' ');
  const std::string head = Lower(sp == std::string_view::npos ? d : d.substr(sp + 1));
  return head == "detectives" || head == "investigators" || head == "prosecutors" ||
         head == "police" || head == "officers" || head == "agents" || head == "deputies" ||
         head == "troopers" || head == "authorities";
}

inline int KindRank(std::string_view k) {
  if (k == "video call") return 5;
  if (k == "conference call") return 4;
  if (k == "phone call") return 3;
  if (k == "meeting") return 2;
  return 1;
}

// A call by phone or video (not a meeting in person, a talk of unstated medium or a letter).
inline bool Remote(std::string_view k) {
  return k == "phone call" || k == "video call" || k == "conference call";
}

// Date words without a leading preposition, in lower case: "on Tuesday" and "Tuesday" are one.
inline std::string WhenWords(std::string_view when) {
  std::string l = Lower(when);
  for (std::string_view p : {"on ", "at ", "in ", "during ", "by "})
    if (l.rfind(p, 0) == 0) return l.substr(p.size());
  return l;
}

class CommFinder {
 public:
  CommFinder(const Scan& s, const PeopleResult& p, const std::vector<ValueMention>& v);

  std::vector<Communication> Run();

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  uint32_t N() const { return static_cast<uint32_t>(s_.toks.size()); }
  bool Same(uint32_t a, uint32_t b) const {
    return a < N() && b < N() && s_.toks[a].sentence == s_.toks[b].sentence;
  }

  const PersonMention* MentionAt(uint32_t t) const { return p_.MentionCovering(t); }

  // People listed from token t: "X, Y and Z", allowing up to `lead` other words before the
  // first. Stops at a clause boundary. Sets *counterparts for "... and their X counterparts".
  std::vector<int> List(uint32_t t, int lead, uint32_t* end, bool* counterparts,
                        bool clause = false) const;

  bool IsCommNoun(std::string_view w) const {
    return w == "call" || w == "calls" || w == "meeting" || w == "talks" || w == "discussion" ||
           w == "conversation" || w == "chat" || w == "summit";
  }

  std::string KindOf(uint32_t t) const;
  // A negation right before the cue at token t: "has not spoken", "refused to meet", "no call".
  bool Negated(uint32_t t) const;
  // A hope or a demand in the ten words before the cue at token t: "hoped the swap would pave
  // the way for talks", "called for talks", "a possible meeting" (no encounter reported).
  bool Hoped(uint32_t t) const;
  // An encounter noun at token t written as one to come: "an expected conversation", "the
  // upcoming summit", "ahead of a call", "set the stage for a direct conversation".
  bool Anticipated(uint32_t t) const;
  // A plural encounter noun at token t after a count: "three calls", "several meetings".
  bool Counted(uint32_t t) const;
  // The one person whose name is or ends with this word ("Putin"); -1 if none or several.
  int PersonEndingWith(std::string_view surname) const;

  // Date words near token t in its sentence, preferring those written next to it.
  void When(uint32_t t, Communication* c) const;

  static bool IsPluralTitleWord(std::string_view l) {
    return l.size() > 4 && l.back() == 's' && IsTitleHead(l.substr(0, l.size() - 1));
  }

  // A caption has no finite verb: "X with Y in Paris on November 14, 2022."
  bool HasVerb(uint32_t sentence) const {
    const Span& sp = s_.sentences[sentence];
    for (uint32_t k = sp.first; k < sp.last; ++k) {
      const std::string& l = L(k);
      if (s_.toks[k].cap || s_.toks[k].kind != TokKind::kWord) continue;
      if (l == "is" || l == "are" || l == "was" || l == "were" || l == "has" || l == "had" ||
          l == "will" || l == "said" || l == "says" || IsCueVerb(l) ||
          (l.size() > 3 && l.compare(l.size() - 2, 2, "ed") == 0))
        return true;
    }
    return false;
  }

  // A person named after a determiner and title words at token t: "his Chinese counterpart
  // Wang Yi", "the suspect, John Dow", "Judge Ellen Roth"; sets *end (when given) to the token
  // after the name. Null when there is none.
  const PersonMention* TitledPersonAt(uint32_t t, uint32_t* end) const;
  // "X called 911" / "they called an ambulance" / "dialed police": a phone call to an
  // emergency line. Returns false when token t does not start one.
  bool EmergencyCall(uint32_t t);
  // The emergency line named from token o ("911", "an ambulance", "the police",
  // "emergency services"); sets *end. Empty when none.
  std::string EmergencyLine(uint32_t o, uint32_t* end) const;

  // `parties`: participants given by the text's own words (a described group, an
  // organisation or a place), written after the people.
  void Emit(uint32_t t, std::vector<int> people, uint32_t ev_first, uint32_t ev_last,
            bool counterparts, const char* kind = nullptr,
            std::vector<std::string> parties = {});

  // --- parties (communications_parties.cc) ---
  // A party the text describes without naming a person, starting at token o: "several top
  // government officials", "Thailand's foreign minister", "the offices of Omar", "a top aide to
  // Zelenskiy", "Washington", "the Taliban" (an organisation or place). Empty when none; *end is
  // the token after it.
  std::string Describe(uint32_t o, uint32_t* end) const;
  // A described group starting at token o ("Detectives", "Thomas' sister"), not an organisation
  // or a place ("Kyiv has asked its partners ..." is a request, not an encounter): Describe's
  // answer, or empty.
  // "in an email", "during the call", "at a July 10 meeting" after a told-object: the kind of
  // encounter, *end after its noun; nullptr when none (communications_verbs.cc).
  const char* MediumAfter(uint32_t m, uint32_t* end) const;
  // The person named, or the "he"/"she" that refers to one, right before token k (a verb's
  // subject); -1 when none. *first is set to where the subject starts when one is found.
  int SubjectBefore(uint32_t k, uint32_t* first) const;
  // A subject right before the verb group of the verb at t: a person, "he"/"she" referring to
  // one, or a described group ("Residents have complained to ...").
  bool SubjectRightBefore(uint32_t t) const;
  // Two people joined by "and" right before the verb group of the verb at t ("X and Y have
  // been negotiating").
  bool TwoNamedSubjects(uint32_t t) const;
  // A denial earlier in the sentence of token t ("denied that his aides had contacts with").
  bool DeniedBefore(uint32_t t) const;
  // "was received by", "were welcomed by": t is the participle of a passive with its agent.
  bool PassiveBy(uint32_t t) const;
  // Where the verb group of the verb at t starts, over "also", "later", "had", "has" ("X had
  // also met"): the subject is right before it.
  uint32_t VerbGroupStart(uint32_t t) const;
  // "reached Y by phone" (t is "reached"): a person, then "by" and a medium.
  bool ReachedByMedium(uint32_t t) const;
  // "X warned Y in a phone call", "X urged Y during their talks" (t is the verb, a person
  // right after it): an encounter only where its medium is written after the person
  // (communications_verbs.cc).
  void AddressedWithMedium(uint32_t t);
  // A described party "his Russian counterpart" becomes the one person of that country the text
  // names whose office has the head of the first participant's ("President Biden ... his
  // Russian counterpart" is President Putin) (communications_counterparts.cc).
  void ResolveCounterparts(std::vector<int>* people, std::vector<std::string>* parties) const;
  // "X was on the phone with Y" (t is "phone").
  void OnThePhone(uint32_t t);
  // --- two objects and testimony (communications_two_objects.cc) ---
  // The sender of the verb at t: a person or pronoun right before its verb group, a described
  // subject there (added to *parties, returns -1), else the clause's subject; *first is set to
  // where the subject starts when it is right before.
  int SenderOf(uint32_t t, std::vector<std::string>* parties, uint32_t* first) const;
  // "X sent Y a letter", "X gave him a call" (t is the verb). False when t starts none.
  bool SentWithTwoObjects(uint32_t t);
  // "X testified before the Senate committee" (t is the verb): a meeting of the witness and
  // the body. False when t starts none.
  bool Testified(uint32_t t);
  std::string DescribedGroup(uint32_t o, uint32_t* end) const;
  // A news outlet named at token o ("People magazine", "the Daily Mail", "CNN"): an
  // organisation the analysis found, or capitalised words that a known outlet's name or an
  // outlet noun ("magazine", "newspaper") confirms; *end after it. Empty when none.
  std::string OutletAt(uint32_t o, uint32_t* end) const;
  // The organisation or place whose name covers token t; sets *end to its last token + 1.
  // Besides the names the analysis found, a name the text writes after "the" ("the Taliban",
  // "the Kremlin"): capitalised words no person mention covers, none a title or a common
  // capitalised word.
  bool ThingAt(uint32_t t, uint32_t* first, uint32_t* end) const;
  // "the president", "the ambassador" (no "of" after it): the most recently named person whose
  // office ends with that title; -1 when none or when the title is followed by "of".
  int DefiniteAt(uint32_t t, uint32_t* end) const;
  // "the two presidents", "the two leaders", "both leaders" at token t: the two people named
  // last before t (with that title when it is one). False when it is not such a phrase.
  bool TwoAt(uint32_t t, uint32_t* end, std::vector<int>* two) const;
  // The subject of the clause holding token t when nothing stands right before it: the
  // nearest person named earlier in the sentence outside a prepositional phrase, or the person a
  // pronoun there refers to. -1 if none.
  int ClauseSubject(uint32_t t) const;
  // Parties listed from token t (people, definite descriptions, described groups): "Y",
  // "Y and Z", "the president", "several top officials". Returns false when nothing is there.
  bool Parties(uint32_t t, int lead, std::vector<int>* people, std::vector<std::string>* parties,
               uint32_t* end, bool* counterparts) const;

  // The person a pronoun at token t ("he", "his") refers to (coref.cc).
  int PronounBefore(uint32_t t) const { return PronounAntecedent(s_, p_, t); }

  void Noun(uint32_t t);

  // "X discussed the treaty with Y" (talk) / "X told Y by phone ..." (phone call): the
  // subject right before the verb, the other party after "with" within a few words or the
  // object of "told" when a medium ("by phone", "in a video call") follows it.
  void VerbWithObject(uint32_t t);

  void Verb(uint32_t t);

  // "X joined Y for talks / for a dinner / for a call": an encounter of X and Y.
  void JoinedFor(uint32_t t);

  bool Named(const std::string& who) const { return names_.count(who) > 0; }

  std::vector<Communication> Merge();

  const Scan& s_;
  const PeopleResult& p_;
  const std::vector<ValueMention>& v_;
  std::vector<Communication> out_;
  std::unordered_set<std::string> names_;  // the people's names
  std::vector<int> thing_at_;  // per token: index into things_ of the name covering it, or -1
  std::vector<std::pair<uint32_t, uint32_t>> things_;  // token ranges of organisations/places
};

}  // namespace newsgraph::analyze::comm_internal
