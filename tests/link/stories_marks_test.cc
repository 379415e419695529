// Time marks and the split by marks (src/link/story_vectors.cc, story_state.cc, docs/stories.md):
// two events of one kind told in the same words come apart on the years (or months) their
// reports write. Texts written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/story_state.h"
#include "link/story_vectors.h"
#include "newsgraph/stories.h"

namespace newsgraph::story {
namespace {

SparseVector Terms(const std::string& text) {
  LinkDocument d;
  d.id = "d";
  d.text = text;
  return DocumentTerms(d, {}, FeatureWeights{}, 1 << 20);
}

KeptDoc Kept(uint64_t seq, const std::string& text) {
  KeptDoc k;
  k.seq = seq;
  k.raw = Terms(text);
  k.vec = k.raw;
  double norm = 0;
  for (const TermWeight& t : k.vec) norm += static_cast<double>(t.weight) * t.weight;
  for (TermWeight& t : k.vec) t.weight = static_cast<float>(t.weight / std::sqrt(norm));
  return k;
}

TEST(StoriesMarks, YearsAndMonthNamesAreMarks) {
  EXPECT_EQ(TimeMarks(Terms("The storm of 2008 was worse than the one in 1999, officials said.")),
            (std::vector<int>{1999, 2008}));
  // Month names, except "march" and "may" (more often a verb).
  EXPECT_EQ(TimeMarks(Terms("Protesters march again. The vote is due in June, he said.")),
            (std::vector<int>{6}));
  EXPECT_TRUE(TimeMarks(Terms("Protesters may march in March.")).empty());
  EXPECT_TRUE(TimeMarks(Terms("Ten thousand people, 3000 of them children, were hit.")).empty());
}

// Two recalls of one carmaker told in the same words, one in 2011 and one in 2014: only the
// year tells them apart.
const char* kRecall =
    "Carmaker Zephyr recalls sedans over faulty airbags, dealers nationwide replace inflators, "
    "owners notified by letter, regulators opened inquiry into supplier Kestrel";
const std::vector<std::string> kRecalls = {
    std::string(kRecall) + " in 2011", std::string("2011: ") + kRecall,
    std::string(kRecall) + " in 2014", std::string("2014: ") + kRecall,
    std::string(kRecall),              std::string(kRecall) + " (2011)",
    std::string(kRecall) + " (2014)",  std::string(kRecall) + " again"};

TEST(StoriesMarks, MarkSplitSeparatesTheYears) {
  std::vector<KeptDoc> kept;
  std::vector<std::vector<int>> marks;
  for (size_t i = 0; i < kRecalls.size(); ++i) {
    kept.push_back(Kept(i + 1, kRecalls[i]));
    marks.push_back(TimeMarks(kept.back().raw));
  }
  std::vector<int> side;
  // The words alone do not part them (the documents say the same thing).
  EXPECT_FALSE(TwoMeans(kept, 0.4, &side));
  ASSERT_TRUE(MarkSplit(kept, marks, 0.99, &side));
  EXPECT_EQ(side[0], side[1]);
  EXPECT_EQ(side[0], side[5]);
  EXPECT_EQ(side[2], side[3]);
  EXPECT_EQ(side[2], side[6]);
  EXPECT_NE(side[0], side[2]);
  // Above the similarity asked for, no split.
  EXPECT_FALSE(MarkSplit(kept, marks, 0.05, &side));
}

TEST(StoriesMarks, NoSplitWhenMarksDoNotConflict) {
  std::vector<KeptDoc> kept;
  std::vector<std::vector<int>> marks;
  // One story whose reports recall an earlier year next to their own: most documents have both.
  const std::vector<std::string> texts = {
      "Zephyr recall of 2014 sedans, the worst since 2011", "Zephyr 2014 recall recalls 2011",
      "Zephyr sedans recall 2014 after 2011 airbags", "Zephyr airbags 2014, as in 2011",
      "Zephyr recall 2014 dealers", "Zephyr recall 2011 dealers"};
  for (size_t i = 0; i < texts.size(); ++i) {
    kept.push_back(Kept(i + 1, texts[i]));
    marks.push_back(TimeMarks(kept.back().raw));
  }
  std::vector<int> side;
  EXPECT_FALSE(MarkSplit(kept, marks, 0.99, &side));
  // Months and years are not set against each other.
  marks = {{2014}, {2014}, {2014}, {5}, {5}, {5}};
  EXPECT_FALSE(MarkSplit(kept, marks, 0.99, &side));
}

// In the stream: the one story the recalls first form splits by year at its fourth document.
TEST(StoriesMarks, ClustererSplitsAStoryByItsYears) {
  StoryClusterer c{StoryOptions{}};
  const std::vector<std::string> order = {kRecalls[0], kRecalls[2], kRecalls[1], kRecalls[3]};
  for (size_t i = 0; i < order.size(); ++i) {
    LinkDocument d;
    d.id = "r" + std::to_string(i);
    d.text = order[i];
    (void)c.Add(d, {});
  }
  EXPECT_EQ(c.StoryOf("r0"), c.StoryOf("r2"));  // 2011
  EXPECT_EQ(c.StoryOf("r1"), c.StoryOf("r3"));  // 2014
  EXPECT_NE(c.StoryOf("r0"), c.StoryOf("r1"));
  ASSERT_EQ(c.Changes().size(), 1u);
  EXPECT_EQ(c.Changes()[0].kind, "split");
}

}  // namespace
}  // namespace newsgraph::story
