// Story clustering on bad input: empty documents, a 10 MB document, binary and invalid UTF-8,
// no analysis, odd dates. Add() never fails; it degrades to the evidence there is.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "newsgraph/stories.h"

namespace newsgraph {
namespace {

LinkDocument Doc(const std::string& id, const std::string& text, const std::string& published = "") {
  LinkDocument d;
  d.id = id;
  d.text = text;
  d.published = published;
  return d;
}

TEST(StoriesBadInput, EmptyDocumentsEachStartTheirOwnStory) {
  StoryClusterer c;
  std::string a = c.Add(Doc("e1", ""), {});
  std::string b = c.Add(Doc("e2", ""), {});
  std::string d = c.Add(Doc("", ""), {});  // no id either
  EXPECT_NE(a, b);
  EXPECT_NE(b, d);
  EXPECT_EQ(c.Stories().size(), 3u);
  for (const Story& s : c.Stories()) {
    EXPECT_EQ(s.title, "");
    EXPECT_EQ(s.first, "");
  }
}

TEST(StoriesBadInput, EmptyDocumentWithCopyOfJoinsSource) {
  StoryClusterer c;
  std::string a = c.Add(Doc("src", "Floods hit Jakarta after record rainfall, thousands evacuated."), {});
  StoryEvidence ev;
  ev.copy_of = "src";
  EXPECT_EQ(c.Add(Doc("copy", ""), ev), a);
  ev.copy_of = "never-seen";
  EXPECT_NE(c.Add(Doc("copy2", ""), ev), a);
}

TEST(StoriesBadInput, TenMegabyteDocument) {
  std::string big;
  big.reserve(10u << 20);
  const char* words[] = {"flood ", "river ", "rescue ", "bridge ", "village ", "rain ", "army ", "dam "};
  for (size_t i = 0; big.size() < (10u << 20); ++i) big += words[(i * 7 + i / 3) % 8];
  StoryClusterer c;
  auto t0 = std::chrono::steady_clock::now();
  std::string a = c.Add(Doc("big", big), {});
  std::string b = c.Add(Doc("small", "The river flood swept the bridge; the army began a rescue in the village."), {});
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(a, b);
  EXPECT_LT(secs, 5.0);  // only StoryOptions::max_text_bytes of the text are read
  ASSERT_EQ(c.Stories().size(), 1u);
  EXPECT_LE(c.Stories()[0].title.size(), 200u);
}

TEST(StoriesBadInput, BinaryAndInvalidUtf8) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 131 + 7) % 256);
  StoryClusterer c;
  (void)c.Add(Doc("bin", junk), {});
  (void)c.Add(Doc("bad", "\xff\xfe caf\xc3 \xe2\x82 na\xcc\x88ive \xed\xa0\x80 text\n"), {});
  std::vector<Story> s = c.Stories();
  ASSERT_FALSE(s.empty());
  for (const Story& st : s) {
    // Titles are valid UTF-8 (invalid bytes replaced).
    for (size_t i = 0; i < st.title.size(); ++i) ASSERT_NE(static_cast<unsigned char>(st.title[i]), 0xffu);
  }
}

TEST(StoriesBadInput, NoAnalysisStillClustersOnWords) {
  StoryClusterer c;
  std::string a = c.Add(Doc("a", "Wildfire forces evacuation of Paradise, California; Camp Fire destroys homes."), {});
  std::string b = c.Add(Doc("b", "The Camp Fire in Paradise, California destroyed thousands of homes; evacuation ordered."), {});
  EXPECT_EQ(a, b);
}

TEST(StoriesBadInput, OddDatesAreUndated) {
  StoryClusterer c;
  (void)c.Add(Doc("a", "Wildfire forces evacuation of Paradise.", "2018-13-45"), {});
  (void)c.Add(Doc("b", "Wildfire forces evacuation of Paradise.", "yesterday"), {});
  std::vector<Story> s = c.Stories();
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].documents.size(), 2u);
  EXPECT_EQ(s[0].first, "");
  EXPECT_EQ(s[0].last, "");
}

}  // namespace
}  // namespace newsgraph
