// A team's or a player's record written as two numbers (issue #9, round 14n): records in
// brackets after a team's name, the state of a game or a season after "at", a list of records
// after a first one, margins told with a noun ("a 4-0 rout"), and a player's tally of attempts
// ("20-of-24", "3-for-4"). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::ExpectScore;
using test::Figure;

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }
std::string Dump(const Analysis& a) { return test::DumpFigures(a); }

TEST(ValuesRecords, RecordsInBracketsAfterATeamsName) {
  auto a = Analyse("The Otters (7-3, 4-1 Coastal) host the Herons (2-8) on Friday night. "
                   "Marlow County (12-0 overall) has not lost since March.");
  ExpectScore(a, "7-3", 7, 3);
  ExpectScore(a, "4-1", 4, 1);
  ExpectScore(a, "2-8", 2, 8);
  ExpectScore(a, "12-0", 12, 0);
}

TEST(ValuesRecords, TheStateOfAGameOrASeasonAfterAt) {
  auto a = Analyse("She saved a break point at 4-5 in the second set. At 3-9, including 1-5 on "
                   "the road and 0-4 in the division, the Foxes are out of contention.");
  ExpectScore(a, "4-5", 4, 5);
  ExpectScore(a, "3-9", 3, 9);
  ExpectScore(a, "1-5", 1, 5);
  ExpectScore(a, "0-4", 0, 4);
}

TEST(ValuesRecords, MarginsToldWithANoun) {
  auto a = Analyse("Norway's 5-0 rout of Malta sealed the group. The hosts built a 31-6 bulge "
                   "by the break. Quinn's side got past Wexford 2-1 in the final.");
  ExpectScore(a, "5-0", 5, 0);
  ExpectScore(a, "31-6", 31, 6);
  ExpectScore(a, "2-1", 2, 1);
}

TEST(ValuesRecords, APlayersTallyOfAttempts) {
  auto a = Analyse("Ferris was 18-of-27 passing for 240 yards, and Ito went 3-for-4 at the "
                   "plate.");
  ExpectScore(a, "18-of-27", 18, 27);
  ExpectScore(a, "3-for-4", 3, 4);
}

TEST(ValuesRecords, PairsThatAreNoRecord) {
  // a time of day, a speed's range and a season are no record; a pair in brackets after a
  // lower-case word is left alone
  auto a = Analyse("The shop opens at 9-5 pm on weekdays. Winds gusted at 5-10 mph. The club "
                   "finished the 2019-20 season early. The survey (3-4 pages) is short. The "
                   "bakery sits at 12-14 Mill Road.");
  for (const auto& n : a.numbers) EXPECT_FALSE(n.score) << n.text << "\n" << Dump(a);
}

}  // namespace
}  // namespace newsgraph
