// A lone surname of a well-known office holder with a verb in the past after it
// (people_known_surnames.cc): sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseWith;
using test::DumpPeople;
using test::PersonNamed;

TEST(KnownSurnames, ALoneLeadersSurnameThatActsIsAPerson) {
  auto a = AnalyseWith(
      "The talks stalled in the spring. Critics noted that Merkel refused to attend the "
      "summit in Lisbon.\n",
      true);
  EXPECT_NE(PersonNamed(a, "Merkel"), nullptr) << DumpPeople(a);
}

TEST(KnownSurnames, NoVerbAfterItOrAnUnknownWordStaysUnread) {
  auto a = AnalyseWith(
      "The Merkel government fell in the spring. Critics noted that Tavrinet refused to "
      "attend the summit.\n",
      true);
  EXPECT_EQ(PersonNamed(a, "Tavrinet"), nullptr) << DumpPeople(a);
  EXPECT_EQ(PersonNamed(a, "Merkel government"), nullptr) << DumpPeople(a);
}

}  // namespace
}  // namespace newsgraph
