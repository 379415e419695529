// Document state and hashed features of the named-entity tagger.
#include "analyze/ner_features.h"

#include <algorithm>
#include <cstddef>

#include "analyze/ner_conll.h"

namespace newsgraph::ner {

namespace {

// Context cues aggregated over every occurrence of a word in a document (after Ratinov & Roth's
// context aggregation): what its neighbours say about it anywhere in the document.
enum ContextCue : uint16_t {
  kCueAfterRole = 1 << 0,     // minister X, spokesperson X
  kCueBeforeSaid = 1 << 1,    // X said / told / added / says
  kCueAfterLocPrep = 1 << 2,  // in / at / from / near X
  kCueInName = 1 << 3,        // preceded by a capitalised word (mid-sentence)
  kCueBeforeCap = 1 << 4,     // followed by a capitalised word
  kCueBeforePoss = 1 << 5,    // X 's
  kCueAfterThe = 1 << 6,      // the X
  kCueAfterOf = 1 << 7,       // of X
};

uint16_t Cues(const std::vector<TokenInfo>& sent, size_t i, bool headline) {
  static const uint64_t said[] = {HashString("said"), HashString("told"), HashString("added"),
                                  HashString("says")};
  static const uint64_t loc[] = {HashString("in"), HashString("at"), HashString("from"),
                                 HashString("near")};
  static const uint64_t the = HashString("the"), of = HashString("of"), poss = HashString("'s");
  uint16_t c = 0;
  if (i > 0) {
    const TokenInfo& p = sent[i - 1];
    if (p.lex & kRoleWord) c |= kCueAfterRole;
    for (uint64_t h : loc) if (p.lower == h) c |= kCueAfterLocPrep;
    if (p.lower == the) c |= kCueAfterThe;
    if (p.lower == of) c |= kCueAfterOf;
    if (!headline && i > 1 && p.capitalised) c |= kCueInName;
  }
  if (i + 1 < sent.size()) {
    const TokenInfo& n = sent[i + 1];
    for (uint64_t h : said) if (n.lower == h) c |= kCueBeforeSaid;
    if (!headline && n.capitalised) c |= kCueBeforeCap;
    if (n.lower == poss) c |= kCueBeforePoss;
  }
  return c;
}

}  // namespace

void DocumentState::AddSentenceStats(const std::vector<TokenInfo>& sent, bool headline) {
  if (!topic_set_) {
    // The document's first word (a wire slug such as SOCCER or a section name in a title).
    for (const TokenInfo& t : sent) {
      if (!t.has_letter) continue;
      topic_ = t.lower;
      topic_set_ = true;
      break;
    }
  }
  for (size_t i = 0; i < sent.size(); ++i) {
    const TokenInfo& t = sent[i];
    if (!t.has_letter) continue;
    DocWordStats& s = stats_[t.lower];
    if (t.capitalised) {
      s.cues |= Cues(sent, i, headline);
      auto remember = [](uint64_t* slots, uint64_t h) {
        for (int k = 0; k < DocWordStats::kContexts; ++k) {
          if (slots[k] == h) return;
          if (slots[k] == 0) {
            slots[k] = h;
            return;
          }
        }
      };
      if (i > 0 && !sent[i - 1].capitalised) remember(s.prev, sent[i - 1].lower);
      if (i + 1 < sent.size() && !sent[i + 1].capitalised) remember(s.next, sent[i + 1].lower);
    }
    if (t.word_class == kLower) {
      if (s.lower < 0xFFFF) ++s.lower;
    } else if (!headline && i > 0 && t.capitalised) {
      if (t.all_caps) {
        if (s.mixed_upper < 0xFFFF) ++s.mixed_upper;
      } else if (s.cap_mid < 0xFFFF) {
        ++s.cap_mid;
      }
    }
  }
}

namespace {

// The HistoryCounts slot of a tag: its entity type, or 4 for O (and for an out-of-range id).
int HistorySlot(int tag) { return tag <= 0 || tag >= kNumTags ? 4 : TagType(tag); }

// Counts the tag of every capitalised token of a sentence under its lower-cased form.
void CountTags(const std::vector<TokenInfo>& sent, const std::vector<uint8_t>& tags,
               std::unordered_map<uint64_t, HistoryCounts>* counts) {
  for (size_t i = 0; i < sent.size() && i < tags.size(); ++i) {
    const TokenInfo& t = sent[i];
    if (!t.capitalised) continue;
    const int slot = HistorySlot(tags[i]);
    HistoryCounts& h = (*counts)[t.lower];
    if (h.type[slot] < 0xFFFF) ++h.type[slot];
  }
}

}  // namespace

void DocumentState::AddHistory(const std::vector<TokenInfo>& sent,
                               const std::vector<uint8_t>& tags) {
  CountTags(sent, tags, &history_);
}

void DocumentAggregate::Add(const std::vector<TokenInfo>& sent,
                            const std::vector<uint8_t>& tags) {
  CountTags(sent, tags, &counts_);
}

// ---------------------------------------------------------------------------------------------
// Hashed features.

namespace {

inline uint32_t Bucket(uint64_t tmpl, uint64_t value, uint32_t bits) {
  uint64_t h = value ^ (tmpl * 0x9E3779B97F4A7C15ull);
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h >> (64 - bits));
}
inline uint64_t Combine(uint64_t a, uint64_t b) {
  return (a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2))) * 0xFF51AFD7ED558CCDull;
}

