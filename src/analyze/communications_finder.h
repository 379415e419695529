// The CommFinder class shared by communications.cc and communications_verbs.cc. Internal.
#pragma once

#include <algorithm>

#include "analyze/internal.h"

namespace newsgraph::analyze::comm_internal {

inline int KindRank(std::string_view k) {
  if (k == "video call") return 5;
  if (k == "conference call") return 4;
  if (k == "phone call") return 3;
  if (k == "meeting") return 2;
  return 1;
}

class CommFinder {
 public:
  CommFinder(const Scan& s, const PeopleResult& p, const std::vector<ValueMention>& v)
      : s_(s), p_(p), v_(v) {}

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

  void Emit(uint32_t t, std::vector<int> people, uint32_t ev_first, uint32_t ev_last,
            bool counterparts, const char* kind = nullptr);

  // The person a pronoun at token t ("he", "his") refers to (coref.cc).
  int PronounBefore(uint32_t t) const { return PronounAntecedent(s_, p_, t); }

  void Noun(uint32_t t);

  // "X discussed the treaty with Y" (talk) / "X told Y by phone ..." (phone call): the
  // subject right before the verb, the other party after "with" within a few words or the
  // object of "told" when a medium ("by phone", "in a video call") follows it.
  void VerbWithObject(uint32_t t);

  void Verb(uint32_t t);

  bool Named(const std::string& who) const {
    for (const auto& p : p_.people)
      if (p.name == who) return true;
    return false;
  }

  std::vector<Communication> Merge();

  const Scan& s_;
  const PeopleResult& p_;
  const std::vector<ValueMention>& v_;
  std::vector<Communication> out_;
};

}  // namespace newsgraph::analyze::comm_internal
