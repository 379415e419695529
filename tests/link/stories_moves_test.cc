// Document moves (src/link/stories.cc, docs/stories.md): a document that joined the only story
// near it when it arrived moves to a story that formed after it, once that story fits it better
// than its own story does without it. Texts written for the test.
#include <gtest/gtest.h>

#include <algorithm>
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

// A flood in a river valley, three reports.
const char* kFlood[] = {
    "river burst banks flooding valley farms cattle drowned levee breached sandbags volunteers",
    "levee breached river flooding valley farms sandbags volunteers evacuated cattle barns",
    "flooding valley farms river levee sandbags cattle evacuated barns volunteers rescue"};
// A dam's reservoir drained for repairs in the same valley, four reports.
const char* kDam[] = {
    "engineers drained reservoir dam repairs cracked spillway concrete turbines inspection contract",
    "dam reservoir drained engineers spillway cracked concrete repairs turbines contractor budget",
    "spillway concrete cracked reservoir dam engineers repairs inspection turbines budget drained",
    "reservoir drained dam spillway repairs engineers concrete contractor inspection turbines"};
// A report of the dam repairs that mentions the flood of the year before: when it arrives, the
// flood is the only story it shares words with.
const char* kDamRecallingFlood =
    "dam reservoir drained spillway repairs engineers concrete turbines after river flooding "
    "valley farms levee";

// Options under which neither a late merge nor a split fires, so that only a move can take the
// report out of the flood's story.
StoryOptions OnlyMoves() {
  StoryOptions o;
  o.merge_threshold = 0.99;
  o.split_threshold = -1;
  return o;
}

void Feed(StoryClusterer* c) {
  for (int i = 0; i < 3; ++i) (void)c->Add(Doc("flood" + std::to_string(i), kFlood[i]), {});
  (void)c->Add(Doc("recall", kDamRecallingFlood), {});
  for (int i = 0; i < 4; ++i) (void)c->Add(Doc("dam" + std::to_string(i), kDam[i]), {});
}

TEST(StoriesMoves, ReportMovesToTheStoryThatFormedAfterIt) {
  StoryClusterer c(OnlyMoves());
  for (int i = 0; i < 3; ++i) (void)c.Add(Doc("flood" + std::to_string(i), kFlood[i]), {});
  std::string flood = c.StoryOf("flood0");
  EXPECT_EQ(c.Add(Doc("recall", kDamRecallingFlood), {}), flood);  // the only story near it
  for (int i = 0; i < 4; ++i) (void)c.Add(Doc("dam" + std::to_string(i), kDam[i]), {});
  std::string dam = c.StoryOf("dam0");
  EXPECT_NE(dam, flood);
  EXPECT_EQ(c.StoryOf("recall"), dam);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(c.StoryOf("flood" + std::to_string(i)), flood);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(c.StoryOf("dam" + std::to_string(i)), dam);
  std::vector<StoryChange> changes = c.Changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, "move");
  EXPECT_EQ(changes[0].into, dam);
  EXPECT_EQ(changes[0].from, flood);
  EXPECT_EQ(changes[0].document, "recall");
  EXPECT_TRUE(changes[0].at_document.rfind("dam", 0) == 0);
  // The stories list the moved document where it went.
  std::vector<Story> stories = c.Stories();
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].id, dam);
  EXPECT_EQ(stories[0].documents.size(), 5u);
  EXPECT_EQ(stories[1].documents.size(), 3u);
  EXPECT_EQ(std::count(stories[1].documents.begin(), stories[1].documents.end(), "recall"), 0);
}

TEST(StoriesMoves, NoneWhenMergesAreOff) {
  StoryOptions o = OnlyMoves();
  o.merge_threshold = -1;
  StoryClusterer c(o);
  Feed(&c);
  EXPECT_EQ(c.StoryOf("recall"), c.StoryOf("flood0"));
  EXPECT_NE(c.StoryOf("recall"), c.StoryOf("dam0"));
  EXPECT_TRUE(c.Changes().empty());
}

TEST(StoriesMoves, MembersThatFitTheirOwnStoryStay) {
  StoryClusterer c(OnlyMoves());
  Feed(&c);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(c.StoryOf("flood" + std::to_string(i)), c.StoryOf("flood0"));
  for (int i = 0; i < 4; ++i) EXPECT_EQ(c.StoryOf("dam" + std::to_string(i)), c.StoryOf("dam0"));
  for (const StoryChange& ch : c.Changes()) EXPECT_EQ(ch.document, "recall");
}

TEST(StoriesMoves, SameOrderSameMoves) {
  StoryClusterer a(OnlyMoves()), b(OnlyMoves());
  Feed(&a);
  Feed(&b);
  ASSERT_EQ(a.Changes().size(), b.Changes().size());
  ASSERT_FALSE(a.Changes().empty());
  for (size_t i = 0; i < a.Changes().size(); ++i) {
    EXPECT_EQ(a.Changes()[i].into, b.Changes()[i].into);
    EXPECT_EQ(a.Changes()[i].document, b.Changes()[i].document);
  }
}

}  // namespace
}  // namespace newsgraph
