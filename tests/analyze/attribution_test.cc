// Round-2 rules on sentences written for these tests: organisation and described speakers,
// "it added", dash-signed pull quotes, pronoun speakers resolved by subject preference,
// possessive statements, organisations in unquoted reporting, and communication verbs
// (visited, discussed ... with, told X by phone, meet with).
#include <gtest/gtest.h>

#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text, const char* published = "2024-03-06") {  // a Wednesday
  AnalyzeOptions o;
  o.published = published;
  o.use_ner = false;
  return AnalyzeText(text, o);
}

const Quote* QuoteStarting(const Analysis& a, std::string_view prefix) {
  for (const auto& q : a.quotes)
    if (std::string_view(q.text).substr(0, prefix.size()) == prefix) return &q;
  return nullptr;
}

bool HasStatement(const Analysis& a, const std::string& speaker, const std::string& kind) {
  for (const auto& s : a.statements)
    if (s.speaker == speaker && s.kind == kind) return true;
  return false;
}

const Communication* CommWith(const Analysis& a, const std::string& x, const std::string& y) {
  for (const auto& c : a.communications) {
    bool hx = false, hy = false;
    for (const auto& p : c.participants) {
      hx |= p == x;
      hy |= p == y;
    }
    if (hx && hy && c.participants.size() == 2) return &c;
  }
  return nullptr;
}

TEST(Attribution, OrganisationAfterCueAndItAdded) {
  auto a = Analyse(
      "Ships collide near the harbour\n\n"
      "\"The damage is limited to the hull,\" said Reuters. \"Nobody was hurt,\" it added.\n\n"
      "\"We will investigate every report,\" Acme Shipping said.\n\n"
      "\"Crews were evacuated quickly,\" said the spokesman.\n");
  const Quote* q1 = QuoteStarting(a, "The damage");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(q1->speaker, "Reuters");
  const Quote* q2 = QuoteStarting(a, "Nobody");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "Reuters");
  EXPECT_EQ(q2->cue, "added");
  const Quote* q3 = QuoteStarting(a, "We will");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(q3->speaker, "Acme Shipping");
  const Quote* q4 = QuoteStarting(a, "Crews");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(q4->speaker, "spokesman");
}

TEST(Attribution, AnOrganisationBeforeItsAppositiveSpeaks) {
  auto a = Analyse(
      "The Harbour Safety Board, the regulator of the port, warned that the pier was \u201ca "
      "disaster waiting to happen.\u201d\n\n"
      "Admiral Ken Ross, head of the Fleet Support Command, which runs the base, said the navy "
      "would \u201cstay the course.\u201d\n");
  const Quote* q1 = QuoteStarting(a, "a disaster");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(q1->speaker, "Harbour Safety Board");
  // the person opening the clause speaks, not the organisation in the appositive
  const Quote* q2 = QuoteStarting(a, "stay the course");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "Ken Ross");
}

TEST(Attribution, PeopleDescribedInThePluralOrOnline) {
  auto a = Analyse(
      "Crowds gathered outside the court.\n\n"
      "\u201cWe will not leave until he resigns,\u201d protesters said on Monday.\n\n"
      "\u201cThis is the best news all year,\u201d one Weibo commenter wrote.\n");
  const Quote* q1 = QuoteStarting(a, "We will not leave");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(q1->speaker, "protesters");
  const Quote* q2 = QuoteStarting(a, "This is the best");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "one Weibo commenter");
  // a crowd chanting; chants as a noun name no one
  auto b = Analyse("Nurses chanted, \u201cSafe staffing now,\u201d outside the hospital.\n\n"
                   "The mayor left to chants of \u201cone more year\u201d from the stands.\n");
  const Quote* c1 = QuoteStarting(b, "Safe staffing");
  ASSERT_NE(c1, nullptr);
  EXPECT_EQ(c1->speaker, "Nurses");
  EXPECT_EQ(QuoteStarting(b, "one more year"), nullptr);
}

