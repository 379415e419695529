// The dated office-holder table and office checks (docs/checks.md).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include <unistd.h>

#include "newsgraph/analyze.h"
#include "newsgraph/link.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTable =
    "country\toffice\tname\tstart\tend\tsource\n"
    "United Kingdom\tPrime Minister\tDavid Cameron\t2010-05-11\t2016-07-13\tifg\n"
    "United Kingdom\tPrime Minister\tTheresa May\t2016-07-13\t2019-07-24\tifg\n"
    "United Kingdom\tPrime Minister\tBoris Johnson\t2019-07-24\t2022-09-06\tifg\n"
    "United Kingdom\tPrime Minister\tRishi Sunak\t2022-10-25\t2024-07-05\tifg\n"
    "United Kingdom\tForeign Secretary\tLord Cameron of Chipping Norton\t2023-11-13\t2024-07-05\tifg\n"
    "United Kingdom\tHome Secretary\tNobody Else\t2010-01-01\t2024-07-05\tifg\n"
    "Germany\tHead of Government\tMerkel\t2005-11-22\t2021-12-08\tparlgov-cabinet\n"
    "Germany\tHead of Government\tScholz\t2021-12-08\t\tparlgov-cabinet\n"
    "France\tPresident\tEmmanuel Macron\t2017-05-14\t\tparlgov-president\n"
    "France\tPresident\tFrançois Hollande\t2012-05-15\t2017-05-14\tparlgov-president\n"
    "Italy\tPresident\tSergio Mattarella\t2015-02-03\t2022-02-03\tparlgov-president\n"
    "Italy\tHead of Government\tDraghi\t2021-02-13\t2023-06-30\tparlgov-cabinet\n";

OfficeTable Table() {
  auto t = OfficeTable::Parse(kTable, "test.tsv");
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return t.ok() ? std::move(t).value() : OfficeTable();
}

std::vector<std::string> Names(const std::vector<const OfficeTerm*>& terms) {
  std::vector<std::string> out;
  for (const OfficeTerm* t : terms) out.push_back(t->name);
  return out;
}

TEST(OfficeTable, ParsesAndNamesTheLineOfABadRow) {
  EXPECT_EQ(Table().terms().size(), 12u);
  struct Case {
    std::string tsv, message;
  };
  const std::string header = "country\toffice\tname\tstart\tend\tsource\n";
  for (const Case& c : std::vector<Case>{
           {"name\tcountry\n", "t.tsv:1: expected the header"},
           {header + "UK\tPM\tX\t2020-01-01\tifg\n", "t.tsv:2: expected 6 tab-separated fields, got 5"},
           {header + "UK\tPM\tX\t2020-1-1\t\tifg\n", "t.tsv:2: start is not YYYY-MM-DD"},
           {header + "UK\tPM\tX\t2020-01-01\tsoon\tifg\n", "t.tsv:2: end is not YYYY-MM-DD"},
           {header + "\n# note\nUK\tPM\tX\t2020-01-01\t2019-01-01\tifg\n", "t.tsv:4: term ends before"},
           {header + "UK\t\tX\t2020-01-01\t\tifg\n", "t.tsv:2: empty country, office or name"}}) {
    auto t = OfficeTable::Parse(c.tsv, "t.tsv");
    ASSERT_FALSE(t.ok()) << c.tsv;
    EXPECT_EQ(t.status().code(), StatusCode::kCorruption);
    EXPECT_NE(t.status().message().find(c.message), std::string::npos) << t.status().message();
  }
}

