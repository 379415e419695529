// Where an office ends and a name begins, and which of two people sharing a surname a titled
// surname means. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, bool ner) { return test::AnalyseWith(text, ner); }
using test::PersonNamed;
using test::DumpPeople;

TEST(PeopleTitles, FieldOfAnOfficeIsNoGivenName) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Deputy Director of Public Prosecution Mia-Lena Berg closed the case. "
                     "Secretary of Homeland Security Rosa Quintero resigned.",
                     ner);
    const Person* p = PersonNamed(a, "Mia-Lena Berg");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Deputy Director of Public Prosecution");
    p = PersonNamed(a, "Rosa Quintero");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Secretary of Homeland Security");
  }
}

TEST(PeopleTitles, NationalityOpeningADescribedOfficeIsTheCountry) {
  for (bool ner : {false, true}) {
    auto a = Analyse("In June, the then UK Home Secretary, Tomas Ekdahl, approved it. "
                     "Hungarian-American investor Gyula Marsh spoke. Oregon State Department of "
                     "Health spokeswoman Ann Lee said so.",
                     ner);
    const Person* p = PersonNamed(a, "Tomas Ekdahl");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Home Secretary");
    EXPECT_EQ(p->country, "United Kingdom");
    p = PersonNamed(a, "Gyula Marsh");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "investor");
    // the country is part of the office's own name in "U.S. Attorney"
    a = Analyse("U.S. Attorney Dana Whitlock said the case was closed.", ner);
    p = PersonNamed(a, "Dana Whitlock");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "U.S. Attorney");
    EXPECT_EQ(p->country, "United States");
  }
}

TEST(PeopleTitles, ShortFormOfTheGivenNameIsThePerson) {
  auto a = Analyse("Gregory Vance Jr., 55, pleaded guilty on Monday.\n\n\"Greg Vance regrets it,\" "
                   "his lawyer said. Later, Dan Marsh met his sister Daniela Marsh.",
                   /*ner=*/false);
  const Person* p = PersonNamed(a, "Gregory Vance Jr.");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->mentions.size(), 2u) << DumpPeople(a);
  EXPECT_EQ(PersonNamed(a, "Greg Vance"), nullptr) << DumpPeople(a);
  // two people named in one sentence stay two
  EXPECT_NE(PersonNamed(a, "Dan Marsh"), nullptr) << DumpPeople(a);
  EXPECT_NE(PersonNamed(a, "Daniela Marsh"), nullptr) << DumpPeople(a);
}

TEST(PeopleTitles, NewspapersPlacesWithNewAndFollowers) {
  for (bool ner : {false, true}) {
    auto a = Analyse("According to the New Zealand Herald, Emeritus Professor Ian Corbett, the "
                     "chairman, said it was fine. The video featured Scientologist Dana Whitfield.",
                     ner);
    std::string orgs;
    for (const auto& o : a.organizations) orgs += o.name + "; ";
    EXPECT_NE(orgs.find("New Zealand Herald; "), std::string::npos) << orgs;
    const Person* p = PersonNamed(a, "Ian Corbett");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Emeritus Professor");
    EXPECT_EQ(PersonNamed(a, "Zealand Herald"), nullptr) << DumpPeople(a);
    // (the rules; the tagger decides with the model)
    if (!ner) {
      EXPECT_NE(PersonNamed(a, "Dana Whitfield"), nullptr) << DumpPeople(a);
    }
    EXPECT_EQ(PersonNamed(a, "Scientologist Dana Whitfield"), nullptr) << DumpPeople(a);
  }
}

TEST(PeopleTitles, NameOfAThingBeforeItsNounIsNoPerson) {
  auto a = Analyse("Professor Ruth Kemp, Director of the National Salt Intake study, said so.",
                   /*ner=*/false);
  EXPECT_NE(PersonNamed(a, "Ruth Kemp"), nullptr) << DumpPeople(a);
  EXPECT_EQ(PersonNamed(a, "Salt Intake"), nullptr) << DumpPeople(a);
}

TEST(PeopleTitles, OrganisationNamesWithOf) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The Department of Homeland Security said it would act. The Ministry of "
                     "Defence and the Office of Emergency Services agreed.",
                     ner);
    std::string orgs;
    for (const auto& o : a.organizations) orgs += o.name + "; ";
    EXPECT_NE(orgs.find("Department of Homeland Security; "), std::string::npos) << orgs;
    EXPECT_NE(orgs.find("Ministry of Defence; "), std::string::npos) << orgs;
    EXPECT_NE(orgs.find("Office of Emergency Services; "), std::string::npos) << orgs;
    EXPECT_EQ(orgs.find("Emergency Services; "), orgs.find("Office of Emergency Services; ") + 10)
        << orgs;  // no second organisation "Emergency Services"
  }
  // a long capitalised run after "of" keeps only its places for the organisation: the rest may
  // be a person's name
  auto a = Analyse("A student at University of Oregon Salem Dana Whitfield heard of it.", false);
  ASSERT_FALSE(a.organizations.empty());
  EXPECT_EQ(a.organizations[0].name, "University of Oregon");
}

