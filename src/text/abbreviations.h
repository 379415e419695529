// Word lists the tokenizer and sentence splitter consult (internal header).
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph::text {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,   // comes before a name and never ends a sentence: Mr. Gen. Sen. Dr. Lt. Col. St.
  kOther,   // may end a sentence: Inc. Corp. Co. Ltd. Jr. etc. Jan. vs.
  kNumeral, // only an abbreviation before a number: No. 1, Nos. 3, Vol. 2, Fig. 4, pp. 12
};

// Whether `word` (without its period, any case) is a known abbreviation, and which kind.
AbbrevKind AbbreviationKind(std::string_view word);

// Whether a capitalised `word` is a common sentence opener (The, He, But ...): after an
// ambiguous period (U.S. / Inc.), such a word is taken to start a new sentence.
bool IsSentenceOpener(std::string_view word);

}  // namespace newsgraph::text
