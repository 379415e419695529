// Communications in more of the wordings news uses, and the look-alikes that are none:
// letters with several recipients and their sender, one encounter per sentence, interviews
// given to or told to a journalist, "told Y at a meeting", generic persons as parties
// ("the man"), negotiations, huddles, "on the phone with", handshakes, passives with an agent,
// audiences, a definite title as the subject ("The president spoke with ..."), and naming
// ("called X a liar"), speaking out, press calls, reported clauses and datelines.
// Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }  // on a Thursday
const Communication* Find(const Analysis& a, std::vector<std::string> who) {
  return test::CommunicationOf(a, std::move(who));
}
std::string Dump(const Analysis& a) { return test::DumpCommunications(a); }

bool Names(const Analysis& a, const std::string& who) {
  for (const auto& c : a.communications)
    for (const auto& p : c.participants)
      if (p == who) return true;
  return false;
}

TEST(CommunicationWordings, LetterToSeveralRecipientsHasItsSender) {
  auto a = Analyse("In a letter to Secretary Paul Nagy and Senator Ida Holm, Governor Lucia "
                   "Ferro said the camps were unsafe.");
  const auto* c = Find(a, {"Paul Nagy", "Ida Holm", "Lucia Ferro"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  // "between" names everyone: the main clause's subject is no participant
  auto b = Analyse("During the meeting between President Ana Ruiz and Chancellor Jon Berg, "
                   "Senator Ida Holm waited outside.");
  EXPECT_NE(Find(b, {"Ana Ruiz", "Jon Berg"}), nullptr) << Dump(b);
  EXPECT_FALSE(Names(b, "Ida Holm")) << Dump(b);
}

TEST(CommunicationWordings, OneSentenceReportsOneEncounter) {
  // "asked" would read as a talk of its own; the sentence's letter is the encounter
  auto a = Analyse("In a letter to Senator Paul Nagy, Governor Lucia Ferro asked for more "
                   "funding.");
  ASSERT_EQ(a.communications.size(), 1u) << Dump(a);
  EXPECT_EQ(a.communications[0].kind, "letter");
  // two encounters of one pair dated apart in one sentence stay two
  auto b = Analyse("Governor Lucia Ferro met Senator Paul Nagy on March 1 and phoned Senator "
                   "Nagy on March 3.");
  EXPECT_EQ(b.communications.size(), 2u) << Dump(b);
}

TEST(CommunicationWordings, InterviewsToldOrGivenToSomeone) {
  auto a = Analyse("Mayor Ann Cole told the Harbor Ledger's columnist Tom Reyes in an interview "
                   "that she would stay.");
  const auto* c = Find(a, {"Ann Cole", "Tom Reyes"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  auto b = Analyse("Governor Lucia Ferro gave an interview to the Harbor Times last week.");
  const auto* d = Find(b, {"Lucia Ferro", "the Harbor Times"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "interview");
  // "to" later in the clause is no recipient of the interview
  auto e = Analyse("Mayor Ann Cole's interview only happened thanks to her publicist.");
  EXPECT_TRUE(e.communications.empty()) << Dump(e);
}

TEST(CommunicationWordings, ToldSomeoneAtAMeeting) {
  auto a = Analyse("Ambassador Omar Haddad told visiting trade officials at a July 10 meeting "
                   "that a deal was close.");
  const auto* c = Find(a, {"Omar Haddad", "visiting trade officials"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(c->when, "July 10");
}

TEST(CommunicationWordings, GenericPersonsAreParties) {
  auto a = Analyse("Dr. Ian Moss talked with the man over the phone.");
  const auto* c = Find(a, {"Ian Moss", "the man"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  auto b = Analyse("Nurse Eva Lund met the patient on Monday.");
  EXPECT_NE(Find(b, {"Eva Lund", "the patient"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, NegotiationsHuddlesAndThePhone) {
  auto a = Analyse("Minister Rosa Lind negotiated with Ambassador Omar Haddad for months.");
  const auto* c = Find(a, {"Rosa Lind", "Omar Haddad"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
  auto b = Analyse("Speaker Jo Park huddled with Senator Ben Ruiz on Monday.");
  const auto* d = Find(b, {"Jo Park", "Ben Ruiz"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "meeting");
  auto e = Analyse("Governor Ben Ruiz was on the phone with Secretary Paul Nagy for an hour.");
  const auto* f = Find(e, {"Ben Ruiz", "Paul Nagy"});
  ASSERT_NE(f, nullptr) << Dump(e);
  EXPECT_EQ(f->kind, "phone call");
  auto g = Analyse("Senator Ana Ruiz is in negotiations with union leaders about a deal.");
  EXPECT_NE(Find(g, {"Ana Ruiz", "union leaders"}), nullptr) << Dump(g);
  // "on the phone" needs its verb: a headline-like phrase names no caller
  auto h = Analyse("Music on the phone with Senator Ben Ruiz.");
  EXPECT_TRUE(h.communications.empty()) << Dump(h);
}

TEST(CommunicationWordings, HandshakesPassivesAndAudiences) {
  auto a = Analyse("President Ana Ruiz and Chancellor Jon Berg shook hands on Tuesday.");
  const auto* c = Find(a, {"Ana Ruiz", "Jon Berg"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(c->date, "2022-03-08");
  auto b = Analyse("Prime Minister Tom Hale was received by the Queen at the palace.");
  const auto* d = Find(b, {"Tom Hale", "the Queen"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "meeting");
  auto e = Analyse("The Queen held an audience with Prime Minister Tom Hale.");
  EXPECT_NE(Find(e, {"Tom Hale", "The Queen"}), nullptr) << Dump(e);
  // an audience that no one has with anyone is no encounter
  auto f = Analyse("Senator Jo Park thanked the audience on Monday.");
  EXPECT_TRUE(f.communications.empty()) << Dump(f);
}

TEST(CommunicationWordings, SpokeByPhoneOnAWeekdayWithSomeone) {
  auto a = Analyse("President Ana Ruiz spoke by phone on Monday with Chancellor Jon Berg.");
  const auto* c = Find(a, {"Ana Ruiz", "Jon Berg"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_EQ(c->date, "2022-03-07");
}

TEST(CommunicationWordings, ANamedPlaceBetweenTheVerbAndItsWith) {
  auto a = Analyse("Chancellor Jon Berg met in Vienna on Tuesday with President Ana Ruiz. Later, "
                   "Senator Ida Holm met at the White House with Mayor Paul Nagy.");
  const auto* c = Find(a, {"Jon Berg", "Ana Ruiz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_EQ(c->when, "on Tuesday");
  EXPECT_NE(Find(a, {"Ida Holm", "Paul Nagy"}), nullptr) << Dump(a);
  // a person's place is no place name: the owner is not skipped over
  auto b = Analyse("Chancellor Jon Berg met at Ana Ruiz's villa with his lawyers.");
  EXPECT_EQ(Find(b, {"Jon Berg", "Ana Ruiz"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, NamesInAppositionPassiveBriefingsAndTheProgressive) {
  // the names in apposition to a described subject are the subjects
  auto a = Analyse("The two ministers, Jon Berg and Ana Ruiz, held talks in Vienna.");
  const auto* c = Find(a, {"Jon Berg", "Ana Ruiz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
  // a briefing in the passive has its agent
  auto b = Analyse("Senator Ida Holm was briefed by General Paul Nagy on Monday.");
  const auto* d = Find(b, {"Ida Holm", "Paul Nagy"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "talk");
  // "is meeting ... on Friday" is arranged: the coming Friday (the text is of a Thursday)
  auto e = Analyse("Chancellor Jon Berg is meeting with President Ana Ruiz on Friday.");
  const auto* f = Find(e, {"Jon Berg", "Ana Ruiz"});
  ASSERT_NE(f, nullptr) << Dump(e);
  EXPECT_EQ(f->status, "planned");
  EXPECT_EQ(f->date, "2022-03-11");
  auto g = Analyse("Chancellor Jon Berg was meeting with President Ana Ruiz on Friday.");
  const auto* h = Find(g, {"Jon Berg", "Ana Ruiz"});
  ASSERT_NE(h, nullptr) << Dump(g);
  EXPECT_EQ(h->status, "happened");
  EXPECT_EQ(h->date, "2022-03-04");
}

TEST(CommunicationWordings, CandidatesMeetInADebate) {
  auto a = Analyse("In their second televised debate on Tuesday, Ana Ruiz and Jon Berg clashed "
                   "over taxes.");
  const auto* c = Find(a, {"Ana Ruiz", "Jon Berg"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  // a debate about something, with one person only, is no encounter
  auto b = Analyse("Senator Ida Holm called for a debate on the bill. The debate over taxes "
                   "divided Governor Paul Nagy's party.");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
}

TEST(CommunicationWordings, TimeSpentWithSomeone) {
  auto a = Analyse("Chancellor Jon Berg stayed with President Ana Ruiz at her villa.");
  const auto* c = Find(a, {"Jon Berg", "Ana Ruiz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  // staying with a plan or a firm is no encounter
  auto b = Analyse("Chancellor Jon Berg stayed with his plan, and the firm stayed with its bank.");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
}

TEST(CommunicationWordings, TheDefiniteTitleAsSubject) {
  auto a = Analyse("President Ana Ruiz warned her rivals on Tuesday. The president spoke with "
                   "Chancellor Jon Berg on Wednesday.");
  const auto* c = Find(a, {"Ana Ruiz", "Jon Berg"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->date, "2022-03-09");
}

TEST(CommunicationWordings, NamingSpeakingOutAndThePressAreNoEncounters) {
  for (const char* text : {
           "Mayor Ann Cole called Senator Ben Ruiz's plan reckless.",
           "Coach Ted Rim called Senator Ben Ruiz a liar after the game.",
           "Coach Ted Rim called Senator Ben Ruiz \"a disgrace\" on Monday.",
           "Senator Jo Park has spoken out about the plan.",
           "Governor Lucia Ferro said in a conference call with reporters that the plan was "
           "dead.",
       }) {
    auto a = Analyse(text);
    EXPECT_TRUE(a.communications.empty()) << text << "\n" << Dump(a);
  }
  // ... while a call to someone a day later is a call
  auto b = Analyse("Coach Ted Rim called Senator Ben Ruiz a day after the game.");
  EXPECT_NE(Find(b, {"Ted Rim", "Ben Ruiz"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, TheReportingVerbEndsTheParticipants) {
  // "X said Y lied": Y is what X said, not a party to the interview
  auto a = Analyse("In an interview with the Harbor Times, Senator Jo Park said Governor Ben "
                   "Ruiz lied.");
  const auto* c = Find(a, {"Jo Park", "the Harbor Times"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_FALSE(Names(a, "Ben Ruiz")) << Dump(a);
  // ... while the one warned is spoken to
  auto b = Analyse("During a Thursday discussion, Secretary Paul Nagy cautioned Minister Rosa "
                   "Lind that the talks would fail.");
  EXPECT_NE(Find(b, {"Paul Nagy", "Rosa Lind"}), nullptr) << Dump(b);
  // the one reporting a call is no party to it
  auto d = Analyse("Ambassador Omar Haddad said a call came in from the embassy at noon.");
  EXPECT_FALSE(Names(d, "Omar Haddad")) << Dump(d);
}

TEST(CommunicationWordings, ACommaJoinsSubjectsOnlyInAList) {
  auto a = Analyse("The company moved its staff through Oslo, spokeswoman Ida Holm said in an "
                   "interview.");
  EXPECT_FALSE(Names(a, "Oslo")) << Dump(a);
  auto b = Analyse("President Ana Ruiz, Chancellor Jon Berg and Minister Rosa Lind held talks "
                   "on Friday.");
  EXPECT_NE(Find(b, {"Ana Ruiz", "Jon Berg", "Rosa Lind"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, TheEmergencyCallerNextToTheVerb) {
  auto a = Analyse("Police said a witness called 911 after the crash.");
  ASSERT_EQ(a.communications.size(), 1u) << Dump(a);
  EXPECT_EQ(a.communications[0].participants[0], "a witness") << Dump(a);
  // a dateline is no caller
  auto b = Analyse("OSLO - Shortly after midnight someone called 911 to report a fire.");
  EXPECT_FALSE(Names(b, "OSLO")) << Dump(b);
}

TEST(CommunicationWordings, GroupsNamedByTheirOrganisations) {
  // one name written with "&" or "/", and a list left open with "and others"
  auto a = Analyse("The state board holds a hearing on Tuesday with executives from Lark&Co, "
                   "Venta/Nord and others.");
  EXPECT_NE(Find(a, {"The state board", "executives from Lark&Co, Venta/Nord and others"}),
            nullptr)
      << Dump(a);
  // organisations that are also common capitalised words still name the group
  auto b = Analyse("The committee met with officials from NATO on Friday.");
  EXPECT_NE(Find(b, {"The committee", "officials from NATO"}), nullptr) << Dump(b);
  // groups of people as parties: regulators, a panel, a delegation
  auto c = Analyse("Regulators met with executives from Ostrava Bank on Monday.");
  EXPECT_NE(Find(c, {"Regulators", "executives from Ostrava Bank"}), nullptr) << Dump(c);
  auto d = Analyse("The panel held talks with a delegation from Moldova.");
  EXPECT_NE(Find(d, {"The panel", "a delegation from Moldova"}), nullptr) << Dump(d);
}

TEST(CommunicationWordings, NewsOutletsInterviewing) {
  auto a = Analyse("The Harbor Ledger interviewed Mayor Ann Cole on Monday.");
  const auto* c = Find(a, {"Harbor Ledger", "Ann Cole"});  // the organisation, as named
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  auto b = Analyse("The Associated Press spoke with four residents who left the valley.");
  const auto* d = Find(b, {"The Associated Press", "four residents"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "interview");
  // someone speaking to an outlet gives it an interview
  auto e = Analyse("Mayor Ann Cole spoke to the Harbor Herald on Monday.");
  const auto* f = Find(e, {"Ann Cole", "the Harbor Herald"});
  ASSERT_NE(f, nullptr) << Dump(e);
  EXPECT_EQ(f->kind, "interview");
  // an indefinite description with the name in apposition: the person named
  auto g = Analyse("The Harbor Herald interviewed another neighbour of hers, Paul Nagy, on Monday.");
  const auto* h = Find(g, {"The Harbor Herald", "Paul Nagy"});
  ASSERT_NE(h, nullptr) << Dump(g);
  EXPECT_EQ(h->kind, "interview");
}

TEST(CommunicationWordings, OneSideOnlyIsNoEncounter) {
  // no subject: the people after the verb are the side someone else spoke to
  auto a = Analyse("Deputies stopped a van driven by Tom Reyes. While speaking to Reyes and "
                   "his passengers, a dog was brought in.");
  EXPECT_FALSE(Names(a, "his passengers")) << Dump(a);
  // a place after the verb is no party, nor is a person who owns it
  auto b = Analyse("Two jurors who spoke at Mayor Ann Cole's news conference said little.");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
  auto c = Analyse("Asked what he was asked before coming to court, Tom Reyes said nothing.");
  EXPECT_TRUE(c.communications.empty()) << Dump(c);
  // a verb's "with" is the verb's, not the memo's
  auto d = Analyse("Ann Cole wrote a memo giving agency heads options for dealing with "
                   "Governor Tom Reyes.");
  EXPECT_FALSE(Names(d, "Tom Reyes")) << Dump(d);
  // a verb without a subject still gives the last encounter its duration
  auto e = Analyse("President Dan Kors and President Ivo Lind held a video call on Monday. They "
                   "spoke for 50 minutes.");
  ASSERT_EQ(e.communications.size(), 1u) << Dump(e);
  EXPECT_EQ(e.communications[0].duration, "50 minutes");
}

TEST(CommunicationWordings, HappenedOrManagedToMeetButNotTried) {
  auto a = Analyse("In 1971, Carl Voss chanced to meet Dana Price in a hotel lobby.\n");
  const Communication* c = Find(a, {"Carl Voss", "Dana Price"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  EXPECT_NE(Find(Analyse("Carl Voss managed to speak with Dana Price.\n"),
                 {"Carl Voss", "Dana Price"}),
            nullptr);
  // an attempt is no call
  EXPECT_EQ(Find(Analyse("Carl Voss tried to call Dana Price on Monday.\n"),
                 {"Carl Voss", "Dana Price"}),
            nullptr);
}

TEST(CommunicationWordings, AnObjectPronounIsNeverTheSubject) {
  // "met her": the woman named before, not the subject who met her
  auto a = Analyse("Nora Lind came home on Friday. Alice Tern met her at the station.\n");
  EXPECT_NE(Find(a, {"Alice Tern", "Nora Lind"}), nullptr) << Dump(a);
  // "called her on Monday" is a call; "called her a liar" names her
  auto b = Analyse("Ann Ruiz was ill. Bill Tao called her on Monday.\n");
  const Communication* c = Find(b, {"Bill Tao", "Ann Ruiz"});
  ASSERT_NE(c, nullptr) << Dump(b);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_TRUE(Analyse("Ann Ruiz was ill. Bill Tao called her a liar.\n").communications.empty());
}

TEST(CommunicationWordings, ADescriptionWithoutAnArticleBeforeTheName) {
  auto a = Analyse("Coach Greg Moll said he had talked with former Creighton star Kyle Dorn.\n");
  EXPECT_NE(Find(a, {"Greg Moll", "Kyle Dorn"}), nullptr) << Dump(a);
}

TEST(CommunicationWordings, ReachedByPhone) {
  auto a = Analyse("Carl Voss reached Dana Price by phone on Monday.\n");
  const Communication* c = Find(a, {"Carl Voss", "Dana Price"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  // reaching an agreement, or a place, is no call
  EXPECT_TRUE(Analyse("Carl Voss reached a deal with Dana Price.\n").communications.empty());
  EXPECT_TRUE(Analyse("Carl Voss reached Dana Price's house by car.\n").communications.empty());
}

TEST(CommunicationWordings, HowManyCallsBeforeTheNoun) {
  auto a = Analyse("Carl Voss made a number of phone calls to relatives and police.\n");
  const Communication* c = Find(a, {"Carl Voss", "relatives", "police"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_NE(Find(Analyse("Carl Voss held a series of talks with Dana Price.\n"),
                 {"Carl Voss", "Dana Price"}),
            nullptr);
}

TEST(CommunicationWordings, APluralPronounOpeningTheSentenceCalledTheEmergencyLine) {
  // the deputy they tried to help is not the caller
  auto a = Analyse(
      "Deputy Ron Hale was shot on Friday. They tried to aid the deputy and dialed 911.\n");
  EXPECT_EQ(Find(a, {"Ron Hale", "911"}), nullptr) << Dump(a);
}

TEST(CommunicationWordings, CallingSomeoneOfAPerson) {
  auto a = Analyse("Carl Voss called Dana Price's office on Monday.\n");
  const Communication* c = Find(a, {"Carl Voss", "Dana Price's office"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  // naming a person's thing is no call
  EXPECT_TRUE(Analyse("Carl Voss called Dana Price's plan foolish.\n").communications.empty());
}

TEST(CommunicationWordings, WhoAttendsAMeetingWithSeveralPeople) {
  auto a = Analyse("Fred Lom was present at a 1972 meeting with Jon Mead and Tim Rusk.\n");
  EXPECT_NE(Find(a, {"Fred Lom", "Jon Mead", "Tim Rusk"}), nullptr) << Dump(a);
  // who reports or praises a meeting of others takes no part in it
  auto b = Analyse("Fred Lom praised the meeting with Jon Mead and Tim Rusk.\n");
  EXPECT_EQ(Find(b, {"Fred Lom", "Jon Mead", "Tim Rusk"}), nullptr) << Dump(b);
  EXPECT_NE(Find(b, {"Jon Mead", "Tim Rusk"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, AReportingVerbAndItsCommaOpenAnotherClause) {
  // the jurors asked, not the prosecutor who reports it
  auto a = Analyse(
      "Prosecutor Dan Hart said, the nine jurors asked the three holdouts to vote again.\n");
  EXPECT_EQ(Find(a, {"Dan Hart", "the three holdouts"}), nullptr) << Dump(a);
  // a participle after the comma goes on about the speaker
  auto b = Analyse("Carl Voss met Dana Price. \"I recall it,\" he said, talking to Ann Lee.\n");
  EXPECT_NE(Find(b, {"Carl Voss", "Ann Lee"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, TheSamePronounTwiceInASentenceIsOnePerson) {
  // coref.cc: "she ... Neal ... she": Neal is the object between two mentions of her
  auto a = Analyse(
      "Rita Vale married Bo Neal in 1943. Her career began after she divorced Neal in 1947 "
      "when she met a police officer.\n");
  EXPECT_NE(Find(a, {"Rita Vale", "a police officer"}), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, {"Bo Neal", "a police officer"}), nullptr) << Dump(a);
}

TEST(CommunicationWordings, ACommaAfterAnObjectPronounClosesNoList) {
  auto a = Analyse(
      "Rosa Lind opened the door. As Jon Ortez spoke to her, the gunman fired.\n");
  const Communication* c = Find(a, {"Jon Ortez", "Rosa Lind"});
  ASSERT_NE(c, nullptr) << Dump(a);
  // a list the "and" closes goes on
  auto b = Analyse(
      "Tom Reed was there. Kurt Volk had talks with him, Gil Sand and other leaders.\n");
  ASSERT_EQ(b.communications.size(), 1u) << Dump(b);
  const auto& who = b.communications[0].participants;
  EXPECT_NE(std::find(who.begin(), who.end(), "Gil Sand"), who.end()) << Dump(b);
  EXPECT_NE(std::find(who.begin(), who.end(), "other leaders"), who.end()) << Dump(b);
}

TEST(CommunicationWordings, AnOrganisationOrAStateAsTheSubject) {
  auto a = Analyse("The Angels negotiated with pitcher Cal Sabin on Friday.\n");
  EXPECT_NE(Find(a, {"Cal Sabin", "The Angels"}), nullptr) << Dump(a);
  auto b = Analyse("Ukraine spoke with the IMF on Monday.\n");
  EXPECT_NE(Find(b, {"Ukraine", "the IMF"}), nullptr) << Dump(b);
  // asking a state's partners for help is a request, not an encounter
  EXPECT_TRUE(Analyse("Kyiv has asked its Western partners for air defence systems.\n")
                  .communications.empty());
  // an organisation inside the clause is no subject
  auto c = Analyse("Fans of the Angels met Cal Sabin on Friday.\n");
  EXPECT_EQ(Find(c, {"Cal Sabin", "the Angels"}), nullptr) << Dump(c);
}

TEST(CommunicationWordings, ACounterpartTheTextNamed) {
  // communications_counterparts.cc
  auto a = Analyse(
      "President Jon Bale and Russian President Ivan Sorov were in Geneva. Bale spoke with his "
      "Russian counterpart on Tuesday.\n");
  EXPECT_NE(Find(a, {"Jon Bale", "Ivan Sorov"}), nullptr) << Dump(a);
  // two Russian presidents named: the description stays as written
  auto b = Analyse(
      "President Jon Bale met Russian President Ivan Sorov and former Russian President Pavel "
      "Ruk. Bale later spoke with his Russian counterpart.\n");
  EXPECT_NE(Find(b, {"Jon Bale", "his Russian counterpart"}), nullptr) << Dump(b);
}

TEST(CommunicationWordings, WarnedOrThankedWithTheMediumAfterThePerson) {
  auto a = Analyse("Carl Voss warned Dana Price in a phone call on Tuesday.\n");
  const Communication* c = Find(a, {"Carl Voss", "Dana Price"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  auto b = Analyse("Carl Voss thanked Dana Price during their talks in Paris.\n");
  EXPECT_NE(Find(b, {"Carl Voss", "Dana Price"}), nullptr) << Dump(b);
  // without a medium it is what was said, not an encounter
  EXPECT_TRUE(Analyse("Carl Voss warned Dana Price that prices would rise.\n")
                  .communications.empty());
  EXPECT_TRUE(Analyse("Carl Voss thanked Dana Price in a statement.\n").communications.empty());
}

TEST(CommunicationWordings, AGerundOpeningTheSentenceHasTheMainSubject) {
  auto a = Analyse("After meeting Dana Price on Friday, Carl Voss flew home.\n");
  const Communication* c = Find(a, {"Carl Voss", "Dana Price"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
}

// Issue #9 round 12c: encounters written as nouns, with the other party in a clause about them,
// "a meeting of X and Y", a counterpart joined to a subject, firms the lexicon lists as common
// words, outlets named after their kind, and investigators' interviews.
TEST(CommunicationWordings, TheOtherPartyInAClauseAboutTheCall) {
  auto a = Analyse(
      "President Nora Vell's call on Monday, in which she urged Prime Minister Olaf Brandt to "
      "lower tariffs, lasted an hour.\n");
  const Communication* c = Find(a, {"Nora Vell", "Olaf Brandt"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  // no owner: both sides come from the clause
  auto b = Analyse(
      "Auditors asked about an April 2 meeting in Lyon when Senator Ruth Amsel told visiting "
      "French officials they would have to wait.\n");
  EXPECT_NE(Find(b, {"Ruth Amsel", "visiting French officials"}), nullptr) << Dump(b);
  // the clause's speaker must be the call's owner
  auto d = Analyse(
      "President Nora Vell's call ended early when Senator Ruth Amsel urged Governor Tim Dole "
      "to leave.\n");
  EXPECT_EQ(Find(d, {"Nora Vell", "Tim Dole"}), nullptr) << Dump(d);
}

TEST(CommunicationWordings, AMeetingOfTwoPeople) {
  auto a = Analyse(
      "President Omar Sade and President Lena Kirsch disagree. At a meeting of Sade and Kirsch "
      "in May, the two leaders agreed to talk again.\n");
  const Communication* c = Find(a, {"Omar Sade", "Lena Kirsch"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  // a meeting of one body names no encounter
  auto b = Analyse("The meeting of the council lasted an hour, Mayor Ada Lorne said.\n");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
}

TEST(CommunicationWordings, ACounterpartJoinedToTheSubject) {
  auto a = Analyse(
      "President Jon Bale and his Russian counterpart spoke for an hour on Monday. Russian "
      "President Ivan Sorov had warned against sanctions.\n");
  EXPECT_NE(Find(a, {"Jon Bale", "Ivan Sorov"}), nullptr) << Dump(a);
}

TEST(CommunicationWordings, AFirmTheLexiconListsAsACommonWord) {
  auto a = Analyse("Google met with European Union officials on Friday.\n");
  EXPECT_NE(Find(a, {"Google", "European Union officials"}), nullptr) << Dump(a);
  // part of a longer name: no party of its own
  auto b = Analyse("Google Maps met with European Union officials on Friday.\n");
  EXPECT_EQ(Find(b, {"Google", "European Union officials"}), nullptr) << Dump(b);
  // a firm whose name is also a common noun
  auto c = Analyse("Apple met with European Union officials on Friday.\n");
  EXPECT_NE(Find(c, {"Apple", "European Union officials"}), nullptr) << Dump(c);
}

TEST(CommunicationWordings, AnInterviewInANewspaperNamedAfterItsKind) {
  auto a = Analyse(
      "Prices will rise, Finance Minister Paul Girard said in an interview in French newspaper "
      "Le Matin on Wednesday.\n");
  const Communication* c = Find(a, {"Paul Girard", "Le Matin"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "interview");
  auto b = Analyse(
      "Finance Minister Paul Girard said in an interview published in the German weekly Die "
      "Woche that he would resign.\n");
  EXPECT_NE(Find(b, {"Paul Girard", "Die Woche"}), nullptr) << Dump(b);
  // a place after "in" is where, not who
  auto d = Analyse("Finance Minister Paul Girard said in an interview in Paris that he would resign.\n");
  EXPECT_FALSE(Names(d, "Paris")) << Dump(d);
}

TEST(CommunicationWordings, InvestigatorsInterviewingWitnessesTalkWithThem) {
  auto a = Analyse("Detectives said they had interviews with four witnesses.\n");
  const Communication* c = Find(a, {"Detectives", "four witnesses"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
}

TEST(CommunicationWordings, AComplaintToSomeone) {
  auto a = Analyse("Mayor Hal Cruz complained to Governor Ann Wells about the delays.\n");
  EXPECT_NE(Find(a, {"Hal Cruz", "Ann Wells"}), nullptr) << Dump(a);
  auto b = Analyse("Residents complained to the city council about the noise.\n");
  EXPECT_NE(Find(b, {"Residents", "the city council"}), nullptr) << Dump(b);
  // no subject right before it: the speaker of the sentence did not complain
  auto c = Analyse(
      "Senator Paul Dewar said staff of the ministry have complained to Governor Ann Wells.\n");
  EXPECT_EQ(Find(c, {"Paul Dewar", "Ann Wells"}), nullptr) << Dump(c);
  // to the press: a statement
  auto d = Analyse("Coach Sam Irwin complained to reporters about the referees.\n");
  EXPECT_TRUE(d.communications.empty()) << Dump(d);
}

TEST(CommunicationWordings, AnOrganisationInAppositionToACommonNoun) {
  auto a = Analyse(
      "Director Sam Weitz denied reports that his talks with the company, Northgate Pictures "
      "Inc., had stalled.\n");
  EXPECT_NE(Find(a, {"Sam Weitz", "Northgate Pictures Inc."}), nullptr) << Dump(a);
}

TEST(CommunicationWordings, TwoCountriesJoinedByAHyphenAreTheSides) {
  auto a = Analyse("A muddled view of Franco-German budget talks weighed on markets. The "
                   "Chile-Peru trade talks resumed on Monday.");
  const auto* c = Find(a, {"Chile", "Peru"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
  // a hyphenated pair before another noun is no encounter
  auto b = Analyse("The Chile-Peru border stayed closed on Monday.");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
}

}  // namespace
}  // namespace newsgraph
