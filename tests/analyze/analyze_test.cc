// Unit tests of the analyzer's recognisers on sentences written for these tests.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analyze/internal.h"
#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, const char* published = "2022-03-10") {  // a Thursday
  AnalyzeOptions o;
  o.published = published;
  o.use_ner = false;  // the rules alone: independent of the trained model
  return AnalyzeText(text, o);
}

const Person* Find(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return &p;
  return nullptr;
}

TEST(Offices, PreNominalTitleWithDemonym) {
  auto a = Analyse("Italian Finance Minister Marco Rossi presented the budget on Monday.");
  const Person* p = Find(a, "Marco Rossi");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->office, "Finance Minister");
  EXPECT_EQ(p->office_normalized, "Minister of Finance");
  EXPECT_EQ(p->country, "Italy");
  ASSERT_FALSE(p->mentions.empty());
  EXPECT_EQ(p->mentions[0].text, "Italian Finance Minister Marco Rossi");
}

TEST(Offices, MultiWordTitleAndRank) {
  auto a = Analyse("Joint Chiefs Chairman Gen. Paula Grant arrived, and Defence Secretary Omar Hale "
               "followed.");
  const Person* g = Find(a, "Paula Grant");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->office, "Joint Chiefs Chairman");  // the rank is not the office
  EXPECT_EQ(g->office_normalized, "Chairman of the Joint Chiefs of Staff");
  const Person* h = Find(a, "Omar Hale");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->office, "Defence Secretary");
}

TEST(Offices, AppositiveOffice) {
  auto a = Analyse("Gen. Ruth Okafor, head of U.S. Southern Command, visited the base.");
  const Person* p = Find(a, "Ruth Okafor");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->office, "head of U.S. Southern Command");
  EXPECT_EQ(p->country, "United States");
  EXPECT_EQ(p->office_normalized, "Commander of U.S. Southern Command");
}

TEST(Demonyms, MapToCountries) {
  EXPECT_EQ(analyze::CountryOfDemonym("british"), "United Kingdom");
  EXPECT_EQ(analyze::CountryOfDemonym("ukrainian"), "Ukraine");
  EXPECT_EQ(analyze::CountryOfName("u.s."), "United States");
  EXPECT_EQ(analyze::CountryOfOrganisation("kremlin"), "Russia");
  auto a = Analyse("Dutch Prime Minister Eva Smit met reporters.");
  const Person* p = Find(a, "Eva Smit");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "Netherlands");
  EXPECT_EQ(p->office, "Prime Minister");
}

TEST(Aliases, SurnameAndTitleSurnameResolve) {
  auto a = Analyse("Senator Maria Lopez opened the hearing. Lopez said little. Later, Senator Lopez "
               "left.");
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].name, "Maria Lopez");
  EXPECT_EQ(a.people[0].mentions.size(), 3u);
  EXPECT_EQ(a.people[0].office, "Senator");
}

TEST(Aliases, SurnameBeforeFullNameIsNotAPerson) {
  auto a = Analyse("Ahead of the vote, Okoye speaks.\n\nFinance Minister Grace Okoye said the plan "
               "would pass.");
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].name, "Grace Okoye");
}

TEST(Quotes, AfterQuoteSpeakerCurlyAndStraight) {
  auto a = Analyse("\xE2\x80\x9CWe are ready,\xE2\x80\x9D Mayor Lena Park said.\n\n"
               "\"The river is rising,\" said Park.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "Lena Park");
  EXPECT_EQ(a.quotes[0].text, "We are ready,");
  EXPECT_EQ(a.quotes[0].cue, "said");
  EXPECT_EQ(a.quotes[1].speaker, "Lena Park");
  EXPECT_EQ(a.quotes[1].text, "The river is rising,");
}

TEST(Quotes, PartialQuoteWithPrecedingCueAndContinuation) {
  std::string text =
      "Health Minister Ian Cole warned that the outbreak was \"far from over.\" "
      "\"We need more nurses,\" he added.\n\n"
      "Cole reiterated \"full support\" for the staff.";
  auto a = Analyse(text);
  ASSERT_EQ(a.quotes.size(), 3u);
  for (const auto& q : a.quotes) EXPECT_EQ(q.speaker, "Ian Cole");
  EXPECT_EQ(a.quotes[0].cue, "warned");
  EXPECT_EQ(a.quotes[2].cue, "reiterated");
  // offsets point at the quoted words
  EXPECT_EQ(text.substr(a.quotes[0].start, a.quotes[0].end - a.quotes[0].start), "far from over.");
}

TEST(Quotes, AccordingToAndUnnamedSpeaker) {
  auto a = Analyse("According to a statement from spokesperson Dana White, the ministry \"rejects "
               "the claims.\" Later a senior defence official stated that talks had \"stalled.\"");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "Dana White");
  EXPECT_EQ(a.quotes[0].cue, "statement");
  EXPECT_EQ(a.quotes[1].speaker, "a senior defence official");
}

