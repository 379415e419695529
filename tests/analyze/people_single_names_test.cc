// One-word names before a reporting verb that are no person (people_single_names.cc):
// sentences written for these tests.
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

bool HasOrganisation(const Analysis& a, const std::string& name) {
  for (const auto& o : a.organizations)
    if (o.name == name) return true;
  return false;
}

TEST(SingleNames, AGroupOpeningItsSentenceIsNoPerson) {
  auto a = AnalyseRules(
      "Witnesses said the van sped away. Authorities said two people were hurt. Others "
      "warned that the bridge was unsafe, and many others agreed.\n");
  EXPECT_FALSE(HasPerson(a, "Witnesses"));
  EXPECT_FALSE(HasPerson(a, "Authorities"));
  EXPECT_FALSE(HasPerson(a, "Others"));
}

TEST(SingleNames, AParticipleOpeningItsSentenceIsNoPerson) {
  auto a = AnalyseRules(
      "Having told everyone he would win, Marek Dolan lost. Having a plan is having a "
      "chance.\n");
  EXPECT_FALSE(HasPerson(a, "Having"));
  EXPECT_TRUE(HasPerson(a, "Marek Dolan"));
}

TEST(SingleNames, ANameWithADigitIsAModel) {
  auto a = AnalyseRules(
      "The new sedan is faster than the Corvan X5 Sport, Ilse Marten said. The X5 said "
      "little about its owner.\n");
  EXPECT_FALSE(HasPerson(a, "Corvan X5 Sport"));
  EXPECT_FALSE(HasPerson(a, "X5"));
  EXPECT_TRUE(HasPerson(a, "Ilse Marten"));
}

TEST(SingleNames, AFirmsWordAfterTheName) {
  auto a = AnalyseRules(
      "The coupe looks like newer Tavora models. Yet Tavora says it will offer better "
      "mileage. A Brindle supermarket burned down. Brindle said the damage was extensive.\n");
  EXPECT_FALSE(HasPerson(a, "Tavora"));
  EXPECT_TRUE(HasOrganisation(a, "Tavora"));
  EXPECT_FALSE(HasPerson(a, "Brindle"));
}

TEST(SingleNames, TheFirstWordOfAnOrganisationNamedInFull) {
  auto a = AnalyseRules(
      "Workers at the Halvor Foods Company plant walked out. Halvor said the plant will "
      "reopen.\n");
  EXPECT_FALSE(HasPerson(a, "Halvor"));
}

TEST(SingleNames, ASurnameBeforeAVerbStaysAPerson) {
  // a surname the text also writes in lower case, and one ending like a plural
  auto a = AnalyseRules(
      "White said he was blindsided by the white van. Lyons said the prison was calm.\n");
  EXPECT_TRUE(HasPerson(a, "White"));
  EXPECT_TRUE(HasPerson(a, "Lyons"));
}

}  // namespace
}  // namespace newsgraph
