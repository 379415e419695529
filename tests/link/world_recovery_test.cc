// People across documents on real sentences with hand-built analyses: mentions the analysis
// missed that the world finds (nicknames, surnames in title-case headlines, possessives, given
// names alone, names nobody knew yet), and context that chooses among persons.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/world_docs.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

using world_test::At;
using world_test::Doc;

// The world person with a mention of `written` in document `doc`, or nullptr.
const WorldPerson* MentionedAs(const World& w, const std::string& doc, const std::string& written) {
  for (const WorldPerson& p : w.people())
    for (const PersonMentionRef& m : p.mentions)
      if (m.doc == doc && m.text == written) return world_test::Kept(w, p);
  return nullptr;
}

size_t MentionsIn(const WorldPerson& p, const std::string& doc) {
  size_t n = 0;
  for (const PersonMentionRef& m : p.mentions) n += m.doc == doc;
  return n;
}

TEST(WorldRecovery, QuotedNicknameIsAnotherNameOfThePerson) {
  World w;
  const std::string a =
      "Mark Felt, who was known as Watergate informant 'Deep Throat,' died on Friday.";
  w.AddDocument(Doc("a", a, {At(a, "Mark Felt")}));
  const std::string b = "For decades, reporters wondered who Deep Throat was.";
  w.AddDocument(Doc("b", b, {}));
  const std::string c = "Vincent \"The Chin\" Gigante was a mob boss, and Gigante feigned madness.";
  w.AddDocument(Doc("c", c, {At(c, "Vincent Gigante", {"Gigante", "Gigante"})}));
  const std::string d = "Prosecutors said The Chin ran the family.";
  w.AddDocument(Doc("d", d, {}));
  const WorldPerson* felt = MentionedAs(w, "a", "Mark Felt");
  ASSERT_NE(felt, nullptr);
  EXPECT_EQ(MentionedAs(w, "a", "Deep Throat"), felt);
  EXPECT_EQ(MentionedAs(w, "b", "Deep Throat"), felt);
  EXPECT_EQ(felt->name, "Mark Felt");  // a nickname is not the display name
  EXPECT_EQ(MentionedAs(w, "d", "The Chin"), MentionedAs(w, "c", "Gigante"));
  // a quoted phrase without a word naming it another name is not a nickname
  World v;
  const std::string e = "Mark Felt, the FBI official, called it \"Operation Clean Sweep\" in 1972.";
  v.AddDocument(Doc("e", e, {At(e, "Mark Felt")}));
  const std::string f = "Operation Clean Sweep ended.";
  v.AddDocument(Doc("f", f, {}));
  EXPECT_EQ(MentionedAs(v, "f", "Operation Clean"), nullptr);
  EXPECT_EQ(MentionedAs(v, "f", "Clean Sweep"), nullptr);
}

TEST(WorldRecovery, SurnamesInTitleCaseHeadlinesAndPossessives) {
  World w;
  const std::string a =
      "Obama Reverses Bush on Species Protection Measure\n"
      "President Barack Obama reversed a rule of former president George W. Bush on Tuesday. "
      "Critics said Bush's rule cut scientists out of the process.";
  w.AddDocument(Doc("a", a, {At(a, "Barack Obama"), At(a, "George W. Bush")}));
  const WorldPerson* bush = MentionedAs(w, "a", "George W. Bush");
  ASSERT_NE(bush, nullptr);
  EXPECT_EQ(MentionedAs(w, "a", "Bush"), bush);
  EXPECT_EQ(MentionedAs(w, "a", "Obama"), MentionedAs(w, "a", "Barack Obama"));
  EXPECT_EQ(MentionsIn(*bush, "a"), 3u);  // the body, the headline and the possessive
  // in running text a capitalised word before the surname makes it part of another name
  World v;
  const std::string b = "George W. Bush spoke. Later, Laura Bush Institute staff spoke.";
  v.AddDocument(Doc("b", b, {At(b, "George W. Bush")}));
  EXPECT_EQ(MentionsIn(*MentionedAs(v, "b", "George W. Bush"), "b"), 1u);
}

TEST(WorldRecovery, SurnamesWithAnAccentedCapital) {
  World w;
  const std::string a = "Coach Didier Éclair resigned on Monday. Later, Éclair said he was tired.";
  w.AddDocument(Doc("a", a, {At(a, "Didier Éclair")}));
  const WorldPerson* p = MentionedAs(w, "a", "Didier Éclair");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(MentionedAs(w, "a", "Éclair"), p);
}

