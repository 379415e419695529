// Quotes and their speakers. For each quotation span the speaker is looked for, in order:
// right after it ("...," Price added / said Smith), "according to X" in its sentence, the
// subject of the nearest reporting verb before it in its sentence ("X stated he had "..."),
// the speaker of the previous quote in the paragraph, and a "X said" sentence that follows.
// Unnamed speakers are given as the text describes them ("a senior administration official").
#include <algorithm>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

bool IsDeterminer(std::string_view l) {
  return l == "a" || l == "an" || l == "the" || l == "one" || l == "two" || l == "three" ||
         l == "several" || l == "some" || l == "many" || l == "another" || l == "its" ||
         l == "his" || l == "her" || l == "their";
}

class QuoteFinder {
 public:
  QuoteFinder(const Scan& s, const PeopleResult& p) : s_(s), p_(p) {}

  std::vector<Quote> Run() {
    std::vector<Quote> out;
    std::string last_speaker;
    uint32_t last_para = UINT32_MAX;
    bool last_para_open = false;  // the previous quote ran to the paragraph's end unclosed
    for (size_t qi = 0; qi < s_.quotes.size(); ++qi) {
      const QuoteSpan& q = s_.quotes[qi];
      std::string speaker, cue;
      Attribute(q, &speaker, &cue);
      if (speaker.empty() && !last_speaker.empty() && !SentenceHasCue(q) &&
          (q.paragraph == last_para || (last_para_open && q.paragraph == last_para + 1))) {
        speaker = last_speaker;
        cue = last_cue_;
      }
      if (speaker.empty()) speaker = FollowingSentence(q, &cue);
      // a paragraph that opens with an unattributed quote continues the previous paragraph's
      // last speaker (news convention for multi-paragraph quotations)
      if (speaker.empty() && !last_speaker.empty() && q.paragraph == last_para + 1 &&
          ParagraphStartsWith(q)) {
        speaker = last_speaker;
        cue = last_cue_;
      }
      bool unclosed = q.close == q.end;
      if (speaker.empty()) {
        last_para = q.paragraph;
        last_para_open = false;
        continue;
      }
      Quote out_q;
      out_q.speaker = speaker;
      out_q.text = std::string(s_.text.substr(q.start, q.end - q.start));
      out_q.start = q.start;
      out_q.end = q.end;
      out_q.cue = cue;
      out.push_back(std::move(out_q));
      last_speaker = speaker;
      last_cue_ = cue;
      last_para = q.paragraph;
      last_para_open = unclosed;
    }
    return out;
  }

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  uint32_t N() const { return static_cast<uint32_t>(s_.toks.size()); }

  // The person mention whose name ends at token e-1 (or whose name starts at t); -1 if none.
  const PersonMention* MentionStartingAt(uint32_t t) const {
    const PersonMention* m = p_.MentionCovering(t);
    return m && (m->title_first == t || m->first == t) ? m : nullptr;
  }
  const PersonMention* MentionEndingAt(uint32_t e) const {
    if (e == 0) return nullptr;
    const PersonMention* m = p_.MentionCovering(e - 1);
    return m && m->last == e ? m : nullptr;
  }

  bool Cue(uint32_t t) const {
    const std::string& l = L(t);
    if (l == "statement" || l == "tweet" || l == "interview" || l == "according") return false;
    return IsCueVerb(l) && s_.toks[t].kind == TokKind::kWord && !s_.toks[t].cap;
  }

  std::string CueText(uint32_t t) const {
    std::string c = L(t);
    if (c == "told" && t + 1 < N() && s_.toks[t + 1].kind == TokKind::kWord) {
      // told reporters / told the press / told the Associated Press / told CNN
      uint32_t e = t + 1;
      if (L(e) == "the") ++e;
      uint32_t f = e;
      while (f < N() && f < e + 4 && s_.toks[f].cap && s_.toks[f].kind == TokKind::kWord &&
             p_.person_at[f] < 0)
        ++f;
      while (f == e || (f > e && !s_.toks[f - 1].cap)) {  // "the press", "state media"
        if (f >= N() || f >= e + 2 || s_.toks[f].kind != TokKind::kWord ||
            IsFunctionWord(L(f)) || s_.toks[f].cap || p_.person_at[f] >= 0 || Cue(f))
          break;
        ++f;
      }
      if (f > e) c += " " + std::string(s_.TextRange(t + 1, f));
    }
    return c;
  }

