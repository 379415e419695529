// Vague figures in the link stage: "tens of thousands of troops" against exact figures of the
// same quantity (no contradiction with a figure its words allow), and in copies (an unchanged
// vague figure is no change). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

LinkDocument Doc(const std::string& id, const std::string& published, const std::string& text) {
  AnalyzeOptions o;
  o.published = published;
  o.use_ner = false;
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.text = text;
  d.analysis = AnalyzeText(text, o);
  Person p;
  p.name = "Joe Biden";
  p.mentions.push_back({"Joe Biden", 0, 9});
  d.analysis.people = {p};
  return d;
}

bool HasFigureConflict(const World& w) {
  for (const Conflict& c : w.Conflicts())
    if (c.kind == "figure") return true;
  return false;
}

TEST(FiguresVague, VagueAndCompatibleExactFiguresDoNotConflict) {
  LinkDocument a = Doc("a", "2021-12-09", "Joe Biden said tens of thousands of troops are near the border.");
  ASSERT_FALSE(a.analysis.numbers.empty());
  ASSERT_TRUE(a.analysis.numbers[0].vague);
  for (const char* exact : {"Joe Biden said 175,000 troops are near the border.",
                            "Joe Biden said 15,000 troops are near the border."}) {
    World w;
    w.AddDocument(a);
    w.AddDocument(Doc("b", "2021-12-10", exact));
    EXPECT_FALSE(HasFigureConflict(w)) << exact;
  }
  // a figure of another order of magnitude contradicts it
  World x;
  x.AddDocument(a);
  x.AddDocument(Doc("d", "2021-12-10", "Joe Biden said 900 troops are near the border."));
  EXPECT_TRUE(HasFigureConflict(x));
}

TEST(FiguresVague, AnUnchangedVagueFigureInACopyIsNoChange) {
  const std::string source =
      "Tens of thousands of troops massed near the border on Monday, officials in Kyiv said. "
      "The buildup alarmed the government. Talks are set for next week in Geneva.";
  const std::string copy =
      "Tens of thousands of troops massed near the border on Monday, Kyiv officials said. "
      "The buildup alarmed the government. Talks are set for next week in Geneva.";
  LinkDocument s = Doc("s", "2021-12-09", source), c = Doc("c", "2021-12-10", copy);
  for (const FactChange& f : DiffFacts(s, c, AlignTexts(s, c)))
    EXPECT_FALSE(f.kind == "number" && f.fact) << f.source_text << " -> " << f.copy_text;
  const std::string changed =
      "90,000 troops massed near the border on Monday, officials in Kyiv said. "
      "The buildup alarmed the government. Talks are set for next week in Geneva.";
  LinkDocument e = Doc("e", "2021-12-10", changed);
  bool number = false;
  for (const FactChange& f : DiffFacts(s, e, AlignTexts(s, e))) number = number || (f.kind == "number" && f.fact);
  EXPECT_TRUE(number);
}

}  // namespace
}  // namespace newsgraph
