// Words, stop words, stemming and synonyms for copy detection (see copies_words.h).
#include "link/copies_words.h"

#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// Inlined: a word's hash is most of the work on short words.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"

extern "C" const char ng_copies_synonyms_begin[];
extern "C" const char ng_copies_synonyms_end[];

namespace newsgraph::copies {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

const std::unordered_set<std::string_view>& StopWords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
      "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
      "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now",
      "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
      "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
      "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
      "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
      "yours", "yourself", "s", "t", "also", "may", "might", "must", "shall", "upon", "us",
      "via", "within", "without", "yet", "per", "whether", "although", "though", "since",
      "among", "amid", "onto", "according", "de", "la", "el", "le"};
  return *words;
}

struct SynonymTable {
  std::unordered_map<std::string_view, std::vector<uint32_t>> sets_of;
  std::vector<std::vector<std::string_view>> sets;
  // sets_of again as an open-addressing table by HashWord (look-ups are most of alignment's
  // word handling).
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    const std::pair<const std::string_view, std::vector<uint32_t>>* entry = nullptr;
  };
  std::vector<Slot> slots;
  // A Bloom filter of the slots' hashes (two bits a word, 128 KiB): most words looked up are in
  // no set, and the filter answers them without reading the much larger table.
  static constexpr size_t kBloomBits = size_t{1} << 20;
  std::vector<uint64_t> bloom = std::vector<uint64_t>(kBloomBits / 64);
  static size_t BloomBit(uint64_t h, int k) { return (h >> (20 + 22 * k)) & (kBloomBits - 1); }
  void AddToBloom(uint64_t h) {
    for (int k = 0; k < 2; ++k) bloom[BloomBit(h, k) / 64] |= uint64_t{1} << (BloomBit(h, k) % 64);
  }
  bool MayContain(uint64_t h) const {
    for (int k = 0; k < 2; ++k) {
      if ((bloom[BloomBit(h, k) / 64] >> (BloomBit(h, k) % 64) & 1) == 0) return false;
    }
    return true;
  }

  // Every word whose look-up (LookUpSynonymSets) can find a set: the table's words and each
  // inflected form that one of kSuffixes strips back to a table word, as a Bloom filter of
  // HashWord(form) | 1 (2 bits in one 64-bit word a form, 512 KiB): a word it does not hold is
  // in no synonym set, told without reading the per-thread cache or the table.
  static constexpr size_t kFormWords = size_t{1} << 16;
  std::vector<uint64_t> forms = std::vector<uint64_t>(kFormWords);
  static uint64_t FormBits(uint64_t h) {
    return uint64_t{1} << ((h >> 20) & 63) | uint64_t{1} << ((h >> 26) & 63);
  }
  void AddForm(uint64_t h) { forms[(h >> 40) & (kFormWords - 1)] |= FormBits(h); }
  bool MayHaveSets(uint64_t h) const {
    const uint64_t bits = FormBits(h);
    return (forms[(h >> 40) & (kFormWords - 1)] & bits) == bits;
  }

  const std::vector<uint32_t>* Find(std::string_view word) const {
    return Find(word, HashWord(word) | 1);
  }
  // The same with the word's HashWord(word) | 1 known.
  const std::vector<uint32_t>* Find(std::string_view word, uint64_t h) const {
    if (!MayContain(h)) return nullptr;
    size_t mask = slots.size() - 1;
    for (size_t i = h & mask; slots[i].hash != 0; i = (i + 1) & mask) {
      if (slots[i].hash == h && slots[i].entry->first == word) return &slots[i].entry->second;
    }
    return nullptr;
  }
};

// Inflected forms looked up by their base form (LookUpSynonymSets): {suffix, replacement}.
constexpr std::string_view kSuffixes[][2] = {
    {"ies", "y"}, {"es", ""}, {"s", ""},    {"ed", ""}, {"ed", "e"}, {"d", ""},
    {"ing", ""},  {"ing", "e"}, {"ly", ""}, {"er", ""}, {"est", ""}};

