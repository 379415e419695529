// Per-token facts of the named-entity tagger (word forms, shapes, affixes, lexicon flags) and
// the lexicon they are looked up in.
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>

#include "analyze/ner_features.h"
#include "core/utf8.h"

namespace newsgraph::ner {

uint64_t HashString(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

std::string LowerWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    size_t len = utf8::ValidSequenceLength(word, i);
    if (len == 0) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp = utf8::Decode(word, i, &len);
    utf8::Append(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    i += len;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lexicon: open addressing on 64-bit keys.

namespace {
inline uint64_t FixKey(uint64_t k) { return k == 0 ? 1 : k; }
}  // namespace

void Lexicon::Rehash(size_t cap) {
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<uint16_t> old_values = std::move(values_);
  keys_.assign(cap, 0);
  values_.assign(cap, 0);
  size_ = 0;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i]) Set(old_keys[i], old_values[i]);
  }
}

void Lexicon::Grow() { Rehash(keys_.empty() ? 1024 : keys_.size() * 2); }

void Lexicon::Reserve(size_t n) {
  size_t cap = 1024;
  while (cap < n * 2 + 2) cap *= 2;
  if (cap > keys_.size()) Rehash(cap);
}

void Lexicon::Set(uint64_t key, uint16_t flags) {
  key = FixKey(key);
  if ((size_ + 1) * 2 > keys_.size()) Grow();
  size_t mask = keys_.size() - 1;
  size_t i = (key * 0x9E3779B97F4A7C15ull) >> 20 & mask;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
  if (keys_[i] == 0) {
    keys_[i] = key;
    ++size_;
  }
  values_[i] = flags;
}

uint16_t Lexicon::Get(uint64_t key) const {
  if (keys_.empty()) return 0;
  key = FixKey(key);
  size_t mask = keys_.size() - 1;
  size_t i = (key * 0x9E3779B97F4A7C15ull) >> 20 & mask;
  while (keys_[i] != 0) {
    if (keys_[i] == key) return values_[i];
    i = (i + 1) & mask;
  }
  return 0;
}

std::vector<std::pair<uint64_t, uint16_t>> Lexicon::Entries() const {
  std::vector<std::pair<uint64_t, uint16_t>> out;
  out.reserve(size_);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i]) out.emplace_back(keys_[i], values_[i]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------------------------------------
// Token facts.

namespace {

// Character class for shapes: 'X' upper, 'x' lower/other letter, 'd' digit, else the ASCII
// character itself, '#' for other non-ASCII symbols.
inline char ShapeChar(char32_t cp, bool* upper, bool* lower, bool* digit) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') { *upper = true; return 'X'; }
    if (cp >= 'a' && cp <= 'z') { *lower = true; return 'x'; }
    if (cp >= '0' && cp <= '9') { *digit = true; return 'd'; }
    return static_cast<char>(cp);
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: *upper = true; return 'X';
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: *lower = true; return 'x';
    case UTF8PROC_CATEGORY_ND: *digit = true; return 'd';
    case UTF8PROC_CATEGORY_PD: return '-';
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: return '"';
    default: return '#';
  }
}

}  // namespace

void ComputeTokenInfo(std::string_view word, const Lexicon& lexicon, TokenInfo* info) {
  *info = TokenInfo();
  char shape[24], sshape[24];
  size_t shape_len = 0, sshape_len = 0;
  char last = 0;
  int run = 0;
  bool any_upper = false, any_lower = false, any_digit = false, first_upper = false;
  int letters = 0, uppers = 0;
  std::string lower_heap;
  char lower_stack[64];
  size_t lower_len = 0;
  const bool short_word = word.size() * 2 <= sizeof(lower_stack);
  auto push_lower = [&](char c) {
    if (short_word) lower_stack[lower_len++] = c; else lower_heap.push_back(c);
  };
  size_t i = 0;
  bool first = true;
  while (i < word.size()) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    char32_t cp;
    size_t len = 1;
    if (c < 0x80) {
      cp = c;
      push_lower(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if ((len = utf8::ValidSequenceLength(word, i)) != 0) {
      cp = utf8::Decode(word, i, &len);
      std::string enc;
      utf8::Append(enc, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
      // Lower-casing can change the length: keep the stack buffer only while it fits.
      for (char e : enc) push_lower(e);
    } else {
      len = 1;
      cp = 0xFFFD;
      push_lower(static_cast<char>(c));
    }
    i += len;
    bool up = false, lo = false, dg = false;
    char sc = ShapeChar(cp, &up, &lo, &dg);
    if (up || lo) {
      ++letters;
      if (up) ++uppers;
    }
    if (first) first_upper = up;
    first = false;
    any_upper |= up;
    any_lower |= lo;
    any_digit |= dg;
    if (sc == last) {
      ++run;
    } else {
      run = 1;
      last = sc;
      if (sshape_len < sizeof(sshape)) sshape[sshape_len++] = sc;
    }
    if (run <= 3 && shape_len < sizeof(shape)) shape[shape_len++] = sc;
  }
  info->raw = HashString(word);
  std::string_view lower =
      short_word ? std::string_view(lower_stack, lower_len) : std::string_view(lower_heap);
  info->lower = HashString(lower);
  info->word = info->lower;
  info->shape = HashString(std::string_view(shape, shape_len));
  info->short_shape = HashString(std::string_view(sshape, sshape_len));
  size_t n = lower.size();
  // Affixes of up to 4 bytes are packed into the integer itself (with their length).
  auto pack = [](std::string_view s) {
    uint64_t v = s.size();
    for (char c : s) v = v << 8 | static_cast<unsigned char>(c);
    return v;
  };
  for (size_t k = 0; k < 3; ++k) {
    size_t l = k + 2;
    info->prefix[k] = n >= l ? pack(lower.substr(0, l)) : 0;
  }
  for (size_t k = 0; k < 4; ++k) {
    size_t l = k + 1;
    info->suffix[k] = n >= l ? pack(lower.substr(n - l)) : 0;
  }
  info->lex = lexicon.Get(info->lower);
  if (size_t dash = lower.find('-'); dash != std::string_view::npos && dash > 0 &&
                                     dash + 1 < lower.size()) {
    info->hyphen_first = HashString(lower.substr(0, dash));
    info->hyphen_lex = lexicon.Get(info->hyphen_first);
  }
  info->has_letter = letters > 0;
  info->capitalised = first_upper;
  info->all_caps = letters > 0 && uppers == letters;
  uint8_t cls;
  if (letters == 0) {
    cls = any_digit ? kDigits : (sshape_len > 0 && sshape[0] == '#' ? kOther : kPunct);
  } else if (any_digit) {
    cls = kAlnum;
  } else if (!any_upper) {
    cls = kLower;
  } else if (uppers == letters) {
    cls = letters == 1 ? kOneCap : kAllCaps;
  } else if (first_upper && uppers == 1) {
    cls = kInitCap;
  } else {
    cls = kMixedCase;
  }
  (void)any_lower;
  info->word_class = cls;
}

bool IsHeadline(const std::vector<TokenInfo>& sent) {
  int caps = 0, letters = 0;
  for (const TokenInfo& t : sent) {
    if (!t.has_letter) continue;
    ++letters;
    if (t.all_caps) ++caps;
  }
  return letters > 0 && caps == letters;
}

}  // namespace newsgraph::ner
