// Words as copy detection sees them (internal header): lower-cased, stop words marked, a light
// suffix stemmer so that inflections agree ("reassures"/"reassured"), and the built-in synonym
// table (data/link/synonyms.txt, from WordNet; docs/copies.md) so that a spinner's word swaps
// ("unwavering" -> "unshakable") count as the same content.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::copies {

// A word of a text: a run of letters/digits (apostrophes inside kept out), with byte offsets.
struct Word {
  uint32_t start = 0;
  uint32_t end = 0;
  uint64_t key = 0;        // hash of the stem (numbers: of the digits without separators)
  bool stop = false;       // a function word ("the", "said" is not one)
  bool number = false;     // digits
  bool capital = false;    // starts with an upper-case letter
  bool sentence_start = false;  // first word after a sentence end (or of the text)
  // HashWord(LowerWord(word)) for words of ASCII letters and digits (not numbers); 0 otherwise.
  uint64_t lower_hash = 0;
};

// Scans `text` (at most `max_bytes` of it) into words; sentence starts are guessed from '.', '!',
// '?' and blank lines (cheap; the alignment uses the text stage's splitter instead). Invalid
// UTF-8 bytes are separators.
std::vector<Word> ScanWords(std::string_view text, size_t max_bytes = 1u << 20);
// The same into `words` (its allocation reused: a linker scans millions of texts).
void ScanWords(std::string_view text, std::vector<Word>& words, size_t max_bytes = 1u << 20);

// The hash of the lower-cased word sequence (Fingerprint::normalized), never 0; 0 for no words.
uint64_t NormalizedHash(std::string_view text, const std::vector<Word>& words);

// Lower-cases ASCII and, through utf8proc, other letters; drops inner apostrophes.
std::string LowerWord(std::string_view word);

bool IsStopWord(std::string_view lower);
// A light English suffix stemmer (plural, -ed, -ing, -ly, -ies), enough to fold inflections.
std::string_view Stem(std::string_view lower, std::string* buffer);
uint64_t HashWord(std::string_view s);

// Synonym sets the word (lower-case) belongs to, also through its stem; empty when none.
const std::vector<uint32_t>& SynonymSets(std::string_view lower);
bool AreSynonyms(std::string_view a_lower, std::string_view b_lower);
// SynonymSets(LowerWord(the word)) for a word of ScanWords(text).
const std::vector<uint32_t>& SynonymSetsOf(std::string_view text, const Word& word);
// Asks memory for what SynonymSetsOf reads first for `word` (the filter of the table's word
// forms), so that a text's look-ups, made some words later, do not each wait for it.
void PrefetchSynonymSets(const Word& word);
// The members of one synonym set (for the copy generator).
std::vector<std::string_view> SynonymSetWords(uint32_t set);

}  // namespace newsgraph::copies
