// Verbs of saying the lexicon does not list. Right after the speaker of a quote whose sentence
// goes on past its closing mark ("“…,” Mr. Trump recounted", "“…!” Papandreou thundered in
// Parliament", "“…?” he mused", "“…,” Karen Olson, president of Valley Dairy, notified the
// panel"), a verb in the past tense reports the quote, whichever verb it is; elsewhere only the
// listed reporting verbs do. After "to", the plain form of a listed verb reports too ("turned
// to Twitter to describe his city as a “gas chamber”", "allowed her to claim that …").
#include "analyze/quotes_finder.h"

namespace newsgraph::analyze::quotes_internal {

bool QuoteFinder::InfinitiveCue(uint32_t t) const {
  if (t == 0 || L(t - 1) != "to") return false;
  const std::string& l = L(t);
  if (l.size() < 4 || l.back() == 's') return false;
  // "to write two novels", "to call a meeting", "to think about it" do not report words
  if (l == "write" || l == "read" || l == "call" || l == "think" || l == "hope" ||
      l == "feel" || l == "believe")
    return false;
  // only verbs the lexicon lists in a form with "-s": "describes", "claims", "assures"
  return IsCueVerb(l + "s");
}

bool QuoteFinder::SentenceGoesOn(const QuoteSpan& q) const {
  if (q.last_tok <= q.first_tok || q.last_tok > N() || q.close == q.end) return false;
  const std::string_view inner = s_.Text(q.last_tok - 1);
  if (inner == "," || inner == "?" || inner == "!") return true;
  // the comma written after the closing mark: “…”, Smith said
  return q.last_tok + 1 < N() && s_.Text(q.last_tok + 1) == "," &&
         s_.toks[q.last_tok + 1].start == q.close;
}

uint32_t QuoteFinder::ReportingVerbAt(uint32_t v) const {
  if (v >= N()) return 0;
  if (Cue(v)) return v;
  // "has written", "had said"
  if ((L(v) == "has" || L(v) == "had" || L(v) == "have") && v + 1 < N() &&
      (Cue(v + 1) || L(v + 1) == "written"))
    return v + 1;
  const Tok& k = s_.toks[v];
  const std::string& l = k.lower;
  if (k.kind != TokKind::kWord || k.cap || k.in_quote || l.size() < 5 || IsFunctionWord(l) ||
      l.compare(l.size() - 2, 2, "ed") != 0)
    return 0;
  // "“…,” Gravano quoted Gotti as saying": the words are the other person's
  if (l == "quoted" || l == "cited" || l == "paraphrased") return 0;
  return v;
}

}  // namespace newsgraph::analyze::quotes_internal
