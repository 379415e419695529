// Quality floors of the built-in NER model: CoNLL-2003 eng.testa (the development set),
// eng.testb (the held-out test set) and the people of the seed articles. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyze/ner_model.h"
#include "ner_train.h"
#include "newsgraph/entities.h"
#include "newsgraph/text.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;
const fs::path kShared = NEWSGRAPH_SHARED_DIR;

// Measured (docs/ner.md): eng.testa F1 94.27 for a model trained on eng.train only with the
// shipped settings (`train_ner` without --train-on-dev). The shipped model was then trained on
// eng.train + eng.testa (measures 99.92 here, not a held-out figure); the floor is the held-out
// figure minus a margin, so a model retrained either way with another seed still passes.
constexpr double kTestaFloor = 0.9380;
// eng.testb is never used for a decision; this floor is the target (the shipped model
// measures 89.01), checked so that a retrained or damaged model cannot silently fall below it.
constexpr double kTestbFloor = 0.8900;

SpanScore ScoreDefaultModel(const fs::path& file, int64_t gold_entities) {
  auto docs = ReadConllFile(file.string());
  EXPECT_TRUE(docs.ok()) << docs.status().ToString();
  if (!docs.ok()) return {};
  const auto& tagger = dynamic_cast<const Tagger&>(NerModel::Default());
  SpanScore s = Evaluate(tagger, *docs);
  std::printf("%s F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f)\n",
              file.filename().string().c_str(), 100 * s.overall.F1(), 100 * s.per_type[0].F1(),
              100 * s.per_type[1].F1(), 100 * s.per_type[2].F1(), 100 * s.per_type[3].F1());
  EXPECT_EQ(s.overall.gold, gold_entities);  // the entity count conlleval reports for the file
  return s;
}

TEST(NerQuality, ConllDevelopmentSetFloor) {
  const fs::path testa = kShared / "data/conll2003/eng.testa";
  if (!fs::exists(testa)) GTEST_SKIP() << testa << " not found";
  EXPECT_GE(ScoreDefaultModel(testa, 5942).overall.F1(), kTestaFloor);
}

TEST(NerQuality, ConllTestSetMeetsTheTarget) {
  const fs::path testb = kShared / "data/conll2003/eng.testb";
  if (!fs::exists(testb)) GTEST_SKIP() << testb << " not found";
  EXPECT_GE(ScoreDefaultModel(testb, 5648).overall.F1(), kTestbFloor);
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool WordBoundary(const std::string& text, size_t at) {
  if (at >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[at]);
  return !(std::isalnum(c) || c == '-');
}

// Every person of seeds.gold.jsonl: wherever one of their listed mentions occurs in the seed
// text, the person's name inside it must lie within a PER entity.
TEST(NerQuality, EverySeedPersonIsFoundAsPer) {
  const fs::path gold = kShared / "gold/seeds.gold.jsonl";
  if (!fs::exists(gold)) GTEST_SKIP() << gold << " not found";
  std::istringstream lines(ReadFile(gold));
  std::string line;
  int people = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    auto doc = nlohmann::json::parse(line);
    const fs::path path = kShared / "seeds" / doc["doc"].get<std::string>();
    if (!fs::exists(path)) continue;
    const std::string text = ReadFile(path);
    const TokenizedText tokens = Tokenize(text);
    const auto mentions = NerModel::Default().Recognise(text, tokens);
    auto covered = [&](size_t start, size_t end) {
      for (const EntityMention& m : mentions) {
        if (m.type == EntityType::kPerson && m.start <= start && end <= m.end) return true;
      }
      return false;
    };
    for (const auto& person : doc["people"]) {
      const std::string name = person["name"];
      const std::string surname = name.substr(name.rfind(' ') + 1);
      int found = 0;
      for (const auto& mention : person["mentions"]) {
        const std::string m = mention;
        // The name part of the mention: from the first name word it contains to its end.
        size_t name_at = m.find(name);
        if (name_at == std::string::npos) name_at = m.rfind(surname);
        ASSERT_NE(name_at, std::string::npos) << m;
        for (size_t at = text.find(m); at != std::string::npos; at = text.find(m, at + 1)) {
          if ((at > 0 && !WordBoundary(text, at - 1)) || !WordBoundary(text, at + m.size())) {
            continue;
          }
          ++found;
          EXPECT_TRUE(covered(at + name_at, at + m.size()))
              << path.filename() << ": '" << m << "' at byte " << at << " is not tagged PER";
        }
      }
      EXPECT_GT(found, 0) << name << " never occurs in " << path.filename();
      ++people;
    }
  }
  EXPECT_GT(people, 0);
}

}  // namespace
}  // namespace newsgraph::ner
