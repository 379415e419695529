// Capitals that do or do not make a name: given-name initials written together ("J.J."), and a
// capital of position (a word opening a sentence or a quotation that the text also writes in
// lower case). Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::AnalyseWith;
using test::DumpPeople;
using test::PersonNamed;

TEST(NameCapitals, InitialsWrittenTogetherOpenAName) {
  auto a = AnalyseRules("The sequel was directed by P.J. Halvorsen in 2013. Halvorsen said the "
                        "budget was tight.\n");
  EXPECT_NE(PersonNamed(a, "P.J. Halvorsen"), nullptr) << DumpPeople(a);
  // places and bodies written with initials stay what they are
  auto b = AnalyseRules("U.S. Steel said it would close the plant. The D.C. Council voted on "
                        "Tuesday.\n");
  EXPECT_EQ(PersonNamed(b, "U.S. Steel"), nullptr) << DumpPeople(b);
  EXPECT_EQ(PersonNamed(b, "D.C. Council"), nullptr) << DumpPeople(b);
}

TEST(NameCapitals, AVerbOpeningAQuotationIsNoGivenName) {
  for (bool ner : {false, true}) {
    auto a = AnalyseWith("Senator Ada Korvin spoke on Monday. Her critics chanted, \xE2\x80\x9C"
                         "Make Korvin resign.\xE2\x80\x9D She did not make a statement.\n",
                         ner);
    EXPECT_EQ(PersonNamed(a, "Make Korvin"), nullptr) << DumpPeople(a);
    EXPECT_NE(PersonNamed(a, "Ada Korvin"), nullptr) << DumpPeople(a);
  }
  // a given name opening a sentence stays, though the text writes it in lower case too
  auto b = AnalyseRules("Rich Talbot said no. The rich get richer.\n");
  EXPECT_NE(PersonNamed(b, "Rich Talbot"), nullptr) << DumpPeople(b);
}

TEST(NameCapitals, ASurnameBeforeTheSentenceThatMakesItAPersonIsTheirs) {
  // "Korvin" is shown to be a person only by the later "Korvin said"; the earlier "Korvin"
  // is the same person, so "his" after it is Korvin's
  auto a = AnalyseRules("Once Korvin released the notes of his call with Governor Ada Lind, "
                        "the mood changed. Korvin said the call was fine.\n");
  const Person* p = PersonNamed(a, "Korvin");
  ASSERT_NE(p, nullptr) << DumpPeople(a);
  EXPECT_EQ(p->mentions.size(), 2u) << DumpPeople(a);
}

TEST(NameCapitals, AWordReadAsAFirmIsNotReadAgain) {
  // the second reading of single words is for people only: a firm's mentions are not doubled
  for (bool ner : {false, true}) {
    auto a = AnalyseWith("Investors cheered as Corvane rose. Corvane said it would grow.\n", ner);
    for (const auto& o : a.organizations) {
      std::set<uint32_t> starts;
      for (const auto& m : o.mentions) EXPECT_TRUE(starts.insert(m.start).second) << o.name;
    }
  }
}

}  // namespace
}  // namespace newsgraph
