// The averaged-perceptron named-entity tagger behind NerModel: hashed features, a first-order
// transition matrix, Viterbi decoding under BIOES constraints, and document-level features.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/ner_conll.h"
#include "analyze/ner_features.h"
#include "analyze/ner_gazetteer.h"
#include "newsgraph/entities.h"

namespace newsgraph::ner {

inline constexpr int kTransRows = kNumTags + 1;  // row kNumTags = sentence start

// The hashed weight table, stored compactly: a bitmap of the rows that hold any non-zero weight,
// a rank index (rows present before each 64-row block) and the present rows, in order. The
// bitmap and ranks fit in the L2 cache, so absent features cost no memory access to the rows.
class WeightTable {
 public:
  static uint32_t PopCount(uint64_t x) {
#ifdef __POPCNT__
    return static_cast<uint32_t>(__builtin_popcountll(x));
#else  // inline SWAR: faster than the libgcc call used without -mpopcnt
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
#endif
  }
  WeightTable() = default;
  // From a dense table of (1 << hash_bits) rows of kNumTags weights.
  static WeightTable FromDense(const std::vector<int16_t>& dense, uint32_t hash_bits);
  // From present rows given in increasing bucket order (the model file layout).
  void Reset(uint32_t hash_bits);
  void AppendRow(uint32_t bucket, const int16_t* weights);  // buckets strictly increasing

  uint32_t hash_bits() const { return hash_bits_; }
  size_t row_count() const { return rows_.size() / kNumTags; }
  // The weights of bucket b, or nullptr when they are all zero.
  const int16_t* Row(uint32_t b) const {
    const uint64_t word = present_[b >> 6];
    const uint64_t bit = uint64_t{1} << (b & 63);
    if (!(word & bit)) return nullptr;
    return &rows_[(rank_[b >> 6] + PopCount(word & (bit - 1))) * size_t{kNumTags}];
  }
  // Calls f(bucket, weights) for every present row in increasing bucket order.
  template <typename F>
  void ForEachRow(F f) const {
    size_t idx = 0;
    for (size_t w = 0; w < present_.size(); ++w) {
      uint64_t bits = present_[w];
      while (bits) {
        int k = __builtin_ctzll(bits);
        bits &= bits - 1;
        f(static_cast<uint32_t>(w * 64 + k), &rows_[idx * kNumTags]);
        ++idx;
      }
    }
  }

 private:
  uint32_t hash_bits_ = 0;
  std::vector<uint64_t> present_;
  std::vector<uint32_t> rank_;
  std::vector<int16_t> rows_;
  size_t ranked_ = 0;
};

// Everything a model file holds.
struct ModelData {
  uint32_t feature_set = kFeatureSetVersion;
  uint32_t hash_bits = 20;
  float scale = 1.0f;                 // weight = quantised value * scale
  WeightTable weights;
  std::array<float, kTransRows * kNumTags> trans{};  // [prev][tag]
  Lexicon lexicon;
  Lexicon gazetteer;  // PhraseKey of lower-cased token sequences -> GazFlags
  // Optional second, document-level stage: its weights are added to the first stage's
  // emission scores, and it decodes with its own transitions.
  bool has_stage2 = false;
  uint32_t stage2_bits = 16;
  float stage2_scale = 1.0f;
  WeightTable stage2;
  std::array<float, kTransRows * kNumTags> trans2{};
};

// What the first stage computes for a document.
struct Stage1Output {
  std::vector<std::vector<TokenInfo>> infos;
  std::vector<char> headline;
  std::vector<std::vector<float>> emissions;  // per sentence: n x kNumTags
  std::vector<std::vector<uint8_t>> tags;     // internal (BIOES) ids
};

// Serialises to / parses from the model file format (docs/formats/ner-model.md).
std::string SerializeModel(const ModelData& model);
Result<ModelData> ParseModel(std::string_view bytes);

// Viterbi over emission scores (n x kNumTags, row-major) and transitions; writes internal (BIOES) tag ids.
void Viterbi(const float* emissions, size_t n, const float* trans, uint8_t* out);

// Unicode punctuation mapped to the ASCII forms the training data uses (’ -> ', “ -> ", — -> -).
// Returns `word` itself when nothing changes, else a view of *buf.
std::string_view NormalizePunctuation(std::string_view word, std::string* buf);

class Tagger final : public NerModel {
 public:
  explicit Tagger(ModelData data);

  std::vector<std::string> TagWords(const std::vector<std::string_view>& words) const override;
  std::vector<EntityMention> Recognise(std::string_view text,
                                       const TokenizedText& tokens) const override;
  // Tags the sentences of one document in order (document-level features); internal (BIOES) tag ids.
  std::vector<std::vector<uint8_t>> TagDocument(
      const std::vector<std::vector<std::string_view>>& sentences) const;

  // The first stage alone (tags, with history of earlier sentences; and the emission scores
  // when `keep_emissions`).
  Stage1Output RunStage1(const std::vector<std::vector<std::string_view>>& sentences,
                         bool keep_emissions = true) const;

  const ModelData& data() const { return data_; }

 private:
  ModelData data_;
};

}  // namespace newsgraph::ner
