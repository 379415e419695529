// Speakers of quotes: descriptions of unnamed speakers ("a senior administration official",
// "said the spokesman"), organisations named after a reporting verb ("said KCNA"), the subject
// of a reporting verb, and the sentences around a quote standing alone.
#include <absl/container/flat_hash_set.h>

#include <algorithm>

#include "analyze/quotes_finder.h"

namespace newsgraph::analyze::quotes_internal {

// "a senior Biden administration official" ending at token e-1 (a role noun or an org name).
std::string QuoteFinder::Description(uint32_t e, uint32_t limit) const {
  if (e == 0 || e <= limit) return {};
  uint32_t h = e - 1;
  const Tok& head = s_.toks[h];
  if (head.kind != TokKind::kWord) return {};
  // a role noun, a title ("the coach said"), or a lower-case noun naming a kind of person
  // ("a firefighter said")
  static const absl::flat_hash_set<std::string_view> kPeopleWords = {
      "neighbor", "neighbour", "neighbors", "neighbours", "witness", "witnesses", "resident",
      "residents", "friend", "friends", "relative", "relatives", "victim", "victims",
      "survivor", "survivors", "parent", "parents", "mother", "father", "son", "daughter",
      "wife", "husband", "brother", "sister", "man", "woman", "fan", "fans", "customer",
      "customers", "passenger", "passengers", "supporter", "supporters", "critic", "critics",
      // people writing online: "one Weibo commenter said", "a Twitter user wrote"
      "commenter", "commenters", "user", "users", "poster", "posters"};
  // a plural of a noun naming a kind of person: "protesters said", "voters told"
  const std::string& hl = L(h);
  // ("deputies" -> "deputy", "witnesses" -> "witness")
  const std::string one = hl.size() > 3 ? SingularOf(hl) : std::string();
  const bool plural_person = !one.empty() && (IsPersonNoun(one) || kPeopleWords.count(one));
  // (a capital only as the sentence's first letter: "Nurses chanted")
  bool role = IsRoleNoun(hl) ||
              ((!head.cap || (head.sentence_start && e < N() && !s_.toks[e].cap)) &&
               (IsTitleHead(hl) || IsPersonNoun(hl) || plural_person || kPeopleWords.count(hl)));
  bool org = head.cap && (IsOrganisationWord(L(h)) || !CountryOfOrganisation(L(h)).empty());
  // an organisation named by its kind after "the", as the subject opening its clause: "The
  // union called the plan “…”", "…, the council said" (the organisation of that kind named
  // before, when there is one; "a letter to the board stating" is not the board's)
  static const absl::flat_hash_set<std::string_view> kOrganisationKinds = {
      "union", "unions", "council", "board", "coalition", "association", "federation",
      "league", "commission", "foundation", "institute", "charity", "campaign", "embassy",
      "airline", "hospital", "university", "bank", "party", "club"};
  if (!role && !org && !head.cap && h > limit && L(h - 1) == "the" && kOrganisationKinds.count(hl) &&
      (s_.toks[h - 1].sentence_start || (h >= 2 && s_.toks[h - 2].kind != TokKind::kWord)))
    org = true;
  if (!role && !org) {
    // "a spokesperson for Milei", "an official at the ministry"
    for (uint32_t p = h; p > limit + 1 && h - p < 5; --p) {
      const std::string& l = L(p - 1);
      if ((l == "for" || l == "of" || l == "at" || l == "to") && IsRoleNoun(L(p - 2))) {
        // "a letter to the council" sent by someone: its sender, without the complement
        if (IsDocumentNoun(L(p - 2))) {
          std::string who = DocumentIssuer(p - 2, limit);
          if (!who.empty()) return who;
        }
        std::string base = Description(p - 1, limit);
        if (!base.empty()) return base + " " + std::string(s_.TextRange(p - 1, e));
      }
      if (s_.toks[p - 1].kind != TokKind::kWord) break;
    }
    return {};
  }
  uint32_t b = h;
  while (b > limit && h - b < 7) {
    const Tok& k = s_.toks[b - 1];
    if (k.kind != TokKind::kWord && k.kind != TokKind::kPossessive) break;
    if (IsDeterminer(L(b - 1))) {
      --b;
      break;
    }
    if (IsFunctionWord(L(b - 1)) || Cue(b - 1)) break;
    --b;
  }
  // "a spokesman for the Interior Department": the role before the organisation
  {
    uint32_t x = b;
    if (x > limit && L(x) != "the" && x > 0 && L(x - 1) == "the") --x;
    if (L(x) == "the") {
      if (x >= limit + 2 && (L(x - 1) == "for" || L(x - 1) == "of" || L(x - 1) == "at") &&
          IsRoleNoun(L(x - 2)) && !org_checked_) {
        org_checked_ = true;
        std::string base = Description(x - 1, limit);
        org_checked_ = false;
        if (!base.empty()) return base + " " + std::string(s_.TextRange(x - 1, e));
      }
    } else if (x >= limit + 2 && (L(x - 1) == "for" || L(x - 1) == "of" || L(x - 1) == "at") &&
               IsRoleNoun(L(x - 2)) && !org_checked_) {
      org_checked_ = true;
      std::string base = Description(x - 1, limit);
      org_checked_ = false;
      if (!base.empty()) return base + " " + std::string(s_.TextRange(x - 1, e));
    }
  }
  // "X issued a statement warning that ...", "X sent a letter stating ...": the issuer speaks
  if (IsDocumentNoun(L(h)) && b < h && IsDeterminer(L(b))) {
    std::string who = DocumentIssuer(h, limit);
    if (!who.empty()) return who;
    // "the letter said": the letter someone wrote or sent in the few sentences before
    if (L(b) == "the" && b + 1 == h) {
      const uint32_t s = s_.toks[h].sentence;
      const uint32_t from = s_.sentences[s >= 3 ? s - 3 : 0].first;
      for (uint32_t k = b; k > from; --k) {
        if (L(k - 1) != L(h) || s_.toks[k - 1].in_quote) continue;
        const uint32_t first = s_.sentences[s_.toks[k - 1].sentence].first;
        who = DocumentIssuer(k - 1, first > 0 ? first - 1 : 0);
        if (!who.empty()) return who;
        break;  // the nearest earlier mention of the document only
      }
    }
  }
  if (L(b) == "the" || L(b) == "its" || L(b) == "his" || L(b) == "her" || L(b) == "their") ++b;
  if (b >= e) return {};
  // "Cornyn's statement added": the person's own statement, letter, tweet ...
  if (const PersonMention* m = p_.MentionCovering(b)) {
    const std::string& hl = L(h);
    if (!m->modifier && m->last < e && s_.toks[m->last].kind == TokKind::kPossessive &&
        (hl == "statement" || hl == "letter" || hl == "tweet" || hl == "post" || hl == "remarks" ||
         hl == "memo" || hl == "website" || hl == "blog"))
      return SpeakerOf(*m);
  }
  return std::string(s_.TextRange(b, e));
}

bool QuoteFinder::IsDocumentNoun(std::string_view l) {
  return l == "statement" || l == "letter" || l == "report" || l == "memo" || l == "note" ||
         l == "email" || l == "e-mail" || l == "post" || l == "tweet" || l == "notice";
}

std::string QuoteFinder::DocumentIssuer(uint32_t h, uint32_t limit) const {
  // the document noun at h after its determiner (and a few words: "a joint statement"), after
  // the verb that issued it
  uint32_t d = h;
  while (d > limit && h - d < 4 && !IsDeterminer(L(d - 1)) && s_.toks[d - 1].kind == TokKind::kWord &&
         !IsFunctionWord(L(d - 1)))
    --d;
  if (d < limit + 2 || !IsDeterminer(L(d - 1))) return {};
  const std::string& v = L(d - 2);
  if (v == "issued" || v == "sent" || v == "released" || v == "published" || v == "posted" ||
      v == "wrote" || v == "signed" || v == "issues" || v == "sends")
    return Issuer(d - 2, limit);
  return {};
}

std::string QuoteFinder::Issuer(uint32_t v, uint32_t limit) const {
  uint32_t k = v;
  while (k > limit && v - k < 3 &&
         (L(k - 1) == "also" || L(k - 1) == "later" || L(k - 1) == "then" ||
          L(k - 1) == "has" || L(k - 1) == "had" || L(k - 1) == "have"))
    --k;
  // over a clause between commas: "The Electoral Commission, which regulates ..., issued"
  if (k > limit + 1 && s_.Text(k - 1) == ",") {
    uint32_t c = k - 1;
    while (c > limit && k - c < 14 && s_.Text(c - 1) != "," && !s_.toks[c - 1].in_quote) --c;
    if (c > limit + 1 && s_.Text(c - 1) == ",") {
      // the clause is the name in apposition: "The principal, Matthew Willoughby of the
      // Urban Assembly School, wrote a letter"
      if (const PersonMention* m = p_.MentionCovering(c);
          m && (m->first == c || m->title_first == c) && !m->modifier)
        return SpeakerOf(*m);
      k = c - 1;
    }
  }
  if (k <= limit) return {};
  // the second verb of its subject: "The group, WeWorkers Coalition, formed in recent weeks and
  // sent a letter stating ..." is the subject's opening the sentence
  if (L(k - 1) == "and") {
    uint32_t j = std::max(limit, s_.sentences[s_.toks[v].sentence].first);
    if (j + 3 < k && L(j) == "the" && !s_.toks[j + 1].cap && s_.Text(j + 2) == ",") j += 3;
    if (const PersonMention* m = p_.MentionCovering(j); m && (m->first == j || m->title_first == j)) {
      if (m->last < k && (s_.Text(m->last) == "," || !s_.toks[m->last].cap)) return SpeakerOf(*m);
      return {};
    }
    uint32_t f = j;
    while (f < k && f < j + 6 && s_.toks[f].cap && s_.toks[f].kind == TokKind::kWord &&
           !s_.toks[f].in_quote)
      ++f;
    if (f > j && f < k && s_.Text(f) == "," && !(f - j == 1 && IsFunctionWord(L(j))))
      return std::string(s_.TextRange(j, f));
    return {};
  }
  if (const PersonMention* m = MentionEndingAt(k)) return SpeakerOf(*m);
  // a described issuer: "The ministry issued a statement", "the company sent a letter"
  if (k >= limit + 2 && L(k - 2) == "the" && !s_.toks[k - 1].cap && IsRoleNoun(L(k - 1)) &&
      !IsDocumentNoun(L(k - 1)))
    return std::string(s_.TextRange(k - 2, k));
  uint32_t f = k;
  while (f > limit && k - f < 6 && s_.toks[f - 1].cap && s_.toks[f - 1].kind == TokKind::kWord &&
         !s_.toks[f - 1].in_quote)
    --f;
  if (f < k && L(f) == "the") ++f;
  if (f < k && !(k - f == 1 && IsFunctionWord(L(f)))) return std::string(s_.TextRange(f, k));
  return {};
}

// A capitalised name that is not a person, from token b to the end of its run ("KCNA",
// "the Foreign Ministry" -> "Foreign Ministry"), followed by a clause end; empty otherwise.
std::string QuoteFinder::NameRun(uint32_t b, uint32_t sentence) const {
  const uint32_t n = N();
  if (b < n && L(b) == "the") ++b;
  uint32_t e = b;
  while (e < n && e < b + 6 && s_.toks[e].sentence == sentence && !s_.toks[e].in_quote &&
         (s_.toks[e].kind == TokKind::kWord && (s_.toks[e].cap || (e > b && L(e) == "of"))))
    ++e;
  while (e > b && L(e - 1) == "of") --e;
  if (e == b || p_.MentionCovering(b)) return {};
  if (IsFunctionWord(L(b)) || IsWeekday(L(b)) || MonthIndex(L(b)) > 0) return {};
  if (e < n && s_.toks[e].sentence == sentence && s_.toks[e].kind == TokKind::kWord &&
      L(e) != "on" && L(e) != "in" && L(e) != "at" && L(e) != "after" && L(e) != "when")
    return {};
  return std::string(s_.TextRange(b, e));
}

// "said the spokesman", "said a senior official", "said one analyst": a description
// after the reporting verb, ending at a role noun.
std::string QuoteFinder::DescriptionAfter(uint32_t b, uint32_t sentence) const {
  const uint32_t n = N();
  if (b >= n || !IsDeterminer(L(b))) return {};
  for (uint32_t e = b + 1; e < n && e < b + 6 && s_.toks[e].sentence == sentence; ++e) {
    if (s_.toks[e].kind == TokKind::kPossessive) continue;  // "said the team's coach"
    if (s_.toks[e].kind != TokKind::kWord || s_.toks[e].in_quote) break;
    // an owner before a possessive is no head: "the team's coach"
    if (e + 1 < n && s_.toks[e + 1].kind == TokKind::kPossessive) continue;
    // a role, a title or any noun naming a kind of person ("said the referee")
    if (IsRoleNoun(L(e)) || IsTitleHead(L(e)) || (!s_.toks[e].cap && IsPersonNoun(L(e)))) {
      // "said the team's coach, Ted Lasso": the name in apposition is the speaker
      if (e + 2 < n && s_.Text(e + 1) == "," && s_.toks[e + 2].sentence == sentence)
        if (const PersonMention* m = MentionStartingAt(e + 2)) return SpeakerOf(*m);
      // a document speaks for its author: "said a report from Kotak Securities", "a
      // statement by the ministry" -> the author
      const std::string& head = L(e);
      if ((head == "report" || head == "statement" || head == "letter" || head == "study" ||
           head == "memo" || head == "document" || head == "paper" || head == "note") &&
          e + 2 < n && (L(e + 1) == "from" || L(e + 1) == "by") &&
          s_.toks[e + 2].sentence == sentence) {
        uint32_t k = e + 2;
        if (const PersonMention* m = MentionStartingAt(k)) return SpeakerOf(*m);
        if (L(k) == "the" && k + 1 < n) ++k;
        uint32_t f = k;
        while (k < n && k < f + 6 && s_.toks[k].sentence == sentence &&
               s_.toks[k].kind == TokKind::kWord && !s_.toks[k].in_quote &&
               (s_.toks[k].cap || (k > f && (L(k) == "of" || L(k) == "and") && k + 1 < n &&
                                   s_.toks[k + 1].cap)))
          ++k;
        if (k > f) return std::string(s_.TextRange(f, k));
      }
      uint32_t f = b;
      if (L(f) == "the") ++f;
      return std::string(s_.TextRange(f, e + 1));
    }
    if (IsFunctionWord(L(e))) break;
  }
  return {};
}

// The subject of reporting verb at token c, searched leftwards within the sentence.
std::string QuoteFinder::Subject(uint32_t c, uint32_t sent_first) const {
  // "The police, in a statement, said", "The ministry, on Tuesday, said": a phrase between
  // commas that opens with a preposition stands between the subject and its verb
  if (c >= 4 && c > sent_first + 3 && s_.Text(c - 1) == ",") {
    for (uint32_t k = c - 2; k > sent_first + 1 && c - k < 10; --k) {
      const Tok& tk = s_.toks[k];
      if (tk.in_quote || tk.kind == TokKind::kQuote || Cue(k)) break;
      if (s_.Text(k) != ",") continue;
      const std::string& p = L(k + 1);
      // ... or with a participle of speaking: "The minister, speaking in Paris, said"
      if (!s_.toks[k + 1].cap && (p == "in" || p == "on" || p == "at" || p == "during" ||
                                  p == "after" || p == "earlier" || p == "later" ||
                                  p == "speaking" || p == "addressing" || p == "responding" ||
                                  p == "reacting" || p == "asked" || p == "when"))
        return Subject(k, sent_first);
      break;
    }
  }
  // "The company, Redrock Minerals, said": a name between commas right before the verb
  if (c >= 3 && c > sent_first + 2 && s_.Text(c - 1) == ",") {
    if (const PersonMention* m = MentionEndingAt(c - 1)) return SpeakerOf(*m);
    uint32_t k = c - 1;
    while (k > sent_first && c - k < 8 && s_.toks[k - 1].cap &&
           s_.toks[k - 1].kind == TokKind::kWord)
      --k;
    if (k < c - 1 && k > sent_first && s_.Text(k - 1) == ",") {
      // "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said": the
      // capitalised run closes an appositive of the person who opens the clause
      for (uint32_t j = sent_first; j + 1 < k; ++j) {
        if (s_.toks[j].in_quote || Cue(j)) break;
        const PersonMention* m = MentionStartingAt(j);
        if (m && !m->modifier && m->last < k && s_.Text(m->last) == ",") return SpeakerOf(*m);
      }
      return std::string(s_.TextRange(k, c - 1));
    }
    // "Kiara Perkins, a second year art major, admitted": an appositive between commas after
    // the person opening the clause (no other person, verb or quote inside it)
    for (uint32_t j = c - 2; j > sent_first && c - j < 14; --j) {
      const Tok& tj = s_.toks[j];
      if (tj.in_quote || tj.kind == TokKind::kQuote || Cue(j) || p_.MentionCovering(j)) break;
      if (s_.Text(j) != ",") continue;
      if (const PersonMention* m = MentionEndingAt(j); m && !m->modifier) return SpeakerOf(*m);
      // "the People's Daily, the party's mouthpiece, warned": an organisation the same way,
      // when no person comes before it in the clause ("X, head of U.S. Northern Command,
      // which ..., acknowledged" is X's)
      if (std::string org = OrganisationEndingAt(j); !org.empty()) {
        bool person_before = false;
        for (uint32_t b = sent_first; b < j && !person_before; ++b)
          person_before = p_.MentionCovering(b) != nullptr;
        if (!person_before) return org;
      }
      break;
    }
  }
  // adjacent person (allowing a few adverbs/auxiliaries between)
  uint32_t t = c;
  for (int k = 0; k < 7 && t > sent_first; ++k) {
    uint32_t e = t;
    if (const PersonMention* m = MentionEndingAt(e)) return SpeakerOf(*m);
    // an organisation as the subject: "Twitter pledged to take “...”"
    if (std::string org = OrganisationEndingAt(e); !org.empty() && k <= 2) return org;
    std::string d = Description(e, sent_first);
    if (!d.empty() && k <= 2) return d;
    const Tok& prev = s_.toks[t - 1];
    if (prev.kind != TokKind::kWord || prev.in_quote) break;
    const std::string& l = L(t - 1);
    if (l == "that" || l == "and" || l == "but" || l == "while") break;
    if (prev.cap && k > 0) break;
    if (l == "he" || l == "she") return Pronoun(t - 1);
    --t;
  }
  return {};
}

std::string QuoteFinder::DescribedBefore(uint32_t t) const {
  if (t >= N()) return {};
  const std::string& pronoun = L(t);
  const char g = pronoun == "he" ? 'm' : pronoun == "she" ? 'f' : 0;
  const uint32_t s = s_.toks[t].sentence;
  for (uint32_t back = 0; back <= 1 && back <= s; ++back) {
    const uint32_t ps = s - back;
    if (s_.sentence_paragraph[ps] != s_.sentence_paragraph[s]) break;
    const Span& sp = s_.sentences[ps];
    const uint32_t end = back == 0 ? t : sp.last;
    for (uint32_t h = end; h > sp.first + 1; --h) {
      const Tok& k = s_.toks[h - 1];
      if (k.in_quote || k.kind != TokKind::kWord || k.cap) continue;
      if (p_.MentionCovering(h - 1)) return {};  // a person named there: not the one meant
      // nouns that say a gender: the other one's pronoun is not them
      static const absl::flat_hash_set<std::string_view> kFemale = {
          "mother", "wife", "daughter", "sister", "woman", "girl", "grandmother", "aunt",
          "niece", "actress", "widow", "spokeswoman", "chairwoman", "businesswoman"};
      static const absl::flat_hash_set<std::string_view> kMale = {
          "father", "husband", "son", "brother", "man", "boy", "grandfather", "uncle",
          "nephew", "actor", "widower", "spokesman", "chairman", "businessman"};
      const std::string& l = k.lower;
      if ((g == 'm' && kFemale.count(l)) || (g == 'f' && kMale.count(l))) continue;
      // only a single person, introduced by a determiner ("one mother", "a local teacher")
      std::string d = Description(h, sp.first);
      if (d.empty() || d.find(' ') == std::string::npos) continue;
      const std::string first = Lower(d.substr(0, d.find(' ')));
      if (first != "a" && first != "an" && first != "one" && first != "the") continue;
      return d;
    }
  }
  return {};
}

// A quote opening its sentence with no attribution of its own, after a sentence of the same
// paragraph (at most two back) in which someone reports or issues a statement:
// "Cornyn issued a statement. "Like many Texans, ..."" / "Perkins admitted ... Why? "It's ...""
std::string QuoteFinder::PreviousSentence(const QuoteSpan& q, std::string* cue) const {
  uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
  uint32_t s = s_.toks[open_tok].sentence;
  if (s_.sentences[s].first != open_tok) {
    // ... or a quote inside a sentence that names no one and reports nothing ("She says the
    // issue is complicated. We need to "make sure ..."": the words before it and after it)
    const Span& own = s_.sentences[s];
    if (q.last_tok < q.first_tok + 4) return {};  // a scare quote ("taste" receptors)
    for (uint32_t t = own.first; t < own.last; ++t) {
      if (s_.toks[t].in_quote || s_.toks[t].kind == TokKind::kQuote) continue;
      const std::string& l = L(t);
      if (Cue(t) || p_.MentionCovering(t) || l == "he" || l == "she" || l == "they" ||
          l == "according" || (s_.toks[t].cap && t != own.first && s_.toks[t].kind == TokKind::kWord))
        return {};
    }
  }
  for (uint32_t back = 1; back <= 2 && back <= s; ++back) {
    uint32_t ps = s - back;
    if (s_.sentence_paragraph[ps] != q.paragraph) return {};
    const Span& sp = s_.sentences[ps];
    bool quoted = false;
    for (uint32_t t = sp.first; t < sp.last; ++t) quoted |= s_.toks[t].in_quote;
    if (quoted) return {};  // a sentence with its own quote attributes only that one
    for (uint32_t t = sp.first; t < sp.last; ++t) {
      bool statement = (L(t) == "statement" || L(t) == "letter") && t >= sp.first + 2 &&
                       (L(t - 1) == "a" || L(t - 1) == "the") &&
                       (L(t - 2) == "issued" || L(t - 2) == "released" || L(t - 2) == "published" ||
                        L(t - 2) == "wrote");
      if (!Cue(t) && !statement) continue;
      std::string subj = Subject(statement ? t - 2 : t, sp.first);
      if (subj.empty() && statement) {
        auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), sp.first,
                                   [](const PersonMention& m, uint32_t v) { return m.first < v; });
        if (it != p_.mentions.end() && it->first < t && !it->modifier) subj = SpeakerOf(*it);
      }
      if (subj.empty()) continue;
      *cue = statement ? "statement" : CueText(t);
      return subj;
    }
  }
  return {};
}

// A quote standing alone, followed by a sentence that opens with "X said ..." .
std::string QuoteFinder::FollowingSentence(const QuoteSpan& q, std::string* cue) const {
  uint32_t after = q.last_tok < N() ? q.last_tok + 1 : N();
  if (after >= N()) return {};
  uint32_t s = s_.toks[after].sentence;
  if (s_.sentence_paragraph[s] != q.paragraph) return {};
  const Span& sp = s_.sentences[s];
  for (uint32_t t = sp.first; t < sp.last && t < sp.first + 8; ++t) {
    if (s_.toks[t].in_quote) return {};
    if (Cue(t)) {
      std::string subj = Subject(t, sp.first);
      if (!subj.empty()) *cue = CueText(t);
      return subj;
    }
  }
  return {};
}

}  // namespace newsgraph::analyze::quotes_internal
