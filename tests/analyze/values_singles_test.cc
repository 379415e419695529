// Figures of one, and small amounts in set phrases (issue #9, round 14n): a lone "one" counted
// where the sentence counts it ("only one toilet", "had one meeting"), "a minute of silence",
// "a quarter-point cut", "nearly a month", "10 cents", and a change written with its sign
// ("-5.4%"); a speed test's speed ("zero to 60 mph"), "billions and billions", and "as many as"
// read as "up to". Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

void ExpectFigure(const Analysis& a, const std::string& text, double value) {
  const NumberClaim* n = Figure(a, text);
  ASSERT_NE(n, nullptr) << text << "\n" << Dump(a);
  EXPECT_EQ(n->value, value) << text;
  EXPECT_EQ(n->value_max, value) << text;
}

TEST(ValuesSingles, OneCountedWhereTheSentenceCountsIt) {
  auto a = Analyse("The shelter had only one shower for 80 people. Inspectors found just one "
                   "working smoke alarm. The mayor has one regular session with the council. "
                   "Exactly one ballot box arrived late.");
  ExpectFigure(a, "one shower", 1);
  ExpectFigure(a, "one working smoke alarm", 1);
  ExpectFigure(a, "one regular session", 1);
  ExpectFigure(a, "one ballot box", 1);
}

TEST(ValuesSingles, TheIndefiniteOneIsNoFigure) {
  auto a = Analyse("One resident said the water was brown. According to one estimate, the bill "
                   "will rise. She waved with one hand. I have one myself. No one was hurt.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
}

// round 15n: a "one" in a list beside other counts, or told as what is left
TEST(ValuesSingles, OneBesideOtherCounts) {
  auto a = Analyse("Deputies served three warrants, one summons and a notice. The shelter took "
                   "in two dogs and one rabbit. One goat and four sheep escaped the pen. The "
                   "Hawks lead the table with one match remaining, and the leader crashed with "
                   "one lap to go.");
  ExpectFigure(a, "one summons", 1);
  ExpectFigure(a, "one rabbit", 1);
  ExpectFigure(a, "One goat", 1);
  ExpectFigure(a, "one match", 1);
  ExpectFigure(a, "one lap", 1);
}

TEST(ValuesSingles, OneBesideNoCountIsNoFigure) {
  auto a = Analyse("Police said one officer was hurt, and one witness called it chaos. The "
                   "mayor spoke with one hand raised.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
}

TEST(ValuesSingles, AMinuteOfSilence) {
  auto a = Analyse("The crowd held a minute of silence. Players later observed a minute's "
                   "silence, and the council kept a minute silence too.");
  ExpectFigure(a, "a minute of silence", 1);
  ExpectFigure(a, "a minute's silence", 1);
  ExpectFigure(a, "a minute silence", 1);
  EXPECT_EQ(Figure(a, "a minute of silence")->unit, "minutes");
}

TEST(ValuesSingles, QuarterAndHalfPoints) {
  auto a = Analyse("The bank made a quarter-point cut in March and may add a half-point rise.");
  ExpectFigure(a, "a quarter-point", 0.25);
  ExpectFigure(a, "a half-point", 0.5);
}

TEST(ValuesSingles, NearlyAMonthAndCents) {
  auto a = Analyse("Growers have nearly a month to plant. Stamps cost 68 cents, and a loaf 90 "
                   "pence.");
  ExpectFigure(a, "nearly a month", 1);
  EXPECT_EQ(Figure(a, "nearly a month")->qualifier, "about");
  ExpectFigure(a, "68 cents", 0.68);
  EXPECT_EQ(Figure(a, "68 cents")->unit, "USD");
  ExpectFigure(a, "90 pence", 0.9);
  EXPECT_EQ(Figure(a, "90 pence")->unit, "GBP");
}

TEST(ValuesSingles, AChangeWrittenWithItsSign) {
  auto a = Analyse("Shares of the retailer closed at -5.4% while the index ended (+1.2%) "
                   "higher.");
  ExpectFigure(a, "-5.4%", -5.4);
  ExpectFigure(a, "+1.2%", 1.2);
}

TEST(ValuesSingles, ASpeedTestIsTheSpeedReached) {
  auto a = Analyse("The coupe goes from zero to 60 mph in 4.1 seconds, and the van from 0 to 100 "
                   "km/h in nine.");
  ExpectFigure(a, "60 mph", 60);
  EXPECT_EQ(Figure(a, "zero to 60 mph"), nullptr) << Dump(a);
}

TEST(ValuesSingles, ARepeatedScaleIsOneAmount) {
  auto a = Analyse("The tariffs brought in billions and billions of dollars.");
  ASSERT_EQ(a.numbers.size(), 1u) << Dump(a);
  EXPECT_EQ(a.numbers[0].text, "billions and billions of dollars");
  EXPECT_TRUE(a.numbers[0].vague);
}

TEST(ValuesSingles, AsManyAsIsUpTo) {
  auto a = Analyse("Organisers expect as many as 400 runners. The fund could raise as much as "
                   "$8 million, and the roster may grow to as many as 60 by June.");
  ASSERT_NE(Figure(a, "as many as 400 runners"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "as many as 400 runners")->qualifier, "up to");
  ASSERT_NE(Figure(a, "as much as $8 million"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "as much as $8 million")->qualifier, "up to");
  EXPECT_NE(Figure(a, "as many as 60"), nullptr) << Dump(a);
}

TEST(ValuesSingles, TwoStrokeIsAKindOfEngine) {
  auto a = Analyse("Most scooters there run on two-stroke engines.");
  EXPECT_TRUE(a.numbers.empty()) << Dump(a);
}

}  // namespace
}  // namespace newsgraph