constexpr uint64_t kPadBefore = 0x1234567812345678ull;
constexpr uint64_t kPadAfter = 0x8765432187654321ull;

enum Template : uint64_t {
  kBias = 1, kRaw, kLowerT, kShape, kClass, kPrefix, kSuffix = kPrefix + 3,
  kLexCase = kSuffix + 4, kLexFlag, kPrev1, kNext1, kPrev2, kNext2, kPrevShape1, kNextShape1,
  kPrevShape2, kNextShape2, kBigramPrev, kBigramNext, kShapeTri, kClassPos, kDocStats,
  kHistory, kHistoryClass, kLexPrev, kLexNext, kPrevClass, kClassNext, kLength, kRawPos,
  kSuffixPrev, kPrevPrevBigram,
  kGazT = 60, kGazType, kGazShape, kGazPrev, kGazNext, kExtFlag, kExtPrev, kExtNext, kGazWindow,
  kInName, kHyphen, kRunContext, kRunContextGaz, kTopicGaz, kTopicRun, kTopicClass,
  // Second stage.
  kRolePrev = 90, kRolePrev2, kDocCue, kDocPrevWord, kDocNextWord, kHistoryAny,
  kAggBias = 100, kAggMajority, kAggPair, kAggUnanimous, kAggOwn, kAggPrevOwn, kAggNextOwn,
};

}  // namespace

