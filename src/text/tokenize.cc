// Tokenisation and sentence splitting of news English with byte offsets (see text.h).
//
// One left-to-right pass: each token is classified from its first character, scanned to its
// end with the rules for its kind, and handed to the sentence splitter, which decides at the
// next token whether a pending sentence end (. ! ? … or an ambiguous abbreviation) is real.
#include <utf8proc.h>

#include <algorithm>
#include <cstring>

#include "core/utf8.h"
#include "newsgraph/text.h"
#include "text/abbreviations.h"

namespace newsgraph {
namespace {

using text::AbbrevKind;

inline bool AsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool AsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool AsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool AsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// A decoded code point; len 0 = end of text, valid = false for an invalid byte (len 1).
struct Cp {
  char32_t cp = 0;
  uint32_t len = 0;
  bool valid = true;
};

enum class Cat : uint8_t { kSpace, kLetter, kDigit, kQuoteOpen, kQuoteClose, kQuoteAmbig,
                           kDash, kEllipsis, kPunct, kSymbol, kIgnore, kParagraph };

Cat Classify(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x201C: case 0x201E: case 0x00AB: case 0x2039: return Cat::kQuoteOpen;
    case 0x201D: case 0x00BB: case 0x203A: return Cat::kQuoteClose;
    case 0x2019: return Cat::kQuoteAmbig;
    case 0x2026: return Cat::kEllipsis;
    case 0x2029: return Cat::kParagraph;
    case 0x200B: case 0xFEFF: case 0x00AD: case 0x200C: case 0x200D: return Cat::kIgnore;
    default: break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return Cat::kLetter;
    case UTF8PROC_CATEGORY_ND: return Cat::kDigit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: return Cat::kSpace;
    case UTF8PROC_CATEGORY_ZP: return Cat::kParagraph;
    case UTF8PROC_CATEGORY_PD: return Cat::kDash;
    case UTF8PROC_CATEGORY_PI: return Cat::kQuoteOpen;
    case UTF8PROC_CATEGORY_PF: return Cat::kQuoteClose;
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PO:
      return Cat::kPunct;
    case UTF8PROC_CATEGORY_CC: return Cat::kSpace;
    case UTF8PROC_CATEGORY_CF: return Cat::kIgnore;
    default: return Cat::kSymbol;
  }
}

enum class PendingEnd : uint8_t { kNone, kStrong, kWeak };

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : t_(text), n_(text.size()) { next_at_ = NextAt(0); }

  TokenizedText Run();

 private:
  Cp At(size_t i) const {
    if (i >= n_) return {0, 0, true};
    unsigned char c = static_cast<unsigned char>(t_[i]);
    if (c < 0x80) return {c, 1, true};
    size_t len = utf8::ValidSequenceLength(t_, i);
    if (len == 0) return {c, 1, false};
    char32_t cp = utf8::Decode(t_, i, &len);
    return {cp, static_cast<uint32_t>(len), true};
  }
  unsigned char Byte(size_t i) const { return i < n_ ? static_cast<unsigned char>(t_[i]) : 0; }
  bool IsWordChar(size_t i, uint32_t* len) const;
  // ” ’ » › at i.
  bool IsClosingQuote(size_t i) const {
    return (Byte(i) == 0xE2 && Byte(i + 1) == 0x80 &&
            (Byte(i + 2) == 0x9D || Byte(i + 2) == 0x99 || Byte(i + 2) == 0xBA)) ||
           (Byte(i) == 0xC2 && Byte(i + 1) == 0xBB);
  }
  bool StartsWithCi(size_t i, const char* s) const;

  size_t ScanUrl(size_t i) const;
  size_t ScanEmail(size_t i) const;
  size_t ScanNumber(size_t i, TokenKind* kind) const;
  size_t ScanWord(size_t i, bool* acronym) const;
  void Word(size_t i, size_t* next);
  void Apostrophe(size_t i, uint32_t len, size_t* next);

  void Emit(size_t start, size_t end, TokenKind kind, PendingEnd pending = PendingEnd::kNone);
  void CloseSentence();