TEST(OfficeTable, HoldersAtADateWithHandoversAndCoverage) {
  OfficeTable t = Table();
  bool covered = false;
  EXPECT_EQ(Names(t.HoldersAt("United Kingdom", "Prime Minister", "2021-12-06", &covered)),
            std::vector<std::string>{"Boris Johnson"});
  EXPECT_TRUE(covered);
  // The handover day belongs to both terms.
  EXPECT_EQ(Names(t.HoldersAt("United Kingdom", "Prime Minister", "2016-07-13")),
            (std::vector<std::string>{"David Cameron", "Theresa May"}));
  // Before the first term, and after the last date the source names: unknown, not "nobody".
  EXPECT_TRUE(t.HoldersAt("United Kingdom", "Prime Minister", "1990-01-01", &covered).empty());
  EXPECT_FALSE(covered);
  EXPECT_TRUE(t.HoldersAt("United Kingdom", "Prime Minister", "2024-07-06", &covered).empty());
  EXPECT_FALSE(covered);
  // A gap between two terms is known to the table, with nobody in it.
  EXPECT_TRUE(t.HoldersAt("United Kingdom", "Prime Minister", "2022-10-01", &covered).empty());
  EXPECT_TRUE(covered);
  // An open term lasts until the last date its source names (2023-06-30 here), not beyond;
  // Macron's until the last date of any parlgov-president row (2022-02-03).
  EXPECT_EQ(Names(t.HoldersAt("France", "President", "2022-02-03")),
            std::vector<std::string>{"Emmanuel Macron"});
  EXPECT_TRUE(t.HoldersAt("France", "President", "2022-02-04").empty());
  EXPECT_EQ(Names(t.HoldersAt("Germany", "Head of Government", "2023-06-30")),
            std::vector<std::string>{"Scholz"});
  EXPECT_TRUE(t.HoldersAt("Germany", "Head of Government", "2023-07-01", &covered).empty());
  EXPECT_FALSE(covered);
  EXPECT_TRUE(t.HoldersAt("Spain", "Head of Government", "2021-01-01", &covered).empty());
  EXPECT_FALSE(covered);
  EXPECT_TRUE(t.HoldersAt("Germany", "Head of Government", "not a date", &covered).empty());
  EXPECT_EQ(Names(t.TermsOf("United Kingdom", "Prime Minister", "Cameron")),
            std::vector<std::string>{"David Cameron"});
}

TEST(OfficeTable, NamesMatchOnSurnames) {
  EXPECT_TRUE(NamesMatch("Boris Johnson", "Boris Johnson"));
  EXPECT_TRUE(NamesMatch("Johnson", "Boris Johnson"));
  EXPECT_TRUE(NamesMatch("Angela Merkel", "Merkel"));
  EXPECT_TRUE(NamesMatch("David Cameron", "Lord Cameron of Chipping Norton"));
  EXPECT_TRUE(NamesMatch("Francois Hollande", "François Hollande"));
  EXPECT_TRUE(NamesMatch("Martin Luther King Jr.", "King"));
  EXPECT_TRUE(NamesMatch("Justin Trudeau", "J Trudeau"));
  EXPECT_TRUE(NamesMatch("Pierre Mendès France", "Mendes-France"));
  EXPECT_TRUE(NamesMatch("David Ben-Gurion", "Ben-Gurion"));
  EXPECT_TRUE(NamesMatch("Alexander De Croo", "De Croo"));
  EXPECT_FALSE(NamesMatch("David Cameron", "Boris Johnson"));
  EXPECT_FALSE(NamesMatch("", "Boris Johnson"));
  EXPECT_FALSE(NamesMatch("Lord", "Lord"));
}

Person Holder(const std::string& name, const std::string& office, const std::string& country) {
  Person p;
  p.name = name;
  p.office = office;
  p.country = country;
  return p;
}

Analysis Published(const std::string& date, std::vector<Person> people) {
  Analysis a;
  a.published = date;
  a.people = std::move(people);
  return a;
}

