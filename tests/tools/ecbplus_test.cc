// The ECB+ reader of tools/lib on the corpus in ../shared (skipped when it is not there).
#include <gtest/gtest.h>

#include <filesystem>

#include "ecbplus.h"

namespace newsgraph::eval {
namespace {

const std::string kDir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";

TEST(EcbPlus, ReadsOneDocument) {
  if (!std::filesystem::exists(kDir + "/1/1_1ecb.xml")) GTEST_SKIP() << "no ECB+ in ../shared";
  auto doc = ReadEcbDocument(kDir + "/1/1_1ecb.xml");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->name, "1_1ecb.xml");
  EXPECT_EQ(doc->topic, 1);
  EXPECT_FALSE(doc->plus);
  EXPECT_EQ(doc->story(), "1");
  ASSERT_FALSE(doc->tokens.empty());
  // every token's span in the text is the token (quotes written plainly)
  for (size_t i = 0; i < doc->tokens.size(); ++i) {
    std::string t = doc->tokens[i];
    if (t == "``" || t == "''") t = "\"";
    if (t == "-LRB-") t = "(";
    if (t == "-RRB-") t = ")";
    ASSERT_EQ(doc->text.substr(doc->token_start[i], doc->token_end[i] - doc->token_start[i]), t) << i;
  }
  bool reid = false;
  for (const EcbMention& m : doc->mentions) {
    ASSERT_LE(m.end, doc->text.size());
    if (m.type == "HUMAN_PART_PER" && doc->text.substr(m.start, m.end - m.start) == "Tara Reid")
      reid = reid || m.chain.rfind("HUM", 0) == 0;  // in a cross-document chain
  }
  EXPECT_TRUE(reid);
}

TEST(EcbPlus, SplitsAndAnnotatedSentences) {
  if (!std::filesystem::exists(kDir + "/ECBplus_coreference_sentences.csv")) GTEST_SKIP();
  auto s = ReadEcbAnnotatedSentences(kDir);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->count({1, "10ecbplus", 1}));
  EXPECT_EQ(kEcbTrainTopics.size() + kEcbDevTopics.size(), 33u);
}

TEST(EcbPlus, BadInput) {
  auto missing = ReadEcbDocument("/nonexistent/x.xml");
  EXPECT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().ToString().find("/nonexistent/x.xml: not well-formed XML") != std::string::npos, true)
      << missing.status().ToString();
}

}  // namespace
}  // namespace newsgraph::eval
