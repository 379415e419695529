// Which office a person keeps when the text words several (the most specific one), roles
// joined by "and", owners before a role, and phrases before or after a name that are no
// description of it. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, bool ner) { return test::AnalyseWith(text, ner); }
using test::PersonNamed;
using test::DumpPeople;

TEST(PeopleOfficeChoice, OfficeThatWordsAnotherAndSaysMoreIsKept) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Ambassador Lena Brandt arrived in Vienna on Monday.\n\nBrandt, the "
                     "ambassador to the African Union, met the delegates. Lead prosecutor Tomas "
                     "Wirth spoke first. Later, prosecutor Tomas Wirth asked for a recess.",
                     ner);
    const Person* p = PersonNamed(a, "Lena Brandt");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "ambassador to the African Union");
    p = PersonNamed(a, "Tomas Wirth");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Lead prosecutor");
  }
}

TEST(PeopleOfficeChoice, OfficesSharingNoWordingKeepTheFirst) {
  auto a = Analyse("Senator Mia Roth voted against the bill.\n\nRoth, a former teacher, said the "
                   "schools needed money.",
                   /*ner=*/false);
  const Person* p = PersonNamed(a, "Mia Roth");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office, "Senator");
}

TEST(PeopleOfficeChoice, TwoRolesJoinedByAnd) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Investors questioned the firm's founder and former chief executive, Oskar "
                     "Lind, about the losses. On stage, Acme founder and longtime CEO Rita Vance "
                     "showed the new phone.",
                     ner);
    const Person* p = PersonNamed(a, "Oskar Lind");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "founder and former chief executive");
    p = PersonNamed(a, "Rita Vance");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Acme founder and longtime CEO");
  }
}

TEST(PeopleOfficeChoice, OwnerBeforeAFrontedRole) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The museum's curator, Hal Brent, declined to comment. The head of the "
                     "Interior Ministry's flood unit, Abbas Karimi, said the roads were closed. "
                     "Norway's foreign minister, Ingrid Solheim, spoke later. According to "
                     "the Afghan team's coach, Reza Amiri, the robot scored.",
                     ner);
    const Person* p = PersonNamed(a, "Hal Brent");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "curator");
    p = PersonNamed(a, "Abbas Karimi");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "head of the Interior Ministry's flood unit");
    p = PersonNamed(a, "Ingrid Solheim");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "foreign minister");
    EXPECT_EQ(p->country, "Norway");
    p = PersonNamed(a, "Reza Amiri");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "coach");
    EXPECT_EQ(p->country, "Afghanistan");
  }
}

TEST(PeopleOfficeChoice, ClauseBeforeANameIsNoRole) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Asked whether the guard would have lived had his partner been with him, "
                     "Sheriff Waldo Kern said nobody could know. In a note posted on its official "
                     "website, Dale Hutton said the line was repaired.",
                     ner);
    const Person* p = PersonNamed(a, "Waldo Kern");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Sheriff");
    p = PersonNamed(a, "Dale Hutton");
    if (p) {
      EXPECT_EQ(p->office, "") << DumpPeople(a);
    }
  }
}

TEST(PeopleOfficeChoice, NextTitledNameOfAListIsNoAppositive) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The ceremony featured comments from Sam Reyes, strength coach Tom Alder "
                     "and two former players.",
                     ner);
    const Person* p = PersonNamed(a, "Sam Reyes");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "");
    p = PersonNamed(a, "Tom Alder");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "strength coach");
  }
}

TEST(PeopleOfficeChoice, RoleGivenByAClauseInsideADescription) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Ambassador Lena Brandt arrived in Lima on Monday.\n\nBrandt, a retired "
                     "banker Morales named as his ambassador to Chile, is a key witness. Piet "
                     "Haas, a farmer Morales praised, spoke too.",
                     ner);
    const Person* p = PersonNamed(a, "Lena Brandt");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "ambassador to Chile");
    p = PersonNamed(a, "Piet Haas");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "farmer");
  }
}

TEST(PeopleOfficeChoice, APredicateWithACountrysOffice) {
  // people_office.cc, Appositive: "is Ukraine's foreign minister" (the owner kept, as in the
  // appositive ", Ukraine's foreign minister,")
  auto a = Analyse("Dmytro Kulik is Ukraine's foreign minister. He spoke on Monday.\n", false);
  ASSERT_FALSE(a.people.empty());
  EXPECT_EQ(a.people[0].office, "Ukraine's foreign minister");
  EXPECT_EQ(a.people[0].country, "Ukraine");
  // a country's anything else is no office
  auto b = Analyse("Dmytro Kulik is Ukraine's best hope. He spoke on Monday.\n", false);
  ASSERT_FALSE(b.people.empty());
  EXPECT_EQ(b.people[0].office, "");
}

}  // namespace
}  // namespace newsgraph
