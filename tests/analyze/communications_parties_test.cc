// Communications whose parties are not a plain "X met Y": described groups, organisations,
// definite descriptions ("the president", "the two leaders"), pronoun objects, subjects written
// away from the verb, and the new cue words (rang, interviews, letters, lunch). Sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, const char* published = "2022-03-10") {
  return test::AnalyseRules(text, published);
}
const Communication* Find(const Analysis& a, std::vector<std::string> who) {
  return test::CommunicationOf(a, std::move(who));
}
std::string Dump(const Analysis& a) { return test::DumpCommunications(a); }

TEST(CommunicationParties, DescribedGroupAfterMet) {
  auto a = Analyse("Defense Secretary Laura Quint met with several top regional officials in "
                   "Hanoi on Wednesday.");
  const auto* c = Find(a, {"Laura Quint", "several top regional officials"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(c->date, "2022-03-09");
}

TEST(CommunicationParties, GroupWithPlaceComplement) {
  auto a = Analyse("Chancellor Otto Brenner spoke by phone with allies in eastern Europe.");
  const auto* c = Find(a, {"Otto Brenner", "allies in eastern Europe"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationParties, CallToAnOfficeIsNotACallToThePerson) {
  auto a = Analyse("Senator Maria Delgado said her staff logged the threats. Prosecutors say "
                   "Tom Reyes made a call to the offices of Delgado in May.");
  EXPECT_NE(Find(a, {"Tom Reyes", "the offices of Delgado"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Tom Reyes", "Maria Delgado"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, SubjectWrittenAwayFromTheVerb) {
  auto a = Analyse("Dr. Helen Ward read the scan, picked up the phone and rang Peter Olsen.");
  const auto* c = Find(a, {"Helen Ward", "Peter Olsen"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationParties, SpeakerOfAChatIsAParticipant) {
  auto a = Analyse("Chief executive Dana Pike said Tuesday in a fireside chat with investor "
                   "Rob Lane that sales had doubled.");
  EXPECT_NE(Find(a, {"Dana Pike", "Rob Lane"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, DefiniteDescriptionIsTheNamedOfficeHolder) {
  auto a = Analyse("President Mark Olden faces an inquiry. Ambassador Ruth Kemp has said she "
                   "has spoken several times with the president.");
  EXPECT_NE(Find(a, {"Ruth Kemp", "Mark Olden"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, TheTwoLeadersHeldAVideoCall) {
  auto a = Analyse("President Ana Silva and President Jorge Mena face pressure at home. The two "
                   "presidents held a two-hour video call on Tuesday.");
  const auto* c = Find(a, {"Ana Silva", "Jorge Mena"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "video call");
  EXPECT_EQ(c->date, "2022-03-08");
}

TEST(CommunicationParties, OrganisationsHoldingTalks) {
  auto a = Analyse("Washington and Beijing had been holding direct talks for a year.");
  EXPECT_NE(Find(a, {"Washington", "Beijing"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, PronounObjectAndOtherLeaders) {
  auto a = Analyse("Envoy Karl Vance resigned. Messages showed conversations between him, "
                   "Ambassador Lena Ross and other leaders.");
  EXPECT_NE(Find(a, {"Karl Vance", "Lena Ross", "other leaders"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, InterviewAndLunch) {
  auto a = Analyse("Investigators held interviews with nine witnesses. Adviser Dan Holt was "
                   "having lunch with Ambassador Tim Ames in Kyiv.");
  EXPECT_NE(Find(a, {"Investigators", "nine witnesses"}), nullptr) << Dump(a);
  const auto* c = Find(a, {"Dan Holt", "Tim Ames"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
}

TEST(CommunicationWording, SatDownHostInterviewedTomorrow) {
  auto a = Analyse("Governor Eva Lund sat down with Mayor Carl Ring on Monday. Lund will host "
                   "Senator Ida Moss tomorrow. Ring was interviewed by reporter Tom Vik.");
  const auto* c = Find(a, {"Eva Lund", "Carl Ring"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(c->date, "2022-03-07");
  c = Find(a, {"Eva Lund", "Ida Moss"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2022-03-11");
  EXPECT_EQ(c->status, "planned");
  c = Find(a, {"Carl Ring", "Tom Vik"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
}

TEST(CommunicationParties, NotEncounters) {
  // visiting a place, a press briefing and a so-called name are not communications
  auto a = Analyse("Prime Minister Ivo Petrov visited Paris on Monday. Petrov spoke to "
                   "reporters later. A man called Sam Pell was arrested.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationParties, EmergencyCalls) {
  auto a = Analyse("A night porter noticed the smoke on the third floor and called 911.\n\n"
                   "Guards pulled two guests from the lift, where they called an ambulance.\n\n"
                   "Nurse Alma Kerr then dialed police.");
  const auto* c = Find(a, {"A night porter", "911"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  // "they" is the group opening the clause, not a person named in it
  EXPECT_NE(Find(a, {"Guards", "an ambulance"}), nullptr) << Dump(a);
  EXPECT_NE(Find(a, {"Alma Kerr", "police"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, UrgingACallIsNoCall) {
  auto a = Analyse("Residents were urged to call 911 if they saw the truck. Anyone with "
                   "information can call police.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationParties, LetterSenders) {
  auto a = Analyse("Mayor Rosa Quintero said in a May 2 letter to state lawmakers that the "
                   "bridge was unsafe. The tenants' coalition sent a letter to the landlord "
                   "last week.");
  const auto* c = Find(a, {"Rosa Quintero", "state lawmakers"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  EXPECT_NE(Find(a, {"The tenants' coalition", "the landlord"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, SaidInAnInterviewWith) {
  auto a = Analyse("Coach Lena Brandt said in an interview with Tom Vale that the team "
                   "would recover.");
  const auto* c = Find(a, {"Lena Brandt", "Tom Vale"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
}

TEST(CommunicationParties, WithAttachesToTheNearerNoun) {
  // the friendship, not the interview, is with Carl Berg
  auto a = Analyse("In an interview about his friendship with Carl Berg, reporter Ana Holt "
                   "pressed Senator Ian Moor.");
  EXPECT_EQ(Find(a, {"Carl Berg", "Ana Holt", "Ian Moor"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, TitledNameInAListIsThePerson) {
  auto a = Analyse("Chief executive Dana Pike said Tuesday in a fireside chat with Brightline "
                   "founder and co-CEO Rob Lane that sales had doubled.");
  EXPECT_NE(Find(a, {"Dana Pike", "Rob Lane"}), nullptr) << Dump(a);
  bool lane = false;
  for (const auto& p : a.people)
    if (p.name == "Rob Lane") {
      lane = true;
      EXPECT_EQ(p.office, "Brightline founder and co-CEO");
    }
  EXPECT_TRUE(lane);
}

TEST(CommunicationParties, WrittenMessagesAndOtherVerbs) {
  auto a = Analyse("Mayor Tom Reed emailed Police Chief Ann Cole about the shooting.\n\n"
                   "Attorney Paul Kim wrote to Judge Ellen Roth asking for a delay.\n\n"
                   "Dr. Amy Fox consulted with Dr. Ben Hart before the surgery.\n\n"
                   "Minister Ida Berg reached out to Treasury Secretary Jan Holm.\n\n"
                   "President Leo Vance and Chancellor Rita Stahl discussed the pipeline.");
  const auto* c = Find(a, {"Tom Reed", "Ann Cole"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  c = Find(a, {"Paul Kim", "Ellen Roth"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  c = Find(a, {"Amy Fox", "Ben Hart"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
  EXPECT_NE(Find(a, {"Ida Berg", "Jan Holm"}), nullptr) << Dump(a);
  EXPECT_NE(Find(a, {"Leo Vance", "Rita Stahl"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, TitledObjectsAndOutlets) {
  auto a = Analyse("Secretary of State Ann Byrd called his Chinese counterpart Wang Li on Sunday."
                   "\n\nDetective Sara Lopez interviewed the suspect, John Dow, on Friday.\n\n"
                   "In an interview with CNN, Senator Carl Ames said the bill would fail.\n\n"
                   "Senator Carl Ames said in an email to The Associated Press that he was "
                   "sorry.");
  const auto* c = Find(a, {"Ann Byrd", "Wang Li"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  c = Find(a, {"Sara Lopez", "John Dow"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  c = Find(a, {"Carl Ames", "CNN"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  // an email to a news agency is a statement to the press
  EXPECT_EQ(Find(a, {"Carl Ames", "The Associated Press"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, CounterpartNamedAfterTitleWords) {
  auto a = Analyse("Foreign Minister Anna Brandt held a phone call with her Ukrainian "
                   "counterpart Petro Koval.\n\nThe meeting between Defense Minister Avi Golan "
                   "and his American counterpart Lee Austin lasted two hours.");
  const auto* c = Find(a, {"Anna Brandt", "Petro Koval"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  c = Find(a, {"Avi Golan", "Lee Austin"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
}

TEST(CommunicationParties, DatesWithoutAYearAndScheduledMeetings) {
  // published 2022-03-10: "Jan. 9" is this January; in a December article it is next January
  auto a = Analyse("President Ivo Petrov is scheduled to meet Chancellor Rita Stahl on Jan. 9.",
                   "2021-12-06");
  const auto* c = Find(a, {"Ivo Petrov", "Rita Stahl"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2022-01-09");
  EXPECT_EQ(c->status, "planned");
  auto b = Analyse("President Ivo Petrov met Chancellor Rita Stahl on Dec. 2.", "2022-01-20");
  c = Find(b, {"Ivo Petrov", "Rita Stahl"});
  ASSERT_NE(c, nullptr) << Dump(b);
  EXPECT_EQ(c->date, "2021-12-02");
}

TEST(CommunicationParties, GreetingsAndNegations) {
  auto a = Analyse("President Ivo Petrov welcomed Prime Minister Kenji Sato to the palace on "
                   "Monday. Premier Li Wen shook hands with President Ivo Petrov.\n\n"
                   "Chancellor Rita Stahl hasn't spoken to President Omar Dali since June. "
                   "Mayor Tom Reed refused to meet Governor Ann Cole. Sen. Joe Marsh never met "
                   "Sen. Amy Lund.");
  const auto* c = Find(a, {"Ivo Petrov", "Kenji Sato"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_NE(Find(a, {"Li Wen", "Ivo Petrov"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Rita Stahl", "Omar Dali"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Tom Reed", "Ann Cole"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Joe Marsh", "Amy Lund"}), nullptr) << Dump(a);
}

TEST(CommunicationParties, HyphenatedSurnamesBeforeTheNoun) {
  auto a = Analyse("President Ivo Petrov and Chancellor Rita Stahl arrived in Geneva.\n\nThe "
                   "Petrov-Stahl summit lasted four hours, officials said.");
  const auto* c = Find(a, {"Ivo Petrov", "Rita Stahl"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
}

TEST(CommunicationParties, ElapsedTimeIsNoDuration) {
  auto a = Analyse("President Ivo Petrov spoke by phone with Chancellor Rita Stahl on Tuesday. "
                   "The call was their second in less than a week.");
  const auto* c = Find(a, {"Ivo Petrov", "Rita Stahl"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->duration, "");
}

TEST(CommunicationParties, DescribedSubjectsJourneysAndMeals) {
  auto a = Analyse("Detectives interviewed the victim's mother, Sara Lopez, on Thursday.\n\n"
                   "The suspect called his girlfriend, Maria Ruiz, after the shooting.\n\n"
                   "Prime Minister Ravi Shah will travel to Paris to meet President Lea Morel "
                   "next week.\n\nPresident Ivo Petrov hosted a dinner for Queen Ana Reyes.\n\n"
                   "Critics called the president a liar.");
  const auto* c = Find(a, {"Detectives", "Sara Lopez"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");  // an interview is a journalist's (ANNOTATION.md)
  c = Find(a, {"The suspect", "Maria Ruiz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  c = Find(a, {"Ravi Shah", "Lea Morel"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
  c = Find(a, {"Ivo Petrov", "Ana Reyes"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(a.communications.size(), 4u) << Dump(a);  // calling someone a liar is no call
}

TEST(CommunicationParties, BriefingsContactsAttendanceAndLetters) {
  auto a = Analyse("Secretary Tom Hale briefed President Ann Cole on the talks.\n\n"
                   "Governor Lisa Dunn spoke on the phone with Mayor Tom Reed on Monday.\n\n"
                   "Senator Joe Marsh has been in contact with Governor Lisa Dunn.\n\n"
                   "The summit, attended by Chancellor Rita Stahl and President Ivo Petrov, ended "
                   "on Friday. Petrov and Stahl exchanged letters last year.");
  EXPECT_NE(Find(a, {"Tom Hale", "Ann Cole"}), nullptr) << Dump(a);
  const auto* c = Find(a, {"Lisa Dunn", "Tom Reed"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_NE(Find(a, {"Joe Marsh", "Lisa Dunn"}), nullptr) << Dump(a);
  // the summit and the letters are two exchanges, not one
  int stahl_petrov = 0;
  for (const auto& x : a.communications) {
    auto p = x.participants;
    std::sort(p.begin(), p.end());
    if (p == std::vector<std::string>{"Ivo Petrov", "Rita Stahl"}) ++stahl_petrov;
  }
  EXPECT_EQ(stahl_petrov, 2) << Dump(a);
}

TEST(CommunicationParties, GroupOfNamedCountries) {
  auto a = Analyse("President Ivo Petrov held a call with the leaders of France, Germany, Italy "
                   "and Britain on Monday.");
  const auto* c = Find(a, {"Ivo Petrov", "the leaders of France, Germany, Italy and Britain"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationParties, NamedGroupAfterTheHoldsTalks) {
  // "the Taliban", "the Kremlin": a name after "the" that is no known organisation is a party
  auto a = Analyse("Ankara and the Houthis had been holding direct talks for months. The "
                   "Nordvik administration held talks with the Kremlin on Monday.");
  EXPECT_NE(Find(a, {"Ankara", "the Houthis"}), nullptr) << Dump(a);
  const auto* c = Find(a, {"The Nordvik administration", "the Kremlin"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2022-03-07");
  // a name modifying a noun is no party, nor is a generic capitalised word
  a = Analyse("Fans watched the World Cup final with Coach Lena Ruiz.");
  for (const auto& comm : a.communications)
    for (const auto& p : comm.participants) EXPECT_NE(p, "the World Cup") << Dump(a);
}

TEST(CommunicationParties, TalksBetweenTwoPlaces) {
  auto a = Analyse("The talks between Norway and Chile in Lima ended without a deal.");
  EXPECT_NE(Find(a, {"Norway", "Chile"}), nullptr) << Dump(a);
  // counted calls between two states sum up others: no encounter of their own
  a = Analyse("It follows at least three high-level calls between Norway and Chile this week.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationParties, LetterFrontedBeforeAnOrganisation) {
  auto a = Analyse("In a Feb. 2 letter to Governor Pia Holm, the Harbour Safety Board said the "
                   "port was not ready.");
  const auto* c = Find(a, {"Pia Holm", "the Harbour Safety Board"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  EXPECT_EQ(c->date, "2022-02-02");
}

TEST(CommunicationWording, CallAndMeetingDatedApartAreTwo) {
  // a call on Friday and a meeting "last week" are two encounters, while "his meeting with X"
  // undated may be the call the article reports
  auto a = Analyse("Premier Ada Berg and President Olaf Holm spoke by phone on Friday. Berg met "
                   "Holm in Oslo last week, and the two discussed trade.");
  int calls = 0, meetings = 0;
  for (const auto& c : a.communications) {
    calls += c.kind == "phone call";
    meetings += c.kind == "meeting";
  }
  EXPECT_EQ(calls, 1) << Dump(a);
  EXPECT_EQ(meetings, 1) << Dump(a);
  a = Analyse("Premier Ada Berg and President Olaf Holm spoke by phone on Friday. Before "
              "Berg's meeting with Holm, aides met.");
  EXPECT_EQ(a.communications.size(), 1u) << Dump(a);
}

TEST(CommunicationWording, HopesAndDemandsAreNoEncounters) {
  auto a = Analyse("Governor Eva Lund said she hoped the deal would pave the way for talks "
                   "with Mayor Carl Ring. Senator Ida Moss called for talks with Lund.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationWording, ExchangedJoinedSummonedSitDown) {
  auto a = Analyse("Governor Eva Lund and Mayor Carl Ring exchanged views by phone on Monday. "
                   "Senator Ida Moss joined Lund for talks in Bergen. Foreign Minister Ali "
                   "Rezaei summoned the Danish ambassador on Tuesday. Lund will sit down with "
                   "Rezaei on Friday.");
  const auto* c = Find(a, {"Eva Lund", "Carl Ring"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_EQ(c->date, "2022-03-07");
  c = Find(a, {"Ida Moss", "Eva Lund"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
  c = Find(a, {"Ali Rezaei", "the Danish ambassador"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  c = Find(a, {"Eva Lund", "Ali Rezaei"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
  EXPECT_EQ(c->date, "2022-03-11");
}

TEST(CommunicationWording, InterviewsWithOutletsVideoConferencesScareQuotes) {
  auto a = Analyse("Governor Eva Lund told the Nordic Post in an interview that the port was ready. "
                   "In an interview on Radio Syd, Mayor Carl Ring said it was not. Senator Ida "
                   "Moss dialed into a video conference with Lund. Ring said he had a "
                   "\"productive\" meeting with Moss. Lund met virtually with Ring on Monday.");
  const auto* c = Find(a, {"Eva Lund", "the Nordic Post"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  c = Find(a, {"Carl Ring", "Radio Syd"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  c = Find(a, {"Ida Moss", "Eva Lund"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "video call");
  c = Find(a, {"Carl Ring", "Ida Moss"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  c = Find(a, {"Eva Lund", "Carl Ring"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "video call");
}

TEST(CommunicationWording, PastEncounterWithoutYearIsNotNextYear) {
  // written in June without a year: an October letter that was sent is last October's; a
  // meeting planned for May is next May's
  auto a = Analyse("In an Oct. 12 letter to Mayor Carl Ring, Governor Eva Lund said the port "
                   "was ready. Lund will meet Senator Ida Moss on May 2.",
                   "2022-06-10");
  const auto* c = Find(a, {"Carl Ring", "Eva Lund"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2021-10-12");
  c = Find(a, {"Eva Lund", "Ida Moss"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2023-05-02");
}

TEST(CommunicationWording, AbleToMeetInterrogatedPleadedWith) {
  auto a = Analyse("Student Omar Nasser toured the fair, and was able to meet Judge Ana Cruz. "
                   "Nasser was interrogated by Detective Rob Lane. His sister pleaded with Lane "
                   "to let him go. Cruz was unable to meet Mayor Ben Holt.");
  EXPECT_NE(Find(a, {"Omar Nasser", "Ana Cruz"}), nullptr) << Dump(a);
  EXPECT_NE(Find(a, {"Omar Nasser", "Rob Lane"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Ana Cruz", "Ben Holt"}), nullptr) << Dump(a);
}

TEST(CommunicationWording, GerundsWeekdaysMediaAfterTheObjectAndReportersOfOutlets) {
  auto a = Analyse("Governor Eva Lund met Tuesday with Mayor Carl Ring. After meeting with Ring, "
                   "Senator Ida Moss said the talks went well. Lund briefed aides after meeting "
                   "Judge Ana Cruz. Ring spoke to Moss and Cruz by telephone on Sunday. Cruz sat "
                   "down with the Nordic Post's Ola Berg for an interview.");
  const auto* c = Find(a, {"Eva Lund", "Carl Ring"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2022-03-08");
  EXPECT_NE(Find(a, {"Carl Ring", "Ida Moss"}), nullptr) << Dump(a);
  EXPECT_NE(Find(a, {"Eva Lund", "Ana Cruz"}), nullptr) << Dump(a);
  c = Find(a, {"Carl Ring", "Ida Moss", "Ana Cruz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  c = Find(a, {"Ana Cruz", "Ola Berg"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
}

TEST(CommunicationWording, EncountersWrittenAsOnesToCome) {
  // past tense around them, yet the encounter is still to come
  auto a = Analyse("The talks came days before an expected conversation between Governor Eva "
                   "Lund and Mayor Carl Ring. Analysts said it set the stage for talks between "
                   "Senator Ida Moss and Judge Ana Cruz. Lund met Moss ahead of the summit.");
  const auto* c = Find(a, {"Eva Lund", "Carl Ring"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
  c = Find(a, {"Ida Moss", "Ana Cruz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
  c = Find(a, {"Eva Lund", "Ida Moss"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "happened");
}

}  // namespace
}  // namespace newsgraph