  std::string_view t_;
  size_t n_;
  TokenizedText out_;
  uint32_t sentence_first_ = 0;
  PendingEnd pending_ = PendingEnd::kNone;
  bool paragraph_break_ = false;
  bool space_before_ = true;    // whitespace between the previous token and this one
  bool single_quote_open_ = false;
  // The position of the first '@' at or after i, n_ when none.
  size_t NextAt(size_t i) const {
    const void* at = i < n_ ? std::memchr(t_.data() + i, '@', n_ - i) : nullptr;
    return at ? static_cast<size_t>(static_cast<const char*>(at) - t_.data()) : n_;
  }
  mutable size_t next_at_ = 0;  // the first '@' at or after the last ScanEmail start (n_: none)
};

bool Tokenizer::IsWordChar(size_t i, uint32_t* len) const {
  unsigned char c = Byte(i);
  if (c < 0x80) {
    *len = 1;
    return i < n_ && (AsciiLetter(c) || AsciiDigit(c));
  }
  Cp cp = At(i);
  *len = cp.len;
  if (!cp.valid) return false;
  Cat cat = Classify(cp.cp);
  return cat == Cat::kLetter || cat == Cat::kDigit;
}

bool Tokenizer::StartsWithCi(size_t i, const char* s) const {
  size_t l = std::strlen(s);
  if (n_ - i < l) return false;
  for (size_t k = 0; k < l; ++k) {
    unsigned char c = Byte(i + k);
    if (AsciiUpper(c)) c = static_cast<unsigned char>(c + 32);
    if (c != static_cast<unsigned char>(s[k])) return false;
  }
  return true;
}

size_t Tokenizer::ScanUrl(size_t i) const {
  const unsigned char first = Byte(i) | 0x20;  // http://, https://, www.
  if (first != 'h' && first != 'w') return 0;
  if (!(StartsWithCi(i, "http://") || StartsWithCi(i, "https://") || StartsWithCi(i, "www."))) {
    return 0;
  }
  size_t j = i;
  int parens = 0;
  while (j < n_) {
    unsigned char c = Byte(j);
    if (c <= ' ' || c == '"' || c == '<' || c == '>') break;
    if (c >= 0x80) {
      Cp cp = At(j);
      Cat cat = cp.valid ? Classify(cp.cp) : Cat::kSymbol;
      if (cat == Cat::kSpace || cat == Cat::kQuoteOpen || cat == Cat::kQuoteClose ||
          cat == Cat::kQuoteAmbig || cat == Cat::kParagraph || cat == Cat::kEllipsis) {
        break;
      }
      j += cp.len;
      continue;
    }
    if (c == '(') ++parens;
    if (c == ')' && --parens < 0) break;
    ++j;
  }
  // Trailing punctuation belongs to the sentence, not the URL.
  while (j > i && std::strchr(".,;:!?'", static_cast<char>(Byte(j - 1))) != nullptr) --j;
  size_t min = i + (StartsWithCi(i, "www.") ? 5 : 8);
  return j >= min ? j : 0;
}

size_t Tokenizer::ScanEmail(size_t i) const {
  // An address has its @ within 65 bytes of its start; the next @ of the text is found once
  // (memchr) for all the words before it, so most words are ruled out without a scan.
  if (next_at_ < i) next_at_ = NextAt(i);
  if (next_at_ >= n_ || next_at_ > i + 65) return 0;
  size_t j = i;
  auto local = [](unsigned char c) {
    return AsciiLetter(c) || AsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
  };
  // Bounded scans (RFC 5321: local part <= 64, domain <= 255 bytes) keep tokenising linear on
  // long runs of address-like characters.
  const size_t local_end = std::min(n_, i + 65);
  while (j < local_end && local(Byte(j))) ++j;
  if (j == i || Byte(j) != '@') return 0;
  size_t k = j + 1, dots = 0, last_dot = 0;
  const size_t domain_end = std::min(n_, j + 256);
  while (k < domain_end && (AsciiLetter(Byte(k)) || AsciiDigit(Byte(k)) || Byte(k) == '-' ||
                    (Byte(k) == '.' && (AsciiLetter(Byte(k + 1)) || AsciiDigit(Byte(k + 1)))))) {
    if (Byte(k) == '.') {
      ++dots;
      last_dot = k;
    }
    ++k;
  }
  if (dots == 0 || k - last_dot < 3) return 0;
  return k;
}

