// Figures in wordings found by probing with written news sentences (issue #9, round 12n): the
// British press's "12pc", "3.2m people" and "5bn", temperatures, "half a million", "six in 10",
// ranges of percentages and of long numbers, ages after "were aged", a tally a bill passed by,
// and the figure a death toll rises to. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

void ExpectFigure(const Analysis& a, const std::string& text, double value, double value_max) {
  const NumberClaim* n = Figure(a, text);
  ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
  EXPECT_EQ(n->value, value) << text;
  EXPECT_EQ(n->value_max, value_max) << text;
}

TEST(ValuesProbes, PerCentWrittenPc) {
  auto a = Analyse("Retail sales climbed 4pc in June, and turnout reached 61.5pc.");
  ExpectFigure(a, "4pc", 4, 4);
  ExpectFigure(a, "61.5pc", 61.5, 61.5);
  EXPECT_EQ(Figure(a, "4pc")->unit, "%");
}

TEST(ValuesProbes, ScaleWrittenOntoTheDigits) {
  auto a = Analyse("The outbreak has reached 2.4m people. The lender lost 7bn last year, and "
                   "400k viewers tuned in.");
  ExpectFigure(a, "2.4m people", 2.4e6, 2.4e6);
  ExpectFigure(a, "7bn", 7e9, 7e9);
  ExpectFigure(a, "400k viewers", 4e5, 4e5);
  // a distance, a race, a screen and the tail of a decimal the text split are no millions
  auto b = Analyse("She ran the 200m final. He won the 110m hurdles. The shop sells 8K TVs. "
                   "They lent ? 31. 6bn to the bank.");
  EXPECT_TRUE(b.numbers.empty()) << Dump(b);
}

TEST(ValuesProbes, Temperatures) {
  auto a = Analyse("Forecasters expect 38C in Madrid, minus 7C in Oslo and -4F in Fargo, while "
                   "Athens saw 41°C.");
  ExpectFigure(a, "38C", 38, 38);
  ExpectFigure(a, "minus 7C", -7, -7);
  ExpectFigure(a, "-4F", -4, -4);
  ExpectFigure(a, "41°C", 41, 41);
}

TEST(ValuesProbes, HalfAndAQuarterOfAMillion) {
  auto a = Analyse("Almost half a million voters stayed home. A quarter of a million tourists "
                   "came.");
  ExpectFigure(a, "Almost half a million voters", 5e5, 5e5);
  ExpectFigure(a, "A quarter of a million tourists", 2.5e5, 2.5e5);
  EXPECT_EQ(Figure(a, "Almost half"), nullptr) << Dump(a);
}

TEST(ValuesProbes, AWordShareOfTen) {
  auto a = Analyse("Seven in 10 voters back the plan, and eight out of 10 nurses agree.");
  ExpectFigure(a, "Seven in 10 voters", 7, 7);
  ExpectFigure(a, "eight out of 10 nurses", 8, 8);
  EXPECT_EQ(Figure(a, "10 voters"), nullptr) << Dump(a);
}

TEST(ValuesProbes, TheArticleBeforeADollarSign) {
  auto a = Analyse("A $4 million grant was announced, and the miner paid A$2m.");
  const NumberClaim* us = Figure(a, "$4 million");
  ASSERT_NE(us, nullptr) << Dump(a);
  EXPECT_EQ(us->unit, "USD");
  EXPECT_EQ(us->text, "$4 million");
  ASSERT_NE(Figure(a, "A$2m"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "A$2m")->unit, "AUD");
}

TEST(ValuesProbes, RangesOfPercentagesAndLongNumbers) {
  auto a = Analyse("Fees will rise by between 5% and 8%. Yields of 3%-4% are expected. Roughly "
                   "2,000-2,500 families were moved.");
  ExpectFigure(a, "between 5% and 8%", 5, 8);
  ExpectFigure(a, "3%-4%", 3, 4);
  ExpectFigure(a, "Roughly 2,000-2,500 families", 2000, 2500);
  // a change between two shares is two figures
  auto b = Analyse("The levy goes from 12% to 15% next year.");
  ExpectFigure(b, "12%", 12, 12);
  ExpectFigure(b, "15%", 15, 15);
}