TEST(PeopleTitles, OfficeNamedAfterItsHoldersTitle) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The Oregon Governor's Office of Disaster Relief wrote to the mayors. The "
                     "Attorney General's Office said it would appeal. Governor Ann Pike's office "
                     "declined to comment.",
                     ner);
    std::string orgs;
    for (const auto& o : a.organizations) orgs += o.name + "; ";
    EXPECT_NE(orgs.find("Oregon Governor's Office of Disaster Relief; "), std::string::npos) << orgs;
    EXPECT_NE(orgs.find("Attorney General's Office; "), std::string::npos) << orgs;
    // a named holder's office is the person's, not an organisation named after a title
    EXPECT_EQ(orgs.find("Pike"), std::string::npos) << orgs;
  }
}

TEST(PeopleTitles, TaggedPersonAfterAnOrganisationInTheOffice) {
  // the shipped tagger says where the person starts after "the European Union"
  auto a = Analyse("U.S. Ambassador to the European Union Carl Sonneborn testified on Tuesday.",
                   /*ner=*/true);
  const Person* p = PersonNamed(a, "Carl Sonneborn");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->office, "Ambassador to the European Union");
  // a given name the tagger leaves out stays in the name
  a = Analyse("Police said the victim, Ka'Lena Marie Dunmore, was found.", /*ner=*/true);
  EXPECT_NE(PersonNamed(a, "Ka'Lena Marie Dunmore"), nullptr) << DumpPeople(a);
}

TEST(PeopleTitles, TitledSurnameSharedByTwoPeopleIsTheFirst) {
  // "Vice President Morrow" after Paul Morrow and his son Eric: the father, whom the text
  // introduced first; "Morrow said" right after the son stays the son
  auto a = Analyse("Investigators looked at rival Paul Morrow. Later, his son Eric Morrow joined "
                   "a board. Critics said Vice President Morrow was never influenced.",
                   /*ner=*/false);
  const Person* paul = PersonNamed(a, "Paul Morrow");
  const Person* eric = PersonNamed(a, "Eric Morrow");
  ASSERT_NE(paul, nullptr) << DumpPeople(a);
  ASSERT_NE(eric, nullptr) << DumpPeople(a);
  EXPECT_EQ(paul->office, "Vice President") << DumpPeople(a);
  EXPECT_EQ(eric->office, "") << DumpPeople(a);
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

TEST(PronounGender, HeIsNotTheWomanNamedLast) {
  // Lind is a woman by the pronoun of a sentence naming her alone; "He said" passes over her to
  // the man named before
  auto a = Analyse("Senator Maria Lind said her office would respond. Prosecutors charged Carl "
                   "Mott with calling Lind. Lind said the threat was real.\n\nHe said, \"I will "
                   "find the senator.\"",
                   /*ner=*/false);
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes.back().speaker, "Carl Mott");
  // a title says it as well: "Mrs." and "Queen"
  a = Analyse("Mr. Leo Dahl greeted Mrs. Ida Holm at the door. She said, \"It went well.\"",
              /*ner=*/false);
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes.back().speaker, "Ida Holm");
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

// The office's role without its organisation or place (office_normalized), on sentences written
// for the test: the worded office stays as written.
TEST(OfficeRole, OrganisationAndPlaceAreNotPartOfTheRole) {
  auto role_of = [](std::string_view text, std::string_view name) {
    AnalyzeOptions o;
    o.use_ner = false;
    Analysis a = AnalyzeText(text, o);
    for (const Person& p : a.people)
      if (p.name == name) return std::make_pair(p.office, p.office_normalized);
    return std::make_pair(std::string("<none>"), std::string());
  };
  auto r = role_of("Lena Ortiz, a research fellow at the Kepler Institute in Vienna, led the study.",
                   "Lena Ortiz");
  EXPECT_EQ(r.second, "research fellow") << r.first;
  r = role_of("Harbor Freight CEO Tom Vance said sales rose.", "Tom Vance");
  EXPECT_EQ(r.second, "CEO") << r.first;
  r = role_of("Ravens assistant coach Dale Murch was fired.", "Dale Murch");
  EXPECT_EQ(r.second, "assistant coach") << r.first;
  r = role_of("Freedonia's foreign minister Ivo Kral arrived.", "Ivo Kral");
  EXPECT_EQ(r.second, "Minister of Foreign Affairs") << r.first;
  // a title written in capitals keeps its words, and a canonical form wins
  r = role_of("Foreign Minister Ivo Kral arrived.", "Ivo Kral");
  EXPECT_EQ(r.second, "Minister of Foreign Affairs") << r.first;
  r = role_of("\"It misleads,\" said Will Ames, chief executive of the fact-checking charity "
              "Fair Check.", "Will Ames");
  EXPECT_EQ(r.second, "chief executive") << r.first;
  // two roles joined by "and" in a long appositive: the first
  r = role_of("\"It is new,\" said Lena Ortiz, associate professor of physics at the State "
              "University of Kepler and co-author of the study.", "Lena Ortiz");
  EXPECT_EQ(r.second, "associate professor of physics") << r.first;
  // nothing to remove: no normalised form
  r = role_of("Head coach Dale Murch was fired.", "Dale Murch");
  EXPECT_EQ(r.second, "") << r.first;
}

