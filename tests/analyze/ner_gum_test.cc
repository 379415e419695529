// GUM entity layer -> CoNLL-2003-style tags (analyze/ner_gum.h).
#include "ner_gum.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::ner {
namespace {

std::string Row(int id, const std::string& word, const std::string& upos, int head,
                const std::string& entity) {
  std::string misc = entity.empty() ? "_" : "Entity=" + entity;
  return std::to_string(id) + "\t" + word + "\t_\t" + upos + "\t_\t_\t" + std::to_string(head) +
         "\tdep\t_\t" + misc + "\n";
}

std::vector<std::string> Tags(const ConllSentence& s) { return TagsToStrings(s.tags, false); }

TEST(NerGum, NamedMentionsOnlyOuterSpanWithoutDeterminer) {
  // "The president of the University of Toronto met Smith and an American ."
  std::string doc = "# newdoc id = x\n";
  doc += Row(1, "The", "DET", 2, "(1-person-new-x-x-2-coref");
  doc += Row(2, "president", "NOUN", 8, "");
  doc += Row(3, "of", "ADP", 5, "");
  doc += Row(4, "the", "DET", 5, "(2-organization-new-x-x-5-coref-University_of_Toronto");
  doc += Row(5, "University", "PROPN", 2, "");
  doc += Row(6, "of", "ADP", 7, "");
  doc += Row(7, "Toronto", "PROPN", 5, "(3-place-new-x-x-1-coref-Toronto)2)1)");
  doc += Row(8, "met", "VERB", 0, "");
  doc += Row(9, "Smith", "PROPN", 8, "(4-person-new-x-x-1-coref-Smith)");
  doc += Row(10, "and", "CCONJ", 12, "");
  doc += Row(11, "an", "DET", 12, "");
  doc += Row(12, "American", "ADJ", 9, "");
  doc += Row(13, ".", "PUNCT", 8, "");
  doc += "\n";
  doc += Row(1, "He", "PRON", 2, "(1-person-giv-x-x-1-coref)");
  doc += Row(2, "left", "VERB", 0, "");
  doc += Row(3, "Paris", "PROPN", 2, "(5-place-new-x-x-1-sgl-Paris)");
  doc += Row(4, "in", "ADP", 5, "");
  doc += Row(5, "May", "PROPN", 2, "(6-time-new-x-x-1-sgl)");
  doc += "\n";
  std::vector<std::pair<int, std::string>> names;
  ConllDocument d = GumToConll(doc, &names);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(Tags(d.sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O",
                                      "B-PER", "O", "O", "B-MISC", "O"}));
  EXPECT_EQ(Tags(d.sentences[1]), (std::vector<std::string>{"O", "O", "B-LOC", "O", "O"}));
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], (std::pair<int, std::string>{1, "University of Toronto"}));
}

TEST(NerGum, MalformedInputDoesNotCrash) {
  std::vector<std::string> inputs = {
      "", "\n\n", "1\tA\n", Row(1, "A", "PROPN", 99, "(((("), Row(1, "A", "PROPN", -3, "1)2)("),
      Row(1, "A", "PROPN", 0, "(1-person") + Row(2, "B", "PROPN", 1, "x)"),
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + Row(1, "do", "AUX", 0, "")};
  for (const auto& in : inputs) {
    ConllDocument d = GumToConll(in);
    for (const auto& s : d.sentences) EXPECT_EQ(s.words.size(), s.tags.size());
  }
}

}  // namespace
}  // namespace newsgraph::ner
