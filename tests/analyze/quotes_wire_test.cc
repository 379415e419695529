// Speakers in the wordings of wire and Wikinews reports: a phrase between commas before the
// reporting verb, an organisation named by its kind, and a paragraph opening with a quote whose
// own sentence names another speaker (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;
using test::SpeakerOf;

TEST(QuoteWire, APhraseBetweenCommasBeforeTheVerb) {
  auto a = AnalyseRules(
      "Two men were held overnight.\n\nThe police, in a statement, said: \"Both men were "
      "released without charge.\"\n\nThe ministry, on Tuesday, said \"the border crossing is "
      "open again.\"\n");
  EXPECT_EQ(SpeakerOf(a, "Both men"), "police");
  EXPECT_EQ(SpeakerOf(a, "the border crossing"), "ministry");
  auto b = AnalyseRules(
      "Talks ended.\n\nThe minister, speaking in Oslo on Monday, said \"the deal is done.\"\n");
  EXPECT_EQ(SpeakerOf(b, "the deal"), "minister");
}

TEST(QuoteWire, NotAnAppositiveBetweenCommas) {
  // a name or a description between the commas is still the speaker
  auto a = AnalyseRules(
      "The firm, Redfield Mining, said \"the mine will reopen in May.\"\n\nOla Brandt, a "
      "geologist at the site, said \"the rock is stable.\"\n");
  EXPECT_EQ(SpeakerOf(a, "the mine will"), "Redfield Mining");
  EXPECT_EQ(SpeakerOf(a, "the rock"), "Ola Brandt");
}

TEST(QuoteWire, AnOrganisationNamedByItsKind) {
  auto a = AnalyseRules(
      "Bus drivers met on Friday.\n\nThe union called the new rota \"a recipe for accidents\" "
      "and promised a ballot.\n\nThe council said \"the rota is safe and fair.\"\n");
  EXPECT_EQ(SpeakerOf(a, "a recipe"), "union");
  EXPECT_EQ(SpeakerOf(a, "the rota is"), "council");
}

TEST(QuoteWire, AParagraphWhoseSentenceNamesAnotherSpeaker) {
  // the quote opening the second paragraph is credited to "Mr Hale", whom the rules do not
  // take for a person: it does not go on with Anna Berg's words
  auto a = AnalyseRules(
      "\"We have done all we could,\" said Anna Berg.\n\n\"We will appeal this ruling,\" said "
      "Mr Hale, the party's leader.\n");
  EXPECT_EQ(SpeakerOf(a, "We have done"), "Anna Berg");
  const Quote* q = QuoteStarting(a, "We will appeal");
  EXPECT_TRUE(q == nullptr || q->speaker != "Anna Berg");
}

TEST(QuoteWire, AParagraphGoesOnWithItsSpeakerWhenItNamesNoOneElse) {
  auto a = AnalyseRules(
      "\"We have done all we could,\" said Anna Berg.\n\n\"The rest is up to the judges. We "
      "will wait.\"\n\n\"We will wait,\" Berg said.\n");
  EXPECT_EQ(SpeakerOf(a, "The rest is"), "Anna Berg");
  EXPECT_EQ(SpeakerOf(a, "We will wait,"), "Anna Berg");
}

TEST(QuoteWire, TheLastWordOfAFirmIsNoPerson) {
  // "Lines" ends the airline's name: the spokesperson speaks, not a person called Lines
  auto a = AnalyseRules(
      "Flights resumed on Sunday.\n\nA spokesperson for Delta Air Lines said \"the plane landed "
      "safely.\"\n");
  EXPECT_EQ(SpeakerOf(a, "the plane landed"), "A spokesperson for Delta Air Lines");
}

TEST(QuoteWire, ATitleBeforeAOneWordNameStaysAPerson) {
  auto a = AnalyseRules(
      "Talks resumed.\n\nForeign Minister Wang said \"the door is open.\"\n\nThe town's "
      "mayor, Mrs Hollis, said \"we are ready.\"\n");
  EXPECT_EQ(SpeakerOf(a, "the door is"), "Wang");
}

TEST(QuoteWire, AColonAfterADescribedSubject) {
  auto a = AnalyseRules(
      "Budget talks failed.\n\nThe mayor was blunt: \"This plan will never work.\"\n\nThe "
      "ministry defended the plan on Monday: \"It is fair to every region.\"\n");
  EXPECT_EQ(SpeakerOf(a, "This plan will"), "mayor");
  EXPECT_EQ(SpeakerOf(a, "It is fair"), "ministry");
}

TEST(QuoteWire, NotAColonAfterAThing) {
  auto a = AnalyseRules("Budget talks failed.\n\nThe problem is simple: \"nobody pays the bill.\"\n");
  const Quote* q = QuoteStarting(a, "nobody pays");
  EXPECT_TRUE(q == nullptr || q->speaker.empty());
}

TEST(QuoteWire, SaidAnHonorificWithoutItsPointAndASurname) {
  // British style: no point after "Mr", and no full name the finder could take
  auto a = AnalyseRules(
      "The vote was lost.\n\n\"We will appeal at once,\" said Mr Hale, the party leader.\n\n"
      "\"It is over,\" said Dr Osei.\n");
  EXPECT_EQ(SpeakerOf(a, "We will appeal"), "Hale");
  EXPECT_EQ(SpeakerOf(a, "It is over"), "Osei");
}

}  // namespace
}  // namespace newsgraph