void ExtractFeatures(const std::vector<TokenInfo>& sent, size_t i, bool headline,
                     const DocumentState& doc, uint32_t bits, std::vector<uint32_t>* out) {
  const TokenInfo& t = sent[i];
  const size_t n = sent.size();
  auto add = [&](uint64_t tmpl, uint64_t v) { out->push_back(Bucket(tmpl, v, bits)); };
  auto lower_at = [&](std::ptrdiff_t k) -> uint64_t {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return kPadBefore + static_cast<uint64_t>(-j);
    if (j >= static_cast<std::ptrdiff_t>(n)) return kPadAfter + static_cast<uint64_t>(j);
    return sent[j].word;
  };
  auto shape_at = [&](std::ptrdiff_t k) -> uint64_t {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return kPadBefore;
    if (j >= static_cast<std::ptrdiff_t>(n)) return kPadAfter;
    return sent[j].short_shape;
  };
  // Position: 0 sentence-initial, 1 in an all-caps line, 2 elsewhere.
  const uint64_t pos = i == 0 ? 0 : (headline ? 1 : 2);
  add(kBias, 0);
  add(kRaw, t.raw);
  add(kLowerT, t.word);
  add(kShape, t.shape);
  add(kClass, t.word_class);
  for (int k = 0; k < 3; ++k) if (t.prefix[k]) add(kPrefix + k, t.prefix[k]);
  for (int k = 0; k < 4; ++k) if (t.suffix[k]) add(kSuffix + k, t.suffix[k]);
  add(kLexCase, (t.lex & kCaseMask) | pos << 2 | uint64_t(t.word_class) << 4);
  for (uint16_t f = kPersonFirst; f <= kRoleWord; f <<= 1) {
    if (t.lex & f) add(kLexFlag, f | uint64_t(t.capitalised) << 8);
  }
  add(kPrev1, lower_at(-1));
  add(kNext1, lower_at(1));
  add(kPrev2, lower_at(-2));
  add(kNext2, lower_at(2));
  add(kPrevShape1, shape_at(-1));
  add(kNextShape1, shape_at(1));
  add(kPrevShape2, shape_at(-2));
  add(kNextShape2, shape_at(2));
  add(kBigramPrev, Combine(lower_at(-1), t.word));
  add(kBigramNext, Combine(t.word, lower_at(1)));
  add(kPrevPrevBigram, Combine(lower_at(-2), lower_at(-1)));
  add(kShapeTri, Combine(Combine(shape_at(-1), t.short_shape), shape_at(1)));
  add(kClassPos, uint64_t(t.word_class) | pos << 4);
  add(kRawPos, Combine(t.raw, pos));
  add(kPrevClass, Combine(lower_at(-1), t.word_class));
  add(kClassNext, Combine(lower_at(1), t.word_class));
  add(kLength, std::min<uint64_t>(t.suffix[3] ? 5 : 4, 5) | uint64_t(t.word_class) << 4);
  if (i > 0) add(kSuffixPrev, Combine(sent[i - 1].suffix[2], t.word_class));
  constexpr uint16_t kNameFlags = kFlagBits & ~kCaseMask;
  if (i > 0 && (sent[i - 1].lex & kNameFlags)) add(kLexPrev, sent[i - 1].lex & kNameFlags);
  if (i > 0 && (sent[i - 1].lex & kRoleWord)) {
    add(kRolePrev, uint64_t(t.word_class) | uint64_t(sent[i - 1].capitalised) << 4);
  }
  if (i > 1 && (sent[i - 2].lex & kRoleWord)) {
    add(kRolePrev2, uint64_t(t.word_class) | uint64_t(sent[i - 1].word_class) << 4);
  }
  if (i + 1 < n && (sent[i + 1].lex & kNameFlags)) add(kLexNext, sent[i + 1].lex & kNameFlags);
  // External knowledge: gazetteer matches and dictionary / name-list flags.
  if (t.gaz) {
    const uint64_t g = t.gaz | uint64_t(t.gaz_pos) << 4;
    add(kGazT, g);
    add(kGazShape, Combine(g, t.short_shape));
    for (uint8_t b = t.gaz; b; b &= b - 1) {
      add(kGazType, uint64_t(__builtin_ctz(b)) | uint64_t(t.gaz_pos) << 4 | pos << 8);
    }
  }
  {
    const uint64_t gp = i > 0 ? (sent[i - 1].gaz | uint64_t(sent[i - 1].gaz_pos) << 4) : 0xFF;
    const uint64_t gn = i + 1 < n ? (sent[i + 1].gaz | uint64_t(sent[i + 1].gaz_pos) << 4) : 0xFF;
    if (gp || gn || t.gaz) {
      add(kGazPrev, gp | uint64_t(t.word_class) << 8);
      add(kGazNext, gn | uint64_t(t.word_class) << 8);
      add(kGazWindow, Combine(Combine(gp, t.gaz | uint64_t(t.gaz_pos) << 4), gn));
    }
  }
  if (t.hyphen_lex || t.hyphen_gaz) {  // Serb-held, U.S.-based, Anglo-French
    add(kHyphen, uint64_t(t.hyphen_gaz) | uint64_t(t.hyphen_lex & ~kCaseMask) << 8 |
                     uint64_t(t.word_class) << 24);
  }
  if (t.lex & kInNameBits) {
    for (uint16_t b = t.lex >> kInNameShift; b; b &= b - 1) {
      add(kInName, uint64_t(__builtin_ctz(b)) | uint64_t(t.word_class) << 4 | pos << 8);
    }
  }
  if (t.lex & kExtBits) {
    add(kExtFlag, (t.lex & kExtBits) | uint64_t(t.word_class) << 12 | pos << 16);
  } else if (t.has_letter) {
    add(kExtFlag, uint64_t(t.word_class) << 12 | pos << 16);  // in no list
  }
  if (i > 0) add(kExtPrev, (sent[i - 1].lex & kExtBits) | uint64_t(sent[i - 1].word_class) << 12 |
                           uint64_t(t.word_class) << 16);
  if (i + 1 < n) add(kExtNext, (sent[i + 1].lex & kExtBits) |
                               uint64_t(sent[i + 1].word_class) << 12 | uint64_t(t.word_class) << 16);
  if (t.capitalised && t.has_letter) {
    // The run of capitalised words around the token (at most 6 each way) and what stands just
    // before and after it: a number (`Somerset 320`, `Petofi 1 Comelf 2`), a bracket,
    // punctuation, a lower-case word, or the sentence edge. Score lines and tables name teams.
    size_t b = i, e = i + 1;
    while (b > 0 && i - b < 6 && sent[b - 1].capitalised && sent[b - 1].has_letter) --b;
    while (e < n && e - i < 6 && sent[e].capitalised && sent[e].has_letter) ++e;
    auto edge = [&](std::ptrdiff_t j) -> uint64_t {
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) return 0;
      const TokenInfo& x = sent[j];
      if (x.word_class == kDigits) return 1;
      if (x.word_class == kLower) return 2;
      if (x.word_class == kPunct) return 3 + (x.short_shape & 3);
      return 7;
    };
    const uint64_t ctx = edge(static_cast<std::ptrdiff_t>(b) - 1) |
                         edge(static_cast<std::ptrdiff_t>(e)) << 3 |
                         std::min<uint64_t>(e - b, 3) << 6;
    add(kRunContext, ctx | uint64_t(t.word_class) << 8 | pos << 12);
    add(kRunContextGaz, ctx | uint64_t(t.gaz) << 8 | uint64_t(t.lex & kExtBits) << 4);
    // The same combined with the document's first word: in a wire story it is the slug
    // (`SOCCER - ...`, `CRICKET - ...`), so a town in a score line can be learnt to be a team.
    if (doc.topic()) {
      add(kTopicRun, Combine(doc.topic(), ctx));
      add(kTopicGaz, Combine(doc.topic(), t.gaz | uint64_t(t.word_class) << 4));
      add(kTopicClass, Combine(doc.topic(), uint64_t(t.word_class) | pos << 4));
    }
  }
  if (t.has_letter && t.word_class != kLower) {
    const DocWordStats* s = doc.Stats(t.lower);
    uint64_t v = pos;
    if (s) {
      v |= uint64_t(s->cap_mid > 0) << 2 | uint64_t(s->lower > 0) << 3 |
           uint64_t(s->cap_mid > 1) << 4 | uint64_t(s->mixed_upper > 0) << 5;
    }
    add(kDocStats, v | uint64_t(t.word_class) << 8);
    if (s) {
      for (uint16_t bits = s->cues; bits; bits &= bits - 1) {
        add(kDocCue, uint64_t(__builtin_ctz(bits)) | uint64_t(t.word_class) << 4 | pos << 8);
      }
      for (int k = 0; k < DocWordStats::kContexts && s->prev[k]; ++k) add(kDocPrevWord, s->prev[k]);
      for (int k = 0; k < DocWordStats::kContexts && s->next[k]; ++k) add(kDocNextWord, s->next[k]);
    }
    const HistoryCounts* h = doc.History(t.lower);
    if (h) {
      int best = -1;
      uint16_t best_count = 0;
      for (int k = 0; k < 5; ++k) {
        if (h->type[k] > best_count) {
          best_count = h->type[k];
          best = k;
        }
      }
      if (best >= 0) {
        add(kHistory, static_cast<uint64_t>(best));
        add(kHistoryClass, static_cast<uint64_t>(best) | pos << 4);
        for (int k = 0; k < 5; ++k) {
          if (h->type[k]) {
            add(kHistoryAny, static_cast<uint64_t>(k) | uint64_t(h->type[k] == best_count) << 3);
          }
        }
      }
    }
  }
}

