// Structured averaged-perceptron training for the named-entity tagger.
#include "ner_train.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace newsgraph::ner {
namespace {

struct PreparedDoc {
  std::vector<std::vector<TokenInfo>> infos;
  std::vector<char> headline;
  const ConllDocument* doc = nullptr;
};

// Averaged perceptron weights with the "lazy" averaging trick: avg = w - u / c.
struct Weights {
  std::vector<float> w, u;
  void Init(size_t n) {
    w.assign(n, 0);
    u.assign(n, 0);
  }
  void Add(size_t i, float delta, float c) {
    w[i] += delta;
    u[i] += c * delta;
  }
  float Avg(size_t i, float c) const { return w[i] - u[i] / c; }
};

// One structured-perceptron step on a sentence of n tokens whose features are
// feats[offsets[i], offsets[i + 1]): adds each token's emission weights to `em` (which may hold
// scores already), decodes with Viterbi into `pred`, and where the prediction differs from
// `gold` moves the emission and transition weights toward gold by `u` (averaging clock `c`).
void PerceptronStep(const std::vector<uint32_t>& feats, const std::vector<uint32_t>& offsets,
                    const std::vector<uint8_t>& gold, size_t n, float u, float c, Weights& ew,
                    Weights& tw, std::vector<float>& em, std::vector<uint8_t>& pred) {
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const float* row = &ew.w[static_cast<size_t>(feats[k]) * kNumTags];
      for (int t = 0; t < kNumTags; ++t) em[i * kNumTags + t] += row[t];
    }
  }
  pred.resize(n);
  Viterbi(em.data(), n, tw.w.data(), pred.data());
  for (size_t i = 0; i < n; ++i) {
    int g = gold[i], q = pred[i];
    if (g != q) {
      for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
        size_t base = static_cast<size_t>(feats[k]) * kNumTags;
        ew.Add(base + g, u, c);
        ew.Add(base + q, -u, c);
      }
    }
    int gp = i ? gold[i - 1] : kNumTags, qp = i ? pred[i - 1] : kNumTags;
    if (g != q || gp != qp) {
      tw.Add(gp * kNumTags + g, u, c);
      tw.Add(qp * kNumTags + q, -u, c);
    }
  }
}

ModelData Finish(const Weights& ew, const Weights& tw, float c, const Lexicon& lexicon,
                 const Lexicon* gazetteer, uint32_t bits, float prune_below) {
  ModelData m;
  m.hash_bits = bits;
  m.lexicon = lexicon;
  if (gazetteer) m.gazetteer = *gazetteer;
  float max_abs = 1e-6f;
  for (size_t i = 0; i < ew.w.size(); ++i) max_abs = std::max(max_abs, std::fabs(ew.Avg(i, c)));
  m.scale = max_abs / 32767.0f;
  std::vector<int16_t> dense(ew.w.size(), 0);
  const size_t rows = ew.w.size() / kNumTags;
  for (size_t r = 0; r < rows; ++r) {
    float row_max = 0;
    for (int t = 0; t < kNumTags; ++t) {
      row_max = std::max(row_max, std::fabs(ew.Avg(r * kNumTags + t, c)));
    }
    if (row_max < prune_below || row_max == 0) continue;
    for (int t = 0; t < kNumTags; ++t) {
      float v = ew.Avg(r * kNumTags + t, c) / m.scale;
      dense[r * kNumTags + t] = static_cast<int16_t>(std::lround(std::clamp(v, -32767.f, 32767.f)));
    }
  }
  m.weights = WeightTable::FromDense(dense, bits);
  for (size_t i = 0; i < m.trans.size(); ++i) m.trans[i] = tw.Avg(i, c);
  return m;
}

}  // namespace

ModelData TrainTagger(const std::vector<ConllDocument>& docs, const Lexicon& lexicon,
                      const TrainOptions& opt) {
  const uint32_t bits = opt.hash_bits;
  std::vector<PreparedDoc> prepared(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    PreparedDoc& p = prepared[d];
    p.doc = &docs[d];
    p.infos.resize(docs[d].sentences.size());
    p.headline.resize(docs[d].sentences.size());
    for (size_t s = 0; s < docs[d].sentences.size(); ++s) {
      const auto& words = docs[d].sentences[s].words;
      p.infos[s].resize(words.size());
      std::string buf;
      for (size_t i = 0; i < words.size(); ++i) {
        ComputeTokenInfo(NormalizePunctuation(words[i], &buf), lexicon, &p.infos[s][i]);
      }
      if (opt.gazetteer) ApplyGazetteer(*opt.gazetteer, &p.infos[s]);
      p.headline[s] = IsHeadline(p.infos[s]);
    }
  }
  Weights ew, tw;
  ew.Init((size_t{1} << bits) * kNumTags);
  tw.Init(kTransRows * kNumTags);
  float c = 1;
  std::mt19937_64 rng(opt.seed);
  std::vector<size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<uint32_t> feats;
  std::vector<uint32_t> offsets;
  std::vector<float> em;
  std::vector<uint8_t> pred;
  std::vector<TokenInfo> dropped;
  std::vector<uint8_t> noisy;
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t d : order) {
      if (d >= opt.extra_from && opt.extra_epochs > 0 && epoch > opt.extra_epochs) continue;
      const PreparedDoc& p = prepared[d];
      const float u = d >= opt.extra_from ? opt.extra_weight : 1.0f;
      DocumentState state;
      for (size_t s = 0; s < p.infos.size(); ++s) state.AddSentenceStats(p.infos[s], p.headline[s]);
      for (size_t s = 0; s < p.infos.size(); ++s) {
        const std::vector<TokenInfo>* sent_ptr = &p.infos[s];
        if (opt.word_dropout > 0) {
          dropped = p.infos[s];
          for (TokenInfo& t : dropped) {
            if (t.capitalised && unit(rng) < opt.word_dropout) t.word = t.raw = kUnknownWord;
          }
          sent_ptr = &dropped;
        }
        const auto& sent = *sent_ptr;
        const auto& gold = p.doc->sentences[s].tags;
        const size_t n = sent.size();
        feats.clear();
        offsets.assign(1, 0);
        em.assign(n * kNumTags, 0);
        for (size_t i = 0; i < n; ++i) {
          ExtractFeatures(sent, i, p.headline[s], state, bits, &feats);
          offsets.push_back(static_cast<uint32_t>(feats.size()));
        }
        PerceptronStep(feats, offsets, gold, n, u, c, ew, tw, em, pred);
        c += 1;
        if (opt.history_noise > 0) {
          noisy = pred;
          for (uint8_t& t : noisy) {
            if (unit(rng) < opt.history_noise) t = static_cast<uint8_t>(rng() % kNumTags);
          }
          state.AddHistory(sent, noisy);
        } else {
          state.AddHistory(sent, pred);
        }
      }
    }
    if (opt.on_epoch) opt.on_epoch(epoch, Finish(ew, tw, c, lexicon, opt.gazetteer, bits, opt.prune_below));
  }
  return Finish(ew, tw, c, lexicon, opt.gazetteer, bits, opt.prune_below);
}

