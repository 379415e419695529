// Gazetteer matching (longest match, positions) and the readers of the Debian name lists, on
// small files written in each source's format under a temporary root.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "analyze/ner_gazetteer.h"
#include "ner_gazetteer_build.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;

std::vector<TokenInfo> Infos(const std::vector<std::string>& words, const Lexicon& gaz) {
  Lexicon lex;
  std::vector<TokenInfo> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) ComputeTokenInfo(words[i], lex, &out[i]);
  ApplyGazetteer(gaz, &out);
  return out;
}

TEST(NerGazetteer, LongestMatchWithPositions) {
  Lexicon gaz = CompileGazetteer({{"new york", kGazLoc},
                                  {"new york stock exchange", kGazOrg},
                                  {"york", kGazLoc | kGazPer},
                                  {"paris", kGazLoc}});
  auto t = Infos({"The", "New", "York", "Stock", "Exchange", "in", "Paris", "and", "York", "."}, gaz);
  EXPECT_EQ(t[0].gaz, 0);
  for (int i = 1; i <= 4; ++i) EXPECT_EQ(t[i].gaz, kGazOrg) << i;
  EXPECT_EQ(t[1].gaz_pos, kGazBegin);
  EXPECT_EQ(t[2].gaz_pos, kGazInside);
  EXPECT_EQ(t[4].gaz_pos, kGazEnd);
  EXPECT_EQ(t[5].gaz, 0);
  EXPECT_EQ(t[6].gaz, kGazLoc);
  EXPECT_EQ(t[6].gaz_pos, kGazSingle);
  EXPECT_EQ(t[8].gaz, kGazLoc | kGazPer);
  // A prefix of an entry that is not itself an entry falls back to the shorter match.
  auto u = Infos({"New", "York", "Stock", "market"}, gaz);
  EXPECT_EQ(u[0].gaz, kGazLoc);
  EXPECT_EQ(u[1].gaz_pos, kGazEnd);
  EXPECT_EQ(u[2].gaz, 0);
  // Matches start only at capitalised tokens; all-caps headlines match too.
  auto v = Infos({"paris", "NEW", "YORK"}, gaz);
  EXPECT_EQ(v[0].gaz, 0);
  EXPECT_EQ(v[1].gaz, kGazLoc);
  // Hyphenated words look up their first part.
  auto w = Infos({"Paris-based", "firm"}, gaz);
  EXPECT_EQ(w[0].gaz, 0);
  EXPECT_EQ(w[0].hyphen_gaz, kGazLoc);
}

TEST(NerGazetteer, EmptyGazetteerMarksNothing) {
  auto t = Infos({"New", "York"}, Lexicon());
  EXPECT_EQ(t[0].gaz, 0);
  EXPECT_EQ(t[1].gaz_pos, kGazNone);
}

void Write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// A GNU .mo file holding id -> name translations.
std::string MoFile(const std::vector<std::pair<std::string, std::string>>& entries) {
  const uint32_t n = static_cast<uint32_t>(entries.size());
  const uint32_t orig = 28, trans = orig + 8 * n;
  uint32_t at = trans + 8 * n;
  std::string head(28, '\0'), otab, ttab, strings;
  auto put = [](std::string* s, size_t off, uint32_t v) { std::memcpy(&(*s)[off], &v, 4); };
  put(&head, 0, 0x950412de);
  put(&head, 8, n);
  put(&head, 12, orig);
  put(&head, 16, trans);
  std::string o(8 * n, '\0'), t(8 * n, '\0');
  for (uint32_t i = 0; i < n; ++i) {
    put(&o, 8 * i, static_cast<uint32_t>(entries[i].first.size()));
    put(&o, 8 * i + 4, at);
    strings += entries[i].first + '\0';
    at += static_cast<uint32_t>(entries[i].first.size() + 1);
  }
  for (uint32_t i = 0; i < n; ++i) {
    put(&t, 8 * i, static_cast<uint32_t>(entries[i].second.size()));
    put(&t, 8 * i + 4, at);
    strings += entries[i].second + '\0';
    at += static_cast<uint32_t>(entries[i].second.size() + 1);
  }
  return head + o + t + strings;
}

