// GuessLanguage and the English-only analysis, on texts written for these tests.
#include <gtest/gtest.h>

#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

const char* kGerman =
    "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister Jonas Weber sagte, "
    "dass die Arbeiten im Sommer beginnen werden und dass die Kosten nicht steigen sollen. Auch "
    "die Opposition ist mit dem Plan zufrieden, denn er wird von allen Parteien unterstützt. Die "
    "Bürger können sich auf der Webseite der Stadt informieren.";
const char* kPortuguese =
    "O prefeito Carlos Mendes anunciou na segunda-feira um novo plano para a cidade. Segundo "
    "ele, as obras começam no verão e os custos não vão aumentar. A oposição também disse que "
    "o plano é bom para os moradores e que vai apoiar a proposta na câmara.";
const char* kEnglish =
    "The mayor, Jonas Weber, presented a new plan for the city on Monday. He said the work "
    "would begin in the summer and that the costs would not rise. The opposition said it was "
    "happy with the plan, which has the support of every party on the council.";

TEST(Language, LanguagesInLatinLettersByTheirFunctionWords) {
  EXPECT_EQ(GuessLanguage(kGerman), "de");
  EXPECT_EQ(GuessLanguage(kPortuguese), "pt");
  EXPECT_EQ(GuessLanguage(kEnglish), "en");
}

TEST(Language, OtherScripts) {
  EXPECT_EQ(GuessLanguage("Мэр города Иван Петров в понедельник представил новый план. Он сказал, "
                          "что работы начнутся летом и что расходы не вырастут."),
            "cyrillic");
  EXPECT_EQ(GuessLanguage("市長は月曜日に新しい計画を発表しました。工事は夏に始まり、費用は増えない"
                          "と述べました。野党もこの計画を支持しています。"),
            "ja");
}

TEST(Language, ShortTextsTablesAndNamesStayEnglish) {
  EXPECT_EQ(GuessLanguage("Die Linke"), "en");
  EXPECT_EQ(GuessLanguage("GIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 "
                          "- 46\nPalm Bay 18 20 16 16 - 70\nLeaders: Ana de la Cruz 21, Maria "
                          "Costa 14, Lena Vogel 12. Records: Palm Bay 5-1, Rockledge 2-4.\n"),
            "en");
  EXPECT_EQ(GuessLanguage(""), "en");
}

TEST(Language, AnotherLanguageIsNotReadUnlessAsked) {
  AnalyzeOptions o;
  o.use_ner = false;
  Analysis a = AnalyzeText(kGerman, o);
  EXPECT_TRUE(a.people.empty());
  EXPECT_TRUE(a.quotes.empty());
  EXPECT_TRUE(a.numbers.empty());
  EXPECT_EQ(a.text_length, std::string_view(kGerman).size());
  o.english_only = false;
  Analysis b = AnalyzeText(kGerman, o);
  EXPECT_FALSE(b.people.empty());  // the rules read "Jonas Weber" (and more) when asked
  Analysis c = AnalyzeText(kEnglish, AnalyzeOptions{});
  EXPECT_FALSE(c.people.empty());
}

}  // namespace
}  // namespace newsgraph