TEST(Attribution, NamedInAppositionAfterTheDescription) {
  auto a = Analyse("\"We will win the cup,\" said the club's coach, Rhea Lindqvist.\n\n"
                   "\"It was close,\" said the referee.\n");
  const Quote* q = QuoteStarting(a, "We will");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rhea Lindqvist");
  q = QuoteStarting(a, "It was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "referee");
}

TEST(Attribution, AgeBeforeTheNameAfterTheCue) {
  auto a = Analyse("\"I could not stand for weeks,\" said 43-year-old Rhea Lindqvist.\n");
  const Quote* q = QuoteStarting(a, "I could");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rhea Lindqvist");
}

TEST(Attribution, QuotationAfterAColonIsTheSubjects) {
  // the subject of the clause before the colon speaks; a weekday ends no name ("Questions
  // Wednesday" is no person)
  auto a = Analyse("Premier Ada Berg faced the chamber. During Premier's Questions Wednesday, Berg "
                   "defended the plan while promising an update from Olaf Holm: \"We are working "
                   "as quickly as we can.\"\n");
  const Quote* q = QuoteStarting(a, "We are");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ada Berg");
  for (const auto& p : a.people) EXPECT_EQ(p.name.find("Wednesday"), std::string::npos) << p.name;
  // an object first is no subject
  a = Analyse("Premier Ada Berg spoke. The plan was drafted for Olaf Holm: \"It is late.\"\n");
  q = QuoteStarting(a, "It is");
  if (q) {
    EXPECT_NE(q->speaker, "Olaf Holm");
  }
}

TEST(Attribution, DashSignedPullQuote) {
  auto a = Analyse(
      "Port director Laura Mendez opened the terminal.\n\n"
      "\"The sea is never forgiving.\" - Laura Mendez\n\n"
      "The terminal cost a lot.\n");
  const Quote* q = QuoteStarting(a, "The sea");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Laura Mendez");
}

TEST(Attribution, PronounTakesThePreviousSubject) {
  // "He" opens the sentence after one that names two people: the subject is preferred
  auto a = Analyse(
      "Coach Peter Lund praised striker Omar Diallo after the match. He said, "
      "\"We played with courage.\"");
  const Quote* q = QuoteStarting(a, "We played");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Peter Lund");
}

TEST(Attribution, PersonsOwnStatementAndAppositiveEndingInAPlace) {
  auto a = Analyse(
      "Senator Ruth Calder issued a statement. Calder's statement added, \"The decision is "
      "wrong.\" Dana Price, director of exhibits at the University of Oregon, Eugene, said, "
      "\"The images are a record.\"");
  const Quote* q = QuoteStarting(a, "The decision");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ruth Calder");
  const Quote* q2 = QuoteStarting(a, "The images");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "Dana Price");
}

TEST(Statements, OrganisationsAndCountriesReporting) {
  auto a = Analyse(
      "Microsoft announced a new partnership on Friday. North Korea stated it "
      "would respond.");
  EXPECT_TRUE(HasStatement(a, "Microsoft", "announced"));
  EXPECT_TRUE(HasStatement(a, "North Korea", "stated"));
  for (const auto& s : a.statements) {
    if (s.speaker == "Microsoft") {
      EXPECT_EQ(s.date, "2024-03-01");
    }
  }
}

TEST(Communications, MoreVerbs) {
  auto a = Analyse(
      "Prime Minister Anna Berg held talks with President Tomas Vidal on Monday. Berg also "
      "discussed the treaty with Foreign Minister Karl Olsen last week.\n\n"
      "Vidal visited Chancellor Marie Koch in Berlin on Tuesday. He phoned Olsen on Sunday.\n\n"
      "Olsen told Koch by phone that the deal was close.\n");
  const Communication* talks = CommWith(a, "Anna Berg", "Tomas Vidal");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->date, "2024-03-04");
  const Communication* discussed = CommWith(a, "Anna Berg", "Karl Olsen");
  ASSERT_NE(discussed, nullptr);
  EXPECT_EQ(discussed->kind, "talk");
  const Communication* visit = CommWith(a, "Tomas Vidal", "Marie Koch");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->kind, "meeting");
  EXPECT_EQ(visit->date, "2024-03-05");
  // "He" is Vidal (the previous sentence's subject), not Koch
  const Communication* phoned = CommWith(a, "Tomas Vidal", "Karl Olsen");
  ASSERT_NE(phoned, nullptr);
  EXPECT_EQ(phoned->kind, "phone call");
  EXPECT_EQ(phoned->date, "2024-03-03");
  const Communication* told = CommWith(a, "Karl Olsen", "Marie Koch");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->kind, "phone call");
}

