// Which language a text is written in, well enough to know whether the English rules apply.
// Pages found on the web are often in other languages; the rules read German nouns as
// people's names and Indonesian phrases as offices. The guess looks at the first 16 KiB: the
// script of its letters (Cyrillic, Han and kana, Hangul, Arabic, Hebrew, Devanagari, Greek,
// Thai), then, for Latin letters, the share of words that are function words of English and of
// seven other languages written in Latin letters. A text is English unless another language's
// function words clearly outnumber English ones: short texts, tables of results and lists of
// names stay English.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <absl/container/flat_hash_map.h>

#include "core/utf8.h"
#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

constexpr size_t kSample = 16 << 10;

// The code point at text[i], its length in *len; U+FFFD (one byte) for an invalid sequence.
uint32_t Decode(std::string_view text, size_t i, size_t* len) {
  if (utf8::ValidSequenceLength(text, i) == 0) {
    *len = 1;
    return 0xFFFD;
  }
  return utf8::Decode(text, i, len);
}

enum Script { kLatin, kCyrillic, kHan, kKana, kHangul, kArabic, kHebrew, kDevanagari, kGreek,
              kThai, kScripts };

int ScriptOf(uint32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F))
    return kLatin;
  if (cp >= 0x400 && cp <= 0x52F) return kCyrillic;
  if (cp >= 0x370 && cp <= 0x3FF) return kGreek;
  if (cp >= 0x590 && cp <= 0x5FF) return kHebrew;
  if (cp >= 0x600 && cp <= 0x6FF) return kArabic;
  if (cp >= 0x900 && cp <= 0x97F) return kDevanagari;
  if (cp >= 0xE00 && cp <= 0xE7F) return kThai;
  if (cp >= 0x3040 && cp <= 0x30FF) return kKana;
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return kHan;
  if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)) return kHangul;
  return -1;
}

// Function words by language: English first, then seven written in Latin letters.
struct FunctionWords {
  const char* code;
  std::initializer_list<std::string_view> words;
};

const std::array<FunctionWords, 8>& Languages() {
  static const std::array<FunctionWords, 8> kLanguages = {{
      {"en", {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was",
              "at", "by", "it", "from", "be", "are", "has", "have", "he", "his", "said", "this",
              "an", "not", "but", "or", "were", "will", "which", "they", "you", "we"}},
      {"de", {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "den",
              "dem", "ein", "eine", "zu", "von", "auch", "im", "wird", "werden", "sind"}},
      {"fr", {"le", "la", "les", "et", "est", "des", "une", "du", "pour", "dans", "que", "qui",
              "pas", "sur", "au", "avec", "ce", "il", "sont", "aux"}},
      {"es", {"el", "la", "los", "las", "y", "es", "del", "que", "en", "un", "una", "por",
              "con", "para", "se", "al", "lo", "como", "su"}},
      {"pt", {"o", "os", "as", "e", "é", "do", "da", "dos", "das", "que", "em", "um", "uma",
              "para", "com", "não", "no", "na", "se"}},
      {"it", {"il", "la", "le", "e", "è", "di", "che", "non", "un", "una", "per", "con", "del",
              "della", "sono", "gli", "si", "da"}},
      {"nl", {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor",
              "zijn", "ook", "er"}},
      {"id", {"dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "ada",
              "akan", "juga", "ke", "kita", "karena"}},
  }};
  return kLanguages;
}

// function word -> bit per language (bit l for Languages()[l])
const absl::flat_hash_map<std::string, uint8_t>& FunctionWordBits() {
  static const auto* kBits = [] {
    auto* m = new absl::flat_hash_map<std::string, uint8_t>();
    const auto& langs = Languages();
    for (size_t l = 0; l < langs.size(); ++l)
      for (std::string_view f : langs[l].words) (*m)[std::string(f)] |= uint8_t(1u << l);
    return m;
  }();
  return *kBits;
}

}  // namespace

std::string GuessLanguage(std::string_view text) {
  text = text.substr(0, std::min(text.size(), kSample));
  std::array<size_t, kScripts> letters{};
  size_t all = 0;
  // words of Latin letters, lower-cased (ASCII letters only folded; others kept), counted as
  // function words of each language as they end
  const auto& bits = FunctionWordBits();
  std::array<size_t, 8> hits{};
  size_t nwords = 0;
  std::string w;
  auto flush = [&] {
    if (w.empty()) return;
    ++nwords;
    if (w.size() <= 8) {
      auto it = bits.find(w);
      if (it != bits.end())
        for (size_t l = 0; l < hits.size(); ++l)
          if (it->second & (1u << l)) ++hits[l];
    }
    w.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const unsigned char c0 = static_cast<unsigned char>(text[i]);
    // ASCII fast path
    if (c0 < 0x80) {
      const bool upper = c0 >= 'A' && c0 <= 'Z', lower = c0 >= 'a' && c0 <= 'z';
      if (upper || lower) {
        ++letters[kLatin];
        ++all;
        w += static_cast<char>(upper ? c0 + 32 : c0);
      } else {
        flush();
      }
      ++i;
      continue;
    }
    size_t len = 1;
    const uint32_t cp = Decode(text, i, &len);
    const int sc = ScriptOf(cp);
    if (sc >= 0) {
      ++letters[sc];
      ++all;
    }
    if (sc == kLatin)
      w.append(text.substr(i, len));
    else
      flush();
    i += len;
  }
  flush();
  if (all < 40) return "en";
  // another script for most letters
  const auto top = std::max_element(letters.begin(), letters.end()) - letters.begin();
  if (top != kLatin && letters[top] * 2 > all) {
    switch (top) {
      case kCyrillic: return "cyrillic";
      case kHan: return letters[kKana] > 0 ? "ja" : "zh";
      case kKana: return "ja";
      case kHangul: return "ko";
      case kArabic: return "arabic";
      case kHebrew: return "he";
      case kDevanagari: return "devanagari";
      case kGreek: return "el";
      case kThai: return "th";
      default: return "other";
    }
  }
  if (nwords < 30) return "en";
  const auto& langs = Languages();
  size_t best = 1;
  for (size_t l = 2; l < langs.size(); ++l)
    if (hits[l] > hits[best]) best = l;
  // another language only when its function words clearly outnumber English ones and make a
  // real share of the words
  if (hits[best] >= 3 * std::max<size_t>(hits[0], 1) && hits[best] * 100 >= 8 * nwords)
    return langs[best].code;
  return "en";
}

}  // namespace newsgraph
