// MinHash fingerprints of word shingles (see include/newsgraph/link.h).
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/utf8.h"
#include "newsgraph/fingerprint.h"

namespace newsgraph {
namespace {

// Hashes of the lower-cased words of `text`, in order.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> hashes;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) hashes.push_back(XXH3_64bits(word.data(), word.size()));
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word += static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        word += static_cast<char>(c - 'A' + 'a');
      } else if (c == '\'' && !word.empty()) {
        // Apostrophes inside words (don't) are dropped so "don’t" and "don't" agree.
      } else {
        flush();
      }
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::Decode(text, i, &len);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    bool alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                 (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                 (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
    if (alnum) {
      utf8::Append(word, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    } else if (cp == 0x2019 && !word.empty()) {
      // typographic apostrophe inside a word: dropped, as above
    } else {
      flush();
    }
    i += len;
  }
  flush();
  return hashes;
}

std::vector<uint64_t> ShingleHashes(std::string_view text) {
  std::vector<uint64_t> words = WordHashes(text);
  std::vector<uint64_t> shingles;
  if (words.empty()) return shingles;
  if (words.size() < static_cast<size_t>(kShingleWords)) {
    shingles.push_back(XXH3_64bits(words.data(), words.size() * sizeof(uint64_t)));
    return shingles;
  }
  shingles.reserve(words.size() - kShingleWords + 1);
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    shingles.push_back(XXH3_64bits(&words[i], kShingleWords * sizeof(uint64_t)));
  }
  return shingles;
}

// splitmix64 finaliser: a bijective mixer, so each seed gives an independent permutation.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

MinHashSignature ComputeSignature(std::string_view text) {
  MinHashSignature sig;
  sig.mins.fill(std::numeric_limits<uint64_t>::max());
  std::vector<uint64_t> shingles = ShingleHashes(text);
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  sig.shingles = static_cast<uint32_t>(shingles.size());
  for (uint64_t s : shingles) {
    for (int k = 0; k < kMinHashSize; ++k) {
      uint64_t h = Mix(s ^ (0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(k + 1)));
      if (h < sig.mins[k]) sig.mins[k] = h;
    }
  }
  return sig;
}

double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0.0;
  int equal = 0;
  for (int k = 0; k < kMinHashSize; ++k) equal += a.mins[k] == b.mins[k];
  return static_cast<double>(equal) / kMinHashSize;
}

double ShingleJaccard(std::string_view a, std::string_view b) {
  std::vector<uint64_t> sa = ShingleHashes(a), sb = ShingleHashes(b);
  std::unordered_set<uint64_t> set_a(sa.begin(), sa.end()), set_b(sb.begin(), sb.end());
  if (set_a.empty() || set_b.empty()) return 0.0;
  size_t inter = 0;
  for (uint64_t h : set_a) inter += set_b.count(h);
  size_t uni = set_a.size() + set_b.size() - inter;
  return static_cast<double>(inter) / static_cast<double>(uni);
}

}  // namespace newsgraph