TEST(Communications, DifferentDatesAreDifferentEncounters) {
  auto a = Analyse(
      "Foreign Minister Karl Olsen met President Tomas Vidal on Monday. Olsen met "
      "Vidal again on Friday.");
  int n = 0;
  for (const auto& c : a.communications)
    if (c.participants.size() == 2) ++n;
  EXPECT_EQ(n, 2);
}

TEST(Communications, NoEncounterWithoutAnotherParty) {
  auto a = Analyse("Minister Karl Olsen discussed the budget on Monday. Olsen visited Berlin.");
  EXPECT_TRUE(a.communications.empty());
}

TEST(Offices, CompoundTitlesAndListsAfterSuchAs) {
  auto a = Analyse(
      "The gallery shows prints by fashion designer Mara Holt. It also has works by "
      "photographers such as Ansel Ward, Chuck Lane and Nora Diaz.");
  const Person* holt = nullptr;
  for (const auto& p : a.people)
    if (p.name == "Mara Holt") holt = &p;
  ASSERT_NE(holt, nullptr);
  EXPECT_EQ(holt->office, "fashion designer");
  int photographers = 0;
  for (const auto& p : a.people)
    if (p.office == "photographer") ++photographers;
  EXPECT_EQ(photographers, 3);
  // the plural title over a relative clause, and a list closed by ", and"
  auto r = Analyse("The show has prints by photographers who worked in Paris, such as Karl Olsen, "
                   "Ida Berg, and Paul Nagy.");
  int others = 0;
  for (const auto& p : r.people)
    if (p.office == "photographer") ++others;
  EXPECT_EQ(others, 3);
  // a verb before the compound is not part of the title
  auto b = Analyse("Police questioned club owner Rick Vale on Monday.");
  for (const auto& p : b.people) {
    if (p.name == "Rick Vale") {
      EXPECT_EQ(p.office, "club owner");
    }
  }
  // a title modifier before a compound keeps it whole ("deputy campaign manager")
  auto c = Analyse("The memo came from deputy campaign manager Rick Vale. It cited science "
                   "fiction writer Mara Holt.");
  std::string vale, holt2;
  for (const auto& p : c.people) {
    if (p.name == "Rick Vale") vale = p.office;
    if (p.name == "Mara Holt") holt2 = p.office;
  }
  EXPECT_EQ(vale, "deputy campaign manager");
  EXPECT_EQ(holt2, "science fiction writer");
  // three words when the first opens the sentence
  auto h = Analyse("The rally was loud. High school math teacher Nora Diaz said so.");
  std::string diaz_office;
  for (const auto& p : h.people)
    if (p.name == "Nora Diaz") diaz_office = p.office;
  EXPECT_EQ(diaz_office, "High school math teacher");
  // an organisation's name with "of" inside stays in the title; a title after "of" does not
  // join the word before it ("the government of Prime Minister X")
  auto d = Analyse("Department of Corrections spokeswoman Nora Diaz said the inmate was moved. "
                   "The Government of Prime Minister Karl Olsen resigned.");
  std::string diaz, olsen;
  for (const auto& p : d.people) {
    if (p.name == "Nora Diaz") diaz = p.office;
    if (p.name == "Karl Olsen") olsen = p.office;
  }
  EXPECT_EQ(diaz, "Department of Corrections spokeswoman");
  EXPECT_EQ(olsen, "Prime Minister");
}

TEST(Offices, HeldAsNamedOrElectedWithoutTheTime) {
  auto office_of = [](const Analysis& a, const std::string& name) {
    for (const auto& p : a.people)
      if (p.name == name) return p.office;
    return std::string("<no person>");
  };
  auto a = Analyse("Karl Olsen served as ambassador to Norway until 2019. Nora Diaz was forced "
                   "to resign as health minister. Rick Vale was named chief executive last year. "
                   "Mara Holt, who was elected mayor in 2018, spoke first.");
  EXPECT_EQ(office_of(a, "Karl Olsen"), "ambassador to Norway");
  EXPECT_EQ(office_of(a, "Nora Diaz"), "health minister");
  EXPECT_EQ(office_of(a, "Rick Vale"), "chief executive");
  EXPECT_EQ(office_of(a, "Mara Holt"), "mayor");
  // a verb after "to" ends the office; a passive relative clause is no description
  auto b = Analyse("Paul Nagy resigned as attorney general to head the campaign. Ida Berg, who "
                   "was killed by an officer in 2008, was 15.");
  EXPECT_EQ(office_of(b, "Paul Nagy"), "attorney general");
  EXPECT_EQ(office_of(b, "Ida Berg"), "");
  // a fronted description with an article after its "of"
  auto c = Analyse("Also the president of the Veneto region, Karl Olsen, has reacted.");
  EXPECT_EQ(office_of(c, "Karl Olsen"), "president of the Veneto region");
}