TEST(OfficeCheck, ContradictsAWrongHolderAndSupportsTheRightOne) {
  OfficeTable t = Table();
  Analysis a = Published("2021-12-06", {Holder("David Cameron", "Prime Minister", "United Kingdom"),
              Holder("Boris Johnson", "Prime Minister", "United Kingdom"),
              Holder("Angela Merkel", "Chancellor", "Germany"),
              Holder("Emmanuel Macron", "President", "France"),
              Holder("Mario Draghi", "Prime Minister", "Italy")});
  auto checks = CheckOffices(a, "", t);
  ASSERT_EQ(checks.size(), 5u);
  EXPECT_EQ(checks[0].person, "David Cameron");
  EXPECT_EQ(checks[0].verdict, "contradicted");
  EXPECT_EQ(checks[0].claim, "David Cameron is Prime Minister of the United Kingdom");
  EXPECT_EQ(checks[0].as_of, "2021-12-06");
  EXPECT_NE(checks[0].why.find("Boris Johnson held it from 2019-07-24 to 2022-09-06"),
            std::string::npos) << checks[0].why;
  EXPECT_NE(checks[0].why.find("David Cameron held it from 2010-05-11 to 2016-07-13"),
            std::string::npos) << checks[0].why;
  for (size_t i = 1; i < checks.size(); ++i) EXPECT_EQ(checks[i].verdict, "supported") << i;
  EXPECT_EQ(checks[2].table_office, "Head of Government");
  // Two days later Scholz had taken over.
  a.published = "2021-12-09";
  a.people = {Holder("Angela Merkel", "Chancellor", "Germany")};
  checks = CheckOffices(a, "", t);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].verdict, "contradicted");
  EXPECT_NE(checks[0].why.find("Scholz"), std::string::npos);
}

TEST(OfficeCheck, NoVerdictWhereTheTableCannotJudge) {
  OfficeTable t = Table();
  Analysis a = Published("2021-12-06", {Holder("David Cameron", "former Prime Minister", "United Kingdom"),
              Holder("Theresa May", "acting Prime Minister", "United Kingdom"),
              Holder("Dominic Raab", "Deputy Prime Minister", "United Kingdom"),  // not in table
              Holder("Olaf Scholz", "Vice Chancellor", "Germany"),
              Holder("Bruno Le Maire", "Chancellor", "France"),  // not head of government there
              Holder("Joe Biden", "President", "United States"),  // country not covered
              Holder("Someone", "Prime Minister", ""),
              Holder("Yvette Cooper", "Shadow Home Secretary", "United Kingdom")});
  EXPECT_TRUE(CheckOffices(a, "", t).empty());
  // Dates outside the sources, and no publication date at all.
  a.people = {Holder("David Cameron", "Prime Minister", "United Kingdom")};
  a.published = "2030-01-01";
  EXPECT_TRUE(CheckOffices(a, "", t).empty());
  a.published = "";
  EXPECT_TRUE(CheckOffices(a, "", t).empty());
}

TEST(OfficeCheck, ATitleInASentenceAboutAnEarlierYearIsNotJudgedAsOfPublication) {
  OfficeTable t = Table();
  const std::string text =
      "The plan was rejected in September 2021 by Prime Minister Boris Johnson. "
      "Prime Minister David Cameron spoke today.";
  Analysis a;
  a.published = "2023-02-23";
  Person johnson = Holder("Boris Johnson", "Prime Minister", "United Kingdom");
  const size_t at = text.find("Boris Johnson");
  johnson.mentions.push_back({"Boris Johnson", static_cast<uint32_t>(at),
                              static_cast<uint32_t>(at + 13)});
  Person cameron = Holder("David Cameron", "Prime Minister", "United Kingdom");
  const size_t at2 = text.find("David Cameron");
  cameron.mentions.push_back({"David Cameron", static_cast<uint32_t>(at2),
                              static_cast<uint32_t>(at2 + 13)});
  a.people = {johnson, cameron};
  auto checks = CheckOffices(a, text, t);
  // Johnson held the office in 2021, the year his sentence names: no verdict. Cameron's sentence
  // names no year, so his title is judged as of publication.
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].person, "David Cameron");
  EXPECT_EQ(checks[0].verdict, "contradicted");
}

