// Names of firms and works written like people's names, told apart by what the document says
// about them (people_things.cc); sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;

bool HasPerson(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return true;
  return false;
}

TEST(ThingNames, AFirmsAnalystOrSharesSayItIsAFirm) {
  auto a = AnalyseRules(
      "Harlow Brandt analyst Mina Sorel expects a rebound. Harlow Brandt said demand was "
      "strong.\n");
  EXPECT_FALSE(HasPerson(a, "Harlow Brandt"));
  EXPECT_TRUE(HasPerson(a, "Mina Sorel"));
  auto b = AnalyseRules("Tolver Quade shares rose 4% on Monday. Tolver Quade sells engines.\n");
  EXPECT_FALSE(HasPerson(b, "Tolver Quade"));
}

TEST(ThingNames, AKindOfThingBeforeOrInApposition) {
  auto a = AnalyseRules(
      "He starred in the film Marlow Creek in 1969. Grants come from Penn Alder, a large "
      "foundation based in Ohio.\n");
  EXPECT_FALSE(HasPerson(a, "Marlow Creek"));
  EXPECT_FALSE(HasPerson(a, "Penn Alder"));
}

TEST(ThingNames, WhereSomeoneWorks) {
  auto a = AnalyseRules(
      "\"It is exciting,\" said Dana Whitlow, vice president of advanced programs at Corvo "
      "Astra. Corvo Astra builds landers.\n");
  EXPECT_FALSE(HasPerson(a, "Corvo Astra"));
  EXPECT_TRUE(HasPerson(a, "Dana Whitlow"));
}

TEST(ThingNames, PeopleStayPeople) {
  // a person after "at" with no one working there, a person's possession, a titled name
  auto a = AnalyseRules(
      "Senator Ilsa Morrow lashed out at Gavin Pell on Monday. Gavin Pell's staff declined to "
      "comment. Analyst Rosa Timmer at the bank said Rosa Timmer employees were fine.\n");
  EXPECT_TRUE(HasPerson(a, "Gavin Pell"));
  EXPECT_TRUE(HasPerson(a, "Ilsa Morrow"));
  EXPECT_TRUE(HasPerson(a, "Rosa Timmer"));  // titled somewhere: a person everywhere
  // a kind of thing ending the line before a name is no sign
  auto b = AnalyseRules("She picked up her son from school\nMarta Quell, 34, was shot in 2011.\n");
  EXPECT_TRUE(HasPerson(b, "Marta Quell"));
}

}  // namespace
}  // namespace newsgraph