TEST(WorldRecovery, GivenNameAloneOfAPersonOfTheDocument) {
  World w;
  const std::string a =
      "A witness against murder suspect Jermayne Timmons testified on Tuesday. "
      "\"Jermayne fired the shot,\" he said. The boy, the witness said, had met Jermayne twice.";
  w.AddDocument(Doc("a", a, {At(a, "Jermayne Timmons")}));
  const WorldPerson* timmons = MentionedAs(w, "a", "Jermayne Timmons");
  ASSERT_NE(timmons, nullptr);
  EXPECT_EQ(MentionsIn(*timmons, "a"), 3u);
  // a given name two persons of the document share is left alone; so is a given name the
  // document also writes in lower case
  World v;
  const std::string b =
      "Mark Felt and Mark Jones met. Later, Mark left. "
      "Will Smith said he will go. Then Will spoke.";
  v.AddDocument(Doc("b", b, {At(b, "Mark Felt"), At(b, "Mark Jones"), At(b, "Will Smith")}));
  EXPECT_EQ(MentionsIn(*MentionedAs(v, "b", "Mark Felt"), "b"), 1u);
  EXPECT_EQ(MentionsIn(*MentionedAs(v, "b", "Will Smith"), "b"), 1u);
}

TEST(WorldRecovery, ANameTheAnalysisMissedWhoseSurnameRecurs) {
  World w;
  const std::string a =
      "New Orleans running back Reggie Bush (knee) will miss the rest of the season. "
      "Coach Sean Payton decided the team would place Bush on injured reserve. "
      "It has been a disappointing campaign for Bush, who was hurt in October.";
  w.AddDocument(Doc("a", a, {At(a, "Sean Payton")}));
  const WorldPerson* bush = MentionedAs(w, "a", "Reggie Bush");
  ASSERT_NE(bush, nullptr);
  EXPECT_EQ(bush->name, "Reggie Bush");
  EXPECT_EQ(MentionsIn(*bush, "a"), 3u);
  // a later document's full name and surname join that person
  const std::string b =
      "The Saints placed Reggie Bush on the injured list. Bush will miss two games.";
  w.AddDocument(Doc("b", b, {At(b, "Reggie Bush")}));
  EXPECT_EQ(MentionedAs(w, "b", "Reggie Bush"), bush);
  // with initials, first in a sentence, and a surname that is also a word ("felt")
  const std::string c2 =
      "W. Mark Felt, the FBI official, has died. He felt no regret, his family said. "
      "Reporters never named him, but Felt came forward in 2005. In the end, Felt was 95.";
  w.AddDocument(Doc("c2", c2, {}));
  const WorldPerson* felt = MentionedAs(w, "c2", "W. Mark Felt");
  ASSERT_NE(felt, nullptr);
  EXPECT_EQ(MentionsIn(*felt, "c2"), 3u);
  // a team named by its city and nickname is no person ("the Colts"), nor is a place
  World v;
  const std::string c =
      "He signed with the Indianapolis Colts in May. The Colts won. Later, Colts fans cheered, "
      "and Colts coaches wept. "
      "She lives in Lower Manhattan, in Manhattan since 2001, and works in Manhattan.";
  v.AddDocument(Doc("c", c, {}));
  EXPECT_TRUE(v.people().empty());
}

TEST(WorldRecovery, AWebAddressIsNoLowerCaseWriting) {
  // the address writes the given name in lower case; that does not make it a word
  World w;
  const std::string a =
      "http://news.example.com/2014/05/jury-convicts-ruiz-in-killing-of-delia-fontaine\n"
      "Jury convicts Mark Ruiz in killing of Delia Fontaine\n"
      "Mark Ruiz was found guilty in the death of Delia Fontaine.\n"
      "Fontaine was shot in October when gunfire broke out.";
  w.AddDocument(Doc("a", a, {At(a, "Mark Ruiz", {"Mark Ruiz", "Mark Ruiz"})}));
  const WorldPerson* delia = MentionedAs(w, "a", "Delia Fontaine");
  ASSERT_NE(delia, nullptr);
  EXPECT_EQ(delia->name, "Delia Fontaine");
  EXPECT_EQ(MentionsIn(*delia, "a"), 3u);
  // a word written in lower case in the text still is a word ("Will")
  World v;
  const std::string b = "They said Will Fontaine would come. Fontaine will. Fontaine did.";
  v.AddDocument(Doc("b", b, {}));
  EXPECT_EQ(MentionedAs(v, "b", "Will Fontaine"), nullptr);
}