TEST(Statements, TensesFoldedAndOutletsTold) {
  auto a = Analyse(
      "Minister Karl Olsen told CBC News that the talks failed. Olsen, stating "
      "his case, left.");
  bool told_outlet = false;
  for (const auto& s : a.statements)
    if (s.speaker == "Karl Olsen" && s.kind == "told CBC News") told_outlet = true;
  EXPECT_TRUE(told_outlet);
}

TEST(Attribution, DoubledSingleMarksCloseAQuote) {
  // ‘‘...’’ set for “...”: the quote is found and credited
  auto a = Analyse("Critics cried foul.\n\n\u201cIt was a trick to fool voters,\u2019\u2019 Nina "
                   "Voss, head of the watchdog Clear Count, told the BBC.");
  const Quote* q = QuoteStarting(a, "It was a trick");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Nina Voss");
}

TEST(Attribution, CapitalisedModalOpensAName) {
  auto a = Analyse("\u201cWe are ready,\u201d Will Farrow, the club's captain, said on Tuesday.");
  const Quote* q = QuoteStarting(a, "We are ready");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Will Farrow");
}

TEST(Attribution, DocumentSpeaksForItsAuthor) {
  auto a = Analyse("\u201cMargins will recover next year,\u201d said a report from Harlow Capital "
                   "Markets.\n\nThe Port Authority, which runs the docks, issued a statement "
                   "warning that \u201cdelays will last into spring.\u201d");
  const Quote* q = QuoteStarting(a, "Margins will recover");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Harlow Capital Markets");
  q = QuoteStarting(a, "delays will last");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Port Authority");
}

TEST(Attribution, MiddleInitialIsNoAcronym) {
  auto a = Analyse("Dana K. Whitfield, the defence lawyer, said in an email that \u201cmy client "
                   "regrets the words.\u201d");
  const Quote* q = QuoteStarting(a, "my client regrets");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Dana K. Whitfield");
}

TEST(Attribution, AppositiveOfSeveralParts) {
  auto a = Analyse("\u201cThe model surprised us,\u201d Lena Ortiz, a research fellow at the "
                   "Institute of Physics in Lyon, France, and co-author of the study, said in a "
                   "statement. \u201cWe did not program that.\u201d");
  const Quote* q = QuoteStarting(a, "The model surprised us");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Lena Ortiz");
  q = QuoteStarting(a, "We did not program that");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Lena Ortiz");
}

TEST(Attribution, ShortWholeSentenceContinuesTheSpeaker) {
  auto a = Analyse("\u201cThe plan is to cut waste,\u201d Mayor Ruth Adair told the Gazette on "
                   "Monday. \u201cIt is working.\u201d Critics call it a \u201cpublicity "
                   "stunt\u201d.");
  const Quote* q = QuoteStarting(a, "It is working");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ruth Adair");
  // a short phrase that is no sentence stays a scare quote
  EXPECT_EQ(QuoteStarting(a, "publicity stunt"), nullptr);
}

TEST(Attribution, PronounChainKeepsItsSubject) {
  // the second "he" refers back through the first, not to Delgado named after it; the cue
  // right before the quote names its speaker, the later one the reporter
  auto a = Analyse("Tom Reyes, 55, pleaded guilty on Friday.\n\nHe was arrested in May for a "
                   "call to the offices of Senator Maria Delgado.\n\nDuring the call, he said, "
                   "\u201cnobody will stop me,\u201d prosecutors said.");
  const Quote* q = QuoteStarting(a, "nobody will stop me");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Reyes");
}

TEST(Attribution, StraightSingleQuotationMarks) {
  auto a = Analyse("'We will win the election,' Prime Minister Ann Cole said on Monday.\n\n"
                   "The '90s were wild, rock 'n' roll was king and the officials' plan failed.");
  const Quote* q = QuoteStarting(a, "We will win the election");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ann Cole");
  EXPECT_EQ(a.quotes.size(), 1u);  // apostrophes make no quotation
}

