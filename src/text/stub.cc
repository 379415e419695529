// Placeholder until the tokenizer lands (owned by the text/NER work).
#include "newsgraph/text.h"
namespace newsgraph {
TokenizedText Tokenize(std::string_view text, const TextOptions&) {
  TokenizedText t; uint32_t i = 0, n = static_cast<uint32_t>(text.size());
  while (i < n) {
    while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    uint32_t s = i;
    while (i < n && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i > s) t.tokens.push_back({s, i, TokenKind::kWord});
  }
  if (!t.tokens.empty()) t.sentences.push_back({t.tokens.front().start, t.tokens.back().end, 0, (uint32_t)t.tokens.size()});
  return t;
}
}  // namespace newsgraph