TEST(OfficeCheck, AGuessedCountryNeedsAKnownHolderToContradict) {
  OfficeTable t = Table();
  // "Prime Minister Scott Morrison" in an article whose home country was guessed as the
  // United Kingdom: Morrison never held that office there, so no verdict.
  Person morrison = Holder("Scott Morrison", "Prime Minister", "United Kingdom");
  morrison.country_inferred = true;
  // A guessed country with a former holder still contradicts.
  Person cameron = Holder("David Cameron", "Prime Minister", "United Kingdom");
  cameron.country_inferred = true;
  // Written with the title ("British Prime Minister John Smith"): contradicted even though the
  // table never lists him.
  Person smith = Holder("John Smith", "Prime Minister", "United Kingdom");
  auto checks = CheckOffices(Published("2021-12-06", {morrison, cameron, smith}), "", t);
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0].person, "David Cameron");
  EXPECT_EQ(checks[0].verdict, "contradicted");
  EXPECT_EQ(checks[1].person, "John Smith");
  EXPECT_EQ(checks[1].verdict, "contradicted");
  EXPECT_NE(checks[1].why.find("John Smith is not listed for this office"), std::string::npos);
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// End to end on the seeds with the built-in table: the rewritten copy's "British Prime Minister
// David Cameron" is the one contradiction; the Politico original has none.
TEST(OfficeCheck, SeedsWithTheBuiltInTable) {
  const fs::path gold = fs::path(NEWSGRAPH_SHARED_DIR) / "gold/seeds.gold.jsonl";
  if (!fs::exists(gold)) GTEST_SKIP() << gold << " not found";
  std::ifstream in(gold);
  std::string line;
  int docs = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto g = nlohmann::json::parse(line);
    const std::string text =
        ReadFile(fs::path(NEWSGRAPH_SHARED_DIR) / "seeds" / g["doc"].get<std::string>());
    AnalyzeOptions o;
    o.published = g["metadata"]["published"].get<std::string>();
    std::vector<std::string> got, want;
    for (const OfficeCheck& c : CheckOffices(AnalyzeText(text, o), text)) {
      if (c.verdict == "contradicted") got.push_back(c.person);
    }
    for (const auto& c : g["checks"]) {
      if (c["verdict"] == "contradicted") {
        const std::string claim = c["claim"].get<std::string>();
        want.push_back(claim.substr(0, claim.find(" is ")));
      }
    }
    EXPECT_EQ(got, want) << g["doc"];
    ++docs;
  }
  EXPECT_EQ(docs, 2);
}

// The shipped table is what scripts/build-office-table.py makes of ../shared/data/leaders.
TEST(OfficeTable, BuiltInTableIsRebuiltByTheScript) {
  const fs::path leaders = fs::path(NEWSGRAPH_SHARED_DIR) / "data/leaders";
  if (!fs::exists(leaders)) GTEST_SKIP() << leaders << " not found";
  if (std::system("python3 -c 1 >/dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
  const fs::path out = fs::temp_directory_path() / ("office-table-" + std::to_string(getpid()));
  const std::string cmd = "python3 '" NEWSGRAPH_SOURCE_DIR "/scripts/build-office-table.py' "
                          "--leaders '" + leaders.string() + "' --out '" + out.string() +
                          "' 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  const std::string rebuilt = ReadFile(out);
  fs::remove(out);
  EXPECT_EQ(rebuilt, ReadFile(fs::path(NEWSGRAPH_SOURCE_DIR) / "data/offices/office-holders.tsv"));
  const OfficeTable& t = OfficeTable::Default();
  EXPECT_GT(t.terms().size(), 1000u);
  EXPECT_EQ(Names(t.HoldersAt("United Kingdom", "Prime Minister", "2021-12-06")),
            std::vector<std::string>{"Boris Johnson"});
  // ParlGov's second head of a surname gets the initial in front ("Trudeau J" -> "J Trudeau").
  EXPECT_EQ(Names(t.HoldersAt("Canada", "Head of Government", "2021-12-06")),
            std::vector<std::string>{"J Trudeau"});
}

}  // namespace
}  // namespace newsgraph