TEST(Attribution, DescribedSpeakersWithTitlesAndPeopleWords) {
  auto a = Analyse("The coach said his players were \"exhausted but proud\".\n\n"
                   "\"We lost everything,\" a neighbor said.\n\n"
                   "\u2014 \"I love this city,\" the mayor wrote on Twitter.");
  const Quote* q = QuoteStarting(a, "exhausted but proud");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "coach");
  q = QuoteStarting(a, "We lost everything");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "a neighbor");
  q = QuoteStarting(a, "I love this city");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "mayor");
}

TEST(Attribution, OrganisationCalledByItsKind) {
  auto a = Analyse("The Health Ministry reported 300 new cases on Monday. \"The situation is "
                   "stable,\" the ministry said. The Justice Department and the Federal Trade "
                   "Commission opened an inquiry. \"We will cooperate,\" the department said.");
  const Quote* q = QuoteStarting(a, "The situation");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Health Ministry");
  // a kind its name holds: the department, not the commission named after it
  q = QuoteStarting(a, "We will");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Justice Department");
  // no organisation of that kind named before: the words stay
  auto b = Analyse("\"Sales will grow,\" the company said.");
  q = QuoteStarting(b, "Sales");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.find("company") != std::string::npos, true) << q->speaker;
}

TEST(Attribution, PersonBeforeALowerCaseAppositive) {
  auto a = Analyse("Senator Kiara Lund, a second year member of the panel, admitted she was "
                   "worried. Why did she vote? \"It is a legend of a bill and it always was.\"");
  const Quote* p = QuoteStarting(a, "It is a legend");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker, "Kiara Lund");
  auto b = Analyse("\"The mission worked with one launch,\" Captain Tom Rand, a member of the "
                   "crew, responded.");
  const Quote* q = QuoteStarting(b, "The mission");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Rand");
}

TEST(Attribution, QuoteInsideASentenceThatNamesNoOne) {
  // the sentence around the quote reports nothing and names no one: the speaker of the
  // sentence before it
  auto a = Analyse("Dr. Lydia Bach says the issue is complicated. We need to \"make sure there "
                   "is enough iodine in the food supply for everyone.\"");
  const Quote* q = QuoteStarting(a, "make sure");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Lydia Bach");
  // a scare quote of a few words gets no speaker that way
  auto b = Analyse("Dr. Ian Howe says it is unclear. Scientists found \"taste\" receptors first.");
  EXPECT_EQ(QuoteStarting(b, "taste"), nullptr);
  // a sentence naming someone else is no continuation
  auto c = Analyse("Dr. Lydia Bach says the issue is complicated. Minister Omar Reyes wants to "
                   "\"make sure there is enough iodine in the food supply.\"");
  q = QuoteStarting(c, "make sure");
  EXPECT_TRUE(q == nullptr || q->speaker != "Lydia Bach");
}

TEST(Attribution, StatementOfAPersonBeforeAnAppositive) {
  auto a = Analyse("Senator Kiara Lund, a second year member of the panel, admitted she was "
                   "worried. Governor Omar Reyes, who chairs the board, said on Monday that it "
                   "would meet.");
  EXPECT_TRUE(HasStatement(a, "Kiara Lund", "admitted"));
  EXPECT_TRUE(HasStatement(a, "Omar Reyes", "said"));
  // a second person inside the commas: no one's statement by this rule
  auto b = Analyse("Senator Kiara Lund, like Governor Omar Reyes, said nothing.");
  EXPECT_FALSE(HasStatement(b, "Kiara Lund", "said"));
}

TEST(Attribution, ADocumentSpeaksForWhoSentIt) {
  // the second verb of a subject that opens the sentence, the document with its complement
  auto a = Analyse("The union, Harbor Workers United, formed last month and sent a letter to the "
                   "board stating that they \"will not accept any cuts to our pensions.\"\n\n"
                   "Mayor Ann Cole met the staff and sent a letter to the council saying that the "
                   "plan \"must be abandoned at once.\"\n\n"
                   "The ministry issued a joint statement warning that the talks \"could collapse "
                   "within days.\"\n");
  const Quote* q = QuoteStarting(a, "will not accept");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Harbor Workers United");
  q = QuoteStarting(a, "must be abandoned");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ann Cole");
  q = QuoteStarting(a, "could collapse");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "The ministry");
}

}  // namespace
}  // namespace newsgraph