TEST(Quotes, DescribedSpeakerWithOrganisation) {
  auto a = Analyse("\"We are reviewing the decision,\" a spokesman for the Transport Ministry "
                   "said. The company, Northwind Rail, said in a statement that it \"regrets "
                   "the delay.\"");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "a spokesman for the Transport Ministry");
  EXPECT_EQ(a.quotes[1].speaker, "Northwind Rail");
  EXPECT_EQ(a.quotes[1].cue, "in a statement");
}

TEST(Aliases, FamilyNameFirstAndBylines) {
  auto a = Analyse("By Peter Quill\n\nVietnamese Prime Minister Pham Minh Chinh arrived. "
                   "Mr. Pham said the talks were useful.");
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].name, "Pham Minh Chinh");
  EXPECT_EQ(a.people[0].country, "Vietnam");
}

TEST(Quotes, ScareQuotesWithoutSpeakerAreLeftOut) {
  auto a = Analyse("The so-called \"peace plan\" was published in March.");
  EXPECT_TRUE(a.quotes.empty());
}

TEST(Communications, SpokeOnWeekdayResolvesToPastDate) {
  auto a = Analyse("Canadian Prime Minister Anna Reed and Mexican President Luis Ortega spoke on "
               "Wednesday evening, according to officials familiar with the call.");
  ASSERT_EQ(a.communications.size(), 1u);
  const auto& c = a.communications[0];
  EXPECT_EQ(c.participants, (std::vector<std::string>{"Anna Reed", "Luis Ortega"}));
  EXPECT_EQ(c.kind, "phone call");
  EXPECT_EQ(c.when, "on Wednesday evening");
  EXPECT_EQ(c.date, "2022-03-09");
  EXPECT_EQ(c.status, "happened");
}

TEST(Communications, PlannedVideoCallAndMerging) {
  auto a = Analyse("Chancellor Karl Weber will hold a video call with President Sofia Marin on "
               "Monday. Weber's meeting with Marin is expected to last an hour.");
  ASSERT_EQ(a.communications.size(), 1u);
  const auto& c = a.communications[0];
  EXPECT_EQ(c.kind, "video call");
  EXPECT_EQ(c.date, "2022-03-14");
  EXPECT_EQ(c.status, "planned");
}

TEST(Communications, BetweenListWithCounterpartsAndDuration) {
  auto a = Analyse("There were two calls this week between Foreign Minister Jan Novak, Defence "
               "Minister Eva Horak and their Polish counterparts.\n\n"
               "Earlier, a call between Novak and Horak lasted 20 minutes... "
               "President Ana Silva met with Novak on Tuesday. The leaders spoke for 45 minutes.");
  int singles = 0;
  for (const auto& c : a.communications)
    if (c.participants.size() == 1) ++singles;
  EXPECT_EQ(singles, 2);
  bool found = false;
  for (const auto& c : a.communications)
    if (c.participants == std::vector<std::string>{"Ana Silva", "Jan Novak"}) {
      found = true;
      EXPECT_EQ(c.kind, "meeting");
      EXPECT_EQ(c.date, "2022-03-08");
      EXPECT_EQ(c.duration, "45 minutes");
    }
  EXPECT_TRUE(found);
}

TEST(RelativeDates, WeekdaysAndWeeks) {
  auto v = RecogniseValues("They met on Monday and will meet again on Friday morning. Last week "
                           "was calm; yesterday too.",
                           TokenizedText{}, "2022-03-10");
  std::vector<std::string> norms;
  for (const auto& m : v)
    if (m.kind == ValueKind::kDate) norms.push_back(m.normalized);
  // "on Monday" (past), "on Friday morning" (future, same sentence has "will"), last week, yesterday
  ASSERT_EQ(norms.size(), 4u);
  EXPECT_EQ(norms[0], "2022-03-07");
  EXPECT_EQ(norms[1], "2022-03-11");
  EXPECT_EQ(norms[2], "");
  EXPECT_EQ(norms[3], "2022-03-09");
}

