// The country of a person's office across documents when the analysis guessed it: from the
// document's home country ("President Vladimir Putin" in an American article), or alike for two
// people named with one single-seat office ("President Joe Biden and President Vladimir Putin").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/world.h"

namespace newsgraph {
namespace {

Person P(const std::string& text, const std::string& name, const std::string& office,
         const std::string& country, bool inferred = false) {
  Person p;
  p.name = name;
  const size_t at = text.find(name);
  if (at != std::string::npos)
    p.mentions.push_back(
        {name, static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())});
  p.office = office;
  p.country = country;
  p.country_inferred = inferred;
  return p;
}

LinkDocument Doc(const std::string& id, const std::string& published, const std::string& text,
                 std::vector<Person> people) {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.text = text;
  d.analysis.published = published;
  d.analysis.people = std::move(people);
  return d;
}

WorldPerson Named(const World& w, const std::string& name) {
  for (const WorldPerson& p : w.people())
    if (p.name == name) return p;
  return WorldPerson();
}

std::vector<std::string> Countries(const WorldPerson& p) {
  std::vector<std::string> out;
  for (const PersonOffice& o : p.offices) out.push_back(o.office + " (" + o.country + ")");
  return out;
}

const std::string kStated =
    "Russian President Vladimir Putin told President Joe Biden of the United States that Moscow "
    "wants guarantees.";
// an American article: the analysis gives both presidents the home country (and, read back from
// a store, without saying it was inferred)
const std::string kBoth =
    "Analysts said the talks set the stage for a call between President Joe Biden and President "
    "Vladimir Putin.";

TEST(WorldOfficeCountry, TwoPresidentsOfOneGuessedCountry) {
  World w;
  w.AddDocument(Doc("a", "2021-12-02", kStated,
                    {P(kStated, "Vladimir Putin", "President", "Russia"),
                     P(kStated, "Joe Biden", "President", "United States")}));
  w.AddDocument(Doc("b", "2021-12-03", kBoth,
                    {P(kBoth, "Joe Biden", "President", "United States"),
                     P(kBoth, "Vladimir Putin", "President", "United States")}));
  EXPECT_EQ(Countries(Named(w, "Vladimir Putin")), std::vector<std::string>{"President (Russia)"});
  EXPECT_EQ(Countries(Named(w, "Joe Biden")),
            std::vector<std::string>{"President (United States)"});
  EXPECT_EQ(Named(w, "Vladimir Putin").offices[0].documents, (std::vector<std::string>{"a", "b"}));
}

TEST(WorldOfficeCountry, AStatedCountryCorrectsAnEarlierGuess) {
  World w;
  w.AddDocument(Doc("b", "2021-12-01", kBoth,
                    {P(kBoth, "Joe Biden", "President", "United States"),
                     P(kBoth, "Vladimir Putin", "President", "United States")}));
  w.AddDocument(Doc("a", "2021-12-02", kStated,
                    {P(kStated, "Vladimir Putin", "President", "Russia"),
                     P(kStated, "Joe Biden", "President", "United States")}));
  ASSERT_EQ(Countries(Named(w, "Vladimir Putin")), std::vector<std::string>{"President (Russia)"});
  const PersonOffice o = Named(w, "Vladimir Putin").offices[0];
  EXPECT_EQ(o.first, "2021-12-01");
  EXPECT_EQ(o.last, "2021-12-02");
  EXPECT_EQ(o.documents.size(), 2u);
}

TEST(WorldOfficeCountry, InferredAndMissingCountries) {
  World w;
  const std::string a = "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Stockholm.";
  w.AddDocument(Doc("a", "2021-12-02", a, {P(a, "Sergei Lavrov", "Foreign Minister", "Russia")}));
  // an American article's "Foreign Minister Sergei Lavrov": the home country was a guess
  const std::string b = "Foreign Minister Sergei Lavrov said Washington ignored Moscow's concerns.";
  w.AddDocument(Doc("b", "2021-12-03", b,
                    {P(b, "Sergei Lavrov", "Foreign Minister", "United States", true)}));
  // no country at all: the one the office has elsewhere
  const std::string c = "Foreign Minister Sergei Lavrov spoke on Friday.";
  w.AddDocument(Doc("c", "2021-12-04", c, {P(c, "Sergei Lavrov", "Foreign Minister", "")}));
  EXPECT_EQ(Countries(Named(w, "Sergei Lavrov")),
            std::vector<std::string>{"Foreign Minister (Russia)"});
}

}  // namespace
}  // namespace newsgraph
