// NerModel::Default(): the model built into the binary from models/ner-en.bin (embedded at
// build time by src/analyze/stage.cmake through an assembler .incbin), parsed once, lazily.
#include <chrono>
#include <cstdio>
#include <mutex>

#include "analyze/internal.h"
#include "analyze/ner_model.h"

extern "C" const char ng_ner_model_begin[];
extern "C" const char ng_ner_model_end[];

namespace newsgraph {

const NerModel& NerModel::Default() {
  static const NerModel* model = [] {
    std::string_view bytes(ng_ner_model_begin,
                           static_cast<size_t>(ng_ner_model_end - ng_ner_model_begin));
    auto m = ner::ParseModel(bytes);
    if (m.ok()) return static_cast<const NerModel*>(new ner::Tagger(std::move(m).value()));
    std::fprintf(stderr, "newsgraph: built-in NER model unusable (%s); no entities will be "
                 "found\n", m.status().ToString().c_str());
    ner::ModelData empty;
    empty.hash_bits = 8;
    empty.weights.Reset(empty.hash_bits);
    return static_cast<const NerModel*>(new ner::Tagger(std::move(empty)));
  }();
  return *model;
}

namespace analyze {

uint16_t ModelWordFlags(std::string_view lower) {
  const auto* tagger = dynamic_cast<const ner::Tagger*>(&NerModel::Default());
  return tagger ? tagger->data().lexicon.Get(ner::HashString(lower)) : 0;
}

}  // namespace analyze

}  // namespace newsgraph
