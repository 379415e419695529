// The QuoteFinder class shared by quotes.cc and quotes_speakers.cc. Internal.
#pragma once

#include <algorithm>

#include "analyze/internal.h"

namespace newsgraph::analyze::quotes_internal {

inline bool IsDeterminer(std::string_view l) {
  return l == "a" || l == "an" || l == "the" || l == "one" || l == "two" || l == "three" ||
         l == "several" || l == "some" || l == "many" || l == "another" || l == "its" ||
         l == "his" || l == "her" || l == "their";
}

class QuoteFinder {
 public:
  QuoteFinder(const Scan& s, const PeopleResult& p) : s_(s), p_(p) {}

  std::vector<Quote> Run();

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  uint32_t N() const { return static_cast<uint32_t>(s_.toks.size()); }

  // The person mention whose name ends at token e-1 (or whose name starts at t); -1 if none.
  const PersonMention* MentionStartingAt(uint32_t t) const {
    const PersonMention* m = p_.MentionCovering(t);
    return m && (m->title_first == t || m->first == t) ? m : nullptr;
  }
  // ... or one right after an honorific the mention leaves out, written without its point in
  // British style ("said Ms Tamir", "Mr Brown said")
  const PersonMention* MentionAfterHonorific(uint32_t t) const {
    if (const PersonMention* m = MentionStartingAt(t)) return m;
    if (t + 1 >= N() || !s_.toks[t].cap || !IsHonorific(L(t))) return nullptr;
    const PersonMention* m = p_.MentionCovering(t + 1);
    return m && m->title_first == t + 1 ? m : nullptr;
  }
  const PersonMention* MentionEndingAt(uint32_t e) const {
    if (e == 0) return nullptr;
    const PersonMention* m = p_.MentionCovering(e - 1);
    return m && m->last == e && !LastWordOfAName(*m) ? m : nullptr;
  }
  // A one-word mention that ends a longer capitalised name the people finder split ("a
  // spokesperson for Delta Air Lines said": "Lines" is no person, though the finder took "for
  // Delta Air" into its title); a title or an honorific before it ("Senator Warren", "Mr
  // Brown") is not such a name.
  bool LastWordOfAName(const PersonMention& m) const {
    if (m.last != m.first + 1 || m.first < 2) return false;
    const Tok& a = s_.toks[m.first - 1];
    const Tok& b = s_.toks[m.first - 2];
    if (a.kind != TokKind::kWord || !a.cap || a.in_quote || a.sentence_start) return false;
    if (b.kind != TokKind::kWord || !b.cap || b.in_quote) return false;
    for (uint32_t k : {m.first - 1, m.first - 2})
      if (IsTitleHead(L(k)) || IsHonorific(L(k)) || IsRoleNoun(L(k)) ||
          (p_.MentionCovering(k) && p_.MentionCovering(k) != &m))
        return false;
    return true;
  }

  // The organisation the analysis found whose mention ends at token e-1 ("the Electoral
  // Commission", "the People's Daily"), or empty. A name of one word is left out: the model
  // takes a misspelt surname for one ("Bauchtman says").
  std::string OrganisationEndingAt(uint32_t e) const {
    if (e == 0 || p_.MentionCovering(e - 1) != nullptr) return {};
    const uint32_t end = s_.toks[e - 1].end;
    for (const NamedThing& o : p_.organizations)
      for (const Mention& m : o.mentions) {
        if (m.end != end) continue;
        uint32_t b = e - 1;
        while (b > 0 && s_.toks[b - 1].start >= m.start) --b;
        const bool possessive = b >= 2 && s_.toks[b - 1].kind == TokKind::kPossessive;
        if (b + 1 == e && !possessive) return {};
        // a name with a possessive inside ("People's Daily"): the whole name
        if (possessive && s_.toks[b - 2].cap && s_.toks[b - 2].kind == TokKind::kWord)
          return std::string(s_.TextRange(b - 2, e));
        return o.name;
      }
    return {};
  }

  bool Cue(uint32_t t) const {
    const std::string& l = L(t);
    if (l == "statement" || l == "tweet" || l == "interview" || l == "according") return false;
    if (s_.toks[t].kind != TokKind::kWord || s_.toks[t].cap) return false;
    return IsCueVerb(l) || InfinitiveCue(t);
  }
  // "to describe", "to claim": the plain form after "to" of a listed verb ("describes").
  bool InfinitiveCue(uint32_t t) const;

  std::string CueText(uint32_t t) const;

  // "a senior Biden administration official" ending at token e-1 (a role noun or an org name).
  std::string Description(uint32_t e, uint32_t limit) const;
  mutable bool org_checked_ = false;
  // Who issued a document: the subject of the verb at token v ("The Electoral Commission,
  // which ..., issued a statement"; "Reyes sent a letter"), a person or a capitalised name;
  // empty when none stands there.
  std::string Issuer(uint32_t v, uint32_t limit) const;
  // "statement", "letter", "memo", "tweet" ...: a document that speaks for its issuer.
  static bool IsDocumentNoun(std::string_view l);
  // The issuer of the document noun at h ("X sent a letter", "X issued a statement"), or empty.
  std::string DocumentIssuer(uint32_t h, uint32_t limit) const;
  // The quote is a sentence of its own: it opens its sentence, starts with a capital and
  // ends with . ! or ? inside its marks.
  bool WholeSentence(const QuoteSpan& q) const;
  // Every word of the span capitalised but the short ones a title leaves in lower case ("“Takin’
  // It to the Streets”"): a name, not reported words (quotes_titles.cc).
  bool TitleCase(const QuoteSpan& q) const;
  // The quote's sentence goes on after its closing mark: its words end with a comma, a question
  // or an exclamation ("“…,” Smith recounted") (quotes_verbs.cc).
  bool SentenceGoesOn(const QuoteSpan& q) const;
  // The reporting verb at token v when one stands there right after a quote's speaker: a listed
  // one, "has written" / "had said" (the participle's token), or any verb in the past tense
  // ("recounted", "thundered"); 0 when none (quotes_verbs.cc).
  uint32_t ReportingVerbAt(uint32_t v) const;