size_t Tokenizer::ScanNumber(size_t i, TokenKind* kind) const {
  size_t j = i;
  while (AsciiDigit(Byte(j))) ++j;
  for (;;) {
    unsigned char c = Byte(j);
    if (c == ',' && AsciiDigit(Byte(j + 1)) && AsciiDigit(Byte(j + 2)) &&
        AsciiDigit(Byte(j + 3)) && !AsciiDigit(Byte(j + 4))) {
      j += 4;  // thousands: 175,000
    } else if ((c == '.' || c == '/' || c == ':') && AsciiDigit(Byte(j + 1))) {
      j += 1;  // 3.5, 24/7, 10:30
      while (AsciiDigit(Byte(j))) ++j;
    } else {
      break;
    }
  }
  *kind = TokenKind::kNumber;
  uint32_t len = 0;
  // 1990s, 3rd, 10am, 30-year-old: a number with letters attached is a word.
  if (IsWordChar(j, &len) && !AsciiDigit(Byte(j))) {
    bool acronym = false;
    j = ScanWord(j, &acronym);
    *kind = TokenKind::kWord;
  } else if (Byte(j) == '-' && AsciiLetter(Byte(j + 1))) {
    bool acronym = false;
    j = ScanWord(j + 1, &acronym);
    *kind = TokenKind::kWord;
  }
  return j;
}

// Letters and digits, joined by inner hyphens, apostrophes (don't, O'Brien; but not 's) and
// periods between letters (U.S., e.g, example.com); `acronym` when it ends in X.Y. form.
size_t Tokenizer::ScanWord(size_t i, bool* acronym) const {
  size_t j = i;
  *acronym = false;
  uint32_t len = 0;
  // Acronyms and initialisms: single letters each followed by a period (U.S., J.R.R., a.m.).
  if (AsciiLetter(Byte(j)) && Byte(j + 1) == '.' && AsciiLetter(Byte(j + 2)) &&
      Byte(j + 3) == '.') {
    while (AsciiLetter(Byte(j)) && Byte(j + 1) == '.') j += 2;
    *acronym = true;
    return j;
  }
  for (;;) {
    while (IsWordChar(j, &len)) j += len;
    unsigned char c = Byte(j);
    if (c == '-' && IsWordChar(j + 1, &len)) {
      j += 1;
      continue;
    }
    if (c == '&' && j > i && AsciiUpper(Byte(j - 1)) && AsciiUpper(Byte(j + 1))) {
      j += 1;  // AT&T, S&P
      continue;
    }
    if (c == '.' && AsciiLower(Byte(j + 1)) && AsciiLower(Byte(j + 2)) && j > i &&
        AsciiLetter(Byte(j - 1))) {
      j += 1;  // example.com (no space after the period, lower case follows)
      continue;
    }
    // Inner apostrophe: ' or ’ followed by a letter, unless it is the possessive 's.
    uint32_t alen = 0;
    if (c == '\'') alen = 1;
    else if (c == 0xE2 && Byte(j + 1) == 0x80 && Byte(j + 2) == 0x99) alen = 3;
    if (alen && IsWordChar(j + alen, &len) && !AsciiDigit(Byte(j + alen))) {
      unsigned char s = Byte(j + alen);
      uint32_t l2 = 0;
      if ((s == 's' || s == 'S') && !IsWordChar(j + alen + 1, &l2)) break;  // possessive
      j += alen;
      continue;
    }
    break;
  }
  return j;
}

void Tokenizer::Word(size_t i, size_t* next) {
  if (size_t e = ScanEmail(i)) {
    Emit(i, e, TokenKind::kEmail);
    *next = e;
    return;
  }
  bool acronym = false;
  size_t j = ScanWord(i, &acronym);
  std::string_view w = t_.substr(i, j - i);
  PendingEnd pending = PendingEnd::kNone;
  TokenKind kind = TokenKind::kWord;
  if (acronym) {
    pending = PendingEnd::kWeak;
  } else if (Byte(j) == '.' && Byte(j + 1) != '.') {
    if (w.size() == 1 && AsciiUpper(Byte(i))) {
      ++j;  // an initial: J. R. R. Tolkien
    } else {
      AbbrevKind k = text::AbbreviationKind(w);
      if (k == AbbrevKind::kNumeral) {
        size_t d = j + 1;
        while (Byte(d) == ' ') ++d;
        if (!AsciiDigit(Byte(d))) k = AbbrevKind::kNone;  // "said no." is not "No. 1"
      }
      if (k != AbbrevKind::kNone) {
        ++j;
        pending = k == AbbrevKind::kOther ? PendingEnd::kWeak : PendingEnd::kNone;
      }
    }
  }
  // Bare domain names: a lower-case dotted word ending in a common top-level domain.
  size_t dot = w.rfind('.');
  if (!acronym && dot != std::string_view::npos && dot + 1 < w.size()) {
    static constexpr const char* kTlds[] = {"com", "org", "net", "gov", "edu", "int", "info",
                                            "io",  "co",  "uk",  "de",  "fr",  "ru",  "ua"};
    std::string_view tld = w.substr(dot + 1);
    for (const char* tl : kTlds) {
      if (tld == tl) kind = TokenKind::kUrl;
    }
  }
  Emit(i, j, kind, pending);
  *next = j;
}

