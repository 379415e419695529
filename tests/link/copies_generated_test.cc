// Spun copies of the shipped Wikinews articles made by the copy generator (synonyms, reordered,
// dropped and cut sentences, boilerplate, planted fact changes): every copy is linked to its
// source, every planted fact change is found with its offsets, and no fact change is invented.
#include <gtest/gtest.h>

#include <iostream>

#include "copies_generator.h"
#include "link/copies_test_util.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

LinkDocument Doc(std::string id, std::string text, std::string published) {
  LinkDocument d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.published = std::move(published);
  AnalyzeOptions opts;
  opts.published = d.published;
  d.analysis = AnalyzeText(d.text, opts);
  return d;
}

bool Overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  if (a0 == a1) return b0 <= a0 && a0 <= b1;
  return a0 < b1 && b0 < a1;
}

struct Style {
  const char* name;
  copies::CopyRecipe recipe;
  std::vector<std::string> relations;  // what the copy may be called
};

std::vector<Style> Styles() {
  std::vector<Style> styles;
  copies::CopyRecipe near;
  near.plant = {"person", "number"};
  styles.push_back({"near-verbatim", near, {"near-verbatim"}});
  copies::CopyRecipe spun;
  spun.synonym_rate = 0.35;
  spun.reorder = true;
  spun.drop_rate = 0.1;
  spun.boilerplate = "Follow us on social media for the latest news and updates.";
  spun.plant = {"person", "number", "weekday", "communication", "office"};
  styles.push_back({"spun", spun, {"rewrite", "near-verbatim"}});
  copies::CopyRecipe cut;
  cut.synonym_rate = 0.2;
  cut.keep_share = 0.3;
  cut.plant = {"weekday", "office", "number"};
  styles.push_back({"truncated", cut, {"partial"}});
  return styles;
}

TEST(CopiesGenerated, PlantedChangesFoundNoneInvented) {
  std::vector<test::WikinewsArticle> articles = test::SampleWikinews();
  ASSERT_GE(articles.size(), 20u);
  int planted = 0, found = 0, invented = 0, linked = 0, copies_made = 0, relation_right = 0;
  std::map<std::string, int> planted_by_kind;
  for (size_t i = 0; i < articles.size(); ++i) {
    LinkDocument source = Doc("source", articles[i].text, "2020-01-01");
    for (const Style& style : Styles()) {
      copies::CopyRecipe recipe = style.recipe;
      recipe.seed = 1000 + i;
      copies::GeneratedCopy g = copies::MakeCopy(source.text, source.analysis, recipe);
      LinkDocument copy = Doc("copy", g.text, "2020-01-02");
      ++copies_made;
      std::optional<CopyRelation> r = CompareDocuments(source, copy);
      SCOPED_TRACE(std::string(style.name) + " copy of article " + std::to_string(i));
      EXPECT_TRUE(r.has_value());
      if (!r) continue;
      ++linked;
      EXPECT_EQ(r->source, "source");
      EXPECT_EQ(r->direction, "earlier");
      bool right = std::find(style.relations.begin(), style.relations.end(), r->relation) !=
                   style.relations.end();
      relation_right += right;
      EXPECT_TRUE(right) << r->relation << " coverage " << r->coverage_source << "/" << r->coverage_copy
                         << " similarity " << r->similarity;
      for (const copies::PlantedChange& p : g.changes) {
        ++planted;
        ++planted_by_kind[p.kind];
        bool hit = false;
        for (const FactChange& f : r->changes) {
          bool kind = f.kind == p.kind || (p.kind == "person" && f.kind == "speaker");
          hit |= f.fact && kind && Overlap(p.source_start, p.source_end, f.source_start, f.source_end) &&
                 Overlap(p.copy_start, p.copy_end, f.copy_start, f.copy_end);
        }
        found += hit;
        EXPECT_TRUE(hit) << p.kind << ": " << p.source_text << " -> " << p.copy_text << " at "
                         << p.source_start << "/" << p.copy_start;
        if (!hit && getenv("COPIES_DEBUG")) {
          for (const FactChange& f : r->changes) {
            std::cout << "  " << f.kind << (f.fact ? " FACT " : " ") << f.source_start << " \""
                      << f.source_text << "\" -> " << f.copy_start << " \"" << f.copy_text << "\"\n";
          }
        }
      }
      for (const FactChange& f : r->changes) {
        if (!f.fact) continue;
        bool planted_here = false;
        for (const copies::PlantedChange& p : g.changes) {
          planted_here |= Overlap(p.copy_start, p.copy_end, f.copy_start, f.copy_end) ||
                          Overlap(f.copy_start, f.copy_end, p.copy_start, p.copy_end);
        }
        invented += !planted_here;
        EXPECT_TRUE(planted_here) << "invented " << f.kind << ": \"" << f.source_text << "\" -> \""
                                  << f.copy_text << "\"";
      }
    }
  }
  std::cout << copies_made << " copies, " << linked << " linked, " << relation_right
            << " with the expected relation; planted " << planted << " fact changes (";
  for (const auto& [k, n] : planted_by_kind) std::cout << k << " " << n << " ";
  std::cout << "), found " << found << ", invented " << invented << "\n";
  EXPECT_GE(planted, 100);
}

}  // namespace
}  // namespace newsgraph
