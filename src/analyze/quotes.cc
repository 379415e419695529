// Quotes and their speakers. For each quotation span the speaker is looked for, in order:
// right after it ("...," Price added / said Smith), "according to X" in its sentence, the
// subject of the nearest reporting verb before it in its sentence ("X stated he had "..."),
// the speaker of the previous quote in the paragraph, and a "X said" sentence that follows.
// Unnamed speakers are given as the text describes them ("a senior administration official").
#include <algorithm>

#include <absl/container/flat_hash_set.h>

#include "analyze/quotes_finder.h"

namespace newsgraph::analyze {
namespace quotes_internal {

bool QuoteFinder::WholeSentence(const QuoteSpan& q) const {
  if (q.first_tok == 0 || q.last_tok <= q.first_tok || q.close == q.end) return false;
  const uint32_t inner_end = s_.toks[q.last_tok - 1].end;  // the last token inside the marks
  if (inner_end <= q.start) return false;
  std::string_view inner = s_.text.substr(q.start, inner_end - q.start);
  if (inner.empty() || !(inner.front() >= 'A' && inner.front() <= 'Z')) return false;
  const char end = inner.back();
  if (end != '.' && end != '!' && end != '?') return false;
  const uint32_t open_tok = q.first_tok - 1;
  return s_.sentences[s_.toks[open_tok].sentence].first == open_tok;
}

std::string QuoteFinder::OrganisationOfKind(const std::string& speaker, uint32_t before) const {
  std::string kind = Lower(speaker);
  if (kind.rfind("the ", 0) == 0) kind.erase(0, 4);
  // kinds any organisation may be called by, and kinds its name holds ("Health Ministry")
  static const absl::flat_hash_set<std::string_view> kAny = {
      "company", "firm", "group", "agency", "organization", "organisation", "business",
      "carrier", "retailer", "automaker", "startup", "network", "outlet", "lender", "insurer",
      "brand", "chain", "utility", "charity"};
  static const absl::flat_hash_set<std::string_view> kNamed = {
      "ministry", "department", "bank", "university", "embassy", "council", "commission",
      "committee", "court", "airline", "union", "club", "hospital", "school", "office",
      "foundation", "institute", "agency", "authority", "board", "service", "party", "team",
      "police", "league", "federation", "association", "coalition", "campaign", "network"};
  const bool any = kAny.count(kind) > 0, named = kNamed.count(kind) > 0;
  if (!any && !named) return speaker;
  const NamedThing* best = nullptr;
  uint32_t best_at = 0;
  for (const NamedThing& o : p_.organizations) {
    bool holds = false;
    if (named) {
      const std::string name = Lower(o.name);
      for (size_t at = name.find(kind); at != std::string::npos; at = name.find(kind, at + 1))
        if ((at == 0 || name[at - 1] == ' ') &&
            (at + kind.size() == name.size() || name[at + kind.size()] == ' '))
          holds = true;
    }
    if (!any && !holds) continue;
    for (const Mention& m : o.mentions)
      if (m.end <= before && (!best || m.start > best_at)) {
        best = &o;
        best_at = m.start;
      }
  }
  return best ? best->name : speaker;
}

std::vector<Quote> QuoteFinder::Run() {
  std::vector<Quote> out;
  std::string last_speaker;
  uint32_t last_para = UINT32_MAX;
  bool last_para_open = false;  // the previous quote ran to the paragraph's end unclosed
  // a quotation over several paragraphs: each paragraph but the last opens with a mark, runs to
  // its end unclosed and credits no one; they wait for the speaker of the paragraph that
  // closes the quotation ("“We are full ... \n\n “We need beds,” she said.")
  std::vector<size_t> waiting;
  for (size_t qi = 0; qi < s_.quotes.size(); ++qi) {
    const QuoteSpan& q = s_.quotes[qi];
    std::string speaker, cue;
    prev_speaker_ = last_speaker;
    // a title ("Cowboys and Indians") is said by no one but a reporting verb beside it
    const bool title = TitleCase(q) || NamedWork(q);
    adjacent_only_ = title;
    Attribute(q, &speaker, &cue);
    adjacent_only_ = false;
    // a short phrase in quotation marks with no reporting of its own is a scare quote or a
    // title ("electric", "Cowboys and Indians"), not a continuation of the last speaker
    // ... unless it is a whole sentence of its own ("It is working.")
    bool short_phrase = (WordCount(q) < 4 && !WholeSentence(q)) || title;
    if (speaker.empty() && !last_speaker.empty() && !SentenceHasCue(q) && !short_phrase &&
        (q.paragraph == last_para || (last_para_open && q.paragraph == last_para + 1))) {
      speaker = last_speaker;
      cue = last_cue_;
    }
    if (speaker.empty() && !title) speaker = FollowingSentence(q, &cue);
    if (speaker.empty() && !title) speaker = PreviousSentence(q, &cue);
    if (speaker.empty() && !title) {
      speaker = SubjectOfSentenceBefore(q);
      if (!speaker.empty()) cue = "said";
    }
    // a paragraph that opens with an unattributed quote continues the previous paragraph's
    // last speaker (news convention for multi-paragraph quotations)
    if (speaker.empty() && !last_speaker.empty() && q.paragraph == last_para + 1 &&
        ParagraphStartsWith(q) && !short_phrase && !SentenceNamesAnother(q, last_speaker)) {
      speaker = last_speaker;
      cue = last_cue_;
    }
    bool unclosed = q.close == q.end;
    const bool continues_waiting = !waiting.empty() &&
                                   s_.quotes[waiting.back()].paragraph + 1 == q.paragraph &&
                                   (ParagraphStartsWith(q) || q.continued);
    if (!continues_waiting) waiting.clear();
    if (speaker.empty() && unclosed && !short_phrase && ParagraphStartsWith(q)) {
      waiting.push_back(qi);
      last_speaker.clear();
      last_para = q.paragraph;
      last_para_open = false;
      continue;
    }
    if (speaker.empty()) waiting.clear();
    if (speaker.empty()) {
      // words nobody is credited with stand between the last speaker and what follows: the
      // next quote does not continue that speaker (a scare quote or a title does not count)
      if (!short_phrase) last_speaker.clear();
      last_para = q.paragraph;
      last_para_open = false;
      continue;
    }
    speaker = OrganisationOfKind(speaker, q.end);
    // the quotes that waited for this one's speaker (open paragraphs), then this one
    auto credit = [&](const QuoteSpan& span) {
      Quote made;
      made.speaker = speaker;
      made.text = std::string(s_.text.substr(span.start, span.end - span.start));
      made.start = span.start;
      made.end = span.end;
      made.cue = cue;
      out.push_back(std::move(made));
    };
    for (size_t w : waiting) credit(s_.quotes[w]);
    waiting.clear();
    credit(q);
    last_speaker = speaker;
    last_cue_ = cue;
    last_para = q.paragraph;
    last_para_open = unclosed;
  }
  return out;
}

std::string QuoteFinder::CueText(uint32_t t) const {
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
      if (f >= N() || f >= e + 2 || s_.toks[f].kind != TokKind::kWord || IsFunctionWord(L(f)) ||
          s_.toks[f].cap || p_.person_at[f] >= 0 || Cue(f))
        break;
      ++f;
    }
    if (f > e) c += " " + std::string(s_.TextRange(t + 1, f));
  }
  return c;
}

