// Genders read from given names when the text says nothing else (coref.cc, InferGenders;
// models/given-names.txt); sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::CommunicationOf;
using test::DumpCommunications;

TEST(GivenNameGenders, HeIsNotTheWomanNamedFirst) {
  auto a = AnalyseRules("Anna Berg met Tom Reed on Monday. He said he had called Bill Cole.\n");
  EXPECT_NE(CommunicationOf(a, {"Tom Reed", "Bill Cole"}), nullptr) << DumpCommunications(a);
  EXPECT_EQ(CommunicationOf(a, {"Anna Berg", "Bill Cole"}), nullptr) << DumpCommunications(a);
}

TEST(GivenNameGenders, SheIsTheWomanNamedSecond) {
  auto a = AnalyseRules(
      "Tom Reed thanked Mary Lund on Monday. \"We will build it,\" she said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Mary Lund");
}

TEST(GivenNameGenders, WhatTheTextSaysComesFirst) {
  // a title says it ("Mr."), whatever the given name suggests
  auto a = AnalyseRules(
      "Anna Berg met Mr. Mary Lund on Monday. \"It went well,\" he said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Mary Lund");
}

}  // namespace
}  // namespace newsgraph