void TrainStage2(const std::vector<ConllDocument>& docs, const Lexicon& lexicon,
                 const TrainOptions& stage1, const Stage2Options& opt, ModelData* model) {
  const int folds = std::max(2, opt.folds);
  std::vector<Stage1Output> outputs(docs.size());
  for (int k = 0; k < folds; ++k) {
    std::vector<ConllDocument> train;
    for (size_t d = 0; d < docs.size(); ++d) {
      if (static_cast<int>(d % folds) != k) train.push_back(docs[d]);
    }
    TrainOptions o = stage1;
    o.on_epoch = nullptr;
    Tagger fold_model(TrainTagger(train, lexicon, o));
    for (size_t d = k; d < docs.size(); d += folds) {
      std::vector<std::vector<std::string_view>> sents;
      for (const auto& s : docs[d].sentences) sents.emplace_back(s.words.begin(), s.words.end());
      outputs[d] = fold_model.RunStage1(sents);
    }
  }
  const uint32_t bits = opt.hash_bits;
  Weights ew, tw;
  ew.Init((size_t{1} << bits) * kNumTags);
  tw.Init(kTransRows * kNumTags);
  for (size_t i = 0; i < tw.w.size(); ++i) tw.w[i] = model->trans[i];
  float c = 1;
  std::mt19937_64 rng(opt.seed);
  std::vector<size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<uint32_t> feats, offsets;
  std::vector<float> em;
  std::vector<uint8_t> pred;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t d : order) {
      const Stage1Output& r = outputs[d];
      DocumentAggregate agg;
      for (size_t s = 0; s < r.infos.size(); ++s) agg.Add(r.infos[s], r.tags[s]);
      for (size_t s = 0; s < r.infos.size(); ++s) {
        const size_t n = r.infos[s].size();
        const auto& gold = docs[d].sentences[s].tags;
        feats.clear();
        offsets.assign(1, 0);
        em = r.emissions[s];
        for (size_t i = 0; i < n; ++i) {
          ExtractAggregateFeatures(r.infos[s], i, r.headline[s], agg, r.tags[s], bits, &feats);
          offsets.push_back(static_cast<uint32_t>(feats.size()));
        }
        PerceptronStep(feats, offsets, gold, n, 1.0f, c, ew, tw, em, pred);
        c += 1;
      }
    }
  }
  ModelData s2 = Finish(ew, tw, c, Lexicon(), nullptr, bits, 0.0f);
  model->has_stage2 = true;
  model->stage2_bits = bits;
  model->stage2_scale = s2.scale;
  model->stage2 = std::move(s2.weights);
  model->trans2 = s2.trans;
}

ModelData AverageModels(const std::vector<ModelData>& models) {
  if (models.size() == 1) return models[0];
  const uint32_t bits = models[0].hash_bits;
  Weights ew, tw;
  ew.Init((size_t{1} << bits) * kNumTags);
  tw.Init(kTransRows * kNumTags);
  const float inv = 1.0f / static_cast<float>(models.size());
  for (const ModelData& m : models) {
    m.weights.ForEachRow([&](uint32_t b, const int16_t* row) {
      for (int t = 0; t < kNumTags; ++t) ew.w[size_t{b} * kNumTags + t] += row[t] * m.scale * inv;
    });
    for (size_t i = 0; i < tw.w.size(); ++i) tw.w[i] += m.trans[i] * inv;
  }
  return Finish(ew, tw, 1.0f, models[0].lexicon, &models[0].gazetteer, bits, 0.0f);
}

SpanScore Evaluate(const Tagger& tagger, const std::vector<ConllDocument>& docs) {
  SpanScore score;
  for (const ConllDocument& doc : docs) {
    std::vector<std::vector<std::string_view>> sents;
    for (const auto& s : doc.sentences) sents.emplace_back(s.words.begin(), s.words.end());
    auto tags = tagger.TagDocument(sents);
    for (size_t s = 0; s < tags.size(); ++s) {
      const auto& gold = doc.sentences[s].tags;
      score.Add(DecodeChunks(gold), DecodeChunks(tags[s]));
      for (size_t i = 0; i < gold.size(); ++i) {
        ++score.tokens;
        if (gold[i] == tags[s][i]) ++score.correct_tokens;
      }
    }
  }
  return score;
}

}  // namespace newsgraph::ner