void QuoteFinder::Attribute(const QuoteSpan& q, std::string* speaker, std::string* cue) {
  const uint32_t n = N();
  uint32_t open_tok = q.first_tok > 0 ? q.first_tok - 1 : 0;
  uint32_t after = q.last_tok < n ? q.last_tok + (q.close != q.end ? 1 : 0) : n;
  uint32_t sent_open = s_.toks[open_tok].sentence;
  const Span& so = s_.sentences[sent_open];
  uint32_t sent_close = q.last_tok > 0 ? s_.toks[q.last_tok - 1].sentence : sent_open;
  const Span& sc = s_.sentences[sent_close];
  // A0. a pull quote signed with a dash: "..." - Matthew Ingram
  if (after + 1 < n && !s_.toks[after].in_quote &&
      (s_.Text(after) == "-" || s_.Text(after) == "\xE2\x80\x94" ||
       s_.Text(after) == "\xE2\x80\x93")) {
    uint32_t b = after + 1;
    if (const PersonMention* m = MentionStartingAt(b)) {
      uint32_t e = m->last;
      if (e >= n || s_.sentence_paragraph[s_.toks[e].sentence] != q.paragraph ||
          s_.Text(e) == "," || s_.Text(e) == ".") {
        *speaker = SpeakerOf(*m);
        *cue = "said";
        return;
      }
    }
  }
  // "in a statement" / "in a tweet" before the quote in its sentence: the cue for A- and C
  std::string medium;
  for (uint32_t t = so.first; t + 2 < open_tok; ++t)
    if ((L(t) == "in" || L(t) == "on") && (L(t + 1) == "a" || L(t + 1) == "an") &&
        (L(t + 2) == "tweet" || L(t + 2) == "statement" || L(t + 2) == "interview" ||
         L(t + 2) == "post" || L(t + 2) == "letter"))
      medium = "in a " + L(t + 2);
  // A-. a reporting verb right before the opening mark ("he said, “...,” prosecutors said"):
  // the words are its subject's; the later cue reports the reporting
  if (open_tok >= 2 && (s_.Text(open_tok - 1) == "," || s_.Text(open_tok - 1) == ":") &&
      !s_.toks[open_tok - 2].in_quote && Cue(open_tok - 2) &&
      (L(open_tok - 2) == "said" || L(open_tok - 2) == "says" || L(open_tok - 2) == "told" ||
       L(open_tok - 2) == "added" || L(open_tok - 2) == "wrote" || L(open_tok - 2) == "asked")) {
    std::string subj = Subject(open_tok - 2, so.first);
    if (!subj.empty()) {
      *speaker = subj;
      *cue = medium.empty() ? CueText(open_tok - 2) : medium;
      return;
    }
  }
  // A. right after the quote: [,] PERSON cue | cue PERSON | DESCRIPTION cue | he said
  const bool goes_on = SentenceGoesOn(q);
  uint32_t a = after;
  if (a < n && (s_.Text(a) == "," || s_.Text(a) == "\xE2\x80\x94")) ++a;
  // (a question or an exclamation ends its sentence at the mark: "“Why?” Smith asked")
  if (a < n && !s_.toks[a].in_quote &&
      (s_.toks[a].sentence == sent_close ||
       (goes_on && a == after && s_.sentences[s_.toks[a].sentence].first == a &&
        s_.sentence_paragraph[s_.toks[a].sentence] == q.paragraph))) {
    if (const PersonMention* m = MentionAfterHonorific(a)) {
      uint32_t c = m->last;
      // a party and state in brackets after the name: "Linda Ross (D-Ohio) said"
      if (c < n && s_.Text(c) == "(")
        for (uint32_t k = c + 1; k < n && k < c + 6 && s_.toks[k].sentence == sent_close; ++k)
          if (s_.Text(k) == ")") {
            if (k + 1 < n && Cue(k + 1)) c = k + 1;
            break;
          }
      uint32_t verb = 0;  // a verb the lexicon does not list, after the appositive
      // "...," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
      // ... or an appositive of several comma-separated parts: "Dylan Nelson, a fellow at the
      // Institute in Munich, Germany, and co-author of the study, said"
      if (c < n && s_.Text(c) == ",") {
        uint32_t k = c + 1;
        for (int part = 0; part < 4 && k < n; ++part) {
          const uint32_t start = k;
          while (k < n && k < start + 14 && s_.Text(k) != "," &&
                 (s_.toks[k].kind == TokKind::kWord || s_.toks[k].kind == TokKind::kPossessive) &&
                 !(part > 0 && k > start + 1 && Cue(k)))
            ++k;
          // a reporting verb ends the appositive where a name holds a comma: "a research
          // analyst at the Council on Energy, Environment and Water think tank told"
          if (part > 0 && k > start + 1 && k < n && Cue(k)) {
            c = k;
            break;
          }
          if (k + 1 >= n || s_.Text(k) != "," || k == start) break;
          if (Cue(k + 1)) {
            c = k + 1;
            break;
          }
          // "Howard Gleckman, a senior fellow at ..., has written" / "..., notified the panel"
          if (goes_on && ReportingVerbAt(k + 1)) {
            verb = ReportingVerbAt(k + 1);
            break;
          }
          ++k;
        }
      }
      while (c < n && c < m->last + 3 && !Cue(c) && s_.toks[c].kind == TokKind::kWord &&
             !s_.toks[c].cap)
        ++c;
      if (c < n && Cue(c)) {
        *speaker = SpeakerOf(*m);
        *cue = CueText(c);
        return;
      }
      // "“…,” Mr. Trump recounted": any verb in the past right after the name
      if (goes_on && verb == 0) verb = ReportingVerbAt(m->last);
      if (verb != 0) {
        *speaker = SpeakerOf(*m);
        *cue = L(verb);
        return;
      }
    }
    if (Cue(a)) {
      uint32_t b = a + 1;
      // an age or a count before the name: "said 43-year-old Martin Taylor"
      if (b + 1 < n && !MentionStartingAt(b) && s_.toks[b].kind != TokKind::kQuote &&
          L(b).find("-old") != std::string::npos && MentionStartingAt(b + 1))
        ++b;
      if (const PersonMention* m = MentionAfterHonorific(b)) {
        *speaker = SpeakerOf(*m);
        *cue = CueText(a);
        return;
      }
      // "said Mr Jones" where the finder took no one: the surname after the honorific, or the
      // person the text names in full with it
      if (b + 1 < n && s_.toks[b].cap && IsHonorific(L(b)) && !p_.MentionCovering(b + 1) &&
          s_.toks[b + 1].cap && s_.toks[b + 1].kind == TokKind::kWord && !s_.toks[b + 1].in_quote &&
          s_.toks[b + 1].sentence == sent_close) {
        uint32_t e = b + 1;
        while (e < n && e < b + 4 && s_.toks[e].cap && s_.toks[e].kind == TokKind::kWord &&
               !s_.toks[e].in_quote && s_.toks[e].sentence == sent_close)
          ++e;
        std::string name(s_.TextRange(b + 1, e));
        for (const Person& p : p_.people)
          if (p.name.size() > name.size() &&
              p.name.compare(p.name.size() - name.size(), name.size(), name) == 0 &&
              p.name[p.name.size() - name.size() - 1] == ' ') {
            name = p.name;
            break;
          }
        *speaker = name;
        *cue = CueText(a);
        return;
      }
      // a description the person's title leaves out before the name: "said the sheriff's
      // spokesman Steve Walton" (no preposition between: "the wife of Tom Reed" is not Reed)
      for (uint32_t k = b; k < n && k < b + 5 && s_.toks[k].sentence == sent_close; ++k) {
        const Tok& w = s_.toks[k];
        if (w.in_quote || (w.kind != TokKind::kWord && w.kind != TokKind::kPossessive)) break;
        if (const PersonMention* m = k > b ? MentionAfterHonorific(k) : nullptr) {
          *speaker = SpeakerOf(*m);
          *cue = CueText(a);
          return;
        }
        if (w.kind == TokKind::kWord && (w.cap || (IsFunctionWord(L(k)) && !IsDeterminer(L(k)))))
          break;
      }
      // "said KCNA", "added the Foreign Ministry", "said the spokesman"
      std::string named = NameRun(b, sent_close);
      if (named.empty()) {
        named = DescriptionAfter(b, sent_close);
        // ... and the name in apposition to the description: "said a spokeswoman for the
        // council, Linda Ross."
        for (uint32_t j = b + 1; !named.empty() && j + 1 < n && j < b + 10 &&
                                 s_.toks[j].sentence == sent_close && !s_.toks[j].in_quote;
             ++j) {
          if (s_.Text(j) != ",") continue;
          const PersonMention* m = MentionStartingAt(j + 1);
          if (m && (m->last >= n || s_.toks[m->last].sentence != sent_close ||
                    s_.Text(m->last) == "," || s_.Text(m->last) == ".")) {
            *speaker = SpeakerOf(*m);
            *cue = CueText(a);
            return;
          }
          break;
        }
      }
      if (!named.empty()) {
        *speaker = named;
        *cue = CueText(a);
        return;
      }
    }
    if (L(a) == "it" || L(a) == "they") {
      uint32_t c = a + 1;
      if (c < n && (L(c) == "also" || L(c) == "later")) ++c;
      if (c < n && Cue(c) && !prev_speaker_.empty()) {
        *speaker = prev_speaker_;
        *cue = CueText(c);
        return;
      }
    }
    // "...," Reuters reported / Microsoft says
    {
      uint32_t e = a;
      while (e < n && e < a + 5 && s_.toks[e].cap && s_.toks[e].kind == TokKind::kWord &&
             s_.toks[e].sentence == sent_close && !IsFunctionWord(L(e)))
        ++e;
      uint32_t c = e;
      if (c < n && (L(c) == "also" || L(c) == "later")) ++c;
      if (e > a && c < n && Cue(c) && !p_.MentionCovering(a)) {
        *speaker = std::string(s_.TextRange(a, e));
        *cue = CueText(c);
        return;
      }
    }
    if (L(a) == "he" || L(a) == "she") {
      if (a + 1 < n && Cue(a + 1)) {
        *speaker = Pronoun(a);
        *cue = CueText(a + 1);
        if (!speaker->empty()) return;
      }
      // "“…?” he mused"
      if (const uint32_t v = goes_on ? ReportingVerbAt(a + 1) : 0; v != 0) {
        *speaker = Pronoun(a);
        *cue = L(v);
        if (!speaker->empty()) return;
      }
    }
    // DESCRIPTION cue: scan ahead to a cue within 8 words
    for (uint32_t c = a; c < n && c < a + 9 && s_.toks[c].sentence == sent_close; ++c) {
      if (s_.toks[c].kind != TokKind::kWord) break;
      // "“Hands up!” an officer ordered": a verb in the past the lexicon does not list, right
      // after the description
      if (goes_on && c > a && !Cue(c) && ReportingVerbAt(c) == c) {
        std::string d = Description(c, a);
        if (!d.empty()) {
          *speaker = d;
          *cue = L(c);
          return;
        }
        continue;
      }
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
  if (adjacent_only_) {
    // a slogan chanted or shouted: "protesters chanted, “Red for Ed,”"
    const bool mark =
        open_tok >= 2 && (s_.Text(open_tok - 1) == "," || s_.Text(open_tok - 1) == ":");
    const uint32_t c = mark ? open_tok - 2 : open_tok - 1;
    if (open_tok >= 1 && c > so.first && !s_.toks[c].in_quote && Cue(c) && L(c) != "called" &&
        L(c) != "calls") {
      *speaker = Subject(c, so.first);
      if (!speaker->empty()) *cue = CueText(c);
    }
    return;
  }
  // B. "according to X" in the quote's sentence
  for (uint32_t t = so.first; t + 1 < std::max(sc.last, after + 8) && t + 1 < n; ++t) {
    if (s_.toks[t].sentence != sent_open && s_.toks[t].sentence != sent_close) continue;
    bool words_of = t + 2 < n && L(t) == "words" && L(t + 1) == "of" && t > 0 && L(t - 1) == "the";
    if (s_.toks[t].in_quote || !((L(t) == "according" && L(t + 1) == "to") || words_of)) continue;
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
      if (s_.Text(k) == "," && !words_of) {
        // the name in apposition to a described source: "according to his aunt, Jane Starner,"
        // (kin and friends are no person nouns of the lexicon: they are read as titles)
        static const absl::flat_hash_set<std::string_view> kKin = {
            "mother", "father", "sister", "brother", "son", "daughter", "wife", "husband",
            "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather", "widow",
            "friend", "neighbor", "neighbour", "partner", "colleague", "boss"};
        const PersonMention* named = k + 1 < n ? MentionStartingAt(k + 1) : nullptr;
        bool described = k > t + 2 && named && named->last < n && s_.Text(named->last) == "," &&
                         (IsPersonNoun(L(k - 1)) || IsRoleNoun(L(k - 1)) ||
                          IsTitleHead(L(k - 1)) || kKin.count(L(k - 1)));
        for (uint32_t j = t + 2; described && j < k; ++j)
          described = s_.toks[j].kind == TokKind::kWord && !s_.toks[j].cap;
        if (!described) break;
        continue;
      }
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
  // C'. a quotation introduced by a colon ("Sunak defended the record: “...”"): the subject of
  // the clause before it, the first person it names outside a prepositional phrase
  if (open_tok >= 1 && s_.Text(open_tok - 1) == ":" && !s_.toks[open_tok - 1].in_quote) {
    auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), so.first,
                               [](const PersonMention& m, uint32_t v) { return m.first < v; });
    for (; it != p_.mentions.end() && it->first < open_tok; ++it) {
      const PersonMention& m = *it;
      if (m.modifier || s_.toks[m.first].in_quote) continue;
      const uint32_t b = m.title_first;
      const std::string before = b > so.first ? L(b - 1) : std::string();
      if (before == "of" || before == "to" || before == "with" || before == "for" ||
          before == "from" || before == "by" || before == "in" || before == "at" ||
          before == "on" || before == "about" || before == "against" || before == "than" ||
          (b > so.first && s_.toks[b - 1].kind == TokKind::kPossessive))
        break;  // the first person is an object: no subject named
      *speaker = SpeakerOf(m);
      *cue = "said";
      return;
    }
    // ... or a described speaker or an organisation opening the clause ("The mayor was blunt:
    // “...”", "The Red Cross was clear: “...”"), up to its first word in lower case
    if (it == p_.mentions.end() || it->first >= open_tok) {
      uint32_t e = so.first + 1;
      while (e < open_tok && e < so.first + 6 && s_.toks[e].kind == TokKind::kWord &&
             (s_.toks[e].cap || IsDeterminer(L(e))))
        ++e;
      if (e < open_tok && s_.toks[e].kind == TokKind::kWord && !s_.toks[e].in_quote &&
          !IsDeterminer(L(e))) {
        if (e == so.first + 1 && IsDeterminer(L(so.first)) && !IsFunctionWord(L(e)) &&
            e + 1 < open_tok &&
            s_.toks[e + 1].kind == TokKind::kWord && !s_.toks[e + 1].cap)
          ++e;  // the head noun in lower case: "The mayor was"
        std::string d = OrganisationEndingAt(e);
        if (d.empty()) d = Description(e, so.first);
        if (!d.empty() && s_.toks[e].kind == TokKind::kWord && !s_.toks[e].cap) {
          *speaker = d;
          *cue = "said";
          return;
        }
      }
    }
  }
  // the first person of the sentence, when a reporting verb follows it before the quote
  bool cue_before = false;
  for (uint32_t t = so.first; t < open_tok; ++t)
    if (!s_.toks[t].in_quote && Cue(t)) cue_before = true;
  if (cue_before) {
    auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), so.first,
                               [](const PersonMention& m, uint32_t v) { return m.first < v; });
    for (; it != p_.mentions.end() && it->first < open_tok; ++it) {
      const PersonMention& m = *it;
      if (m.modifier || s_.toks[m.first].in_quote) continue;
      // an owner is no subject: "Big Machine denied Swift's claims, saying ..."
      if (m.last < n && s_.toks[m.last].kind == TokKind::kPossessive) continue;
      // a person named after every reporting verb is no subject of one ("Deputies said that
      // Orozco has tattoos of “devil's horns”"), unless named right after it ("“…,” says
      // Fairman, “and …”")
      uint32_t c = m.last;
      while (c < open_tok && (s_.toks[c].in_quote || !Cue(c))) ++c;
      if (c >= open_tok && m.title_first > so.first && Cue(m.title_first - 1) &&
          !s_.toks[m.title_first - 1].in_quote)
        c = m.title_first - 1;
      if (c >= open_tok) break;
      *speaker = SpeakerOf(m);
      *cue = medium.empty() ? CueText(c) : medium;
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

}  // namespace quotes_internal

std::vector<Quote> FindQuotes(const Scan& scan, const PeopleResult& people) {
  std::vector<Quote> quotes = quotes_internal::QuoteFinder(scan, people).Run();
  AddNestedQuotes(scan, people, &quotes);
  return quotes;
}

}  // namespace newsgraph::analyze
