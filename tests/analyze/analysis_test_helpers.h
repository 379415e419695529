// Helpers shared by the analyzer's rule tests: analysing a text with the rules alone, and
// finding (and printing, for failure messages) the communications and figures it found.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analyze.h"

namespace newsgraph::test {

// The rules alone (independent of the trained model), published on a Thursday by default.
inline Analysis AnalyseRules(std::string_view text, const char* published = "2022-03-10") {
  AnalyzeOptions o;
  o.published = published;
  o.use_ner = false;
  return AnalyzeText(text, o);
}

// With or without the trained model, published on a Thursday by default.
inline Analysis AnalyseWith(std::string_view text, bool ner, const char* published = "2022-03-10") {
  AnalyzeOptions o;
  o.published = published;
  o.use_ner = ner;
  return AnalyzeText(text, o);
}

// The person of that name, or null.
inline const Person* PersonNamed(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return &p;
  return nullptr;
}

// Every person with the office, a line each (for failure messages).
inline std::string DumpPeople(const Analysis& a) {
  std::string s;
  for (const auto& p : a.people) s += p.name + " | " + p.office + "\n";
  return s;
}

// The first quote whose text starts with `prefix`, or null.
inline const Quote* QuoteStarting(const Analysis& a, std::string_view prefix) {
  for (const auto& q : a.quotes)
    if (std::string_view(q.text).substr(0, prefix.size()) == prefix) return &q;
  return nullptr;
}

// The speaker of the quote that starts with `prefix`, or "(none)" when there is no such quote.
inline std::string SpeakerOf(const Analysis& a, std::string_view prefix) {
  const Quote* q = QuoteStarting(a, prefix);
  return q ? q->speaker : "(none)";
}

// The communication whose participants are exactly `who` (any order), or null.
inline const Communication* CommunicationOf(const Analysis& a, std::vector<std::string> who) {
  std::sort(who.begin(), who.end());
  for (const auto& c : a.communications) {
    auto p = c.participants;
    std::sort(p.begin(), p.end());
    if (p == who) return &c;
  }
  return nullptr;
}

inline std::string DumpCommunications(const Analysis& a) {
  std::string s;
  for (const auto& c : a.communications) {
    s += "[";
    for (const auto& p : c.participants) s += p + "; ";
    s += "] " + c.kind + " " + c.when + " " + c.date + " " + c.status + "\n";
  }
  return s;
}

// The figure whose text is exactly `text`, or null.
inline const NumberClaim* Figure(const Analysis& a, const std::string& text) {
  for (const auto& n : a.numbers)
    if (n.text == text) return &n;
  return nullptr;
}

inline std::string DumpFigures(const Analysis& a) {
  std::string s;
  for (const auto& n : a.numbers)
    s += n.text + " = " + std::to_string(n.value) + (n.vague ? " (vague)" : "") + " [" + n.unit +
         "]\n";
  return s;
}

// A result or record written as a pair ("2-1", "7-3"): found, read as a score with its two
// sides in the order written, exact and unqualified.
inline void ExpectScore(const Analysis& a, const std::string& text, double first, double second) {
  const NumberClaim* n = Figure(a, text);
  ASSERT_NE(n, nullptr) << text << "\n" << DumpFigures(a);
  EXPECT_TRUE(n->score) << text;
  EXPECT_FALSE(n->vague) << text;
  EXPECT_EQ(n->value, first) << text;
  EXPECT_EQ(n->value_max, second) << text;
  EXPECT_EQ(n->qualifier, "") << text;
}

}  // namespace newsgraph::test