TEST(NerGazetteer, ReadsEachDebianSourceFormat) {
  const fs::path root = fs::path(::testing::TempDir()) / "ner_gaz_root";
  fs::remove_all(root);
  Write(root / "usr/share/iso-codes/json/iso_3166-1.json",
        R"js({"3166-1": [{"alpha_2": "DE", "name": "Germany", "official_name": "Federal Republic of Germany"},
                       {"alpha_2": "BO", "name": "Bolivia, Plurinational State of", "common_name": "Bolivia"}]})js");
  Write(root / "usr/share/iso-codes/json/iso_3166-2.json",
        R"js({"3166-2": [{"code": "DE-BY", "name": "Bayern (Bavaria)"}, {"code": "CH-ZH", "name": "Zürich"}]})js");
  Write(root / "usr/share/iso-codes/json/iso_639-2.json",
        R"js({"639-2": [{"alpha_3": "ger", "name": "German"}]})js");
  Write(root / "usr/share/wordnet/data.noun",
        "  1 This software and database is being provided\n"
        "11084815 18 n 02 Lincoln 0 Abraham_Lincoln 0 002 @i 10467179 n 0000 #p 08929922 n 0000 | 16th President\n"
        "09167767 15 n 01 Oslo 0 001 @i 08518505 n 0000 | capital of Norway\n"
        "08168978 14 n 01 United_Nations 0 001 @i 08294696 n 0000 | an organization\n"
        "02084071 05 n 01 dog 0 001 @ 02083346 n 0000 | a member of the genus Canis\n");
  Write(root / "usr/share/wordnet/data.adj",
        "03017732 01 a 01 Norwegian 0 001 \\ 08956760 n 0101 | of Norway\n");
  Write(root / "usr/share/locale/en/LC_MESSAGES/geonames.mo",
        MoFile({{"", "Project-Id-Version: geonames"}, {"2643743", "London"}, {"3117735", "Madrid"}}));
  Write(root / "usr/share/zoneinfo/zone1970.tab",
        "# comment\nAR\t-3436-05827\tAmerica/Argentina/Buenos_Aires\n");
  Write(root / "usr/lib/python3/dist-packages/faker/providers/person/en_US/__init__.py",
        "class Provider:\n    formats = ('{{first_name}} {{last_name}}',)\n"
        "    first_names_female = OrderedDict((\n        ('Aaliyah', 0.1),\n        ('Zoe', 0.2),\n    ))\n"
        "    last_names = ('Abbott', 'Zulauf')\n    prefixes = ('Mr.', 'Dr.')\n");
  Write(root / "usr/share/dict/american-english-insane",
        "dog\nMadrid\nbill\nBill\nOslo\nit's\nmadrid\n");
  ExternalSources src;
  src.root = root.string();
  std::string log;
  ExternalLists lists = LoadExternalLists(src, &log);
  auto phrase = [&](const std::string& p) {
    auto it = lists.phrases.find(p);
    return it == lists.phrases.end() ? 0 : it->second;
  };
  auto word = [&](const std::string& w) {
    auto it = lists.word_flags.find(w);
    return it == lists.word_flags.end() ? 0 : it->second;
  };
  EXPECT_EQ(phrase("germany"), kGazLoc) << log;
  EXPECT_EQ(phrase("federal republic of germany"), kGazLoc);
  EXPECT_EQ(phrase("bolivia"), kGazLoc);  // ", Plurinational State of" cut
  EXPECT_EQ(phrase("bayern"), kGazLoc);   // "(Bavaria)" dropped
  EXPECT_EQ(phrase("zürich"), kGazLoc);
  EXPECT_EQ(phrase("zurich"), kGazLoc);   // diacritics folded
  EXPECT_EQ(phrase("german"), kGazMisc);
  EXPECT_EQ(phrase("abraham lincoln"), kGazPer);
  EXPECT_EQ(phrase("lincoln"), kGazPer);
  EXPECT_EQ(phrase("oslo"), kGazLoc);
  EXPECT_EQ(phrase("united nations"), kGazOrg);
  EXPECT_EQ(phrase("norwegian"), kGazMisc);
  EXPECT_EQ(phrase("dog"), 0);
  EXPECT_EQ(phrase("london"), kGazLoc);
  EXPECT_EQ(phrase("madrid"), kGazLoc);  // the dictionary also lists it capitalised
  EXPECT_EQ(phrase("project-id-version:"), 0);  // the .mo header (empty id) is skipped
  EXPECT_EQ(phrase("buenos aires"), kGazLoc);
  EXPECT_TRUE(word("abraham") & kFirstName);
  EXPECT_TRUE(word("lincoln") & kLastName);
  EXPECT_TRUE(word("aaliyah") & kFirstName);
  EXPECT_TRUE(word("zoe") & kFirstName);
  EXPECT_TRUE(word("zulauf") & kLastName);
  EXPECT_EQ(word("mr."), 0);
  EXPECT_EQ(word("dog") & (kDictLower | kDictCap), kDictLower);
  EXPECT_EQ(word("bill") & (kDictLower | kDictCap), kDictLower | kDictCap);
  EXPECT_TRUE(word("united") & (kGazOrg << kInNameShift));
  EXPECT_EQ(word("it's"), 0);
  // A missing source is reported, not fatal.
  fs::remove(root / "usr/share/zoneinfo/zone1970.tab");
  log.clear();
  lists = LoadExternalLists(src, &log);
  EXPECT_NE(log.find("tzdata"), std::string::npos);
  EXPECT_NE(log.find("missing"), std::string::npos);
  EXPECT_EQ(phrase("buenos aires"), 0);
  fs::remove_all(root);
}

TEST(NerGazetteer, BrokenSourceFilesAreSkipped) {
  const fs::path root = fs::path(::testing::TempDir()) / "ner_gaz_broken";
  fs::remove_all(root);
  Write(root / "usr/share/iso-codes/json/iso_3166-1.json", "{not json");
  Write(root / "usr/share/wordnet/data.noun", "garbage line\n12 zz n ff\n");
  Write(root / "usr/share/locale/en/LC_MESSAGES/geonames.mo", MoFile({{"1", "Oslo"}}).substr(0, 40));
  ExternalSources src;
  src.root = root.string();
  std::string log;
  ExternalLists lists = LoadExternalLists(src, &log);
  EXPECT_NE(log.find("unreadable"), std::string::npos) << log;
  EXPECT_EQ(lists.phrases.count("oslo"), 0u);
  fs::remove_all(root);
}

}  // namespace
}  // namespace newsgraph::ner
