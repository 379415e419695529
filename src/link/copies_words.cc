// Words, stop words, stemming and synonyms for copy detection (see copies_words.h).
#include "link/copies_words.h"

#include <utf8proc.h>
// Inlined: a word's hash is most of the work on short words.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
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

  const std::vector<uint32_t>* Find(std::string_view word) const {
    uint64_t h = HashWord(word) | 1;
    if (!MayContain(h)) return nullptr;
    size_t mask = slots.size() - 1;
    for (size_t i = h & mask; slots[i].hash != 0; i = (i + 1) & mask) {
      if (slots[i].hash == h && slots[i].entry->first == word) return &slots[i].entry->second;
    }
    return nullptr;
  }
};

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
  // The words lower-cased, each followed by a space, hashed at once.
  std::string all;
  all.reserve(text.size() + 1);
  for (const Word& w : words) {
    std::string_view raw = text.substr(w.start, w.end - w.start);
    bool ascii = true;
    for (char c : raw) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      size_t at = all.size();
      all.resize(at + raw.size());
      char* out = all.data() + at;
      for (char c : raw) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        *out = c;
        out += c != '\'';
      }
      all.resize(static_cast<size_t>(out - all.data()));
    } else {
      all += LowerWord(raw);
    }
    all += ' ';
  }
  return XXH3_64bits(all.data(), all.size()) | 1;
}

bool IsStopWord(std::string_view lower) { return StopWords().count(lower) > 0; }

namespace {

// The stop words by HashWord, for ScanWords (which hashes every word anyway).
class StopWordHashes {
 public:
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
      if (hashes_[i] == h && words_[i] == lower) return true;
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

std::string_view Stem(std::string_view w, std::string* buffer) {
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
  };
  if (w.size() <= 3) return w;
  if (ends("ies")) {
    buffer->assign(w.substr(0, w.size() - 3));
    *buffer += 'y';
    return *buffer;
  }
  if (ends("ing")) return w.substr(0, w.size() - 3);
  if (ends("ed")) return w.substr(0, w.size() - 2);
  if (ends("ly")) return w.substr(0, w.size() - 2);
  if (ends("es") && (w[w.size() - 3] == 's' || w[w.size() - 3] == 'x' || w[w.size() - 3] == 'h')) {
    return w.substr(0, w.size() - 2);
  }
  if (w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i') {
    return w.substr(0, w.size() - 1);
  }
  if (w.back() == 'e') return w.substr(0, w.size() - 1);  // "reassure"/"reassured" agree
  return w;
}

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
  if (text.size() > max_bytes) text = text.substr(0, max_bytes);
  std::vector<Word> words;
  words.reserve(text.size() / 6 + 1);
  std::string lower, stem_buffer;
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
    lower.clear();
    bool digits_only = true, capital = false, ascii = true, fast = false;
    // The common case first: a run of ASCII letters and digits ended by a separator that cannot
    // continue it (not an apostrophe, not a digit group separator, not a non-ASCII byte); the
    // general loop below gives the same for it.
    if (c < 0x80) {
      uint8_t seen = 0;
      size_t j = i;
      while (j < text.size()) {
        uint8_t k = kAsciiClass[static_cast<unsigned char>(text[j])];
        if (k == 0) break;
        seen |= k;
        ++j;
      }
      bool simple = true;
      if (j < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        simple = d < 0x80 && d != '\'' && !((d == ',' || d == '.') && seen == kDigit);
      }
      if (simple) {
        lower.resize(j - i);
        char* out = lower.data();
        for (size_t k = i; k < j; ++k) {
          unsigned char d = static_cast<unsigned char>(text[k]);
          // Upper case letters gain 32 ('A' + 32 = 'a'): kUpper << 4 is 32.
          out[k - i] = static_cast<char>(d + ((kAsciiClass[d] & kUpper) << 4));
        }
        capital = (kAsciiClass[c] & kUpper) != 0;
        digits_only = seen == kDigit;
        i = j;
        fast = true;
      }
    }
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
    if (lower.empty()) continue;
    // Filled in place (a Word built aside and copied in stalls on its byte fields).
    Word& w = words.emplace_back();
    w.start = static_cast<uint32_t>(start);
    w.end = static_cast<uint32_t>(i);
    w.number = digits_only;
    w.capital = capital;
    w.sentence_start = next_starts;
    next_starts = false;
    if (digits_only) {
      w.key = HashWord(lower) ^ 0x6e756d6265720000ULL;
    } else {
      uint64_t h = HashWord(lower);
      w.stop = stop_words.Contains(lower, h);
      std::string_view stem = Stem(lower, &stem_buffer);
      // Stem returns the word itself, a shorter prefix of it or another shorter string.
      bool same = stem.data() == lower.data() && stem.size() == lower.size();
      w.key = same ? h : HashWord(stem);
      // Nothing was dropped or re-encoded: `lower` is LowerWord of the word.
      if (ascii && lower.size() == i - start) w.lower_hash = h;
    }
  }
  return words;
}

namespace {

const std::vector<uint32_t>& LookUpSynonymSets(std::string_view lower);

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
    e.sets = &LookUpSynonymSets(lower);
  }
  return *e.sets;
}

const std::vector<uint32_t>& SynonymSetsOf(std::string_view text, const Word& word) {
  std::string_view raw = text.substr(word.start, word.end - word.start);
  if (word.lower_hash == 0) return SynonymSets(LowerWord(raw));
  uint64_t h = word.lower_hash | 1;
  SynonymCacheEntry& e = CachedSynonyms(h);
  if (e.hash != h) {
    e.hash = h;
    e.sets = &LookUpSynonymSets(LowerWord(raw));
  }
  return *e.sets;
}

namespace {

const std::vector<uint32_t>& LookUpSynonymSets(std::string_view lower) {
  const SynonymTable& t = Synonyms();
  if (const std::vector<uint32_t>* sets = t.Find(lower)) return *sets;
  // Inflected forms: strip a suffix and look the base form up.
  static const char* kSuffixes[][2] = {{"ies", "y"}, {"es", ""}, {"s", ""},  {"ed", ""},
                                       {"ed", "e"},  {"d", ""},  {"ing", ""}, {"ing", "e"},
                                       {"ly", ""},   {"er", ""}, {"est", ""}};
  std::string base;
  for (const auto& s : kSuffixes) {
    std::string_view suf = s[0];
    if (lower.size() > suf.size() + 2 && lower.substr(lower.size() - suf.size()) == suf) {
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
