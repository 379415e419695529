// Figures in wordings read on unlabelled news (issue #9, round 10): money codes and words,
// units written in the singular or onto the digits, "once"/"twice", the count a verb takes,
// runs, and numbers that belong to a name. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

void ExpectFigure(const Analysis& a, const std::string& text, double value, const std::string& unit) {
  const NumberClaim* n = Figure(a, text);
  ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
  EXPECT_EQ(n->value, value) << text;
  EXPECT_EQ(n->unit, unit) << text;
}

TEST(ValuesUnseen, MoneyCodesAndWords) {
  auto a = Analyse("The state set aside Rs 450 crore for roads and 12 lakh rupees for a bridge. "
                   "Fans paid EUR 35 a ticket, while the club spent 8 billion yuan and $14MM on "
                   "players.");
  ExpectFigure(a, "Rs 450 crore", 4.5e9, "INR");
  ExpectFigure(a, "12 lakh rupees", 1.2e6, "INR");
  ExpectFigure(a, "EUR 35", 35, "EUR");
  ExpectFigure(a, "8 billion yuan", 8e9, "CNY");
  ExpectFigure(a, "$14MM", 14e6, "USD");
}

TEST(ValuesUnseen, UnitsInTheSingularAndOnTheDigits) {
  auto a = Analyse("The pickup gets a 210 hp engine with 380 lb-ft of torque and a 64 kWh "
                   "battery. Mix 6 oz of flour. The tablet has 128GB of storage and a 3.1GHz "
                   "chip.");
  ExpectFigure(a, "210 hp", 210, "hp");
  ExpectFigure(a, "380 lb-ft", 380, "lb-ft");
  ExpectFigure(a, "64 kWh", 64, "kWh");
  ExpectFigure(a, "6 oz", 6, "oz");
  ExpectFigure(a, "128GB", 128, "gb");
  ExpectFigure(a, "3.1GHz", 3.1, "ghz");
}

TEST(ValuesUnseen, OnceAndTwice) {
  auto a = Analyse("The striker scored twice in the second half. The board has met only once "
                   "since May. She has been warned more than once. They meet once or twice a "
                   "week.");
  ExpectFigure(a, "twice", 2, "times");
  ExpectFigure(a, "once", 1, "times");
  ExpectFigure(a, "more than once", 1, "times");
  const NumberClaim* r = Figure(a, "once or twice");
  ASSERT_NE(r, nullptr) << Dump(a);
  EXPECT_EQ(r->value_max, 2);
  auto b = Analyse("Once the rain stopped, the market was once again full. He was once a "
                   "sailor, and the fans left all at once.");
  EXPECT_TRUE(b.numbers.empty()) << Dump(b);
}

TEST(ValuesUnseen, TheCountAVerbTakesAndRuns) {
  auto a = Analyse("Maria Lopez scored 31 points, and Jen Park had 12. The writer died on "
                   "Sunday. He was 88. The Hawks have won seven in a row, and the Owls have "
                   "lost four straight. The club now has 1,204.");
  ExpectFigure(a, "had 12", 12, "");
  ExpectFigure(a, "was 88", 88, "");
  ExpectFigure(a, "seven in a row", 7, "in a row");
  ExpectFigure(a, "four straight", 4, "straight");
  ExpectFigure(a, "has 1,204", 1204, "");
  auto b = Analyse("The bridge opened in 1998. The law was passed in 2004, and it is 2019.");
  EXPECT_TRUE(b.numbers.empty()) << Dump(b);
}

TEST(ValuesUnseen, MoreAndPeopleTakenByAnEvent) {
  auto a = Analyse("Divers pulled out 40 more on Monday, and officials expect 30 more migrants. "
                   "Police said 9 arrested after the march, and 6 hospitalized.");
  ExpectFigure(a, "40 more", 40, "");
  ExpectFigure(a, "30 more migrants", 30, "migrants");
  ExpectFigure(a, "9 arrested", 9, "people");
  ExpectFigure(a, "6 hospitalized", 6, "people");
}