TEST(ValuesProbes, AgedAfterABeVerb) {
  auto a = Analyse("Most of the recruits were aged between 19 and 23, and a third were aged 30 "
                   "or over. The whisky was aged 18 years.");
  ExpectFigure(a, "aged between 19 and 23", 19, 23);
  ExpectFigure(a, "aged 30 or over", 30, 30);
  EXPECT_EQ(Figure(a, "aged 18 years"), nullptr) << Dump(a);
}

TEST(ValuesProbes, TallyOfAVote) {
  auto a = Analyse("The measure passed 61-38 in the assembly. The nominee was confirmed 50-47.");
  ExpectFigure(a, "61-38", 61, 38);
  ExpectFigure(a, "50-47", 50, 47);
}

TEST(ValuesProbes, TheFigureATollReaches) {
  auto a = Analyse("The death toll from the floods rose to 63 on Sunday. The number of "
                   "infections stood at 1,412, officials said. The arena holds 18,000.");
  ExpectFigure(a, "63", 63, 63);
  ExpectFigure(a, "1,412", 1412, 1412);
  ExpectFigure(a, "holds 18,000", 18000, 18000);
}

TEST(ValuesProbes, APassivesSubject) {
  auto a = Analyse("Another 45 were treated at the scene.");
  ExpectFigure(a, "45", 45, 45);
  // an anaphor and a number the text split are no counts
  auto b = Analyse("Lawyers said the two were surprised. A reward of $10, 000 are offered.");
  EXPECT_EQ(Figure(b, "two"), nullptr) << Dump(b);
  EXPECT_EQ(Figure(b, "000"), nullptr) << Dump(b);
}

TEST(ValuesProbes, AResultToldByTheWordAfterIt) {
  auto a = Analyse("Rovers were 2-0 up at half-time and ended the day 3-1 winners.");
  ExpectFigure(a, "2-0", 2, 0);
  ExpectFigure(a, "3-1", 3, 1);
}

TEST(ValuesProbes, EuroInTheSingular) {
  auto a = Analyse("The hatchback starts at 28,900 euro in Germany.");
  const NumberClaim* n = Figure(a, "28,900 euro");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 28900);
  EXPECT_EQ(n->unit, "EUR");
}

TEST(ValuesProbes, CrewAsACountedNoun) {
  auto a = Analyse("The jet carried 112 passengers and seven crew.");
  ExpectFigure(a, "seven crew", 7, 7);
}

TEST(ValuesProbes, AFractionOfAPercentagePoint) {
  auto a = Analyse("The bank raised its rate by half a percentage point, and the other lender "
                   "by a quarter of a percentage point.");
  ExpectFigure(a, "half a percentage point", 0.5, 0.5);
  ExpectFigure(a, "a quarter of a percentage point", 0.25, 0.25);
  EXPECT_EQ(Figure(a, "half a percentage point")->unit, "percentage point");
}

TEST(ValuesProbes, MoreVerbsOfAResult) {
  auto a = Analyse("The Hawks fell 109-98 to Denver. Ohio cruised past Toledo, 45-17, and "
                   "the Rams outscored the Bears 22-10 after the break.");
  EXPECT_NE(Figure(a, "109-98"), nullptr) << Dump(a);
  EXPECT_NE(Figure(a, "45-17"), nullptr) << Dump(a);
  EXPECT_NE(Figure(a, "22-10"), nullptr) << Dump(a);
}

TEST(ValuesProbes, APlusWrittenOntoTheNumber) {
  auto a = Analyse("A crowd of 10,000+ people marched, and the firm has 20+ years of work.");
  ExpectFigure(a, "10,000+ people", 10000, 10000);
  ExpectFigure(a, "20+ years", 20, 20);
}

}  // namespace
}  // namespace newsgraph
