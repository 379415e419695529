// A lone surname of a well-known office holder that acts: "when Obama declined to send arms",
// "Merkel agreed to the plan". A single capitalised word becomes a person without a reporting
// verb after it when the model's lexicon knows it as the surname of an office holder (the
// leaders tables) and as no country's word, its corpus does not write it mostly in lower case
// (not "bush" or "rice"), the statistical tagger does not read it as an organisation (it may
// call it a place), and a verb in the past follows it.
#include <string>

#include "analyze/internal.h"
#include "analyze/ner_features.h"
#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {

bool PeopleFinder::KnownSurnameActs(uint32_t k) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (k + 1 >= n || s_.toks[k].sentence_start || s_.toks[k].in_quote) return false;
  const uint16_t f = ModelWordFlags(L(k));
  if (!(f & ner::kPersonLast) || (f & ner::kCountry) ||
      (f & ner::kCaseMask) == ner::kCaseMostlyLower || (f & ner::kCaseMask) == ner::kCaseMixed)
    return false;
  // a verb in the past right after it: a lower-case word ending in "-ed" ("declined")
  const Tok& v = s_.toks[k + 1];
  const std::string& w = L(k + 1);
  if (v.cap || v.kind != TokKind::kWord || w.size() < 5 || !w.ends_with("ed") ||
      !Same(k, k + 1))
    return false;
  // the tagger may call it a place ("Obama" read as LOC); not when it calls it a firm
  return ner_ && !ner_->empty() &&
         NerType(s_.toks[k].start, s_.toks[k].end) != static_cast<int>(EntityType::kOrganization);
}

}  // namespace newsgraph::analyze::people_internal