  // "a senior Biden administration official" ending at token e-1 (a role noun or an org name).
  std::string Description(uint32_t e, uint32_t limit) const {
    if (e == 0 || e <= limit) return {};
    uint32_t h = e - 1;
    const Tok& head = s_.toks[h];
    if (head.kind != TokKind::kWord) return {};
    bool role = IsRoleNoun(L(h));
    bool org = head.cap && (IsOrganisationWord(L(h)) || !CountryOfOrganisation(L(h)).empty());
    if (!role && !org) {
      // "a spokesperson for Milei", "an official at the ministry"
      for (uint32_t p = h; p > limit + 1 && h - p < 5; --p) {
        const std::string& l = L(p - 1);
        if ((l == "for" || l == "of" || l == "at" || l == "to") && IsRoleNoun(L(p - 2))) {
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
    if (L(b) == "the" || L(b) == "its" || L(b) == "his" || L(b) == "her" || L(b) == "their")
      ++b;
    if (b >= e) return {};
    return std::string(s_.TextRange(b, e));
  }
  mutable bool org_checked_ = false;

  std::string SpeakerOf(const PersonMention& m) const { return p_.people[m.person].name; }

  // The subject of reporting verb at token c, searched leftwards within the sentence.
  std::string Subject(uint32_t c, uint32_t sent_first) const {
    // "The company, Redrock Minerals, said": a name between commas right before the verb
    if (c >= 3 && c > sent_first + 2 && s_.Text(c - 1) == ",") {
      if (const PersonMention* m = MentionEndingAt(c - 1)) return SpeakerOf(*m);
      uint32_t k = c - 1;
      while (k > sent_first && c - k < 8 && s_.toks[k - 1].cap &&
             s_.toks[k - 1].kind == TokKind::kWord)
        --k;
      if (k < c - 1 && k > sent_first && s_.Text(k - 1) == ",")
        return std::string(s_.TextRange(k, c - 1));
    }
    // adjacent person (allowing a few adverbs/auxiliaries between)
    uint32_t t = c;
    for (int k = 0; k < 7 && t > sent_first; ++k) {
      uint32_t e = t;
      if (const PersonMention* m = MentionEndingAt(e)) return SpeakerOf(*m);
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

  // "he"/"she": the most recent person named before token t.
  std::string Pronoun(uint32_t t) const {
    // mentions are sorted by first token: walk back from the last one starting before t
    auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), t,
                               [](const PersonMention& m, uint32_t v) { return m.first < v; });
    while (it != p_.mentions.begin()) {
      --it;
      if (it->last <= t && !it->modifier && !s_.toks[it->first].in_quote) return SpeakerOf(*it);
    }
    return {};
  }

  void Attribute(const QuoteSpan& q, std::string* speaker, std::string* cue) {
    const uint32_t n = N();
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    uint32_t after = q.last_tok < n ? q.last_tok + (q.close != q.end ? 1 : 0) : n;
    uint32_t sent_open = s_.toks[open_tok].sentence;
    const Span& so = s_.sentences[sent_open];
    uint32_t sent_close = q.last_tok > 0 ? s_.toks[q.last_tok - 1].sentence : sent_open;
    const Span& sc = s_.sentences[sent_close];
    // A. right after the quote: [,] PERSON cue | cue PERSON | DESCRIPTION cue | he said
    uint32_t a = after;
    if (a < n && (s_.Text(a) == "," || s_.Text(a) == "\xE2\x80\x94")) ++a;
    if (a < n && s_.toks[a].sentence == sent_close && !s_.toks[a].in_quote) {
      if (const PersonMention* m = MentionStartingAt(a)) {
        uint32_t c = m->last;
        // "...," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
        if (c < n && s_.Text(c) == ",") {
          uint32_t k = c + 1;
          while (k < n && k < c + 14 && s_.Text(k) != "," && s_.toks[k].kind == TokKind::kWord) ++k;
          if (k + 1 < n && s_.Text(k) == "," && Cue(k + 1)) c = k + 1;
        }
        while (c < n && c < m->last + 3 && !Cue(c) && s_.toks[c].kind == TokKind::kWord &&
               !s_.toks[c].cap)
          ++c;
        if (c < n && Cue(c)) {
          *speaker = SpeakerOf(*m);
          *cue = CueText(c);
          return;
        }
      }
      if (Cue(a)) {
        uint32_t b = a + 1;
        if (const PersonMention* m = MentionStartingAt(b)) {
          *speaker = SpeakerOf(*m);
          *cue = CueText(a);
          return;
        }
        std::string_view l = L(a);
        (void)l;
      }
      if (L(a) == "he" || L(a) == "she") {
        if (a + 1 < n && Cue(a + 1)) {
          *speaker = Pronoun(a);
          *cue = CueText(a + 1);
          if (!speaker->empty()) return;
        }
      }
      // DESCRIPTION cue: scan ahead to a cue within 8 words
      for (uint32_t c = a; c < n && c < a + 9 && s_.toks[c].sentence == sent_close; ++c) {
        if (s_.toks[c].kind != TokKind::kWord) break;
        if (Cue(c)) {
          std::string d = Description(c, a);
          if (!d.empty()) {
            *speaker = d;
            *cue = CueText(c);
            return;
          }
          break;
        }
      }
    }
    // B. "according to X" in the quote's sentence
    for (uint32_t t = so.first; t + 1 < std::max(sc.last, after + 8) && t + 1 < n; ++t) {
      if (s_.toks[t].sentence != sent_open && s_.toks[t].sentence != sent_close) continue;
      bool words_of = t + 2 < n && L(t) == "words" && L(t + 1) == "of" && t > 0 &&
                      L(t - 1) == "the";
      if (s_.toks[t].in_quote || !((L(t) == "according" && L(t + 1) == "to") || words_of))
        continue;
      // an organisation cited: "according to the Sydney Morning Herald"
      {
        uint32_t k = t + 2;
        if (k < n && L(k) == "the") ++k;
        uint32_t e = k;
        while (e < n && s_.toks[e].cap && s_.toks[e].kind == TokKind::kWord && e < k + 6) ++e;
        if (e > k + 1 && !MentionStartingAt(k) &&
            !(e < n && (s_.toks[e].kind == TokKind::kWord && !s_.toks[e].cap && e + 1 < n &&
                        MentionStartingAt(e + 1)))) {
          bool person_inside = false;
          for (uint32_t j = k; j < e; ++j)
            if (p_.person_at[j] >= 0) person_inside = true;
          if (!person_inside) {
            *speaker = std::string(s_.TextRange(k, e));
            *cue = "according to";
            return;
          }
        }
      }
      for (uint32_t k = t + 2; k < n && k < t + 12; ++k) {
        if (s_.toks[k].in_quote || s_.toks[k].kind == TokKind::kQuote || s_.Text(k) == ".") break;
        if (s_.Text(k) == "," && !words_of) break;
        if (const PersonMention* m = MentionStartingAt(k)) {
          *speaker = SpeakerOf(*m);
          bool statement = false, tweet = false;
          for (uint32_t j = t + 2; j < k; ++j) {
            if (L(j) == "statement") statement = true;
            if (L(j) == "tweet") tweet = true;
          }
          *cue = statement ? "statement" : tweet ? "tweet" : "according to";
          return;
        }
      }
    }
    // C. nearest reporting verb before the quote in its sentence
    std::string medium;
    for (uint32_t t = so.first; t + 2 < open_tok; ++t)
      if ((L(t) == "in" || L(t) == "on") && (L(t + 1) == "a" || L(t + 1) == "an") &&
          (L(t + 2) == "tweet" || L(t + 2) == "statement" || L(t + 2) == "interview" ||
           L(t + 2) == "post" || L(t + 2) == "letter"))
        medium = "in a " + L(t + 2);
    for (uint32_t t = open_tok; t > so.first; --t) {
      uint32_t c = t - 1;
      if (s_.toks[c].in_quote || !Cue(c)) continue;
      std::string subj = Subject(c, so.first);
      if (!subj.empty()) {
        *speaker = subj;
        *cue = medium.empty() ? CueText(c) : medium;
        return;
      }
    }
    // the first person of the sentence, when a reporting verb follows it before the quote
    bool cue_before = false;
    for (uint32_t t = so.first; t < open_tok; ++t)
      if (!s_.toks[t].in_quote && Cue(t)) cue_before = true;
    if (cue_before) {
      auto it = std::lower_bound(
          p_.mentions.begin(), p_.mentions.end(), so.first,
          [](const PersonMention& m, uint32_t v) { return m.first < v; });
      for (; it != p_.mentions.end() && it->first < open_tok; ++it) {
        const PersonMention& m = *it;
        if (m.modifier || s_.toks[m.first].in_quote) continue;
        *speaker = SpeakerOf(m);
        for (uint32_t t = m.last; t < open_tok; ++t)
          if (!s_.toks[t].in_quote && Cue(t)) {
            *cue = medium.empty() ? CueText(t) : medium;
            break;
          }
        return;
      }
    }
    // D. a reporting verb later in the quote's sentence with a subject before it
    for (uint32_t c = after; c < sc.last; ++c) {
      if (s_.toks[c].in_quote || !Cue(c)) continue;
      std::string subj = Subject(c, after);
      if (!subj.empty()) {
        *speaker = subj;
        *cue = CueText(c);
        return;
      }
      if (c + 1 < n) {
        if (const PersonMention* m = MentionStartingAt(c + 1)) {
          *speaker = SpeakerOf(*m);
          *cue = CueText(c);
          return;
        }
      }
    }
  }

  bool SentenceHasCue(const QuoteSpan& q) const {
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    const Span& sp = s_.sentences[s_.toks[open_tok].sentence];
    for (uint32_t t = sp.first; t < sp.last; ++t)
      if (!s_.toks[t].in_quote && Cue(t)) return true;
    return false;
  }

  bool ParagraphStartsWith(const QuoteSpan& q) const {
    uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
    uint32_t s = s_.toks[open_tok].sentence;
    if (s_.sentences[s].first != open_tok) return false;
    return s == 0 || s_.sentence_paragraph[s - 1] != s_.sentence_paragraph[s];
  }

  // A quote standing alone, followed by a sentence that opens with "X said ..." .
  std::string FollowingSentence(const QuoteSpan& q, std::string* cue) const {
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

  const Scan& s_;
  const PeopleResult& p_;
  std::string last_cue_;
};

}  // namespace

std::vector<Quote> FindQuotes(const Scan& scan, const PeopleResult& people) {
  return QuoteFinder(scan, people).Run();
}

}  // namespace newsgraph::analyze
