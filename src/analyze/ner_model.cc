// Decoding with the averaged-perceptron named-entity tagger.
#include "analyze/ner_model.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace newsgraph {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kLocation: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

namespace ner {

WeightTable WeightTable::FromDense(const std::vector<int16_t>& dense, uint32_t hash_bits) {
  WeightTable t;
  t.Reset(hash_bits);
  const size_t rows = std::min(dense.size() / kNumTags, size_t{1} << hash_bits);
  for (size_t r = 0; r < rows; ++r) {
    const int16_t* row = &dense[r * kNumTags];
    bool any = false;
    for (int k = 0; k < kNumTags; ++k) any |= row[k] != 0;
    if (any) t.AppendRow(static_cast<uint32_t>(r), row);
  }
  return t;
}

void WeightTable::Reset(uint32_t hash_bits) {
  hash_bits_ = hash_bits;
  const size_t words = std::max<size_t>(1, (size_t{1} << hash_bits) / 64);
  present_.assign(words, 0);
  rank_.assign(words, 0);
  ranked_ = 0;
  rows_.clear();
}

void WeightTable::AppendRow(uint32_t bucket, const int16_t* weights) {
  const size_t w = bucket >> 6;
  const uint32_t index = static_cast<uint32_t>(rows_.size() / kNumTags);
  // rank_[k] = rows in blocks before k; buckets arrive in increasing order, so blocks up to w
  // can be finished now (blocks after the last present row are never read).
  while (ranked_ <= w) rank_[ranked_++] = index;
  present_[w] |= uint64_t{1} << (bucket & 63);
  rows_.insert(rows_.end(), weights, weights + kNumTags);
}

void Viterbi(const float* em, size_t n, const float* trans_in, uint8_t* out) {
  if (n == 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  // Transitions with the BIOES constraints folded in, indexed [tag][prev] for the inner loop.
  float trans[kNumTags][kNumTags];
  float start[kNumTags];
  for (int t = 0; t < kNumTags; ++t) {
    start[t] = AllowedTransition(-1, t) ? trans_in[kNumTags * kNumTags + t] : kNeg;
    for (int p = 0; p < kNumTags; ++p) {
      trans[t][p] = AllowedTransition(p, t) ? trans_in[p * kNumTags + t] : kNeg;
    }
  }
  float stack_score[64 * kNumTags];
  uint8_t stack_back[64 * kNumTags];
  std::vector<float> heap_score;
  std::vector<uint8_t> heap_back;
  float* score = stack_score;
  uint8_t* back = stack_back;
  if (n > 64) {
    heap_score.resize(n * kNumTags);
    heap_back.resize(n * kNumTags);
    score = heap_score.data();
    back = heap_back.data();
  }
  for (int t = 0; t < kNumTags; ++t) score[t] = em[t] + start[t];
  for (size_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * kNumTags];
    float* cur = &score[i * kNumTags];
    for (int t = 0; t < kNumTags; ++t) {
      float best = prev[0] + trans[t][0];
      int arg = 0;
      for (int p = 1; p < kNumTags; ++p) {
        float s = prev[p] + trans[t][p];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[t] = best + em[i * kNumTags + t];
      back[i * kNumTags + t] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = &score[(n - 1) * kNumTags];
  int best = 0;  // O is always allowed last
  for (int t = 1; t < kNumTags; ++t) {
    if (AllowedLast(t) && last[t] > last[best]) best = t;
  }
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<uint8_t>(best);
    best = back[i * kNumTags + best];
  }
}

std::string_view NormalizePunctuation(std::string_view word, std::string* buf) {
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  buf->clear();
  for (size_t i = 0; i < word.size();) {
    std::string_view rest = word.substr(i);
    auto starts = [&](const char* s) { return rest.substr(0, std::strlen(s)) == s; };
    if (starts("\u2019") || starts("\u2018") || starts("\u02BC")) {
      buf->push_back('\'');
      i += starts("\u02BC") ? 2 : 3;
    } else if (starts("\u201C") || starts("\u201D") || starts("\u201E")) {
      buf->push_back('"');
      i += 3;
    } else if (starts("\u2013") || starts("\u2014")) {
      buf->push_back('-');
      i += 3;
    } else if (starts("\u2026")) {
      buf->append("...");
      i += 3;
    } else {
      buf->push_back(word[i]);
      ++i;
    }
  }
  return *buf;
}

Tagger::Tagger(ModelData data) : data_(std::move(data)) {}

Stage1Output Tagger::RunStage1(const std::vector<std::vector<std::string_view>>& sentences,
                               bool keep_emissions) const {
  Stage1Output r;
  r.infos.resize(sentences.size());
  r.headline.resize(sentences.size());
  r.emissions.resize(sentences.size());
  r.tags.resize(sentences.size());
  DocumentState doc;
  std::string buf;
  for (size_t s = 0; s < sentences.size(); ++s) {
    r.infos[s].resize(sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      ComputeTokenInfo(NormalizePunctuation(sentences[s][i], &buf), data_.lexicon,
                       &r.infos[s][i]);
    }
    ApplyGazetteer(data_.gazetteer, &r.infos[s]);
    r.headline[s] = IsHeadline(r.infos[s]);
    doc.AddSentenceStats(r.infos[s], r.headline[s]);
  }
  const uint32_t bits = data_.hash_bits;
  const WeightTable& table = data_.weights;
  std::vector<uint32_t> feats;
  std::vector<const int16_t*> rows;
  std::vector<uint32_t> offsets;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& sent = r.infos[s];
    const size_t n = sent.size();
    std::vector<float>& em = r.emissions[s];
    em.assign(n * kNumTags, 0.0f);
    // Two passes: find every weight row of the sentence and prefetch it, then add them up, so
    // that the cache misses of a whole sentence overlap instead of stalling one by one.
    rows.clear();
    offsets.assign(1, 0);
    for (size_t i = 0; i < n; ++i) {
      feats.clear();
      ExtractFeatures(sent, i, r.headline[s], doc, bits, &feats);
      for (uint32_t f : feats) {
        const int16_t* row = table.Row(f);
        if (!row) continue;
        __builtin_prefetch(row);
        __builtin_prefetch(reinterpret_cast<const char*>(row) + kNumTags * 2 - 1);
        rows.push_back(row);
      }
      offsets.push_back(static_cast<uint32_t>(rows.size()));
    }
    for (size_t i = 0; i < n; ++i) {
      int32_t acc[kNumTags] = {0};
      for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
        const int16_t* row = rows[k];
        for (int t = 0; t < kNumTags; ++t) acc[t] += row[t];
      }
      for (int t = 0; t < kNumTags; ++t) em[i * kNumTags + t] = acc[t] * data_.scale;
    }
    r.tags[s].resize(n);
    Viterbi(em.data(), n, data_.trans.data(), r.tags[s].data());
    doc.AddHistory(sent, r.tags[s]);
    if (!keep_emissions) std::vector<float>().swap(em);  // only the second stage reads them
  }
  return r;
}

std::vector<std::vector<uint8_t>> Tagger::TagDocument(
    const std::vector<std::vector<std::string_view>>& sentences) const {
  Stage1Output r = RunStage1(sentences, data_.has_stage2);
  if (!data_.has_stage2) return std::move(r.tags);
  DocumentAggregate agg;
  for (size_t s = 0; s < sentences.size(); ++s) agg.Add(r.infos[s], r.tags[s]);
  std::vector<std::vector<uint8_t>> out(sentences.size());
  std::vector<uint32_t> feats;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const size_t n = r.infos[s].size();
    std::vector<float>& em = r.emissions[s];
    for (size_t i = 0; i < n; ++i) {
      feats.clear();
      ExtractAggregateFeatures(r.infos[s], i, r.headline[s], agg, r.tags[s], data_.stage2_bits,
                               &feats);
      int32_t acc[kNumTags] = {0};
      for (uint32_t f : feats) {
        const int16_t* row = data_.stage2.Row(f);
        if (!row) continue;
        for (int t = 0; t < kNumTags; ++t) acc[t] += row[t];
      }
      for (int t = 0; t < kNumTags; ++t) em[i * kNumTags + t] += acc[t] * data_.stage2_scale;
    }
    out[s].resize(n);
    Viterbi(em.data(), n, data_.trans2.data(), out[s].data());
  }
  return out;
}

