// The coreference scores of tools/lib/coref_metrics on small examples computed by hand.
#include <gtest/gtest.h>

#include "coref_metrics.h"

namespace newsgraph::eval {
namespace {

// Key {a b c} {d e}; response {a b} {c d e}.
const std::vector<std::string> kKey = {"K1", "K1", "K1", "K2", "K2"};
const std::vector<std::string> kResponse = {"R1", "R1", "R2", "R2", "R2"};

TEST(CorefMetrics, Muc) {
  // recall: K1 is split in 2 parts (3-2 = 1 of 2 links), K2 whole (1 of 1): 2/3
  // precision: R1 whole (1 of 1), R2 spans 2 key clusters (1 of 2): 2/3
  CorefScore s = Muc(kKey, kResponse);
  EXPECT_NEAR(s.recall, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.precision, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.f1, 2.0 / 3, 1e-12);
}

TEST(CorefMetrics, BCubed) {
  // recall per mention: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
  // precision per mention: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15
  CorefScore s = BCubed(kKey, kResponse);
  EXPECT_NEAR(s.recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.precision, 11.0 / 15, 1e-12);
}

TEST(CorefMetrics, CeafE) {
  // phi(K1,R1) = 2*2/5 = 0.8, phi(K2,R2) = 2*2/5 = 0.8 (the best alignment; K1-R2 + K2-R1 = 1/3)
  CorefScore s = CeafE(kKey, kResponse);
  EXPECT_NEAR(s.recall, 0.8, 1e-12);
  EXPECT_NEAR(s.precision, 0.8, 1e-12);
  CorefReport r = ScoreCoref(kKey, kResponse);
  EXPECT_NEAR(r.conll, (2.0 / 3 + 11.0 / 15 + 0.8) / 3, 1e-12);
}

TEST(CorefMetrics, AllSingletonsAgainstOneCluster) {
  std::vector<std::string> key = {"K", "K", "K"}, response = {"a", "b", "c"};
  CorefScore muc = Muc(key, response);
  EXPECT_EQ(muc.recall, 0);
  EXPECT_EQ(muc.precision, 0);  // no response links: 0 by convention
  CorefScore b3 = BCubed(key, response);
  EXPECT_NEAR(b3.recall, 1.0 / 3, 1e-12);
  EXPECT_NEAR(b3.precision, 1.0, 1e-12);
  // phi(K, {a}) = 2*1/4 = 0.5: recall 0.5 / 1 key cluster, precision 0.5 / 3 response clusters
  CorefScore ce = CeafE(key, response);
  EXPECT_NEAR(ce.recall, 0.5, 1e-12);
  EXPECT_NEAR(ce.precision, 0.5 / 3, 1e-12);
}

TEST(CorefMetrics, PerfectAndMismatched) {
  CorefReport r = ScoreCoref(kKey, {"x", "x", "x", "y", "y"});
  EXPECT_NEAR(r.conll, 1.0, 1e-12);
  EXPECT_EQ(ScoreCoref(kKey, {"x"}).conll, 0);  // lengths differ
  EXPECT_EQ(ScoreCoref({}, {}).conll, 0);
}

TEST(CorefMetrics, MaxAssignment) {
  EXPECT_DOUBLE_EQ(MaxAssignment({{1, 2}, {3, 1}}), 5);
  EXPECT_DOUBLE_EQ(MaxAssignment({{1, 5, 3}}), 5);
  EXPECT_DOUBLE_EQ(MaxAssignment({{1}, {5}, {3}}), 5);
  EXPECT_DOUBLE_EQ(MaxAssignment({{4, 1, 3}, {2, 0, 5}, {3, 2, 2}}), 11);  // 4 + 5 + 2
  EXPECT_DOUBLE_EQ(MaxAssignment({}), 0);
}

}  // namespace
}  // namespace newsgraph::eval