TEST(OfficeRole, BracketedGivenNameAndPluralGroups) {
  AnalyzeOptions o;
  o.use_ner = false;
  Analysis a = AnalyzeText("Coach (Dale) Murch came in and said it. Later, Murch smiled. "
                           "Prosecutors said the case was closed.", o);
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].name, "Dale Murch");
  EXPECT_EQ(a.people[0].mentions[0].text, "Coach (Dale) Murch");
  for (bool ner : {false, true}) {
    o.use_ner = ner;
    Analysis b = AnalyzeText("Prosecutors said the case was closed. Investigators declined to "
                             "comment.", o);
    for (const Person& p : b.people) ADD_FAILURE() << p.name << " is a group, not a person";
  }
}

TEST(OfficeRole, GenerationalSuffixAndMiddleInitialAreOnePerson) {
  AnalyzeOptions o;
  o.use_ner = false;
  Analysis a = AnalyzeText("Senator Dale Murch Jr., 55, was charged. The sentencing of Dale W. "
                           "Murch was set for May. Murch declined to comment.", o);
  ASSERT_EQ(a.people.size(), 1u) << a.people[0].name << " / " << a.people.back().name;
  EXPECT_EQ(a.people[0].name, "Dale Murch Jr.");
  EXPECT_EQ(a.people[0].mentions.size(), 3u);
}

TEST(OfficeRole, PlayersPositions) {
  AnalyzeOptions o;
  o.use_ner = false;
  Analysis a = AnalyzeText("The pass went to running back Joe Lind and Pittsburgh center Ray "
                           "Pike. Cleveland DL Sam Oduya was suspended. He brought back Tom "
                           "Vail to the club.", o);
  std::map<std::string, std::pair<std::string, std::string>> got;
  for (const Person& p : a.people) got[p.name] = {p.office, p.office_normalized};
  EXPECT_EQ(got["Joe Lind"].first, "running back");
  EXPECT_EQ(got["Ray Pike"].first, "Pittsburgh center");
  EXPECT_EQ(got["Ray Pike"].second, "center");
  EXPECT_EQ(got["Sam Oduya"].first, "Cleveland DL") << a.people.size();
  EXPECT_EQ(got["Tom Vail"].first, "");
}

TEST(PeopleTitles, ACapitalisedHeInsideANameIsNoPronoun) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Vice Premier He Weiming arrived on Monday. Trade envoy Zhao He spoke.\n", ner);
    const Person* p = PersonNamed(a, "He Weiming");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Vice Premier");
    EXPECT_NE(PersonNamed(a, "Zhao He"), nullptr) << DumpPeople(a);
    // the pronoun opening a sentence joins no name
    auto b = Analyse("Envoy Anna Lisk arrived. He said Anna Lisk was ill.\n", ner);
    EXPECT_EQ(PersonNamed(b, "He Anna Lisk"), nullptr) << DumpPeople(b);
  }
}

TEST(PeopleTitles, OrganisationNamesWithForTheOnAndInATitle) {
  for (bool ner : {false, true}) {
    auto a = Analyse(
        "They heard Council on Trade Questions president Rhea Malton speak. Later, Centers "
        "for Soil Research and Prevention director Omar Velt and League for the Defence of "
        "Rivers campaigner Ines Parow spoke.\n",
        ner);
    const Person* m = PersonNamed(a, "Rhea Malton");
    ASSERT_NE(m, nullptr) << DumpPeople(a);
    EXPECT_EQ(m->office, "Council on Trade Questions president");
    const Person* v = PersonNamed(a, "Omar Velt");
    ASSERT_NE(v, nullptr) << DumpPeople(a);
    EXPECT_EQ(v->office, "Centers for Soil Research and Prevention director");
    const Person* p = PersonNamed(a, "Ines Parow");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "League for the Defence of Rivers campaigner");
    // a title after the connector is the office itself
    auto b = Analyse("The Government of Prime Minister Tomas Reb fell.\n", ner);
    const Person* r = PersonNamed(b, "Tomas Reb");
    ASSERT_NE(r, nullptr) << DumpPeople(b);
    EXPECT_EQ(r->office, "Prime Minister");
  }
}

