// CoNLL-2003 column files for training and evaluating the named-entity model: a reader and an
// exact-span scorer (conlleval semantics). Training and evaluation only; the runtime library
// keeps the tag set (src/analyze/ner_conll.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/ner_conll.h"
#include "newsgraph/status.h"

namespace newsgraph::ner {

// One CoNLL sentence: its words and (if present) gold tags as internal ids.
struct ConllSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> tags;
};
struct ConllDocument {
  std::vector<ConllSentence> sentences;
};
// Reads a CoNLL-2003 file: first column word, last column NE tag; -DOCSTART- starts a document.
// A malformed line gives kCorruption naming the file and line.
Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path);
Result<std::vector<ConllDocument>> ParseConll(std::string_view text, std::string_view name);

// Exact-span precision/recall/F1 counts, overall and per type.
struct SpanCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
  double Precision() const { return predicted ? double(correct) / predicted : 0; }
  double Recall() const { return gold ? double(correct) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct SpanScore {
  SpanCounts overall;
  std::array<SpanCounts, kNumTypes> per_type{};
  int64_t tokens = 0, correct_tokens = 0;
  void Add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
};

}  // namespace newsgraph::ner
