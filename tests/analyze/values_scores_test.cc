// Figures written as two numbers joined by a hyphen: results and tallies with their two sides
// in the order written, a tennis match's sets as one score, ranges with their counted noun, and
// the hyphenated numbers that are no figure (a season, a speed test, a code). Sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"
#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

using test::ExpectScore;
using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

TEST(ValuesScores, ResultsKeepTheirSidesInTheOrderWritten) {
  auto a = Analyse("The Rangers beat the Falcons 104-99 on Saturday. The visitors lost 87-93 in "
                   "Denver a week later. The appeals court ruled 6-3 against the city. Leeds held "
                   "on for a 2-1 victory, and the derby ended 0-0.");
  ExpectScore(a, "104-99", 104, 99);
  ExpectScore(a, "87-93", 87, 93);
  ExpectScore(a, "6-3", 6, 3);
  ExpectScore(a, "2-1", 2, 1);
  ExpectScore(a, "0-0", 0, 0);
  // a lead right before the pair
  auto b = Analyse("A late three put the Rangers up 109-98 with three minutes left.");
  ExpectScore(b, "109-98", 109, 98);
}

TEST(ValuesScores, ATennisMatchsSetsAreOneScore) {
  auto a = Analyse("Ortega beat Lindqvist 7-6 (4), 3-6, 6-2 in the opening round. Her sister won "
                   "6-1, 6-4 the next day.");
  for (const std::string text : {"7-6 (4), 3-6, 6-2", "6-1, 6-4"}) {
    const NumberClaim* n = Figure(a, text);
    ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
    EXPECT_TRUE(n->score) << text;
    EXPECT_TRUE(n->vague) << text;
  }
  // the sets are not read again as results of their own
  EXPECT_EQ(Figure(a, "3-6"), nullptr) << Dump(a);
  EXPECT_EQ(a.numbers.size(), 2u) << Dump(a);
}

TEST(ValuesScores, RangesWithTheirCountedNoun) {
  auto a = Analyse("The repairs will take 3-5 years. Boil the syrup for 10-15 minutes. Turnout rose "
                   "by 20-30% in the suburbs.");
  for (const char* text : {"3-5 years", "10-15 minutes", "20-30%"}) {
    const NumberClaim* n = Figure(a, text);
    ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
    EXPECT_FALSE(n->score) << text;
    EXPECT_LT(n->value, n->value_max) << text;
  }
  EXPECT_EQ(Figure(a, "3-5 years")->unit, "years");
  EXPECT_EQ(Figure(a, "20-30%")->unit, "%");
}

TEST(ValuesScores, AScaleWordInsideACompound) {
  auto a = Analyse("The universe has a 13.8-billion-year history, and the probe made a "
                   "1.5-million-mile trip.");
  const NumberClaim* y = Figure(a, "13.8-billion-year");
  ASSERT_NE(y, nullptr) << Dump(a);
  EXPECT_EQ(y->value, 13.8e9);
  EXPECT_EQ(y->unit, "years");
  const NumberClaim* m = Figure(a, "1.5-million-mile");
  ASSERT_NE(m, nullptr) << Dump(a);
  EXPECT_EQ(m->value, 1.5e6);
  EXPECT_EQ(m->unit, "miles");
}

TEST(ValuesScores, HyphenatedNumbersThatAreNoFigure) {
  // no word of a result near the pair, a season, a speed test, a code
  auto a = Analyse("The 2019-20 season was cut short. The coupe does 0-60 mph in four seconds. "
                   "The store is open 24-7 and sits at 12-14 Mill Road.");
  EXPECT_TRUE(a.numbers.empty() || Figure(a, "0-60") == nullptr) << Dump(a);
  for (const NumberClaim& n : a.numbers) EXPECT_FALSE(n.score) << n.text;
  EXPECT_EQ(Figure(a, "24-7"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "2019-20"), nullptr) << Dump(a);
  // a compound written as a name
  auto b = Analyse("A new 'Half-Life' game is coming, and a 'Seven-Eleven' opened.");
  EXPECT_TRUE(b.numbers.empty()) << Dump(b);
}

TEST(ValuesScores, JsonWritesTheSidesAndNoBound) {
  auto a = Analyse("The Rangers beat the Falcons 104-99, and Ortega won 6-1, 6-4.");
  const std::string json = AnalysisToJson(a);
  EXPECT_NE(json.find("\"text\":\"104-99\",\"value\":[104,99],\"score\":true,\"unit\":null,"
                      "\"qualifier\":null"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"text\":\"6-1, 6-4\",\"value\":null,\"score\":true,\"unit\":null"),
            std::string::npos)
      << json;
  EXPECT_EQ(json.find("at_least"), std::string::npos) << json;
}

}  // namespace
}  // namespace newsgraph
