// Interviews given to news outlets, worded around a reporting verb (sentences written for
// these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::CommunicationOf;
using test::DumpCommunications;

TEST(CommunicationInterviews, AFrontedInterviewAndTheOutletTold) {
  auto a = AnalyseRules(
      "Singer Nora Vale is back on tour.\n\n"
      "In an interview in October, Vale told Rolling Stone magazine she was ready.\n");
  const Communication* c = CommunicationOf(a, {"Nora Vale", "Rolling Stone magazine"});
  if (!c) c = CommunicationOf(a, {"Nora Vale", "Rolling Stone"});
  ASSERT_NE(c, nullptr) << DumpCommunications(a);
  EXPECT_EQ(c->kind, "interview");
  // a person told is no outlet: the fronted interview still names the one who spoke
  auto b = AnalyseRules(
      "In an interview in October, Senator Ivo Brandt told colleague Ana Duarte he was ready.\n");
  EXPECT_EQ(CommunicationOf(b, {"Ivo Brandt", "Rolling Stone magazine"}), nullptr);
}

TEST(CommunicationInterviews, AnyReportingVerbInInterviewsWithAnOutlet) {
  auto a = AnalyseRules(
      "Farm owner Karla Dunn has insisted in interviews with Kenai Dispatch that the sale was "
      "fair.\n");
  const Communication* c = CommunicationOf(a, {"Karla Dunn", "Kenai Dispatch"});
  ASSERT_NE(c, nullptr) << DumpCommunications(a);
  EXPECT_EQ(c->kind, "interview");
  // capitalised words that name no outlet are no party (with the model, which takes
  // "Green Valley" for a place)
  AnalyzeOptions o;
  o.published = "2022-03-10";
  auto b = AnalyzeText(
      "Farm owner Karla Dunn has insisted in interviews with Green Valley that it was fair.\n", o);
  EXPECT_EQ(CommunicationOf(b, {"Karla Dunn", "Green Valley"}), nullptr) << DumpCommunications(b);
}

}  // namespace
}  // namespace newsgraph