std::vector<std::string> Tagger::TagWords(const std::vector<std::string_view>& words) const {
  std::vector<std::vector<std::string_view>> doc(1, words);
  auto tags = TagDocument(doc);
  return TagsToStrings(tags[0], /*iob1=*/false);
}

std::vector<EntityMention> Tagger::Recognise(std::string_view text,
                                             const TokenizedText& tokens) const {
  std::vector<std::vector<std::string_view>> doc;
  doc.reserve(tokens.sentences.size());
  for (const Sentence& s : tokens.sentences) {
    auto& words = doc.emplace_back();
    for (uint32_t i = s.first_token; i < s.last_token && i < tokens.tokens.size(); ++i) {
      const Token& tok = tokens.tokens[i];
      if (tok.end > text.size() || tok.start > tok.end) {
        words.emplace_back();
      } else {
        words.push_back(text.substr(tok.start, tok.end - tok.start));
      }
    }
  }
  auto tags = TagDocument(doc);
  std::vector<EntityMention> out;
  for (size_t s = 0; s < tags.size(); ++s) {
    const uint32_t base = tokens.sentences[s].first_token;
    for (const Chunk& c : DecodeChunks(tags[s])) {
      EntityMention m;
      m.type = static_cast<EntityType>(c.type);
      m.first_token = base + c.begin;
      m.last_token = base + c.end;
      m.start = tokens.tokens[m.first_token].start;
      m.end = tokens.tokens[m.last_token - 1].end;
      out.push_back(m);
    }
  }
  return out;
}

}  // namespace ner
}  // namespace newsgraph
