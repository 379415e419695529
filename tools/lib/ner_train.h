// Training of the named-entity tagger: a structured averaged perceptron over CoNLL documents
// (Collins 2002), with document history taken from the model's own predictions so training
// sees the same kind of history as tagging.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "ner_conll_io.h"
#include "analyze/ner_model.h"

namespace newsgraph::ner {

struct TrainOptions {
  uint32_t hash_bits = 20;
  int epochs = 12;
  uint64_t seed = 1;
  // Probability of hiding a capitalised word's identity from the lexical features during
  // training (word dropout), so that the model learns to tag names it has never seen.
  float word_dropout = 0.0f;
  // Probability of replacing each label the document history records in training by a random
  // one: training predictions are more accurate than tagging-time ones, and this keeps the
  // model from trusting the history more than it deserves.
  float history_noise = 0.0f;
  // Weights whose averaged magnitude is below this are dropped (smaller file, faster tagging).
  float prune_below = 0.0f;
  // Documents from index `extra_from` on (extra training data, e.g. GUM) are used only in the
  // first `extra_epochs` epochs (0: in every epoch).
  size_t extra_from = static_cast<size_t>(-1);
  int extra_epochs = 0;
  // Perceptron updates on those documents are scaled by this.
  float extra_weight = 1.0f;
  // Gazetteer compiled into the model (may be null: no gazetteer features).
  const Lexicon* gazetteer = nullptr;
  // Called after each epoch with the averaged, quantised model (e.g. to score a dev set).
  std::function<void(int epoch, const ModelData&)> on_epoch;
};

// Trains a model from documents; `lexicon` becomes part of the model.
ModelData TrainTagger(const std::vector<ConllDocument>& docs, const Lexicon& lexicon,
                      const TrainOptions& options);

struct Stage2Options {
  int folds = 4;        // jackknife folds for first-stage outputs on the training documents
  int epochs = 5;
  uint32_t hash_bits = 16;
  uint64_t seed = 7;
};

// Adds the document-level second stage to `model` (a first stage trained on `docs` with
// `stage1`). Its training inputs are first-stage outputs on each fold from a first stage
// trained on the other folds, so it learns how far to trust first-stage tags on unseen text.
void TrainStage2(const std::vector<ConllDocument>& docs, const Lexicon& lexicon,
                 const TrainOptions& stage1, const Stage2Options& options, ModelData* model);

// Averages first-stage models trained with different seeds (same lexicon and hash size):
// a cheap ensemble that smooths out the perceptron's dependence on document order.
ModelData AverageModels(const std::vector<ModelData>& models);

// Scores a model on gold documents (exact-span F1, conlleval semantics).
SpanScore Evaluate(const Tagger& tagger, const std::vector<ConllDocument>& docs);

}  // namespace newsgraph::ner
