// Offices worded with their organisation, a lawmaker's party tag or several titles: the
// office as the text words it, and the normalised office without the organisation, owner or
// place ("Brightwave President" -> "President"). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, bool ner) { return test::AnalyseWith(text, ner); }
using test::PersonNamed;
using test::DumpPeople;

TEST(PeopleOfficeRole, DescriptionAfterAPartyTagBeatsAnAbbreviatedTitle) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Rep. Dana Whitfield (R-OH), ranking member of the transport panel, asked "
                     "about the budget. Sen. Carl Ostrow, D-Ohio, chairman of the banking "
                     "committee, said the bill would pass. Rep. Lena Ortiz voted no.",
                     ner);
    const Person* p = PersonNamed(a, "Dana Whitfield");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "ranking member of the transport panel");
    p = PersonNamed(a, "Carl Ostrow");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "chairman of the banking committee");
    p = PersonNamed(a, "Lena Ortiz");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Rep.");
  }
}

TEST(PeopleOfficeRole, TitlesListedWithCommas) {
  for (bool ner : {false, true}) {
    auto a = Analyse("\"We expect the stores to grow,\" chairman, CEO and president Lydia Marsh "
                     "said on Tuesday.",
                     ner);
    const Person* p = PersonNamed(a, "Lydia Marsh");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "chairman, CEO and president");
  }
}

TEST(PeopleOfficeRole, RoleHeldAtAnotherTimeIsNoPartOfTheOffice) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Paul Dresner, a former director of the space agency and now a private "
                     "consultant, said the rocket was late. The panel heard retired airline "
                     "executive Tom Yarrow next.",
                     ner);
    const Person* p = PersonNamed(a, "Paul Dresner");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "former director of the space agency");
    p = PersonNamed(a, "Tom Yarrow");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "retired airline executive");
  }
}

TEST(PeopleOfficeRole, FrontedTitleWithAnOfInsideAName) {
  auto a = Analyse("Lawmakers mourned the death of former House of Delegates Speaker, Amos "
                   "Briggs, on Monday.",
                   /*ner=*/false);
  const Person* p = PersonNamed(a, "Amos Briggs");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office, "former House of Delegates Speaker");
}

TEST(PeopleOfficeRole, NormalisedOfficeDropsTheOrganisation) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Brightwave President Omar Hale opened the fair. Kesterfield State "
                     "quarterback Jamal Oduya threw twice. Ada Linwood, the dog's former "
                     "owner, wept. Mira Kahn, a spokeswoman for Zentrix, declined to comment. Fire "
                     "Chief Tom Reyes arrived later. Commerce Secretary Ruth Aldana spoke last.",
                     ner);
    const Person* p = PersonNamed(a, "Omar Hale");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Brightwave President");
    EXPECT_EQ(p->office_normalized, "President");
    p = PersonNamed(a, "Jamal Oduya");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Kesterfield State quarterback");
    EXPECT_EQ(p->office_normalized, "quarterback");
    p = PersonNamed(a, "Ada Linwood");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "dog's former owner");
    EXPECT_EQ(p->office_normalized, "former owner");
    p = PersonNamed(a, "Mira Kahn");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "spokeswoman for Zentrix");
    EXPECT_EQ(p->office_normalized, "spokeswoman");
    // a capitalised field makes the office
    p = PersonNamed(a, "Tom Reyes");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Fire Chief");
    EXPECT_EQ(p->office_normalized, "");
    p = PersonNamed(a, "Ruth Aldana");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office_normalized, "");
  }
}

TEST(PeopleOfficeRole, AnOfficeAsTheOwnerOfTheRole) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The deal was handled by the mayor's lawyer Ben Kessler. Reporters "
                     "asked the governor's spokeswoman Dana Frey about it.",
                     ner);
    const Person* p = PersonNamed(a, "Ben Kessler");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "mayor's lawyer");
    EXPECT_EQ(p->office_normalized, "lawyer");
    p = PersonNamed(a, "Dana Frey");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "governor's spokeswoman");
    EXPECT_EQ(p->office_normalized, "spokeswoman");
  }
}

TEST(PeopleOfficeRole, OfficeWordedAsAVerbOfLeading) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The tariffs helped, said Nora Pike, who heads the Council for Rural "
                     "Trade, a lobby group. Owen Dale, who leads a team of nurses, disagreed.",
                     ner);
    const Person* p = PersonNamed(a, "Nora Pike");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "head of the Council for Rural Trade");
    p = PersonNamed(a, "Owen Dale");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "");
  }
}

TEST(PeopleOfficeRole, NamesAndPlacesTheOfficeIsOfStay) {
  auto a = Analyse("Noor Haddad, the lead scientist of the Society for Coastal Biology, spoke. "
                   "Ivo Brandt, the special envoy for Ukraine, left. The head of Peru's "
                   "weather service, Rosa Quispe, agreed. Tim Olsen, a tutor in French, "
                   "smiled.",
                   /*ner=*/false);
  const Person* p = PersonNamed(a, "Noor Haddad");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office_normalized, "");
  p = PersonNamed(a, "Ivo Brandt");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office_normalized, "");
  p = PersonNamed(a, "Tim Olsen");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office, "tutor in French");
  EXPECT_EQ(p->office_normalized, "");
  p = PersonNamed(a, "Rosa Quispe");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office_normalized, "");
}

}  // namespace
TEST(PeopleOfficeRole, DescriptionBetweenDashes) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The film took six years. In 2019 Marta Kovalenko \u2014 a young Polish "
                     "cinematographer \u2014 joined the crew in Warsaw.",
                     ner);
    const Person* p = PersonNamed(a, "Marta Kovalenko");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "young Polish cinematographer");
    // a dash before a clause or a list gives no office
    a = Analyse("The band played late. Then Oskar Brandt \u2014 and the rest of the crowd "
                "\u2014 left the hall.",
                ner);
    p = PersonNamed(a, "Oskar Brandt");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "");
  }
}

}  // namespace newsgraph