const SynonymTable& Synonyms() {
  static const SynonymTable* table = [] {
    auto* t = new SynonymTable;
    std::string_view all(ng_copies_synonyms_begin,
                         static_cast<size_t>(ng_copies_synonyms_end - ng_copies_synonyms_begin));
    size_t pos = 0;
    while (pos < all.size()) {
      size_t nl = all.find('\n', pos);
      if (nl == std::string_view::npos) nl = all.size();
      std::string_view line = all.substr(pos, nl - pos);
      pos = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> members;
      size_t b = 0;
      for (size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
          if (i > b) members.push_back(line.substr(b, i - b));
          b = i + 1;
        }
      }
      if (members.size() < 2) continue;
      uint32_t id = static_cast<uint32_t>(t->sets.size());
      for (std::string_view m : members) t->sets_of[m].push_back(id);
      t->sets.push_back(std::move(members));
    }
    size_t size = 1024;
    while (size < 2 * t->sets_of.size()) size *= 2;
    t->slots.resize(size);
    for (const auto& entry : t->sets_of) {
      uint64_t h = HashWord(entry.first) | 1;
      size_t i = h & (size - 1);
      while (t->slots[i].hash != 0) i = (i + 1) & (size - 1);
      t->slots[i] = {h, &entry};
      t->AddToBloom(h);
      t->AddForm(h);
      // The forms a suffix is stripped from to find this word: its stem (the word without the
      // replacement) and the suffix, when more than 2 letters are left before the suffix.
      std::string form;
      for (const auto& rule : kSuffixes) {
        std::string_view word = entry.first, suffix = rule[0], replacement = rule[1];
        if (word.size() < replacement.size() ||
            word.substr(word.size() - replacement.size()) != replacement) {
          continue;
        }
        std::string_view stem = word.substr(0, word.size() - replacement.size());
        if (stem.size() <= 2) continue;
        form.assign(stem);
        form += suffix;
        t->AddForm(HashWord(form) | 1);
      }
    }
    return t;
  }();
  return *table;
}

const std::vector<uint32_t> kNoSets;

bool Share(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t x : a)
    for (uint32_t y : b)
      if (x == y) return true;
  return false;
}

}  // namespace

uint64_t HashWord(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

std::string LowerWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if (c != '\'') out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t len = 1;
    char32_t cp = utf8::Decode(word, i, &len);
    if (len == 0) len = 1;
    if (cp != 0x2019) {
      utf8::Append(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    }
    i += len;
  }
  return out;
}

uint64_t NormalizedHash(std::string_view text, const std::vector<Word>& words) {
  if (words.empty()) return 0;
  // The words lower-cased, each followed by a space, hashed at once. The buffer is kept between
  // calls and written through a pointer (no zero-filling); it grows when a word does not fit.
  thread_local std::string all;
  size_t need = 0;
  for (const Word& w : words) need += w.end - w.start + 1;
  // (A buffer left large by a long text is given back when much smaller ones follow.)
  if (all.size() > (size_t{1} << 16) && all.size() > 8 * need) std::string().swap(all);
  if (all.size() < need) all.resize(need);
  size_t at = 0;
  for (const Word& w : words) {
    std::string_view raw = text.substr(w.start, w.end - w.start);
    if (at + raw.size() + 1 > all.size()) all.resize(2 * (at + raw.size() + 1));
    if (w.lower_hash != 0) {
      // ASCII letters and digits (perhaps a decimal point) only: ScanWords dropped nothing from
      // it, and setting bit 5 lower-cases a letter and leaves a digit or '.' as it is.
      char* out = all.data() + at;
      for (size_t k = 0; k < raw.size(); ++k) out[k] = static_cast<char>(raw[k] | 0x20);
      out[raw.size()] = ' ';
      at += raw.size() + 1;
      continue;
    }
    bool ascii = true;
    for (char c : raw) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      if (at + raw.size() + 1 > all.size()) all.resize(2 * (at + raw.size() + 1));
      char* out = all.data() + at;
      for (char c : raw) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        *out = c;
        out += c != '\'';
      }
      *out++ = ' ';
      at = static_cast<size_t>(out - all.data());
    } else {
      std::string lower = LowerWord(raw);
      if (at + lower.size() + 1 > all.size()) all.resize(2 * (at + lower.size() + 1));
      std::copy(lower.begin(), lower.end(), all.data() + at);
      at += lower.size();
      all[at++] = ' ';
    }
  }
  return XXH3_64bits(all.data(), at) | 1;
}

bool IsStopWord(std::string_view lower) { return StopWords().count(lower) > 0; }

