#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/ascii.h"
#include "core/huge_pages.h"
#include "core/utf8.h"
#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph {
namespace {

TEST(Status, CarriesCodeAndMessage) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.ToString(), "OK");
  Status bad = Status::Corruption("a.warc.gz: record 3 (offset 4096): truncated gzip stream");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.code(), StatusCode::kCorruption);
  EXPECT_EQ(bad.ToString(), "Corruption: a.warc.gz: record 3 (offset 4096): truncated gzip stream");
}

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

Status UsesMacro(int x, int* out) {
  auto r = Half(x);
  NEWSGRAPH_RETURN_IF_ERROR(r.status());
  *out = *r;
  return Status::Ok();
}

TEST(Result, HoldsValueOrStatus) {
  auto r = Half(8);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 4);
  auto e = Half(3);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "odd");
  int out = 0;
  EXPECT_TRUE(UsesMacro(10, &out).ok());
  EXPECT_EQ(out, 5);
  EXPECT_EQ(UsesMacro(11, &out).code(), StatusCode::kInvalidArgument);
}

TEST(Utf8, ValidatesSequences) {
  EXPECT_TRUE(utf8::IsValid("plain ascii"));
  EXPECT_TRUE(utf8::IsValid("Zelensky’s “call” — €5 😀"));
  EXPECT_FALSE(utf8::IsValid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(utf8::IsValid("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(utf8::IsValid("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(utf8::IsValid("abc\xE2\x82"));       // truncated
  EXPECT_EQ(utf8::FirstInvalid("ab\xFF" "cd"), 2u);
  EXPECT_EQ(utf8::FirstInvalid("abcd"), std::string_view::npos);
}

TEST(Utf8, SanitizeReplacesEachBadByte) {
  EXPECT_EQ(utf8::Sanitize("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(utf8::Sanitize("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(utf8::IsValid(utf8::Sanitize(std::string("\x80\x81\xFE\xFF\0x", 6))));
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  std::string s = "A€😀ß";
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8::Decode(s, i, &len);
    utf8::Append(out, cp);
    i += len;
  }
  EXPECT_EQ(out, s);
}

TEST(Utf8, CollapseWhitespaceIncludingUnicodeSpaces) {
  EXPECT_EQ(utf8::CollapseWhitespace("  a \t\n b\u00A0\u2003c  "), "a b c");
  EXPECT_EQ(utf8::CollapseWhitespace(""), "");
}

TEST(Utf8, NfcComposes) {
  EXPECT_EQ(utf8::Nfc("Zelens\u006B\u0079\u0301"), "Zelensk\u00FD");  // y + combining acute
  // The quick check must not skip singletons inside otherwise "safe" blocks.
  EXPECT_EQ(utf8::Nfc("a\u2001b"), "a\u2003b");        // EM QUAD -> EM SPACE
  EXPECT_EQ(utf8::Nfc("\u212B"), "\u00C5");             // ANGSTROM SIGN -> Å
  // Text that is already NFC comes back unchanged, typographic punctuation included.
  EXPECT_EQ(utf8::Nfc("Zelensky’s “call” — €5 café"), "Zelensky’s “call” — €5 café");
  EXPECT_EQ(utf8::Nfc("a\xFF"), "a\xEF\xBF\xBD");
}

TEST(Utf8, WordAtATimeValidationFindsTheBadByteAnywhere) {
  std::string s(100, 'a');
  for (size_t pos = 0; pos < s.size(); ++pos) {
    std::string t = s;
    t[pos] = '\xFF';
    EXPECT_EQ(utf8::FirstInvalid(t), pos);
  }
  EXPECT_TRUE(utf8::IsValid(std::string(1000, 'x') + "é"));
}

TEST(DocId, SameTextSameIdAcrossTrivialDifferences) {
  DocId a = MakeDocId("Biden’s “call” with Putin.");
  DocId b = MakeDocId("  Biden's \"call\"   with\nPutin.  ");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.hex.size(), 16u);
  EXPECT_NE(MakeDocId("Biden's call with Putin."), a);  // different words, different id
  EXPECT_EQ(MakeDocId("e\u0301"), MakeDocId("\u00E9"));  // NFC
}

TEST(DocId, IsStableAcrossBuilds) {
  // The id is part of the store's format: it must never change for the same text.
  EXPECT_EQ(MakeDocId("newsgraph").hex, MakeDocId("newsgraph").hex);
  EXPECT_EQ(NormaliseForId(" a\u2019b \u201Cc\u201D "), "a'b \"c\"");
}

TEST(Utf8, StripMarksForMatching) {
  EXPECT_EQ(utf8::StripMarks("Zürich"), "Zurich");
  EXPECT_EQ(utf8::StripMarks("François Hollande", /*fold_case=*/true), "francois hollande");
  EXPECT_EQ(utf8::StripMarks("Mendès-France", true), "mendes-france");
  EXPECT_EQ(utf8::StripMarks("ÉMILE"), "EMILE");
  EXPECT_EQ(utf8::StripMarks("Plain ASCII", true), "plain ascii");
  EXPECT_EQ(utf8::StripMarks("Plain ASCII"), "Plain ASCII");
  const std::string bad = "Bad \xFF byte";
  EXPECT_EQ(utf8::StripMarks(bad), bad);  // invalid UTF-8 comes back as it is
  EXPECT_EQ(utf8::StripMarks(bad, true), "bad \xFF byte");
}

TEST(Ascii, SplitKeepsEmptyFields) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(ascii::Split("a\tb\t", '\t'), (V{"a", "b", ""}));
  EXPECT_EQ(ascii::Split("", '\t'), (V{""}));
  EXPECT_EQ(ascii::Split("Ben-Gurion", '-'), (V{"Ben", "Gurion"}));
  EXPECT_EQ(ascii::Split("no separator", ','), (V{"no separator"}));
}

// Large arrays: contents kept across growth from the heap to mapped huge-page memory and back,
// a large one aligned to 2 MiB (where a huge page can back it), zero-filled as a vector is.
TEST(HugePages, LargeVectorsKeepTheirContentsAcrossGrowth) {
  LargeVector<uint32_t> v;
  for (uint32_t i = 0; i < 1000; ++i) v.push_back(i * 7);
  EXPECT_LT(v.capacity() * sizeof(uint32_t), kHugePageMin);
  v.resize(3u << 20, 5);  // 12 MiB: mapped
  EXPECT_EQ(reinterpret_cast<uintptr_t>(v.data()) % (uintptr_t{2} << 20), 0u);
  for (uint32_t i = 0; i < 1000; ++i) ASSERT_EQ(v[i], i * 7);
  EXPECT_EQ(v[1000], 5u);
  EXPECT_EQ(v.back(), 5u);
  v.back() = 9;  // every byte of it is writable
  LargeVector<uint32_t> copy = v;
  EXPECT_EQ(copy, v);
  v.resize(10);
  v.shrink_to_fit();  // back on the heap
  for (uint32_t i = 0; i < 10; ++i) ASSERT_EQ(v[i], i * 7);
  LargeVector<uint64_t> zeros(size_t{1} << 18);  // exactly the threshold: mapped
  EXPECT_EQ(reinterpret_cast<uintptr_t>(zeros.data()) % (uintptr_t{2} << 20), 0u);
  EXPECT_TRUE(std::all_of(zeros.begin(), zeros.end(), [](uint64_t x) { return x == 0; }));
}

}  // namespace
}  // namespace newsgraph
