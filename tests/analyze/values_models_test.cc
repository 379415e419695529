// Numbers of names and models (issue #9, round 14n): a model's number between a count and its
// noun ("400 737 Max jets"), a number after a name and before a lower-case noun ("the Apollo 10
// crew"), and a fiscal year before its noun. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

TEST(ValuesModels, AModelsNumberBetweenTheCountAndItsNoun) {
  auto a = Analyse("The carrier grounded about 120 320 Neo jets and ordered eight 350 Freighter "
                   "planes.");
  const NumberClaim* n = Figure(a, "about 120 320 Neo jets");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 120);
  n = Figure(a, "eight 350 Freighter planes");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 8);
  for (const auto& f : a.numbers) EXPECT_NE(f.value, 320) << Dump(a);
}

TEST(ValuesModels, ANumberThatEndsAName) {
  auto a = Analyse("A member of the Gemini 7 crew spoke. The Euro 2028 draw is in May. Users of "
                   "Windows 2000 machines and Wi-Fi 6 routers were warned. The firm's fiscal "
                   "2021 sales rose.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
}

TEST(ValuesModels, ANameBeforeACountOfTimeOrOfThings) {
  auto a = Analyse("She moved from Ohio 12 years before the war. The coach gave the Hawks 14 "
                   "hard minutes. Voters handed the Greens 23 seats.");
  EXPECT_NE(Figure(a, "12 years"), nullptr) << Dump(a);
  EXPECT_NE(Figure(a, "14 hard minutes"), nullptr) << Dump(a);
  EXPECT_NE(Figure(a, "23 seats"), nullptr) << Dump(a);
}

}  // namespace
}  // namespace newsgraph
