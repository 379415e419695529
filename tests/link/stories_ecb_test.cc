// Quality floor of story clustering on the ECB+ dev topics (held out from tuning): all dev
// documents clustered together, online, in shuffled orders. Skipped when ../shared is absent.
// The figures behind the floor are in docs/stories.md (build/tools/ecb_stories_eval --split dev).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "story_eval.h"

namespace newsgraph::eval {
namespace {

TEST(StoriesEcb, DevTopicsQualityFloor) {
  std::string dir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
  if (!std::filesystem::exists(dir + "/2")) GTEST_SKIP() << "no ECB+ data under " << dir;
  auto docs = ReadEcbTopics(dir, kEcbDevTopics);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  std::vector<LinkDocument> link = EcbLinkDocuments(docs.value(), /*analyze=*/true);
  std::vector<std::string> gold;
  for (const EcbDocument& d : docs.value()) gold.push_back(d.story());
  OrderRuns r = EvaluateOrders(link, gold, StoryOptions{}, 5);
  EXPECT_GE(r.mean.f1, kMeanFloor) << "P " << r.mean.precision << " R " << r.mean.recall;
  EXPECT_GE(r.min.f1, kMinFloor);
  // The batch baseline is beaten.
  ClusterScores batch = ScoreClustering(gold, BatchAverageLink(link, 0.12));
  EXPECT_GT(r.mean.f1, batch.f1);
}

}  // namespace
}  // namespace newsgraph::eval