TEST(WorldRecovery, ANameAfterARoleOrWrittenAgain) {
  // a word naming a person before the name counts as one writing of the surname alone
  World w;
  const std::string a =
      "The deal was first reported by sportscaster Dale Prentiss on Friday. "
      "Prentiss said the talks took four hours.";
  w.AddDocument(Doc("a", a, {}));
  const WorldPerson* dale = MentionedAs(w, "a", "Dale Prentiss");
  ASSERT_NE(dale, nullptr);
  EXPECT_EQ(MentionsIn(*dale, "a"), 2u);
  // after a capitalised word that starts the sentence, when the name is written again without
  // it (a headline)
  World v;
  const std::string b =
      "Tom Hadley Won't Direct 'Lantern' Sequel\n"
      "Moviemaker Tom Hadley has pulled out of talks to direct the sequel.\n"
      "Hadley, who directed the first film, will not return.";
  v.AddDocument(Doc("b", b, {}));
  const WorldPerson* tom = MentionedAs(v, "b", "Tom Hadley");
  ASSERT_NE(tom, nullptr);
  EXPECT_EQ(tom->name, "Tom Hadley");
  EXPECT_EQ(MentionsIn(*tom, "b"), 3u);
  // without another writing, the capitalised word may start a longer name
  World u;
  const std::string c =
      "Moviemaker Tom Hadley has pulled out of talks.\nHadley, who directed the first film, "
      "will not return.";
  u.AddDocument(Doc("c", c, {}));
  EXPECT_EQ(MentionedAs(u, "c", "Tom Hadley"), nullptr);
}

TEST(WorldRecovery, VariantGivenNamesNeedSharedContext) {
  World w;
  const std::string a =
      "Police shot Alexandros Grigoropoulos. Prime Minister Costas Karamanlis spoke.";
  w.AddDocument(Doc("a", a, {At(a, "Alexandros Grigoropoulos"), At(a, "Costas Karamanlis")}));
  // Alexis / Alexandros with a person named together before: one person
  const std::string b = "Alexis Grigoropoulos was buried. Costas Karamanlis called for calm.";
  w.AddDocument(Doc("b", b, {At(b, "Alexis Grigoropoulos"), At(b, "Costas Karamanlis")}));
  EXPECT_EQ(w.PersonIdOf("b", "Alexis Grigoropoulos"),
            w.PersonIdOf("a", "Alexandros Grigoropoulos"));
  // with nothing in common, another person
  const std::string c = "Alexia Grigoropoulos won the race.";
  w.AddDocument(Doc("c", c, {At(c, "Alexia Grigoropoulos")}));
  EXPECT_NE(w.PersonIdOf("c", "Alexia Grigoropoulos"),
            w.PersonIdOf("a", "Alexandros Grigoropoulos"));
}

TEST(WorldRecovery, SurnameAloneJoinsTheFullNameOfItsDocument) {
  World w;
  const std::string a = "Dustin Johnson won the Masters. Tiger Woods was second.";
  w.AddDocument(Doc("a", a, {At(a, "Dustin Johnson"), At(a, "Tiger Woods")}));
  const std::string b = "Boris Johnson resigned. Emmanuel Macron spoke.";
  w.AddDocument(Doc("b", b, {At(b, "Boris Johnson"), At(b, "Emmanuel Macron")}));
  // the analysis kept "Johnson" apart from "Boris Johnson"; the document's full name wins over
  // the context (Tiger Woods) that would send it to the golfer
  const std::string c = "Boris Johnson met Tiger Woods. Johnson smiled.";
  Person johnson;
  johnson.name = "Johnson";
  const uint32_t at = static_cast<uint32_t>(c.find("Johnson smiled"));
  johnson.mentions.push_back({"Johnson", at, at + 7});
  w.AddDocument(Doc("c", c, {At(c, "Boris Johnson"), At(c, "Tiger Woods"), johnson}));
  EXPECT_EQ(w.PersonIdOf("c", "Johnson"), w.PersonIdOf("b", "Boris Johnson"));
}

}  // namespace
}  // namespace newsgraph