// A ' or ’ that does not sit inside a word: possessive, or a quotation mark.
void Tokenizer::Apostrophe(size_t i, uint32_t len, size_t* next) {
  const bool attached = !space_before_ && !out_.tokens.empty() &&
                        out_.tokens.back().kind == TokenKind::kWord;
  uint32_t l2 = 0;
  unsigned char s = Byte(i + len);
  if (attached && (s == 's' || s == 'S') && !IsWordChar(i + len + 1, &l2)) {
    Emit(i, i + len + 1, TokenKind::kPossessive);  // Ukraine’s
    *next = i + len + 1;
    return;
  }
  if (attached && !single_quote_open_) {
    const Token& prev = out_.tokens.back();
    unsigned char last = Byte(prev.end - 1);
    if ((last == 's' || last == 'S') && !IsWordChar(i + len, &l2)) {
      Emit(i, i + len, TokenKind::kPossessive);  // the leaders’ meeting
      *next = i + len;
      return;
    }
  }
  // Opening when nothing is attached before it, closing otherwise.
  single_quote_open_ = !attached;
  Emit(i, i + len, TokenKind::kQuote);
  *next = i + len;
}

void Tokenizer::CloseSentence() {
  uint32_t count = static_cast<uint32_t>(out_.tokens.size());
  if (count > sentence_first_) {
    // The token that opens the next sentence has not been appended yet.
    Sentence s;
    s.first_token = sentence_first_;
    s.last_token = count;
    s.start = out_.tokens[sentence_first_].start;
    s.end = out_.tokens[count - 1].end;
    out_.sentences.push_back(s);
  }
  sentence_first_ = count;
  pending_ = PendingEnd::kNone;
  single_quote_open_ = false;
}

void Tokenizer::Emit(size_t start, size_t end, TokenKind kind, PendingEnd pending) {
  if (paragraph_break_) {
    CloseSentence();
    paragraph_break_ = false;
  } else if (pending_ != PendingEnd::kNone) {
    const unsigned char c = Byte(start);
    const bool bracket = c == ')' || c == ']' || c == '}';
    const bool quote = kind == TokenKind::kQuote;
    // A closing quote or bracket stays with the sentence it closes: “... crisis.” Next
    if (!(bracket || (quote && (!space_before_ || IsClosingQuote(start))))) {
      bool lower = AsciiLower(c);
      if (!lower && c >= 0x80) {
        Cp cp = At(start);
        lower = cp.valid && utf8proc_category(static_cast<utf8proc_int32_t>(cp.cp)) ==
                                UTF8PROC_CATEGORY_LL;
      }
      bool split;
      if (pending_ == PendingEnd::kStrong) {
        split = !lower && std::strchr(",;:", static_cast<char>(c)) == nullptr;
      } else {  // after U.S. or Inc.: only before a typical sentence opener
        split = AsciiUpper(c) && kind == TokenKind::kWord &&
              text::IsSentenceOpener(t_.substr(start, end - start));
      }
      if (split) CloseSentence(); else pending_ = PendingEnd::kNone;
    }
  }
  out_.tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind});
  if (pending != PendingEnd::kNone) pending_ = pending;
  space_before_ = false;
}

