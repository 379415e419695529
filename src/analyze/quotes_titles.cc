// Names in quotation marks: the title of a song, a film, a book or a campaign is written in
// title case ("“Takin’ It to the Streets”", "“Jesus Is Just Alright With Me”", a screen print
// called "Cowboys and Indians"), where reported words are written as sentences. Such a span is
// nobody's words unless a reporting verb stands right beside it ("“Meth. We’re On It.” Noem
// tweeted", "protesters chanted, “Red for Ed”"). An exclamation or a question in title case is
// said, not named ("“We Got Her!”").
#include <absl/container/flat_hash_set.h>

#include "analyze/quotes_finder.h"

namespace newsgraph::analyze::quotes_internal {

bool QuoteFinder::TitleCase(const QuoteSpan& q) const {
  // the short words a title leaves in lower case
  static const absl::flat_hash_set<std::string_view> kLower = {
      "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
      "with", "from", "as", "into", "vs", "vs."};
  // an exclamation or a question is said ("Oh, God!", "We Got Her!")
  if (q.last_tok > q.first_tok && q.last_tok <= N()) {
    const std::string_view end = s_.Text(q.last_tok - 1);
    if (end == "!" || end == "?") return false;
  }
  int words = 0, caps = 0;
  for (uint32_t t = q.first_tok; t < q.last_tok && t < N(); ++t) {
    const Tok& k = s_.toks[t];
    if (k.kind == TokKind::kNumber) {
      ++words;
      continue;
    }
    if (k.kind != TokKind::kWord) continue;
    ++words;
    if (k.cap) {
      ++caps;
    } else if (!(words > 1 && kLower.count(k.lower))) {
      return false;  // a lower-case word a title would capitalise: a sentence
    }
  }
  return words >= 2 && caps >= 2;
}

}  // namespace newsgraph::analyze::quotes_internal
