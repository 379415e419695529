// Documents that speak for their authors: "the letter said" after someone wrote one (sentences
// written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;

TEST(QuoteDocuments, TheLetterSaidIsItsWriter) {
  // (with the model: without it "Marta Quill of the Harbor Academy" reads as an organisation)
  AnalyzeOptions o;
  o.published = "2022-03-10";
  auto a = AnalyzeText(
      "The school's principal, Marta Quill of the Harbor Academy, wrote a letter about the "
      "boy.\n\"He worked hard every day,\" the letter said.\n",
      o);
  const Quote* q = QuoteStarting(a, "He worked hard");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Marta Quill");
  // the rules alone, the writer named before the verb
  auto b = AnalyseRules(
      "The principal, Marta Quill, sent a letter to parents.\n\"We are heartbroken,\" the "
      "letter said.\n");
  const Quote* r = QuoteStarting(b, "We are heartbroken");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker, "Marta Quill");
}

TEST(QuoteDocuments, AnUnrelatedEarlierDocumentGivesNoWriter) {
  // the letter was never said to be written by anyone named
  auto a = AnalyseRules(
      "Marta Quill spoke on Monday. A letter arrived later.\n\"He worked hard every day,\" the "
      "letter said.\n");
  const Quote* q = QuoteStarting(a, "He worked hard");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "Marta Quill");
}

}  // namespace
}  // namespace newsgraph
