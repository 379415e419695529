// The word scan of copy detection: its ASCII fast path and its general path (any non-ASCII byte
// in a word) must give the same words and keys for the same word, so that a copy is found
// whatever apostrophes, case or digit grouping a copy uses. Texts written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/copies_words.h"

namespace newsgraph::copies {
namespace {

std::vector<uint64_t> Keys(std::string_view text) {
  std::vector<uint64_t> out;
  for (const Word& w : ScanWords(text)) out.push_back(w.key);
  return out;
}

TEST(CopiesWords, CurlyAndStraightApostrophesGiveTheSameKeys) {
  // "don't" takes the ASCII path, "don’t" (U+2019) the general one
  EXPECT_EQ(Keys("The officials don't know Zelensky's plan."),
            Keys("The officials don\u2019t know Zelensky\u2019s plan."));
}

TEST(CopiesWords, CaseDoesNotChangeKeys) {
  EXPECT_EQ(Keys("Troops massed near the border"), Keys("TROOPS MASSED NEAR THE BORDER"));
  // a non-ASCII letter sends the word through the general path, in both cases
  EXPECT_EQ(Keys("Émigrés returned to Kyiv"), Keys("ÉMIGRÉS RETURNED TO KYIV"));
}

TEST(CopiesWords, DigitGroupingDoesNotChangeNumbers) {
  auto a = ScanWords("up to 175,000 troops");
  auto b = ScanWords("up to 175000 troops");
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].key, b[i].key) << i;
    EXPECT_EQ(a[i].number, b[i].number) << i;
  }
}

TEST(CopiesWords, WordsKeepTheirOffsetsAndFlags) {
  const std::string text = "Biden said the talks, in Geneva, were \u201cuseful\u201d.";
  auto words = ScanWords(text);
  ASSERT_FALSE(words.empty());
  EXPECT_EQ(text.substr(words[0].start, words[0].end - words[0].start), "Biden");
  EXPECT_TRUE(words[0].capital);
  bool the_is_stop = false, useful = false;
  for (const Word& w : words) {
    std::string_view s = std::string_view(text).substr(w.start, w.end - w.start);
    if (s == "the") the_is_stop = w.stop;
    if (s == "useful") useful = true;
  }
  EXPECT_TRUE(the_is_stop);
  EXPECT_TRUE(useful);  // a word inside curly quotes is found whole
}

// Scanning into a vector kept from text to text (as the linker does) gives each text's words
// as scanning it alone does: nothing is left from the text before, whether it was longer or
// shorter, and a buffer left large by a long text is given back.
TEST(CopiesWords, ScanningIntoAKeptVectorGivesTheSameWords) {
  std::string long_text;
  for (int i = 0; i < 4000; ++i) long_text += "Officials in Geneva said 4" + std::to_string(i) + " ships waited. ";
  const std::vector<std::string> texts = {
      "Biden said the talks, in Geneva, were \u201cuseful\u201d.", long_text,
      "Short.", "", "Caf\u00e9 owners can\u2019t pay 1,200 euros.", "The minister met the envoy."};
  std::vector<Word> kept;
  for (const std::string& text : texts) {
    ScanWords(text, kept);
    const std::vector<Word> alone = ScanWords(text);
    ASSERT_EQ(kept.size(), alone.size()) << text.substr(0, 40);
    for (size_t i = 0; i < alone.size(); ++i) {
      EXPECT_EQ(kept[i].start, alone[i].start);
      EXPECT_EQ(kept[i].end, alone[i].end);
      EXPECT_EQ(kept[i].key, alone[i].key);
      EXPECT_EQ(kept[i].lower_hash, alone[i].lower_hash);
      EXPECT_EQ(kept[i].stop, alone[i].stop);
      EXPECT_EQ(kept[i].number, alone[i].number);
      EXPECT_EQ(kept[i].capital, alone[i].capital);
      EXPECT_EQ(kept[i].sentence_start, alone[i].sentence_start);
    }
  }
  EXPECT_LT(kept.capacity(), 1000u);  // the long text's buffer was given back
}

}  // namespace
}  // namespace newsgraph::copies
