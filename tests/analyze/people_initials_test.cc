// A name written with initials for the given names is the person named in full before it with
// that surname and first initial (people.cc InitialsOf); a name before "county" is a place.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;

size_t Mentions(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return p.mentions.size();
  return 0;
}

bool HasPerson(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return true;
  return false;
}

TEST(PeopleInitials, InitialsAreThePersonNamedInFull) {
  auto a = AnalyseRules(
      "Senator Obiora Nwafor mourned former Speaker Benedict Okafor on Monday. The Senate "
      "stood for a minute's silence for the late Speaker B. C. Okafor.\n");
  EXPECT_EQ(Mentions(a, "Benedict Okafor"), 2u);
  EXPECT_FALSE(HasPerson(a, "B. C. Okafor"));
}

TEST(PeopleInitials, NotWhenTheInitialDiffers) {
  auto a = AnalyseRules(
      "Senator Obiora Nwafor mourned former Speaker Benedict Okafor on Monday. Senator "
      "T. C. Okafor spoke next.\n");
  EXPECT_TRUE(HasPerson(a, "T. C. Okafor"));
}

TEST(PeopleInitials, ANameBeforeCountyIsAPlace) {
  auto a = AnalyseRules(
      "Cases were found in Barry, Calhoun and Van Buren counties, health officer Tim Ross "
      "said.\n");
  EXPECT_FALSE(HasPerson(a, "Van Buren"));
  EXPECT_TRUE(HasPerson(a, "Tim Ross"));
}

}  // namespace
}  // namespace newsgraph