TEST(ValuesUnseen, AgesWithoutAged) {
  auto a = Analyse("The painter, who began at the age of 12, died at 84 on Sunday. The driver, "
                   "37, was unhurt. At 19, she moved to Lagos. The show suits children from an "
                   "age of 30 months.");
  ExpectFigure(a, "age of 12", 12, "years (age)");
  ExpectFigure(a, "at 84", 84, "years (age)");
  ExpectFigure(a, "37", 37, "years (age)");
  ExpectFigure(a, "At 19", 19, "years (age)");
  ExpectFigure(a, "30 months", 30, "months");
}

TEST(ValuesUnseen, PartOfAWholeAfterLastOrFirst) {
  auto a = Analyse("The Rams have lost three of their last four games.");
  ExpectFigure(a, "three of their last four games", 3, "games");
  // a whole given by a number is a figure of its own
  auto b = Analyse("Officials said seven of the 30 inspectors quit.");
  ExpectFigure(b, "seven of the 30 inspectors", 7, "inspectors");
  ExpectFigure(b, "30 inspectors", 30, "inspectors");
}

TEST(ValuesUnseen, CapacitiesScaledNumbersAndOneOrTwo) {
  auto a = Analyse("The cabin has room for six, and the herd shrank to 120\u2013150 million. The "
                   "delay lasted a day or two.");
  ExpectFigure(a, "for six", 6, "");
  const NumberClaim* r = Figure(a, "120\u2013150 million");
  ASSERT_NE(r, nullptr) << Dump(a);
  EXPECT_EQ(r->value, 120e6);
  EXPECT_EQ(r->value_max, 150e6);
  const NumberClaim* d = Figure(a, "a day or two");
  ASSERT_NE(d, nullptr) << Dump(a);
  EXPECT_EQ(d->value_max, 2);
}

TEST(ValuesUnseen, NumbersInsideNamesCountNothing) {
  auto a = Analyse("She bought a Pixel 4 Plus and a Boeing 777 Freighter order was signed. The "
                   "standings: 12 Laura Dunn 880 3 1, 13 Tom Birch 870 2 2. He used a zero-day "
                   "flaw, and his team has zero tolerance for delays.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
  auto b = Analyse("Storm Kills 3 Children In Coastal Town. The car does zero to 60 mph in "
                   "four seconds.");
  EXPECT_NE(Figure(b, "3 Children"), nullptr) << Dump(b);
  // (round 14n: a speed test's figure is the speed reached, read without "zero to")
  EXPECT_NE(Figure(b, "60 mph"), nullptr) << Dump(b);
}

TEST(ValuesUnseen, LabelsTimesAndDecadesCountNothing) {
  auto a = Analyse("The Phase 2 talks and the Week 9 game went ahead. She has Type 1 diabetes, "
                   "and the No. 4 seed lost. Polls closed at 1800 GMT. It was the music of the "
                   "nineteen sixties, and he was half-asleep.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
  auto b = Analyse("The injury ended his season two games early, after a half-hour delay.");
  EXPECT_NE(Figure(b, "two games"), nullptr) << Dump(b);
  EXPECT_NE(Figure(b, "half-hour"), nullptr) << Dump(b);
}

TEST(ValuesUnseen, CasualtiesAfterAVerbOrAsThePassivesSubject) {
  auto a = Analyse("The storm killed 14 and injured 30. Three died and five were injured, and "
                   "12 were arrested.");
  ExpectFigure(a, "14", 14, "people killed");
  ExpectFigure(a, "30", 30, "people wounded");
  ExpectFigure(a, "five", 5, "people wounded");
  ExpectFigure(a, "12 were arrested", 12, "people");
}

TEST(ValuesUnseen, AMagnitudeWrittenBeforeItsNumber) {
  auto a = Analyse("A magnitude 6.1 earthquake struck on Monday. The survey put its magnitude "
                   "at 5.9, and a later quake had a magnitude of 4.2.");
  ExpectFigure(a, "magnitude 6.1", 6.1, "magnitude");
  ExpectFigure(a, "magnitude at 5.9", 5.9, "magnitude");
  ExpectFigure(a, "magnitude of 4.2", 4.2, "magnitude");
}

}  // namespace
}  // namespace newsgraph
