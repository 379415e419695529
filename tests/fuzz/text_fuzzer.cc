// Fuzz target: Tokenize() and NER tagging on arbitrary bytes. Checks the tokenizer's
// invariants (tokens in bounds, in order, non-empty, not overlapping; sentences contiguous and
// covering every token) and that entity mentions are well-formed.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsgraph/entities.h"
#include "newsgraph/text.h"

#define CHECK(cond)                 \
  do {                              \
    if (!(cond)) __builtin_trap();  \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  newsgraph::TokenizedText t = newsgraph::Tokenize(text);
  uint32_t prev_end = 0;
  for (const newsgraph::Token& tok : t.tokens) {
    CHECK(tok.start < tok.end);
    CHECK(tok.end <= size);
    CHECK(tok.start >= prev_end);
    prev_end = tok.end;
  }
  uint32_t next = 0;
  for (const newsgraph::Sentence& s : t.sentences) {
    CHECK(s.first_token == next);
    CHECK(s.first_token < s.last_token);
    CHECK(s.last_token <= t.tokens.size());
    CHECK(s.start == t.tokens[s.first_token].start);
    CHECK(s.end == t.tokens[s.last_token - 1].end);
    next = s.last_token;
  }
  CHECK(next == t.tokens.size());
  if (size <= 4096) {
    for (const auto& m : newsgraph::NerModel::Default().Recognise(text, t)) {
      CHECK(m.first_token < m.last_token);
      CHECK(m.last_token <= t.tokens.size());
      CHECK(m.start == t.tokens[m.first_token].start);
      CHECK(m.end == t.tokens[m.last_token - 1].end);
    }
  }
  return 0;
}