TEST(Numbers, QualifiersMoneyPercentRanges) {
  auto a = Analyse("The army sent more than 3,000 soldiers and about $4.5 billion in aid. Prices rose "
               "up to 20 percent. Talks lasted 10 to 15 minutes, and in 2019 nine ships sank.");
  auto find = [&](const std::string& text) -> const NumberClaim* {
    for (const auto& n : a.numbers)
      if (n.text == text) return &n;
    return nullptr;
  };
  const NumberClaim* s = find("more than 3,000 soldiers");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value, 3000);
  EXPECT_EQ(s->unit, "soldiers");
  EXPECT_EQ(s->qualifier, "more than");
  const NumberClaim* m = find("about $4.5 billion");
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->value, 4.5e9);
  EXPECT_EQ(m->unit, "USD");
  EXPECT_EQ(m->qualifier, "about");
  const NumberClaim* p = find("up to 20 percent");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->unit, "%");
  const NumberClaim* r = find("10 to 15 minutes");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->value, 10);
  EXPECT_EQ(r->value_max, 15);
  ASSERT_NE(find("nine ships"), nullptr);
  for (const auto& n : a.numbers) EXPECT_NE(n.value, 2019) << n.text;  // years are not figures
}

TEST(Numbers, ScalesCouplesDozensAndAcronyms) {
  auto a = Analyse("The fund raised $12.5bn after a $300K pilot. Gusts hit 90 kph. They argued for "
                   "a couple hours over more than a year. Nearly three dozen buyers and eleven EU "
                   "states signed.");
  auto find = [&](const std::string& text) -> const NumberClaim* {
    for (const auto& n : a.numbers)
      if (n.text == text) return &n;
    return nullptr;
  };
  const NumberClaim* n = find("$12.5bn");
  ASSERT_NE(n, nullptr);
  EXPECT_DOUBLE_EQ(n->value, 12.5e9);
  n = find("$300K");
  ASSERT_NE(n, nullptr);
  EXPECT_DOUBLE_EQ(n->value, 3e5);
  n = find("90 kph");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->unit, "kph");
  n = find("a couple hours");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value, 2);
  n = find("more than a year");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value, 1);
  EXPECT_EQ(n->qualifier, "more than");
  n = find("Nearly three dozen buyers");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value, 36);
  n = find("eleven EU states");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->unit, "states");
  // "a year" alone is no figure
  auto b = Analyse("It was a year of change.");
  EXPECT_TRUE(b.numbers.empty());
}

TEST(Numbers, SharesAndRatios) {
  auto a = Analyse("More than a third of staff left. About half of the voters stayed home. "
                   "Roughly two-thirds agreed, and one in five adults had symptoms. In the second "
                   "half, the team scored.");
  auto find = [&](const std::string& text) -> const NumberClaim* {
    for (const auto& n : a.numbers)
      if (n.text == text) return &n;
    return nullptr;
  };
  const NumberClaim* n = find("More than a third");
  ASSERT_NE(n, nullptr);
  EXPECT_DOUBLE_EQ(n->value, 0.333);
  EXPECT_EQ(n->qualifier, "more than");
  n = find("About half");
  ASSERT_NE(n, nullptr);
  EXPECT_DOUBLE_EQ(n->value, 0.5);
  n = find("Roughly two-thirds");
  ASSERT_NE(n, nullptr);
  EXPECT_DOUBLE_EQ(n->value, 0.667);
  n = find("one in five adults");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value, 1);
  EXPECT_EQ(n->unit, "adults");
  for (const auto& c : a.numbers) EXPECT_EQ(c.text.find("second half"), std::string::npos);
}

TEST(Statements, OnePerSpeakerWordAndTime) {
  auto a = Analyse("Interior Minister Rosa Diaz said on Tuesday that the border was calm. "
                   "\"We are watching,\" Diaz said. According to Diaz, patrols doubled.");
  int said = 0, according = 0;
  for (const auto& st : a.statements) {
    EXPECT_EQ(st.speaker, "Rosa Diaz");
    if (st.kind == "said") {
      ++said;
      EXPECT_EQ(st.when, "on Tuesday");
      EXPECT_EQ(st.date, "2022-03-08");
    }
    if (st.kind == "according to") ++according;
  }
  EXPECT_EQ(said, 1);
  EXPECT_EQ(according, 1);
}

TEST(Json, ValidForOddInput) {
  std::string odd = "\xFF\xFE\"\xE2\x80\x9C unclosed \x01\x02 Mr. \"\" $ 5, President \xC3";
  auto a = AnalyzeText(odd, AnalyzeOptions{});
  auto j = nlohmann::json::parse(AnalysisToJson(a), nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["text_length"], odd.size());
  EXPECT_TRUE(j["published"].is_null());
  auto pretty = nlohmann::json::parse(AnalysisToJson(Analyse("Mayor Lena Park said \"yes.\""), 2),
                                      nullptr, false);
  ASSERT_FALSE(pretty.is_discarded());
  EXPECT_EQ(pretty["quotes"][0]["speaker"], "Lena Park");
}

}  // namespace
}  // namespace newsgraph