TokenizedText Tokenizer::Run() {
  out_.tokens.reserve(n_ / 5 + 8);
  size_t i = 0;
  while (i < n_) {
    unsigned char c = Byte(i);
    // White space (and paragraph breaks: a blank line).
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space_before_ = true;
      ++i;
      continue;
    }
    if (c == '\n') {
      space_before_ = true;
      size_t j = i + 1, newlines = 1;
      while (j < n_ && (Byte(j) == ' ' || Byte(j) == '\t' || Byte(j) == '\r' ||
                        Byte(j) == '\n')) {
        if (Byte(j) == '\n') ++newlines;
        ++j;
      }
      if (newlines >= 2) paragraph_break_ = true;
      i = j;
      continue;
    }
    size_t next = i + 1;
    if (c < 0x80) {
      if (AsciiLetter(c)) {
        if (size_t e = ScanUrl(i)) {
          Emit(i, e, TokenKind::kUrl);
          next = e;
        } else {
          Word(i, &next);
        }
      } else if (AsciiDigit(c)) {
        if (size_t e = ScanEmail(i)) {
          Emit(i, e, TokenKind::kEmail);
          next = e;
        } else {
          TokenKind kind;
          next = ScanNumber(i, &kind);
          Emit(i, next, kind);
        }
      } else if (c == '.') {
        while (Byte(next) == '.') ++next;
        Emit(i, next, TokenKind::kPunct, PendingEnd::kStrong);
      } else if (c == '!' || c == '?') {
        while (Byte(next) == '!' || Byte(next) == '?') ++next;
        Emit(i, next, TokenKind::kPunct, PendingEnd::kStrong);
      } else if (c == '-') {
        while (Byte(next) == '-') ++next;
        Emit(i, next, TokenKind::kPunct);
      } else if (c == '"') {
        Emit(i, next, TokenKind::kQuote);
      } else if (c == '`') {
        while (Byte(next) == '`') ++next;
        Emit(i, next, TokenKind::kQuote);
      } else if (c == '\'') {
        if (Byte(next) == '\'') {
          Emit(i, next + 1, TokenKind::kQuote);
          next = i + 2;
        } else {
          Apostrophe(i, 1, &next);
        }
      } else if ((c == '#' || c == '@') && i + 1 < n_ &&
                 (AsciiLetter(Byte(i + 1)) || AsciiDigit(Byte(i + 1)) || Byte(i + 1) == '_' ||
                  Byte(i + 1) >= 0x80)) {
        uint32_t len = 0;
        while (next < n_ && (IsWordChar(next, &len) || Byte(next) == '_')) {
          next += Byte(next) == '_' ? 1 : len;
        }
        if (next == i + 1) {
          Emit(i, next, TokenKind::kSymbol);
        } else {
          Emit(i, next, c == '#' ? TokenKind::kHashtag : TokenKind::kHandle);
        }
      } else if (std::strchr(",;:()[]{}", c) != nullptr) {
        Emit(i, next, TokenKind::kPunct);
      } else if (c < 0x20 || c == 0x7F) {
        space_before_ = true;  // control characters separate tokens
      } else {
        Emit(i, next, TokenKind::kSymbol);
      }
      i = next;
      continue;
    }
    Cp cp = At(i);
    next = i + cp.len;
    if (!cp.valid) {
      Emit(i, next, TokenKind::kSymbol);
      i = next;
      continue;
    }
    switch (Classify(cp.cp)) {
      case Cat::kSpace: space_before_ = true; break;
      case Cat::kIgnore: break;
      case Cat::kParagraph: space_before_ = true; paragraph_break_ = true; break;
      case Cat::kLetter: Word(i, &next); break;
      case Cat::kDigit: Word(i, &next); break;
      case Cat::kQuoteOpen: Emit(i, next, TokenKind::kQuote); break;
      case Cat::kQuoteClose: Emit(i, next, TokenKind::kQuote); break;
      case Cat::kQuoteAmbig: Apostrophe(i, cp.len, &next); break;
      case Cat::kDash: Emit(i, next, TokenKind::kPunct); break;
      case Cat::kEllipsis: Emit(i, next, TokenKind::kPunct, PendingEnd::kStrong); break;
      case Cat::kPunct: {
        bool end = cp.cp == 0x3002 || cp.cp == 0xFF01 || cp.cp == 0xFF1F;  // 。！？
        Emit(i, next, TokenKind::kPunct, end ? PendingEnd::kStrong : PendingEnd::kNone);
        break;
      }
      case Cat::kSymbol: Emit(i, next, TokenKind::kSymbol); break;
    }
    i = next;
  }
  CloseSentence();
  return std::move(out_);
}

}  // namespace

TokenizedText Tokenize(std::string_view text, const TextOptions& options) {
  if (text.size() > options.max_bytes) text = text.substr(0, options.max_bytes);
  if (text.size() > 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);
  return Tokenizer(text).Run();
}

}  // namespace newsgraph
