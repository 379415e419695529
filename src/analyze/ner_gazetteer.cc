// Longest-match gazetteer lookup for the named-entity tagger.
#include "analyze/ner_gazetteer.h"

namespace newsgraph::ner {

void ApplyGazetteer(const Lexicon& gazetteer, std::vector<TokenInfo>* sent_ptr) {
  std::vector<TokenInfo>& sent = *sent_ptr;
  const size_t n = sent.size();
  if (gazetteer.size() == 0) return;
  for (TokenInfo& t : sent) {
    if (t.hyphen_first && t.capitalised) {
      t.hyphen_gaz = static_cast<uint8_t>(gazetteer.Get(t.hyphen_first) & kGazTypes);
    }
  }
  size_t i = 0;
  while (i < n) {
    if (!sent[i].capitalised) {
      ++i;
      continue;
    }
    uint64_t key = sent[i].lower;
    size_t best = 0;
    uint16_t best_types = 0;
    for (size_t len = 1; len <= kMaxGazTokens && i + len <= n; ++len) {
      if (len > 1) key = PhraseKey(key, sent[i + len - 1].lower);
      const uint16_t v = gazetteer.Get(key);
      if (v & kGazTypes) {
        best = len;
        best_types = v & kGazTypes;
      }
      if (!(v & kGazPrefix)) break;
    }
    if (best == 0) {
      ++i;
      continue;
    }
    // A match must end in a capitalised token or a number ("Bay of Biscay", "Apollo 11").
    if (!sent[i + best - 1].capitalised && sent[i + best - 1].word_class != kDigits) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < best; ++k) {
      TokenInfo& t = sent[i + k];
      t.gaz = static_cast<uint8_t>(best_types);
      t.gaz_pos = best == 1 ? kGazSingle : (k == 0 ? kGazBegin : (k + 1 == best ? kGazEnd : kGazInside));
    }
    i += best;
  }
}

}  // namespace newsgraph::ner
