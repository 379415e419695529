// Figures in wordings the first rules missed: changes written "from X to Y", nouns after
// coordinated modifiers, "close to", one unit of time written as one word, and numbers that
// count nothing (an emergency line, a calibre). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

TEST(ValuesWording, ChangeFromOneFigureToAnotherIsTwoFigures) {
  auto a = Analyse("Its valuation was slashed from $47 billion to $8 billion. Sales rose from 12 "
                   "to 30 stores. Talks lasted 30 to 40 minutes, and tickets cost $20 to $30.");
  ASSERT_NE(Figure(a, "$47 billion"), nullptr) << Dump(a);
  ASSERT_NE(Figure(a, "$8 billion"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "$8 billion")->value, 8e9);
  EXPECT_EQ(Figure(a, "12 to 30 stores"), nullptr) << Dump(a);
  ASSERT_NE(Figure(a, "30 stores"), nullptr) << Dump(a);
  // ranges stay ranges
  const NumberClaim* r = Figure(a, "30 to 40 minutes");
  ASSERT_NE(r, nullptr) << Dump(a);
  EXPECT_EQ(r->value_max, 40);
  r = Figure(a, "$20 to $30");
  ASSERT_NE(r, nullptr) << Dump(a);
  EXPECT_EQ(r->value_max, 30);
}

TEST(ValuesWording, AQualifierBeforeADozenOrAThousand) {
  auto a = Analyse("Police arrested more than a dozen people. The toll would have been more than "
                   "a thousand. Up to a hundred boats left, and a million people watched.");
  const NumberClaim* n = Figure(a, "more than a dozen people");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 12);
  EXPECT_EQ(n->qualifier, "more than");
  n = Figure(a, "more than a thousand");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 1000);
  EXPECT_EQ(n->qualifier, "more than");
  n = Figure(a, "Up to a hundred boats");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->qualifier, "up to");
  n = Figure(a, "a million people");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->qualifier, "");
}

TEST(ValuesWording, CoordinatedModifiersAndCloseTo) {
  auto a = Analyse("The firm agreed to hire close to 1,000 maintenance and cleaning workers. "
                   "Four national security and diplomatic officials testified.");
  const NumberClaim* n = Figure(a, "close to 1,000 maintenance and cleaning workers");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 1000);
  EXPECT_EQ(n->unit, "workers");
  EXPECT_EQ(n->qualifier, "about");
  n = Figure(a, "Four national security and diplomatic officials");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 4);
}

TEST(ValuesWording, OneUnitOfTimeInOneWordAndNumbersThatCountNothing) {
  auto a = Analyse("After an hourlong call and a weeklong visit, police took 911 calls about a "
                   ".45-caliber pistol and a 3-pointer.");
  const NumberClaim* n = Figure(a, "hourlong");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 1);
  EXPECT_EQ(n->unit, "hours");
  EXPECT_NE(Figure(a, "weeklong"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "911 calls"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "45-caliber"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "3-pointer"), nullptr) << Dump(a);
}

TEST(ValuesWording, AgesWrittenWithAged) {
  auto a = Analyse("Use fell among adults aged 26 or older but rose among those aged 18 to 25 and "
                   "among 12 to 17-years-old users. Voters aged 65 and over backed him; children "
                   "aged between 5 and 11, pupils aged 8\u201310 years and babies aged 6 months can be "
                   "vaccinated. The cheese "
                   "was aged 12 months. A 9-years-old boy was found.");
  const NumberClaim* n = Figure(a, "aged 26 or older");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 26);
  EXPECT_EQ(n->unit, "years (age)");
  EXPECT_EQ(n->qualifier, "at least");
  n = Figure(a, "aged 18 to 25");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 18);
  EXPECT_EQ(n->value_max, 25);
  n = Figure(a, "12 to 17-years-old");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 12);
  EXPECT_EQ(n->value_max, 17);
  n = Figure(a, "aged 65 and over");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->qualifier, "at least");
  n = Figure(a, "aged between 5 and 11");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value_max, 11);
  n = Figure(a, "aged 8\u201310 years");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value_max, 10);
  n = Figure(a, "aged 6 months");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->unit, "months (age)");
  n = Figure(a, "9-years-old");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 9);
  // the verb "aged" states no age
  EXPECT_EQ(Figure(a, "aged 12"), nullptr) << Dump(a);
  EXPECT_EQ(Figure(a, "aged 12 months"), nullptr) << Dump(a);
}

TEST(ValuesWording, AndAHalf) {
  auto a = Analyse("He served two and a half years. The index rose five-and-a-half points after "
                   "talks of one and a half hours.");
  const NumberClaim* n = Figure(a, "two and a half years");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 2.5);
  n = Figure(a, "five-and-a-half points");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 5.5);
  EXPECT_EQ(n->unit, "points");
  n = Figure(a, "one and a half hours");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 1.5);
}

TEST(ValuesWording, APartOfAWhole) {
  auto a = Analyse("The agency picked three of those companies. The Hawks have won 12 of 13 and "
                   "lost four of five at home. Seven of Ruiz's assists came late.");
  const NumberClaim* n = Figure(a, "three of those companies");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 3);
  EXPECT_EQ(n->unit, "companies");
  n = Figure(a, "12 of 13");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 12);
  EXPECT_EQ(n->value_max, 12);  // a part, not a range
  ASSERT_NE(Figure(a, "four of five"), nullptr) << Dump(a);
  n = Figure(a, "Seven of Ruiz's assists");
  ASSERT_NE(n, nullptr) << Dump(a);
  EXPECT_EQ(n->value, 7);
  // "one of" is mostly a superlative, and a part with no counted noun names nothing
  auto b = Analyse("It is one of the biggest firms. Two of them left.");
  EXPECT_TRUE(b.numbers.empty()) << Dump(b);
}

}  // namespace
}  // namespace newsgraph