TEST(PeopleTitles, AppositivesThatAreNoDescription) {
  for (bool ner : {false, true}) {
    auto a = Analyse(
        "Kara Dellin, now a staff scientist at the Salk Institute, helped. His lawyer, Ben "
        "Marrow, spoke. Tom Vell, a doctor at Mercy Hospital where the patients were treated, "
        "agreed.\n",
        ner);
    const Person* d = PersonNamed(a, "Kara Dellin");
    ASSERT_NE(d, nullptr) << DumpPeople(a);
    EXPECT_EQ(d->office, "staff scientist at the Salk Institute");
    const Person* m = PersonNamed(a, "Ben Marrow");
    ASSERT_NE(m, nullptr) << DumpPeople(a);
    EXPECT_EQ(m->office, "lawyer");
    const Person* v = PersonNamed(a, "Tom Vell");
    ASSERT_NE(v, nullptr) << DumpPeople(a);
    EXPECT_EQ(v->office, "doctor at Mercy Hospital");
    // the main clause after a fronted phrase describes no one
    auto b = Analyse("Already without Dex Malloy, coach Sean Parr will now rely on Ivo Bell.\n",
                     ner);
    const Person* x = PersonNamed(b, "Dex Malloy");
    ASSERT_NE(x, nullptr) << DumpPeople(b);
    EXPECT_EQ(x->office, "") << DumpPeople(b);
  }
}

TEST(PeopleTitles, StateOrCityOpeningAnOrganisationStaysInTheOffice) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Ohio State Nurses Association President Carla Munz spoke to the crowd. "
                     "Later, Kansas City coach Len Dorsey said the team was tired. Ohio House "
                     "Speaker Bert Lyle did not attend. Vermont Department of Health spokeswoman "
                     "Ada Pratt said tests continued.",
                     ner);
    const Person* p = PersonNamed(a, "Carla Munz");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Ohio State Nurses Association President");
    EXPECT_EQ(p->country, "United States");
    p = PersonNamed(a, "Len Dorsey");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "coach");
    p = PersonNamed(a, "Bert Lyle");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "House Speaker");
    p = PersonNamed(a, "Ada Pratt");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Vermont Department of Health spokeswoman");
  }
}

TEST(PeopleTitles, PositionAbbreviationAndBracketedGivenName) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Denver LB Joe Marsh was fined. DL Sam Ruff was not. \"Coach (Frank) Vidal "
                     "came in here,\" Ruff said.",
                     ner);
    const Person* p = PersonNamed(a, "Joe Marsh");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office_normalized, "linebacker");
    p = PersonNamed(a, "Sam Ruff");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "DL");
    EXPECT_EQ(p->office_normalized, "defensive lineman");
    p = PersonNamed(a, "Frank Vidal");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "Coach");
  }
}

TEST(PeopleTitles, ListMembersCarryingAnOfPhraseOrABracketShareTheTitle) {
  for (bool ner : {false, true}) {
    auto a = Analyse("The show includes prints of editors Lars Ekman of Nordic Media Group and Pia "
                     "Holt; and athletes Ivo Brandt (tennis) and Moa Lind (golf).",
                     ner);
    for (const char* name : {"Lars Ekman", "Pia Holt"}) {
      const Person* p = PersonNamed(a, name);
      ASSERT_NE(p, nullptr) << name << "\n" << DumpPeople(a);
      EXPECT_EQ(p->office, "editor") << name;
    }
    for (const char* name : {"Ivo Brandt", "Moa Lind"}) {
      const Person* p = PersonNamed(a, name);
      ASSERT_NE(p, nullptr) << name << "\n" << DumpPeople(a);
      EXPECT_EQ(p->office, "athlete") << name;
    }
  }
}

TEST(PeopleTitles, LongDescriptionGoesOnWithThePlacesOfTheRole) {
  for (bool ner : {false, true}) {
    auto a = Analyse("Ian Hollis, an expert in soil and water chemistry at the Department of Earth "
                     "Sciences at the University of Leeds who did not join the study, said it was "
                     "sound. Nora Kell, a retired nurse found last month after eight days on the "
                     "road between Leeds and York, said she was fine.",
                     ner);
    const Person* p = PersonNamed(a, "Ian Hollis");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office,
              "expert in soil and water chemistry at the Department of Earth Sciences at the "
              "University of Leeds");
    p = PersonNamed(a, "Nora Kell");
    ASSERT_NE(p, nullptr) << DumpPeople(a);
    EXPECT_EQ(p->office, "");
  }
}

}  // namespace
}  // namespace newsgraph
