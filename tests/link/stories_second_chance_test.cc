// Second chances of one-document stories (src/link/stories.cc, docs/stories.md): a document that
// started a story of its own, because what it reports had not been told yet in the words it
// uses, joins that story once the stream has grown (about doubled since it arrived) and the
// story's centroid has come close to it. Texts written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/stories.h"

namespace newsgraph {
namespace {

LinkDocument Doc(const std::string& id, const std::string& text) {
  LinkDocument d;
  d.id = id;
  d.text = text;
  return d;
}

const char* kQuake =
    "Nepal earthquake Kathmandu Dharahara tower collapsed Everest avalanche climbers";
const char* kAid = "Nepal Koirala appeals international aid rescue teams Gorkha villages";
const char* kBoth =
    "Nepal earthquake Kathmandu Dharahara tower collapsed Everest avalanche climbers Koirala "
    "appeals international aid rescue teams Gorkha villages";

// A text that shares no word with any other of the test (it starts a story of its own).
std::string Filler(int i) {
  std::string t;
  for (char c : std::string("abcdefgh")) t += "filler" + std::to_string(i) + c + " ";
  return t;
}

// Options under which the late merge of two grown stories never fires (its threshold is out of
// reach), so that only a second chance can bring the one-document story in.
StoryOptions NoLateMerge() {
  StoryOptions o;
  o.threshold = 0.3;
  o.merge_threshold = 0.99;
  o.split_threshold = -1;
  return o;
}

TEST(StoriesSecondChance, LoneDocumentJoinsItsStoryOnceTheStreamHasGrown) {
  StoryClusterer c(NoLateMerge());
  std::string quake = c.Add(Doc("quake", kQuake), {});
  std::string aid = c.Add(Doc("aid", kAid), {});
  ASSERT_NE(quake, aid);  // too little in common when it arrives
  (void)c.Add(Doc("both", kBoth), {});
  // Documents 4-19: nothing to do with the quake. The second chance of document 2 is due at
  // document 2 + 2 + 16 = 20.
  for (int i = 4; i <= 19; ++i) (void)c.Add(Doc("f" + std::to_string(i), Filler(i)), {});
  EXPECT_NE(c.StoryOf("quake"), c.StoryOf("aid"));
  EXPECT_TRUE(c.Changes().empty());
  (void)c.Add(Doc("f20", Filler(20)), {});
  EXPECT_EQ(c.StoryOf("quake"), c.StoryOf("aid"));
  EXPECT_EQ(c.StoryOf("both"), c.StoryOf("aid"));
  std::vector<StoryChange> changes = c.Changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, "merge");
  EXPECT_EQ(changes[0].into, quake);  // the older story survives
  EXPECT_EQ(changes[0].from, aid);
  EXPECT_EQ(changes[0].at_document, "f20");
  // The fillers had their second chances too, and found nothing to join.
  EXPECT_EQ(c.Stories().size(), 1u + 17u);
}

TEST(StoriesSecondChance, UnrelatedLoneDocumentStaysApart) {
  StoryClusterer c(NoLateMerge());
  (void)c.Add(Doc("quake", kQuake), {});
  std::string budget =
      c.Add(Doc("budget", "Parliament passed the budget after a long debate on taxes and pensions"), {});
  (void)c.Add(Doc("both", kBoth), {});
  for (int i = 4; i <= 80; ++i) (void)c.Add(Doc("f" + std::to_string(i), Filler(i)), {});
  EXPECT_EQ(c.StoryOf("budget"), budget);
  EXPECT_NE(c.StoryOf("quake"), budget);
  EXPECT_TRUE(c.Changes().empty());
}

TEST(StoriesSecondChance, NoneWhenMergesAreOff) {
  StoryOptions o = NoLateMerge();
  o.merge_threshold = -1;
  StoryClusterer c(o);
  (void)c.Add(Doc("quake", kQuake), {});
  std::string aid = c.Add(Doc("aid", kAid), {});
  (void)c.Add(Doc("both", kBoth), {});
  for (int i = 4; i <= 80; ++i) (void)c.Add(Doc("f" + std::to_string(i), Filler(i)), {});
  EXPECT_EQ(c.StoryOf("aid"), aid);
  EXPECT_TRUE(c.Changes().empty());
}

}  // namespace
}  // namespace newsgraph