namespace {

// The stop words by HashWord, for ScanWords (which hashes every word anyway).
class StopWordHashes {
 public:
  // Stop words are short: compared inline rather than through memcmp.
  static bool SameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  StopWordHashes() {
    for (std::string_view w : StopWords()) {
      uint64_t h = HashWord(w);
      size_t i = h & kMask;
      while (hashes_[i] != 0) i = (i + 1) & kMask;
      hashes_[i] = h;
      words_[i] = w;
    }
  }
  bool Contains(std::string_view lower, uint64_t h) const {
    for (size_t i = h & kMask; hashes_[i] != 0; i = (i + 1) & kMask) {
      if (hashes_[i] == h && SameWord(words_[i], lower)) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kMask = 1023;
  // Hashes apart from the words: a probe reads 8 KiB of table, not 24.
  std::vector<uint64_t> hashes_ = std::vector<uint64_t>(kMask + 1);
  std::vector<std::string_view> words_ = std::vector<std::string_view>(kMask + 1);
};

const StopWordHashes& StopWordTable() {
  static const StopWordHashes* table = new StopWordHashes;
  return *table;
}

}  // namespace

namespace {

// Stem, inlined into ScanWords (a call per word costs as much as the stemming).
[[gnu::always_inline]] inline std::string_view StemWord(std::string_view w, std::string* buffer) {
  // By the last letter: plural -ies/-es/-s, -ing, -ed, -ly, and a final e ("reassure" and
  // "reassured" agree). A suffix is stripped only when at least 3 letters are left.
  const size_t n = w.size();
  if (n <= 3) return w;
  switch (w[n - 1]) {
    case 's':
      if (n > 5 && w[n - 2] == 'e' && w[n - 3] == 'i') {
        buffer->assign(w.substr(0, n - 3));
        *buffer += 'y';
        return *buffer;
      }
      if (n > 4 && w[n - 2] == 'e' && (w[n - 3] == 's' || w[n - 3] == 'x' || w[n - 3] == 'h')) {
        return w.substr(0, n - 2);
      }
      if (w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') return w.substr(0, n - 1);
      return w;
    case 'g':
      return n > 5 && w[n - 2] == 'n' && w[n - 3] == 'i' ? w.substr(0, n - 3) : w;
    case 'd':
      return n > 4 && w[n - 2] == 'e' ? w.substr(0, n - 2) : w;
    case 'y':
      return n > 4 && w[n - 2] == 'l' ? w.substr(0, n - 2) : w;
    case 'e':
      return w.substr(0, n - 1);
    default:
      return w;
  }
}

}  // namespace

std::string_view Stem(std::string_view w, std::string* buffer) { return StemWord(w, buffer); }

namespace {

// ASCII character classes for ScanWords.
enum : uint8_t { kLower = 1, kUpper = 2, kDigit = 4 };
constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}();

}  // namespace

std::vector<Word> ScanWords(std::string_view text, size_t max_bytes) {
  std::vector<Word> words;
  ScanWords(text, words, max_bytes);
  return words;
}

void ScanWords(std::string_view text, std::vector<Word>& words, size_t max_bytes) {
  if (text.size() > max_bytes) text = text.substr(0, max_bytes);
  const size_t expected = text.size() / 6 + 1;
  // (A buffer left large by a long text is given back when much smaller ones follow.)
  if (words.capacity() > (size_t{1} << 14) && words.capacity() > 8 * expected) {
    std::vector<Word>().swap(words);
  }
  words.clear();
  words.reserve(expected);
  // `lower` is built by the general loop; the common case writes each word lower-cased into
  // `fast_lower` at the word's own offset while finding its end (not zero-filled first).
  std::string lower, stem_buffer;
  // (Kept between calls; one left large by a long text is given back when much smaller ones
  // follow.)
  thread_local std::vector<char> fast_lower;
  if (fast_lower.size() < text.size() ||
      (fast_lower.size() > (size_t{1} << 16) && fast_lower.size() > 8 * text.size())) {
    std::vector<char>(std::max<size_t>(text.size(), 4096)).swap(fast_lower);
  }
  const StopWordHashes& stop_words = StopWordTable();
  bool next_starts = true;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Separators, and sentence ends.
    if (c < 0x80 && !IsAsciiAlnum(c)) {
      if (c == '.' || c == '!' || c == '?') {
        if (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n') next_starts = true;
      } else if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
        next_starts = true;
      }
      ++i;
      continue;
    }
    // A word: ASCII alnum, other letters/digits/marks, inner apostrophes.
    size_t start = i;
    std::string_view lw;  // the word lower-cased: in `fast_lower` or in `lower`
    bool digits_only = true, capital = false, ascii = true, fast = false;
    // The common case first: a run of ASCII letters and digits ended by a separator that cannot
    // continue it (not an apostrophe, not a digit group separator, not a non-ASCII byte); the
    // general loop below gives the same for it.
    if (c < 0x80) {
      uint8_t seen = 0;
      size_t j = i;
      char* out = fast_lower.data();
      bool ended = false;
#if defined(__SSE2__)
      // 16 bytes at a time while they last: which are letters or digits, and their lower case
      // (setting bit 5 lower-cases a letter and leaves a digit as it is; what is written past
      // the word is overwritten before it is read).
      while (j + 16 <= text.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
        const __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(low, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(low, _mm_set1_epi8('z' + 1)));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                            _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + j), low);
        const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        const unsigned run = alnum == 0xFFFF ? 16 : static_cast<unsigned>(__builtin_ctz(~alnum));
        const unsigned in_run = (1u << run) - 1;
        if (static_cast<unsigned>(_mm_movemask_epi8(letter)) & in_run) seen |= kLower;
        if (static_cast<unsigned>(_mm_movemask_epi8(digit)) & in_run) seen |= kDigit;
        j += run;
        if (run < 16) {
          ended = true;
          break;
        }
      }
#endif
      while (!ended && j < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        uint8_t k = kAsciiClass[d];
        if (k == 0) break;
        seen |= k;
        // Upper case letters gain 32 ('A' + 32 = 'a'): kUpper << 4 is 32.
        out[j] = static_cast<char>(d + ((k & kUpper) << 4));
        ++j;
      }
      bool simple = true;
      if (j < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        simple = d < 0x80 && d != '\'' && !((d == ',' || d == '.') && seen == kDigit);
      }
      if (simple) {
        capital = (kAsciiClass[c] & kUpper) != 0;
        digits_only = seen == kDigit;
        lw = std::string_view(out + i, j - i);
        i = j;
        fast = true;
      }
    }
    if (!fast) lower.clear();
    while (!fast && i < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      if (d < 0x80) {
        if (IsAsciiAlnum(d)) {
          if (i == start && d >= 'A' && d <= 'Z') capital = true;
          if (!(d >= '0' && d <= '9')) digits_only = false;
          lower += static_cast<char>((d >= 'A' && d <= 'Z') ? d - 'A' + 'a' : d);
          ++i;
          continue;
        }
        // Inner apostrophe, or a digit group separator ("175,000", "3.5").
        if (i + 1 < text.size() && !lower.empty()) {
          unsigned char n = static_cast<unsigned char>(text[i + 1]);
          if (d == '\'' && IsAsciiAlnum(n) && !digits_only) {
            ++i;
            continue;
          }
          if ((d == ',' || d == '.') && digits_only && n >= '0' && n <= '9') {
            if (d == '.') lower += '.';
            ++i;
            continue;
          }
        }
        break;
      }
      size_t len = 1;
      char32_t cp = utf8::Decode(text, i, &len);
      if (len == 0) len = 1;
      if (cp == 0x2019 && !lower.empty() && i + len < text.size() &&
          IsAsciiAlnum(static_cast<unsigned char>(text[i + len]))) {
        i += len;
        continue;
      }
      ascii = false;
      auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      bool alnum = cp != 0xFFFD && ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                                    (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                                    (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME));
      if (!alnum) break;
      if (i == start && cat == UTF8PROC_CATEGORY_LU) capital = true;
      digits_only = false;
      utf8::Append(lower, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
      i += len;
    }
    if (i == start) {  // a lone separator byte (invalid UTF-8, a symbol): skip it
      size_t len = 1;
      utf8::Decode(text, i, &len);
      i += len == 0 ? 1 : len;
      continue;
    }
    if (!fast) lw = lower;
    if (lw.empty()) continue;
    // Filled in place (a Word built aside and copied in stalls on its byte fields).
    Word& w = words.emplace_back();
    w.start = static_cast<uint32_t>(start);
    w.end = static_cast<uint32_t>(i);
    w.number = digits_only;
    w.capital = capital;
    w.sentence_start = next_starts;
    next_starts = false;
    if (digits_only) {
      w.key = HashWord(lw) ^ 0x6e756d6265720000ULL;
    } else {
      uint64_t h = HashWord(lw);
      w.stop = stop_words.Contains(lw, h);
      std::string_view stem = StemWord(lw, &stem_buffer);
      // Stem returns the word itself, a shorter prefix of it or another shorter string.
      bool same = stem.data() == lw.data() && stem.size() == lw.size();
      w.key = same ? h : HashWord(stem);
      // Nothing was dropped or re-encoded: the word lower-cased is LowerWord of the word.
      if (ascii && lw.size() == i - start) w.lower_hash = h;
    }
  }
}

