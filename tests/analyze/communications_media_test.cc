// The medium written after a told-object without an article: "by email", "via video link"
// (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::CommunicationOf;
using test::DumpCommunications;

TEST(CommunicationMedia, ToldByEmailOrViaVideoLink) {
  auto a = AnalyseRules("Senator Ann Ruiz told Governor Bill Tao by email that the vote was off.\n");
  const Communication* c = CommunicationOf(a, {"Ann Ruiz", "Bill Tao"});
  ASSERT_NE(c, nullptr) << DumpCommunications(a);
  EXPECT_EQ(c->kind, "letter");
  auto b = AnalyseRules(
      "Senator Ann Ruiz told Governor Bill Tao via video link that the vote was off.\n");
  const Communication* d = CommunicationOf(b, {"Ann Ruiz", "Bill Tao"});
  ASSERT_NE(d, nullptr) << DumpCommunications(b);
  EXPECT_EQ(d->kind, "video call");
}

TEST(CommunicationMedia, ByWithoutAMediumIsNone) {
  auto a = AnalyseRules("Senator Ann Ruiz told Governor Bill Tao by Monday that it was off.\n");
  EXPECT_EQ(CommunicationOf(a, {"Ann Ruiz", "Bill Tao"}), nullptr) << DumpCommunications(a);
  // an email to reporters is a statement to the press
  auto b = AnalyseRules("Senator Ann Ruiz told reporters by email that it was off.\n");
  EXPECT_TRUE(b.communications.empty()) << DumpCommunications(b);
}

}  // namespace
}  // namespace newsgraph
