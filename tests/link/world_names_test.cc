// Name matching rules of the world stage: spelling and transliteration variants, titles,
// suffixes, nicknames in quotes, initials, short forms, surnames alone, longer writings.
#include <gtest/gtest.h>

#include "link/world_names.h"

namespace newsgraph::world {
namespace {

TEST(WorldNames, TransliterationVariantsShareASkeleton) {
  EXPECT_EQ(Skeleton("Zelensky"), "zelenski");
  EXPECT_EQ(Skeleton("Zelenskiy"), "zelenski");
  EXPECT_EQ(Skeleton("Zelenskyy"), "zelenski");
  EXPECT_EQ(Skeleton("Zelenskij"), "zelenski");
  EXPECT_EQ(Skeleton("Sergey"), Skeleton("Sergei"));
  EXPECT_EQ(Skeleton("Aleksei"), Skeleton("Alexei"));
  EXPECT_EQ(Skeleton("Mikhail"), Skeleton("Michail"));
  EXPECT_EQ(Skeleton("Volodymyr"), Skeleton("Wolodymyr"));
  EXPECT_EQ(Skeleton("Müller"), Skeleton("Muller"));  // accents
  EXPECT_EQ(Skeleton("ZELENSKY"), Skeleton("Zelensky"));  // case
  // a leading J is not folded: Jan and Ian are different names
  EXPECT_NE(Skeleton("Jan"), Skeleton("Ian"));
  EXPECT_NE(Skeleton("Johnson"), Skeleton("Jackson"));
}

TEST(WorldNames, LongWordsMeetOnTheirConsonants) {
  EXPECT_TRUE(WordsMatch(Skeleton("Mohammed"), Skeleton("Muhammad")));
  EXPECT_TRUE(WordsMatch(Skeleton("Mohamed"), Skeleton("Muhammad")));
  EXPECT_FALSE(WordsMatch(Skeleton("Bush"), Skeleton("Bash")));  // short words must be equal
  EXPECT_FALSE(WordsMatch(Skeleton("Johnson"), Skeleton("Jackson")));
}

TEST(WorldNames, TitlesSuffixesAndPossessivesAreDropped) {
  PersonName n = ParseName("President Volodymyr Zelenskyy's");
  EXPECT_EQ(n.display, "Volodymyr Zelenskyy");
  ASSERT_EQ(n.given.size(), 1u);
  EXPECT_EQ(n.given[0], "volodimir");
  EXPECT_EQ(n.surname, "zelenski");
  PersonName k = ParseName("Dr. Martin Luther King Jr.");
  EXPECT_EQ(k.display, "Martin Luther King");
  EXPECT_EQ(k.surname, "king");
  EXPECT_EQ(ParseName("Mr Johnson").display, "Johnson");
  EXPECT_FALSE(ParseName("Mr Johnson").full());
  EXPECT_EQ(ParseName("Gov.Sarah Palin").display, "Sarah Palin");
  EXPECT_EQ(ParseName("Brian Nichols Saturday").display, "Brian Nichols");
}

TEST(WorldNames, NicknamesInQuotesOrBracketsAreDropped) {
  EXPECT_EQ(ParseName("Vincent \"The Chin\" Gigante").display, "Vincent Gigante");
  EXPECT_EQ(ParseName("Vincent 'Chin' Gigante").display, "Vincent Gigante");
  EXPECT_EQ(ParseName("Luis Gerardo (Jerry) Ortiz").display, "Luis Gerardo Ortiz");
}

TEST(WorldNames, ParticlesBelongToTheSurname) {
  PersonName n = ParseName("Ursula von der Leyen");
  EXPECT_EQ(n.surname, Skeleton("von") + Skeleton("der") + Skeleton("Leyen"));
  ASSERT_EQ(n.given.size(), 1u);
}

TEST(WorldNames, InitialsAndShortFormsMatchGivenNames) {
  EXPECT_TRUE(GivenMatch("j", Skeleton("Joe")));
  EXPECT_FALSE(GivenMatch("h", Skeleton("Joe")));
  EXPECT_TRUE(GivenMatch(Skeleton("Bill"), Skeleton("William")));
  EXPECT_TRUE(GivenMatch(Skeleton("Bob"), Skeleton("Robert")));
  EXPECT_TRUE(GivenMatch(Skeleton("Alex"), Skeleton("Alexander")));
  EXPECT_TRUE(GivenMatch(Skeleton("Katie"), Skeleton("Kathryn")));
  EXPECT_TRUE(GivenMatch(Skeleton("Sergey"), Skeleton("Sergei")));
  EXPECT_FALSE(GivenMatch(Skeleton("Joe"), Skeleton("Hunter")));
  EXPECT_FALSE(GivenMatch(Skeleton("Boris"), Skeleton("Dustin")));
}

TEST(WorldNames, CompareNames) {
  auto rel = [](const char* a, const char* b) { return CompareNames(ParseName(a), ParseName(b)); };
  EXPECT_EQ(rel("Volodymyr Zelensky", "Volodymyr Zelenskyy"), NameRelation::kFull);
  EXPECT_EQ(rel("J. Biden", "Joe Biden"), NameRelation::kFull);
  EXPECT_EQ(rel("President Biden", "Joe Biden"), NameRelation::kSurname);
  EXPECT_EQ(rel("Zelenskiy", "Volodymyr Zelensky"), NameRelation::kSurname);
  EXPECT_EQ(rel("Hunter Biden", "Joe Biden"), NameRelation::kDifferent);
  EXPECT_EQ(rel("Boris Johnson", "Dustin Johnson"), NameRelation::kDifferent);
  EXPECT_EQ(rel("George W. Bush", "George H. W. Bush"), NameRelation::kDifferent);
  EXPECT_EQ(rel("George Bush", "George W. Bush"), NameRelation::kFull);
  EXPECT_EQ(rel("Sergey Lavrov", "Sergei Lavrov"), NameRelation::kFull);
  EXPECT_EQ(rel("Joe Biden", "Joe Bodine"), NameRelation::kDifferent);
  EXPECT_EQ(rel("Joe Biden", "Joe Bidden"), NameRelation::kFull);  // doubled letters once
  EXPECT_EQ(rel("", "Joe Biden"), NameRelation::kDifferent);
}

TEST(WorldNames, LongerWritingsCarryingTextAlong) {
  auto rel = [](const char* a, const char* b) { return RelateNames(ParseName(a), ParseName(b)); };
  EXPECT_EQ(rel("Lindsay Lohan", "Lindsay Lohan Leaves Betty Ford"), NameRelation::kFull);
  EXPECT_EQ(rel("Peyton Manning", "Quarterback Peyton Manning"), NameRelation::kFull);
  EXPECT_EQ(rel("Diane Crawford Smith", "Sharron Diane Crawford Smith"), NameRelation::kFull);
  // a name at the end of a long run is not taken ("... Leaves Betty Ford")
  EXPECT_EQ(rel("Betty Ford", "Lindsay Lohan Leaves Betty Ford"), NameRelation::kDifferent);
  EXPECT_EQ(rel("Lohan", "Lindsay Lohan Leaves Betty Ford"), NameRelation::kSurname);
}

TEST(WorldNames, GarbageDoesNotCrash) {
  for (const char* s : {"", " ", "'s", "\xff\xfe", "Mr.", "(((", "\"\"\"", "a-b-c", "Jr."}) {
    PersonName n = ParseName(s);
    (void)CompareNames(n, ParseName("Joe Biden"));
    (void)RelateNames(n, ParseName("Joe Biden Saturday Night"));
  }
  std::string big(100000, 'A');
  EXPECT_FALSE(ParseName(big).full());
}

}  // namespace
}  // namespace newsgraph::world
