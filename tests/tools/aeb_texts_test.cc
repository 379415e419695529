// The article-extraction benchmark's ground truth read as texts for the analysis scorer
// (tools/lib/aeb_texts.h): names, and clear errors for a missing or malformed file.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>

#include "aeb_texts.h"

namespace newsgraph::eval {
namespace {

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::string path = testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(AebTexts, PagesAreNamedByTheirHashPrefix) {
  const std::string path = WriteTemp(
      "aeb_ok.json", R"({"0123456789abcdef0123": {"articleBody": "One text.", "url": "u"},
                        "fedcba9876543210ffff": {"articleBody": "Two.", "url": "v"}})");
  std::map<std::string, std::string> texts;
  ASSERT_TRUE(LoadAebTexts(path, &texts).ok());
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts["0123456789abcdef.txt"], "One text.");
  EXPECT_EQ(texts["fedcba9876543210.txt"], "Two.");
}

TEST(AebTexts, BadFilesGiveAnErrorNamingTheFileAndTheReason) {
  std::map<std::string, std::string> texts;
  Status missing = LoadAebTexts(testing::TempDir() + "no_such_ground_truth.json", &texts);
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("cannot open"), std::string::npos) << missing.message();
  Status garbage = LoadAebTexts(WriteTemp("aeb_bad.json", "not json"), &texts);
  EXPECT_NE(garbage.message().find("aeb_bad.json"), std::string::npos) << garbage.message();
  EXPECT_NE(garbage.message().find("not a JSON object"), std::string::npos);
  Status no_body =
      LoadAebTexts(WriteTemp("aeb_nobody.json", R"({"0123456789abcdef00": {"url": 1}})"), &texts);
  EXPECT_NE(no_body.message().find("no articleBody"), std::string::npos) << no_body.message();
  Status short_name =
      LoadAebTexts(WriteTemp("aeb_short.json", R"({"x": {"articleBody": "t"}})"), &texts);
  EXPECT_NE(short_name.message().find("page hash"), std::string::npos) << short_name.message();
}

}  // namespace
}  // namespace newsgraph::eval