void ExtractAggregateFeatures(const std::vector<TokenInfo>& sent, size_t i, bool headline,
                              const DocumentAggregate& agg, const std::vector<uint8_t>& own,
                              uint32_t bits, std::vector<uint32_t>* out) {
  const TokenInfo& t = sent[i];
  auto add = [&](uint64_t tmpl, uint64_t v) { out->push_back(Bucket(tmpl, v, bits)); };
  const uint64_t pos = i == 0 ? 0 : (headline ? 1 : 2);
  const uint64_t own_tag = own[i];
  add(kAggBias, 0);
  add(kAggOwn, own_tag | uint64_t(t.word_class) << 5);
  add(kAggPrevOwn, (i > 0 ? own[i - 1] : 31) | own_tag << 5);
  add(kAggNextOwn, (i + 1 < own.size() ? own[i + 1] : 31) | own_tag << 5);
  if (!t.capitalised) return;
  const HistoryCounts* h = agg.Get(t.lower);
  if (!h) return;
  uint16_t c[5];
  int total = 0;
  for (int k = 0; k < 5; ++k) {
    c[k] = h->type[k];
    total += c[k];
  }
  const int own_type = HistorySlot(static_cast<int>(own_tag));
  if (c[own_type] > 0) {  // leave this occurrence out
    --c[own_type];
    --total;
  }
  if (total == 0) return;
  int best = 0;
  for (int k = 1; k < 5; ++k) if (c[k] > c[best]) best = k;
  const uint64_t cls = uint64_t(t.word_class) << 4 | pos << 8;
  add(kAggMajority, static_cast<uint64_t>(best) | cls);
  add(kAggPair, static_cast<uint64_t>(best) | own_tag << 4 | pos << 9);
  if (c[best] == total) add(kAggUnanimous, static_cast<uint64_t>(best) | cls);
}

}  // namespace newsgraph::ner

