// Text: sentence splitting and tokenisation of news English, with byte offsets into the UTF-8
// text. Handles abbreviations (Gen., U.S., Mr., Jan.), initials, curly and straight quotes,
// ellipses, dashes, possessives, numbers and money, URLs, e-mail addresses, hashtags and handles.
//
//   newsgraph::TokenizedText t = newsgraph::Tokenize(text);
//   for (const auto& s : t.sentences)
//     for (uint32_t i = s.first_token; i < s.last_token; ++i)
//       std::cout << t.TokenText(text, i) << "\n";
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

enum class TokenKind : uint8_t {
  kWord,      // letters, possibly with inner apostrophes/hyphens/periods (U.S., don't)
  kNumber,    // 175,000  3.5  2014  30
  kPunct,     // . , ; : ! ? ( ) [ ] - — …
  kQuote,     // " “ ” ' ‘ ’ used as quotation marks
  kSymbol,    // $ € £ % & + and other symbols
  kUrl,       // https://example.com/a  www.example.com
  kEmail,
  kHashtag,   // #Ukraine
  kHandle,    // @POTUS
  kPossessive,// the 's / ’s / ' of a possessive, split from its word
};

struct Token {
  uint32_t start = 0;  // byte offsets into the text: [start, end)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  uint32_t start = 0;        // byte offsets of the sentence: [start, end)
  uint32_t end = 0;
  uint32_t first_token = 0;  // token indexes: [first_token, last_token)
  uint32_t last_token = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string_view TokenText(std::string_view text, size_t i) const {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
};

struct TextOptions {
  // Texts longer than this are tokenised only up to it. Default 64 MiB.
  size_t max_bytes = 64u << 20;
};

// Tokenises and sentence-splits UTF-8 text. Invalid UTF-8 bytes become single-byte kSymbol
// tokens; never fails.
TokenizedText Tokenize(std::string_view text, const TextOptions& options = {});

}  // namespace newsgraph
