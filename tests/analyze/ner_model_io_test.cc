// Model file round trip and corruption handling; the built-in model's load time.
#include <gtest/gtest.h>

#include <xxhash.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "ner_gazetteer_build.h"
#include "analyze/ner_model.h"
#include "ner_train.h"

namespace newsgraph::ner {
namespace {

// A tiny training set (made-up sentences) so the test does not need ../shared.
std::vector<ConllDocument> TinyCorpus() {
  auto docs = ParseConll(
      "-DOCSTART- -X- O O\n\n"
      "Anna X X I-PER\nSmith X X I-PER\nvisited X X O\nParis X X I-LOC\n. X X O\n\n"
      "Acme X X I-ORG\nCorp X X I-ORG\nhired X X O\nBob X X I-PER\nJones X X I-PER\n. X X O\n\n"
      "The X X O\nFrench X X I-MISC\nteam X X O\nwon X X O\nin X X O\nBerlin X X I-LOC\n. X X O\n\n"
      "Smith X X I-PER\nflew X X O\nto X X O\nNew X X I-LOC\nYork X X I-LOC\n. X X O\n",
      "tiny");
  return std::move(docs).value();
}

ModelData TinyModel(bool stage2) {
  Lexicon lex;
  lex.Set(HashString("smith"), kPersonLast | kCaseMostlyCap | kLastName | kDictLower);
  static const Lexicon gazetteer = CompileGazetteer({{"new york", kGazLoc}, {"paris", kGazLoc}});
  TrainOptions o;
  o.gazetteer = &gazetteer;
  o.hash_bits = 12;
  o.epochs = 5;
  ModelData m = TrainTagger(TinyCorpus(), lex, o);
  if (stage2) {
    Stage2Options s2;
    s2.folds = 2;
    s2.epochs = 2;
    s2.hash_bits = 10;
    TrainStage2(TinyCorpus(), lex, o, s2, &m);
  }
  return m;
}

std::vector<std::vector<std::string_view>> Sentences() {
  return {{"Anna", "Smith", "visited", "Berlin", "."}, {"Bob", "Jones", "hired", "Anna", "."}};
}

TEST(NerModelIo, RoundTripGivesTheSameTags) {
  for (bool stage2 : {false, true}) {
    ModelData m = TinyModel(stage2);
    Tagger direct(m);
    std::string bytes = SerializeModel(m);
    auto loaded = NerModel::LoadBytes(bytes);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    const auto* tagger = dynamic_cast<const Tagger*>(loaded->get());
    ASSERT_NE(tagger, nullptr);
    EXPECT_EQ(tagger->TagDocument(Sentences()), direct.TagDocument(Sentences()));
    EXPECT_EQ(tagger->data().has_stage2, stage2);
    EXPECT_EQ(tagger->data().gazetteer.Entries(), m.gazetteer.Entries());
    EXPECT_EQ(tagger->data().gazetteer.size(), 3u);  // new york, its prefix "new", paris
    EXPECT_EQ(SerializeModel(tagger->data()), bytes);
    // The model learned something from the tiny corpus.
    EXPECT_EQ((*loaded)->TagWords({"Anna", "Smith", "visited", "Paris", "."}),
              (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "O"}));
  }
}

std::string ReadBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The fuzz target's seed corpus holds tiny models in the current format, so that fuzzing starts
// past the version check. After a format change, run this test once with
// NEWSGRAPH_WRITE_FUZZ_SEEDS=1 to rewrite them (and the truncated / wrong-version variants).
TEST(NerModelIo, FuzzSeedModelsAreCurrent) {
  const std::filesystem::path dir =
      std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "tests/fuzz/corpus/ner_model_fuzzer";
  if (std::getenv("NEWSGRAPH_WRITE_FUZZ_SEEDS")) {
    auto write = [&](const char* name, const std::string& bytes) {
      std::ofstream(dir / name, std::ios::binary) << bytes;
    };
    const std::string tiny = SerializeModel(TinyModel(false));
    write("tiny_model.bin", tiny);
    write("tiny_model_stage2.bin", SerializeModel(TinyModel(true)));
    write("truncated.bin", tiny.substr(0, tiny.size() / 2));
    std::string wrong = tiny;
    const uint32_t version = 99;
    std::memcpy(&wrong[8], &version, sizeof(version));
    write("wrong_version.bin", wrong);
  }
  for (const char* name : {"tiny_model.bin", "tiny_model_stage2.bin"}) {
    auto loaded = NerModel::LoadBytes(ReadBytes(dir / name));
    EXPECT_TRUE(loaded.ok()) << name << ": " << loaded.status().ToString();
  }
  auto truncated = NerModel::LoadBytes(ReadBytes(dir / "truncated.bin"));
  EXPECT_EQ(truncated.status().code(), StatusCode::kCorruption);
  auto wrong = NerModel::LoadBytes(ReadBytes(dir / "wrong_version.bin"));
  EXPECT_EQ(wrong.status().code(), StatusCode::kUnsupported);
}

TEST(NerModelIo, EveryTruncationIsCorruption) {
  std::string bytes = SerializeModel(TinyModel(true));
  for (size_t len = 0; len < bytes.size(); len += 1 + len / 16) {
    auto r = NerModel::LoadBytes(std::string_view(bytes).substr(0, len));
    ASSERT_FALSE(r.ok()) << len;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << len;
  }
}

TEST(NerModelIo, FlippedByteFailsTheChecksum) {
  std::string bytes = SerializeModel(TinyModel(false));
  for (size_t at : {size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    std::string bad = bytes;
    bad[at] ^= 0x20;
    auto r = NerModel::LoadBytes(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    EXPECT_NE(r.status().message().find("checksum"), std::string::npos);
  }
}

TEST(NerModelIo, WrongMagicAndUnknownVersion) {
  std::string bytes = SerializeModel(TinyModel(false));
  std::string bad = bytes;
  bad[0] = 'X';
  auto r = NerModel::LoadBytes(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("magic"), std::string::npos);

  bad = bytes;
  for (uint32_t version : {1u, 2u, 4u}) {  // 1: no gazetteer section; 2: IOB2 tag set
    bad = bytes;
    std::memcpy(&bad[8], &version, sizeof(version));
    r = NerModel::LoadBytes(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(r.status().message().find("version " + std::to_string(version)), std::string::npos);
  }
}

// Rewrites the header checksum so a payload edit reaches the structural checks.
std::string Reseal(std::string bytes) {
  uint64_t sum = XXH64(bytes.data() + 32, bytes.size() - 32, 0);
  std::memcpy(&bytes[24], &sum, sizeof(sum));
  return bytes;
}

TEST(NerModelIo, HugeCountsAreRejectedBeforeAllocation) {
  const std::string bytes = SerializeModel(TinyModel(false));
  // The lexicon count follows 4 settings words and the transition table.
  const size_t lex_at = 32 + 16 + kTransRows * kNumTags * 4;
  std::string bad = bytes;
  uint32_t huge = 0xFFFFFFFFu;
  std::memcpy(&bad[lex_at], &huge, 4);
  auto r = ParseModel(Reseal(bad));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("lexicon"), std::string::npos) << r.status().message();
  // The gazetteer count follows the lexicon (count + entries of 10 bytes).
  uint32_t lex_count = 0;
  std::memcpy(&lex_count, &bytes[lex_at], 4);
  const size_t gaz_at = lex_at + 4 + size_t{lex_count} * 10;
  for (uint32_t count : {0xFFFFFFFFu, 0x10000000u}) {
    bad = bytes;
    std::memcpy(&bad[gaz_at], &count, 4);
    r = ParseModel(Reseal(bad));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    EXPECT_NE(r.status().message().find("gazetteer"), std::string::npos) << r.status().message();
  }
  // Bad hash size, and trailing garbage after a valid model.
  bad = bytes;
  uint32_t bits = 40;
  std::memcpy(&bad[32 + 4], &bits, 4);
  r = ParseModel(Reseal(bad));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("hash bits"), std::string::npos);
  bad = bytes + "xx";
  uint64_t len = bad.size() - 32;
  std::memcpy(&bad[16], &len, 8);
  r = ParseModel(Reseal(bad));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
}

TEST(NerModelIo, LoadFileNamesThePath) {
  auto missing = NerModel::LoadFile("/nonexistent/ner.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  const std::string path = ::testing::TempDir() + "ner_io_test.bin";
  {
    std::ofstream f(path, std::ios::binary);
    f << "NGNERMDL but not a model";
  }
  auto bad = NerModel::LoadFile(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_NE(bad.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(NerModelIo, ShippedModelParsesAndDefaultLoadsQuickly) {
  std::ifstream f(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner-en.bin", std::ios::binary);
  ASSERT_TRUE(f) << "models/ner-en.bin is missing";
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  EXPECT_LE(bytes.size(), 50u << 20);
  auto m = ParseModel(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  // Default() parses the embedded copy exactly like this (it may already be loaded by now).
  auto start = std::chrono::steady_clock::now();
  auto loaded = NerModel::LoadBytes(bytes);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count();
  ASSERT_TRUE(loaded.ok());
  std::printf("model load (parse + build) took %.1f ms\n", ms);
  EXPECT_LT(ms, 1000.0);  // target 200 ms; headroom for a loaded test machine
  const NerModel& def = NerModel::Default();
  const auto* tagger = dynamic_cast<const Tagger*>(&def);
  ASSERT_NE(tagger, nullptr);
  EXPECT_EQ(SerializeModel(tagger->data()), bytes) << "the embedded model is not models/ner-en.bin";
}

}  // namespace
}  // namespace newsgraph::ner