namespace {

// `hash`: HashWord(lower) | 1.
const std::vector<uint32_t>& LookUpSynonymSets(std::string_view lower, uint64_t hash);

// Look-ups of the table (and of a word's base forms) are remembered per thread by the word's
// hash (HashWord of the lower-cased word): news repeats its words.
struct SynonymCacheEntry {
  uint64_t hash = 0;
  const std::vector<uint32_t>* sets = nullptr;
};
constexpr size_t kSynonymCacheEntries = 1u << 16;

SynonymCacheEntry& CachedSynonyms(uint64_t lower_hash) {
  thread_local std::vector<SynonymCacheEntry> cache(kSynonymCacheEntries);
  return cache[lower_hash & (kSynonymCacheEntries - 1)];
}

}  // namespace

const std::vector<uint32_t>& SynonymSets(std::string_view lower) {
  uint64_t h = HashWord(lower) | 1;
  SynonymCacheEntry& e = CachedSynonyms(h);
  if (e.hash != h) {
    e.hash = h;
    e.sets = &LookUpSynonymSets(lower, h);
  }
  return *e.sets;
}

void PrefetchSynonymSets(const Word& word) {
  if (word.lower_hash == 0) return;
  const SynonymTable& t = Synonyms();
  __builtin_prefetch(t.forms.data() + (((word.lower_hash | 1) >> 40) & (SynonymTable::kFormWords - 1)));
}

