// Vague figures: amounts the words give without an exact value ("hundreds of people", "tens of
// thousands of troops", "several thousand teachers", "several times", "decades in jail"), with
// the lower bound the words imply, and the words that look alike but count nothing. Sentences
// are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

void ExpectVague(const Analysis& a, const std::string& text, double bound, const std::string& unit) {
  const NumberClaim* n = Figure(a, text);
  ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
  EXPECT_TRUE(n->vague) << text;
  EXPECT_EQ(n->value, bound) << text;
  EXPECT_EQ(n->value_max, bound) << text;
  EXPECT_EQ(n->qualifier, "at least") << text;
  EXPECT_EQ(n->unit, unit) << text;
}

TEST(ValuesVague, OrdersOfMagnitudeWithTheCountedNoun) {
  auto a = Analyse("Hundreds of thousands of people marched on Sunday. Tens of thousands of troops "
                   "remain at the border, and dozens of officers were hurt. Thousands of "
                   "light-years away, the telescope found tens of thousands of evolving galaxies "
                   "that formed billions of years ago. Police seized hundreds of rounds of "
                   "ammunition.");
  ExpectVague(a, "Hundreds of thousands of people", 200000, "people");
  ExpectVague(a, "Tens of thousands of troops", 20000, "troops");
  ExpectVague(a, "dozens of officers", 24, "officers");
  ExpectVague(a, "Thousands of light-years", 2000, "light-years");
  ExpectVague(a, "tens of thousands of evolving galaxies", 20000, "galaxies");
  ExpectVague(a, "hundreds of rounds", 200, "rounds");
}

TEST(ValuesVague, SeveralAndAFewBeforeAScaleWord) {
  auto a = Analyse("Several thousand teachers walked out on Monday, and a few thousand teachers "
                   "joined them later; hundreds of them stayed overnight. The city hired several "
                   "hundred workers and a few dozen nurses.");
  ExpectVague(a, "Several thousand teachers", 2000, "teachers");
  ExpectVague(a, "a few thousand teachers", 2000, "teachers");
  ExpectVague(a, "hundreds of them", 200, "");
  ExpectVague(a, "several hundred workers", 200, "workers");
  ExpectVague(a, "a few dozen nurses", 24, "nurses");
  // a dateline's dash opens the clause
  auto d = Analyse("Springfield \u2013 Several thousand nurses rallied on Tuesday. The club sold "
                   "\"Thousands Of Years\" and \u2013 Hundreds Of Songs.");
  ExpectVague(d, "Several thousand nurses", 2000, "nurses");
  EXPECT_EQ(d.numbers.size(), 1u) << Dump(d);
  // the scale word alone is no exact figure any more
  EXPECT_EQ(Figure(a, "thousand teachers"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "hundred workers"), nullptr) << Dump(a);
}

TEST(ValuesVague, BareAmountsMoreTimesAndJail) {
  auto a = Analyse("Hundreds were evacuated and rescuers reached the hundreds trapped inside. "
                   "The storm displaced tens of thousands more residents. He was arrested several "
                   "times and now faces decades in jail. Scores of homes were destroyed.");
  ExpectVague(a, "Hundreds", 200, "");
  ExpectVague(a, "hundreds", 200, "");
  ExpectVague(a, "tens of thousands more residents", 20000, "residents");
  ExpectVague(a, "several times", 2, "times");
  ExpectVague(a, "decades in jail", 2, "decades");
  ExpectVague(a, "Scores of homes", 40, "homes");
}

TEST(ValuesVague, MoneyInVagueAmounts) {
  auto a = Analyse("The program has cost hundreds of millions of dollars.");
  ExpectVague(a, "hundreds of millions of dollars", 2e8, "USD");
}

TEST(ValuesVague, LookalikesAreNoFigures) {
  auto a = Analyse("Test scores of students rose. The scores of the games were close. She read "
                   "\"A Thousand Years\" and the book Thousands of Years in class. He scored two "
                   "hundreds in the series. Her years in prison changed her.");
  for (const auto& n : a.numbers) EXPECT_FALSE(n.vague) << Dump(a);
  // exact figures stay exact
  auto b = Analyse("About 8,000 migrants crossed, and more than a dozen were hurt.");
  const NumberClaim* n = Figure(b, "About 8,000 migrants");
  ASSERT_NE(n, nullptr) << Dump(b);
  EXPECT_FALSE(n->vague);
  EXPECT_EQ(n->value, 8000);
}

TEST(ValuesVague, JsonWritesNullWithTheBound) {
  auto a = Analyse("Dozens of officers were hurt.");
  const std::string json = AnalysisToJson(a);
  EXPECT_NE(json.find("\"text\":\"Dozens of officers\",\"value\":null,\"at_least\":24,"
                      "\"unit\":\"officers\",\"qualifier\":null"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace newsgraph
