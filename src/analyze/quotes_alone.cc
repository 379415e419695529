// Quotes whose speaker the sentence beside them does not name. A pronoun ("“…,” she said") that
// no person of the last three sentences answers goes to the one person of its gender the text
// has named before it, when only one has been named ("the actress wasn't itching to do
// something else. “…,” she said" in a profile of one woman). A question or an exclamation
// standing alone as its sentence after a sentence opening with a person and a verb in the past is
// that person's ("Aderholt returned to the issue later in the hearing. “What launch vehicles
// exist today?”"). A short phrase right after a noun naming a work ("his book “Musicophilia”",
// "the film “Away”") is the work's title, no one's words.
#include <absl/container/flat_hash_set.h>

#include <algorithm>

#include "analyze/quotes_finder.h"

namespace newsgraph::analyze::quotes_internal {

std::string QuoteFinder::OnlyOneOfGender(uint32_t t) const {
  if (t >= N()) return {};
  const char g = L(t) == "he" ? 'm' : L(t) == "she" ? 'f' : 0;
  if (g == 0) return {};
  int found = -1;
  for (const PersonMention& m : p_.mentions) {
    if (m.first >= t) break;
    if (m.modifier || m.person < 0 || s_.toks[m.first].in_quote) continue;
    if (static_cast<size_t>(m.person) >= p_.gender.size() || p_.gender[m.person] != g) continue;
    if (found >= 0 && found != m.person) return {};  // two of that gender: no telling
    found = m.person;
  }
  return found < 0 ? std::string() : p_.people[found].name;
}

bool QuoteFinder::NamedWork(const QuoteSpan& q) const {
  static const absl::flat_hash_set<std::string_view> kWorks = {
      "book", "novel", "memoir", "film", "movie", "documentary", "song", "album", "single",
      "play", "musical", "opera", "poem", "essay", "series", "show", "podcast", "episode",
      "painting", "exhibition", "titled", "entitled"};
  if (q.first_tok < 2 || WordCount(q) > 6) return false;
  const Tok& before = s_.toks[q.first_tok - 2];  // the word before the opening mark
  return before.kind == TokKind::kWord && !before.cap && !before.in_quote &&
         kWorks.count(before.lower) > 0;
}

std::string QuoteFinder::SubjectOfSentenceBefore(const QuoteSpan& q) const {
  if (!WholeSentence(q) || q.last_tok + 1 > N()) return {};
  const std::string_view end = s_.Text(q.last_tok - 1);
  if (end != "?" && end != "!") return {};
  const uint32_t open_tok = q.first_tok - 1;
  const uint32_t s = s_.toks[open_tok].sentence;
  if (s == 0 || s_.sentence_paragraph[s - 1] != q.paragraph) return {};
  const Span& sp = s_.sentences[s - 1];
  for (uint32_t k = sp.first; k < sp.last; ++k)
    if (s_.toks[k].in_quote || s_.toks[k].kind == TokKind::kQuote) return {};
  const PersonMention* m = MentionStartingAt(sp.first);
  if (!m || m->modifier || m->last >= sp.last) return {};
  const Tok& v = s_.toks[m->last];
  if (v.kind != TokKind::kWord || v.cap || v.lower.size() < 4 || !v.lower.ends_with("ed"))
    return {};
  return SpeakerOf(*m);
}

}  // namespace newsgraph::analyze::quotes_internal