const std::vector<uint32_t>& SynonymSetsOf(std::string_view text, const Word& word) {
  std::string_view raw = text.substr(word.start, word.end - word.start);
  if (word.lower_hash == 0) return SynonymSets(LowerWord(raw));
  uint64_t h = word.lower_hash | 1;
  if (!Synonyms().MayHaveSets(h)) return kNoSets;
  SynonymCacheEntry& e = CachedSynonyms(h);
  if (e.hash != h) {
    e.hash = h;
    // ASCII letters and digits (and a decimal point) only: setting bit 5 lower-cases a letter
    // and leaves the rest as they are, as LowerWord does.
    char buffer[64];
    if (raw.size() <= sizeof buffer) {
      for (size_t k = 0; k < raw.size(); ++k) buffer[k] = static_cast<char>(raw[k] | 0x20);
      e.sets = &LookUpSynonymSets(std::string_view(buffer, raw.size()), h);
    } else {
      e.sets = &LookUpSynonymSets(LowerWord(raw), h);
    }
  }
  return *e.sets;
}

namespace {

const std::vector<uint32_t>& LookUpSynonymSets(std::string_view lower, uint64_t hash) {
  const SynonymTable& t = Synonyms();
  if (const std::vector<uint32_t>* sets = t.Find(lower, hash)) return *sets;
  // Inflected forms: strip a suffix and look the base form up.
  std::string base;
  for (const auto& s : kSuffixes) {
    std::string_view suf = s[0];
    if (lower.size() > suf.size() + 2 && StopWordHashes::SameWord(lower.substr(lower.size() - suf.size()), suf)) {
      base.assign(lower.substr(0, lower.size() - suf.size()));
      base += s[1];
      if (const std::vector<uint32_t>* sets = t.Find(base)) return *sets;
    }
  }
  return kNoSets;
}

}  // namespace

bool AreSynonyms(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const auto& sa = SynonymSets(a);
  if (sa.empty()) return false;
  return Share(sa, SynonymSets(b));
}

std::vector<std::string_view> SynonymSetWords(uint32_t set) {
  const SynonymTable& t = Synonyms();
  if (set >= t.sets.size()) return {};
  return t.sets[set];
}

}  // namespace newsgraph::copies
