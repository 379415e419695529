// Throughput of the text stage and the NER model, in tokens per second (items_per_second).
//
//   build/tests/text_bench            (make bench runs it with the other benchmarks)
//
// The text is CoNLL-2003 eng.testa joined back into running text (Reuters news, 51k tokens)
// when ../shared is present, else a built-in news paragraph repeated to a similar size.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ner_conll_io.h"
#include "analyze/ner_model.h"
#include "newsgraph/entities.h"
#include "newsgraph/text.h"

namespace {

const std::string& NewsText() {
  static const std::string text = [] {
    std::string out;
    const std::filesystem::path testa =
        std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "data/conll2003/eng.testa";
    auto docs = newsgraph::ner::ReadConllFile(testa.string());
    if (docs.ok()) {
      for (const auto& d : *docs) {
        for (const auto& s : d.sentences) {
          for (const auto& w : s.words) {
            out += w;
            out += ' ';
          }
          out += '\n';
        }
        out += '\n';
      }
      return out;
    }
    const std::string para =
        "President Joe Biden and Ukrainian President Volodymyr Zelensky spoke on Friday "
        "morning, according to two people familiar with the call, amid reports of a Russian "
        "military buildup of up to 175,000 troops. Secretary of State Antony Blinken met "
        "Russian Foreign Minister Sergey Lavrov in Stockholm on Thursday. “Diplomacy is the "
        "best approach,” Mr. Blinken said. The U.S. pledged $125 million in aid.\n\n";
    while (out.size() < 300000) out += para;
    return out;
  }();
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = NewsText();
  size_t tokens = 0;
  for (auto _ : state) {
    newsgraph::TokenizedText t = newsgraph::Tokenize(text);
    tokens += t.tokens.size();
    benchmark::DoNotOptimize(t.tokens.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// The headline figure: tokenise + tag (entity mentions) per core.
void BM_TokenizeAndTag(benchmark::State& state) {
  const std::string& text = NewsText();
  const newsgraph::NerModel& model = newsgraph::NerModel::Default();
  size_t tokens = 0, mentions = 0;
  for (auto _ : state) {
    newsgraph::TokenizedText t = newsgraph::Tokenize(text);
    auto m = model.Recognise(text, t);
    tokens += t.tokens.size();
    mentions += m.size();
    benchmark::DoNotOptimize(m.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
  state.counters["mentions"] = static_cast<double>(mentions) / state.iterations();
}
BENCHMARK(BM_TokenizeAndTag)->Unit(benchmark::kMillisecond);

void BM_TagPretokenized(benchmark::State& state) {
  const std::string& text = NewsText();
  newsgraph::TokenizedText t = newsgraph::Tokenize(text);
  std::vector<std::vector<std::string_view>> sentences;
  for (const auto& s : t.sentences) {
    auto& words = sentences.emplace_back();
    for (uint32_t i = s.first_token; i < s.last_token; ++i) words.push_back(t.TokenText(text, i));
  }
  const auto& tagger = dynamic_cast<const newsgraph::ner::Tagger&>(newsgraph::NerModel::Default());
  for (auto _ : state) {
    auto tags = tagger.TagDocument(sentences);
    benchmark::DoNotOptimize(tags.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * t.tokens.size()));
}
BENCHMARK(BM_TagPretokenized)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  std::ifstream f(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner-en.bin", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  for (auto _ : state) {
    auto m = newsgraph::NerModel::LoadBytes(bytes);
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace
