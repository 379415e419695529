// Entities: named-entity recognition (PER, ORG, LOC, MISC) with a statistical model trained on
// CoNLL-2003, and rule-based recognisers for dates, times, money, percentages and quantities.
//
//   const newsgraph::NerModel& ner = newsgraph::NerModel::Default();  // built into the binary
//   auto tokens = newsgraph::Tokenize(text);
//   for (const auto& m : ner.Recognise(text, tokens)) ...
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"
#include "newsgraph/text.h"

namespace newsgraph {

enum class EntityType : uint8_t { kPerson, kOrganization, kLocation, kMisc };
const char* EntityTypeName(EntityType t);  // "PER", "ORG", "LOC", "MISC"

struct EntityMention {
  EntityType type = EntityType::kMisc;
  uint32_t start = 0;        // byte offsets into the text
  uint32_t end = 0;
  uint32_t first_token = 0;  // token indexes [first_token, last_token)
  uint32_t last_token = 0;
};

// A trained tagger. Immutable after loading; safe to use from many threads at once.
class NerModel {
 public:
  virtual ~NerModel() = default;
  // Loads a model file (format: docs/formats/ner-model.md). A corrupt or truncated file gives
  // kCorruption, an unknown version kUnsupported; never a crash.
  static Result<std::unique_ptr<NerModel>> LoadFile(const std::string& path);
  static Result<std::unique_ptr<NerModel>> LoadBytes(std::string_view bytes);
  // The model built into the binary (models/ner-en.bin at build time). Loaded once, lazily.
  static const NerModel& Default();

  // Tags one sentence given as words; returns one IOB2 tag per word ("O", "B-PER", "I-ORG" ...).
  virtual std::vector<std::string> TagWords(const std::vector<std::string_view>& words) const = 0;
  // Finds entity mentions in tokenised text, sentence by sentence.
  virtual std::vector<EntityMention> Recognise(std::string_view text,
                                               const TokenizedText& tokens) const = 0;
};

// Rule-based values found in text, with normalised values.
enum class ValueKind : uint8_t { kDate, kTime, kMoney, kPercent, kQuantity, kDuration };
const char* ValueKindName(ValueKind k);

struct ValueMention {
  ValueKind kind = ValueKind::kQuantity;
  uint32_t start = 0;       // byte offsets of the whole phrase, qualifier included
  uint32_t end = 0;
  double value = 0;         // 175000 for "175,000 troops"; 30 for "30 to 40 minutes"
  double value_max = 0;     // upper end of a range (40), else equal to value
  std::string unit;         // "troops", "USD", "minutes", "%"
  std::string qualifier;    // "up to", "more than", "at least", "about" ... or empty
  std::string normalized;   // dates: ISO YYYY-MM-DD (resolved against `published` when relative);
                            // times: HH:MM; money: "125000000 USD"
  // A figure whose words give no exact value ("hundreds of people", "tens of thousands of
  // troops", "several times"): value (== value_max) is the lower bound the words imply (200,
  // 20000, 2) and the qualifier is "at least".
  bool vague = false;
  // A result or tally written "a-b" ("won 112-107", "a 5-4 ruling"): value is the first side
  // and value_max the second, in the order written (either may be the larger). A tennis match's
  // sets ("6-4, 7-6 (5)") are one score that is also vague: no single value.
  bool score = false;
};

// Finds dates, times, money, percentages, quantities with units and durations. Relative dates
// ("on Tuesday", "last week") are resolved against `published` (YYYY-MM-DD) when it is given.
std::vector<ValueMention> RecogniseValues(std::string_view text, const TokenizedText& tokens,
                                          std::string_view published = {});

}  // namespace newsgraph
