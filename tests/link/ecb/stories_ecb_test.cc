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

// Measured on the dev topics (docs/stories.md): mean B3 F1 0.909, min 0.875 over 10 orders
// with the analysis of issue #9 round 3 (0.919 / 0.892 with the one before it: the names the
// analysis reads move the figure by about 0.01); floors about 0.02 lower.
constexpr double kMeanFloor = 0.89;
constexpr double kMinFloor = 0.85;

// All dev documents clustered together in 5 shuffled orders, by the clusterer alone or through
// the whole link stage (`pipeline`): the floors, and no story mixing topics.
void CheckDevTopics(bool pipeline) {
  std::string dir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
  if (!std::filesystem::exists(dir + "/2")) GTEST_SKIP() << "no ECB+ data under " << dir;
  auto docs = ReadEcbTopics(dir, kEcbDevTopics);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  std::vector<LinkDocument> link = EcbLinkDocuments(docs.value(), /*analyze=*/true);
  std::vector<std::string> gold;
  for (const EcbDocument& d : docs.value()) gold.push_back(d.story());
  OrderRuns r = EvaluateOrders(link, gold, StoryOptions{}, 5, pipeline);
  EXPECT_GE(r.mean.f1, kMeanFloor) << "P " << r.mean.precision << " R " << r.mean.recall;
  EXPECT_GE(r.min.f1, kMinFloor);
  const std::vector<size_t> order = ShuffledOrder(link.size(), 1);
  auto pred = pipeline ? ClusterWithLinker(link, order, StoryOptions{})
                       : ClusterOnline(link, order, StoryOptions{});
  for (size_t i = 0; i < link.size(); ++i)
    for (size_t j = i + 1; j < link.size(); ++j)
      if (pred[i] == pred[j]) {
        EXPECT_EQ(docs.value()[i].topic, docs.value()[j].topic) << i << " " << j;
      }
}

TEST(StoriesEcb, DevTopicsQualityFloor) { CheckDevTopics(/*pipeline=*/false); }

// The same floor through the whole link stage, as `newsgraph link` assigns stories: copies,
// WorldPerson and WorldEvent ids are evidence to the clusterer. Measured: mean 0.908, min 0.884
// over 10 orders (docs/stories.md, "Stories as the link stage assigns them"); with the earlier
// weight of the WorldPerson ids (3, now 0.5) train fell from 0.924 to 0.913.
TEST(StoriesEcb, DevTopicsQualityFloorThroughTheLinker) { CheckDevTopics(/*pipeline=*/true); }

}  // namespace
}  // namespace newsgraph::eval