  std::string SpeakerOf(const PersonMention& m) const { return p_.people[m.person].name; }

  // "the company said", "the ministry said": a speaker written as an organisation's kind is the
  // organisation the text named last before byte `before` (for a kind that names itself, one
  // whose name holds the word: "the ministry" -> "Health Ministry"); the speaker unchanged when
  // there is none.
  std::string OrganisationOfKind(const std::string& speaker, uint32_t before) const;

  // A capitalised name that is not a person, from token b to the end of its run ("KCNA",
  // "the Foreign Ministry" -> "Foreign Ministry"), followed by a clause end; empty otherwise.
  std::string NameRun(uint32_t b, uint32_t sentence) const;

  // "said the spokesman", "said a senior official", "said one analyst": a description
  // after the reporting verb, ending at a role noun.
  std::string DescriptionAfter(uint32_t b, uint32_t sentence) const;

  // The subject of reporting verb at token c, searched leftwards within the sentence.
  std::string Subject(uint32_t c, uint32_t sent_first) const;

  // "he"/"she": the most recent person named before token t; when no one is named, a person
  // described just before it (quotes_speakers.cc).
  std::string Pronoun(uint32_t t) const {
    int p = PronounAntecedent(s_, p_, t);
    if (p >= 0) return p_.people[p].name;
    std::string d = DescribedBefore(t);
    return d.empty() ? OnlyOneOfGender(t) : d;
  }
  // The one person of the gender of the pronoun at t named before it, or empty when none or
  // several are (quotes_alone.cc).
  std::string OnlyOneOfGender(uint32_t t) const;
  // A short quote right after a noun naming a work: "his book “Musicophilia”" (quotes_alone.cc).
  bool NamedWork(const QuoteSpan& q) const;
  // A question or exclamation standing alone as its sentence after one opening with a person
  // and a verb in the past: that person (quotes_alone.cc).
  std::string SubjectOfSentenceBefore(const QuoteSpan& q) const;
  // "Reporters spoke to one mother. “…,” she said": the last person described (a determiner
  // and a noun naming a kind of person) outside quotation marks before token t, in its
  // sentence or the one before it in the paragraph, of the pronoun's gender where the noun
  // has one; empty when none.
  std::string DescribedBefore(uint32_t t) const;

  void Attribute(const QuoteSpan& q, std::string* speaker, std::string* cue);

  int WordCount(const QuoteSpan& q) const {
    int words = 0;
    for (uint32_t t = q.first_tok; t < q.last_tok && t < N(); ++t)
      if (s_.toks[t].kind == TokKind::kWord || s_.toks[t].kind == TokKind::kNumber) ++words;
    return words;
  }

  bool SentenceHasCue(const QuoteSpan& q) const {
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    const Span& sp = s_.sentences[s_.toks[open_tok].sentence];
    for (uint32_t t = sp.first; t < sp.last; ++t)
      if (!s_.toks[t].in_quote && Cue(t)) return true;
    return false;
  }

  // The quote's sentence credits a name the analysis did not take for a person, beside its
  // reporting verb ("“…,” said Mr Jones", "“…,” Jones said"), and not one of `speaker`'s words:
  // the quote is someone else's.
  bool SentenceNamesAnother(const QuoteSpan& q, const std::string& speaker) const {
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    const Span& sp = s_.sentences[s_.toks[open_tok].sentence];
    for (uint32_t t = sp.first; t < sp.last; ++t) {
      if (s_.toks[t].in_quote || !Cue(t)) continue;
      for (uint32_t k : {t - 1, t + 1}) {
        if (k < sp.first || k >= sp.last || k == sp.first) continue;
        const Tok& tk = s_.toks[k];
        if (tk.in_quote || tk.kind != TokKind::kWord || !tk.cap) continue;
        if (speaker.find(s_.Text(k)) != std::string::npos) continue;
        return true;
      }
    }
    return false;
  }

  bool ParagraphStartsWith(const QuoteSpan& q) const {
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    uint32_t s = s_.toks[open_tok].sentence;
    if (s_.sentences[s].first != open_tok) return false;
    return s == 0 || s_.sentence_paragraph[s - 1] != s_.sentence_paragraph[s];
  }

  // A quote opening its sentence with no attribution of its own, after a sentence of the same
  // paragraph (at most two back) in which someone reports or issues a statement:
  // "Cornyn issued a statement. "Like many Texans, ..."" / "Perkins admitted ... Why? "It's ...""
  std::string PreviousSentence(const QuoteSpan& q, std::string* cue) const;

  // A quote standing alone, followed by a sentence that opens with "X said ..." .
  std::string FollowingSentence(const QuoteSpan& q, std::string* cue) const;

  const Scan& s_;
  const PeopleResult& p_;
  std::string last_cue_;
  std::string prev_speaker_;  // the previous attributed quote's speaker ("it added")
  bool adjacent_only_ = false;  // attribute only from a reporting verb right beside the quote
};

}  // namespace newsgraph::analyze::quotes_internal
