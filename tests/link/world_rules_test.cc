// Matching rules of the world stage on hand-built analyses (no analyzer involved): people by
// name and context, events by participants, kind and date, and which differences are conflicts.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "link/world_state.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

Person P(const std::string& name, const std::string& office = "", const std::string& country = "") {
  Person p;
  p.name = name;
  p.mentions.push_back({name, 0, static_cast<uint32_t>(name.size())});
  p.office = office;
  p.office_normalized = office;
  p.country = country;
  return p;
}

Communication Call(std::vector<std::string> who, const std::string& kind, const std::string& date,
                   const std::string& when = "", const std::string& status = "happened",
                   const std::string& duration = "") {
  Communication c;
  c.participants = std::move(who);
  c.kind = kind;
  c.date = date;
  c.when = when;
  c.status = status;
  c.duration = duration;
  c.start = 0;
  c.end = 10;
  return c;
}

LinkDocument Doc(const std::string& id, const std::string& published, std::vector<Person> people,
                 std::vector<Communication> calls = {}) {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.text = std::string(200, ' ');
  d.analysis.published = published;
  d.analysis.people = std::move(people);
  d.analysis.communications = std::move(calls);
  return d;
}

std::optional<Conflict> Find(const std::vector<Conflict>& cs, const std::string& kind) {
  for (const Conflict& c : cs)
    if (c.kind == kind) return c;
  return std::nullopt;
}

TEST(WorldPeople, VariantsMergeAcrossDocuments) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", {P("Volodymyr Zelensky")}));
  w.AddDocument(Doc("b", "2021-12-09", {P("Volodymyr Zelenskiy")}));
  w.AddDocument(Doc("c", "2021-12-10", {P("Zelenskyy")}));
  w.AddDocument(Doc("d", "2021-12-10", {P("V. Zelensky")}));
  ASSERT_EQ(w.people().size(), 1u);
  EXPECT_EQ(w.people()[0].documents, 4u);
  EXPECT_EQ(w.PersonIdOf("c", "Zelenskyy"), w.people()[0].id);
  EXPECT_EQ(w.people()[0].aliases.size(), 4u);
  EXPECT_EQ(w.PersonIdOf("c", "Nobody"), "");
  EXPECT_EQ(w.PersonIdOf("zz", "Zelenskyy"), "");
}

TEST(WorldPeople, DifferentGivenNamesStayApart) {
  World w;
  w.AddDocument(Doc("a", "2021-11-20", {P("Boris Johnson", "Prime Minister", "United Kingdom")}));
  w.AddDocument(Doc("b", "2021-11-21", {P("Dustin Johnson", "golfer")}));
  EXPECT_EQ(w.people().size(), 2u);
  EXPECT_NE(w.PersonIdOf("a", "Boris Johnson"), w.PersonIdOf("b", "Dustin Johnson"));
}

TEST(WorldPeople, SurnameAloneFollowsContext) {
  World w;
  w.AddDocument(Doc("a", "2021-11-20", {P("Boris Johnson", "Prime Minister", "United Kingdom"), P("Emmanuel Macron")}));
  w.AddDocument(Doc("b", "2021-11-21", {P("Dustin Johnson", "golfer"), P("Tiger Woods")}));
  // "Johnson" with Tiger Woods is the golfer; with the same office as Boris Johnson, the minister
  w.AddDocument(Doc("c", "2021-11-22", {P("Johnson"), P("Tiger Woods")}));
  w.AddDocument(Doc("d", "2021-11-22", {P("Johnson", "Prime Minister", "United Kingdom")}));
  EXPECT_EQ(w.PersonIdOf("c", "Johnson"), w.PersonIdOf("b", "Dustin Johnson"));
  EXPECT_EQ(w.PersonIdOf("d", "Johnson"), w.PersonIdOf("a", "Boris Johnson"));
  // with nothing to choose by, a surname shared by two known persons is a person of its own
  w.AddDocument(Doc("e", "2021-11-23", {P("Johnson")}));
  EXPECT_NE(w.PersonIdOf("e", "Johnson"), w.PersonIdOf("a", "Boris Johnson"));
  EXPECT_NE(w.PersonIdOf("e", "Johnson"), w.PersonIdOf("b", "Dustin Johnson"));
}

TEST(WorldPeople, ALongerWritingOfANewNameInOneDocumentIsThatPerson) {
  // the analysis kept a headline run apart from the name; nobody knew the person before
  World w;
  w.AddDocument(Doc("a", "2022-03-01", {P("Dana Whitfield"), P("Dana Whitfield Signs")}));
  ASSERT_EQ(w.people().size(), 1u);
  EXPECT_EQ(w.PersonIdOf("a", "Dana Whitfield Signs"), w.PersonIdOf("a", "Dana Whitfield"));
  // two full names of one document alike stay two people
  World v;
  v.AddDocument(Doc("b", "2022-03-01", {P("Dana Whitfield"), P("Dora Whitfield")}));
  EXPECT_EQ(v.people().size(), 2u);
}

TEST(WorldPeople, AHeadlineRunTakesTheNameWrittenInsideIt) {
  World w;
  w.AddDocument(Doc("a", "2022-03-01", {P("Maria Lopez", "Governor")}));
  // "Lopez Vetoes Budget Plan Senate Passed" (a title-case headline) and "Governor Lopez" later
  const std::string run = "Lopez Vetoes Budget Plan Senate Passed";
  Person p = P(run, "Governor");
  p.mentions.push_back({"Governor Lopez", 60, 74});
  p.mentions.push_back({"Lopez", 90, 95});
  w.AddDocument(Doc("b", "2022-03-02", {p}));
  EXPECT_EQ(w.PersonIdOf("b", run), w.PersonIdOf("a", "Maria Lopez"));
  ASSERT_EQ(w.people().size(), 1u);
  EXPECT_EQ(w.people()[0].name, "Maria Lopez");
  // a run with no shorter writing inside it stays as it is
  Person q = P("Kim Vale Wins Stage Five Again");
  w.AddDocument(Doc("c", "2022-03-03", {q}));
  EXPECT_EQ(w.people().size(), 2u);
}

TEST(WorldPeople, NamesakesInDifferentCountriesStayApart) {
  World w;
  w.AddDocument(Doc("a", "2021-01-01", {P("John Smith", "Foreign Minister", "Canada")}));
  w.AddDocument(Doc("b", "2021-01-02", {P("John Smith", "President", "Kenya")}));
  w.AddDocument(Doc("c", "2021-01-03", {P("John Smith", "Foreign Minister", "Canada")}));
  ASSERT_EQ(w.people().size(), 2u);
  EXPECT_EQ(w.PersonIdOf("a", "John Smith"), w.PersonIdOf("c", "John Smith"));
  EXPECT_NE(w.PersonIdOf("a", "John Smith"), w.PersonIdOf("b", "John Smith"));
}

TEST(WorldPeople, OfficeTableNamesATitledSurname) {
  // "Prime Minister Johnson" in 2021 is Boris Johnson (the built-in table), even before any
  // document wrote his full name
  World w;
  w.AddDocument(Doc("a", "2021-11-25", {P("Johnson", "Prime Minister", "United Kingdom")}));
  w.AddDocument(Doc("b", "2021-11-26", {P("Dustin Johnson", "golfer")}));
  w.AddDocument(Doc("c", "2021-11-27", {P("Boris Johnson")}));
  EXPECT_EQ(w.PersonIdOf("a", "Johnson"), w.PersonIdOf("c", "Boris Johnson"));
  EXPECT_NE(w.PersonIdOf("a", "Johnson"), w.PersonIdOf("b", "Dustin Johnson"));
  EXPECT_EQ(w.people()[0].name, "Boris Johnson");
}

TEST(WorldPeople, OfficesOverTime) {
  World w;
  w.AddDocument(Doc("a", "2021-01-05", {P("Joe Biden", "President-elect", "United States")}));
  w.AddDocument(Doc("b", "2021-03-01", {P("Joe Biden", "President", "United States")}));
  w.AddDocument(Doc("c", "2021-06-01", {P("Joe Biden", "President", "United States")}));
  ASSERT_EQ(w.people().size(), 1u);
  const WorldPerson& p = w.people()[0];
  ASSERT_EQ(p.offices.size(), 2u);
  EXPECT_EQ(p.offices[1].office, "President");
  EXPECT_EQ(p.offices[1].first, "2021-03-01");
  EXPECT_EQ(p.offices[1].last, "2021-06-01");
  EXPECT_EQ(p.offices[1].documents, (std::vector<std::string>{"b", "c"}));
}

TEST(WorldPeople, IdsAreStable) {
  auto build = [](World& w) {
    w.AddDocument(Doc("a", "2021-12-09", {P("Joe Biden"), P("Volodymyr Zelensky")},
                      {Call({"Joe Biden", "Volodymyr Zelensky"}, "phone call", "2021-12-09")}));
    w.AddDocument(Doc("b", "2021-12-10", {P("Biden")}));
  };
  World w1, w2;
  build(w1);
  build(w2);
  ASSERT_EQ(w1.people().size(), w2.people().size());
  for (size_t i = 0; i < w1.people().size(); ++i) EXPECT_EQ(w1.people()[i].id, w2.people()[i].id);
  ASSERT_EQ(w1.events().size(), 1u);
  EXPECT_EQ(w1.events()[0].id, w2.events()[0].id);
  EXPECT_EQ(w1.people()[0].id.size(), 13u);
  EXPECT_EQ(w1.people()[0].id[0], 'P');
  EXPECT_EQ(w1.events()[0].id[0], 'E');
}

// --- events ---

std::vector<Person> Leaders() { return {P("Joe Biden"), P("Volodymyr Zelensky")}; }
const std::vector<std::string> kBoth = {"Joe Biden", "Volodymyr Zelensky"};

TEST(WorldEvents, EqualDatesMerge) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09")}));
  w.AddDocument(Doc("b", "2021-12-10", Leaders(), {Call(kBoth, "call", "2021-12-09")}));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].reports.size(), 2u);
  EXPECT_EQ(w.events()[0].date, "2021-12-09");
  EXPECT_EQ(w.events()[0].kind, "phone call");
  EXPECT_EQ(w.events()[0].first_report, "2021-12-09");
  EXPECT_EQ(w.events()[0].last_report, "2021-12-10");
  EXPECT_EQ(w.EventIdsOf("b"), (std::vector<std::string>{w.events()[0].id}));
}

TEST(WorldEvents, ADayApartIsOneEventWithADateConflict) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "on Thursday")}));
  w.AddDocument(Doc("b", "2021-12-10", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "on Thursday")}));
  w.AddDocument(Doc("c", "2021-12-10", Leaders(), {Call(kBoth, "phone call", "2021-12-10", "on Friday")}));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].date, "2021-12-09");
  EXPECT_NE(w.events()[0].date_evidence.find("2 of 3 reports"), std::string::npos);
  std::optional<Conflict> c = Find(w.Conflicts(), "event-date");
  ASSERT_TRUE(c.has_value());
  ASSERT_EQ(c->sides.size(), 2u);
  EXPECT_EQ(c->sides[0].value, "2021-12-09");
  EXPECT_EQ(c->sides[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c->sides[1].documents, (std::vector<std::string>{"c"}));
  EXPECT_EQ(c->sides[1].evidence, (std::vector<std::string>{"on Friday"}));
}

TEST(WorldEvents, DaysApartAreTwoEvents) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09")}));
  w.AddDocument(Doc("b", "2021-12-14", Leaders(), {Call(kBoth, "phone call", "2021-12-14")}));
  w.AddDocument(Doc("c", "2022-03-15", Leaders(), {Call(kBoth, "phone call", "2022-03-15")}));
  EXPECT_EQ(w.events().size(), 3u);
  EXPECT_FALSE(Find(w.Conflicts(), "event-date").has_value());
}

TEST(WorldEvents, UnresolvedDateJoinsOnlyWithinItsPublicationWeek) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09")}));
  w.AddDocument(Doc("b", "2021-12-11", Leaders(), {Call(kBoth, "phone call", "", "on Thursday")}));
  w.AddDocument(Doc("c", "2022-01-20", Leaders(), {Call(kBoth, "phone call", "", "on Thursday")}));
  ASSERT_EQ(w.events().size(), 2u);
  EXPECT_EQ(w.events()[0].reports.size(), 2u);
  EXPECT_EQ(w.events()[1].date, "");
  EXPECT_NE(w.events()[1].date_evidence.find("on Thursday"), std::string::npos);
}

TEST(WorldEvents, PlannedCallAndItsReportsAreOneEvent) {
  World w;
  w.AddDocument(Doc("a", "2021-12-08", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "on Thursday", "planned")}));
  EXPECT_EQ(w.events()[0].status, "planned");
  w.AddDocument(Doc("b", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "on Thursday")}));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].status, "happened");
  EXPECT_EQ(w.events()[0].reports[0].status, "planned");
  // a plan with no resolved date joins the call that follows it within the window
  World v;
  v.AddDocument(Doc("a", "2021-12-08", Leaders(), {Call(kBoth, "call", "", "soon", "planned")}));
  v.AddDocument(Doc("b", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09")}));
  EXPECT_EQ(v.events().size(), 1u);
}

TEST(WorldEvents, KindCompatibility) {
  World w;  // a call and a video call: one event, the specific kind
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "call", "2021-12-09")}));
  w.AddDocument(Doc("b", "2021-12-09", Leaders(), {Call(kBoth, "video call", "2021-12-09")}));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].kind, "video call");
  EXPECT_FALSE(Find(w.Conflicts(), "event-kind").has_value());
  w.AddDocument(Doc("c", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09")}));
  ASSERT_EQ(w.events().size(), 1u);  // phone vs video: one event, a kind conflict
  EXPECT_EQ(w.events()[0].kind, "call");
  std::optional<Conflict> c = Find(w.Conflicts(), "event-kind");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->sides.size(), 2u);
  w.AddDocument(Doc("d", "2021-12-09", Leaders(), {Call(kBoth, "meeting", "2021-12-09")}));
  EXPECT_EQ(w.events().size(), 2u);  // a call and a meeting cannot be one event
  EXPECT_TRUE(world::KindsCompatible(world::KindClass("talks"), world::KindClass("meeting")));
  EXPECT_FALSE(world::KindsCompatible(world::KindClass("phone call"), world::KindClass("summit")));
}

TEST(WorldEvents, ParticipantsMustAgree) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", {P("Joe Biden"), P("Volodymyr Zelensky"), P("Emmanuel Macron")},
                    {Call(kBoth, "phone call", "2021-12-09"),
                     Call({"Joe Biden", "Emmanuel Macron"}, "phone call", "2021-12-09")}));
  EXPECT_EQ(w.events().size(), 2u);
  // a report naming a third leader on the same call: same event, a participants conflict
  w.AddDocument(Doc("b", "2021-12-09", {P("Joe Biden"), P("Volodymyr Zelensky"), P("Olaf Scholz")},
                    {Call({"Joe Biden", "Volodymyr Zelensky", "Olaf Scholz"}, "phone call", "2021-12-09")}));
  EXPECT_EQ(w.events().size(), 2u);
  EXPECT_EQ(w.events()[0].participants.size(), 3u);
  EXPECT_TRUE(Find(w.Conflicts(), "event-participants").has_value());
}

TEST(WorldEvents, DurationConflictsAndCompatibleDurations) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "", "happened", "30 to 40 minutes")}));
  w.AddDocument(Doc("b", "2021-12-09", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "", "happened", "35 minutes")}));
  EXPECT_FALSE(Find(w.Conflicts(), "event-duration").has_value());  // the range holds 35
  w.AddDocument(Doc("c", "2021-12-10", Leaders(), {Call(kBoth, "phone call", "2021-12-09", "", "happened", "an hour")}));
  std::optional<Conflict> c = Find(w.Conflicts(), "event-duration");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->subject, w.events()[0].id);
  ASSERT_EQ(c->sides.size(), 3u);
  EXPECT_EQ(c->sides[2].value, "an hour");
  EXPECT_EQ(c->sides[2].documents, (std::vector<std::string>{"c"}));
  EXPECT_EQ(c->id, w.Conflicts()[0].id);  // ids are stable between calls
}

// --- amounts ---

TEST(WorldAmounts, Durations) {
  using world::ParseDuration;
  auto ok = [](const char* a, const char* b) {
    return world::AmountsCompatible(ParseDuration(a), ParseDuration(b));
  };
  EXPECT_DOUBLE_EQ(ParseDuration("30 to 40 minutes").lo, 30);
  EXPECT_DOUBLE_EQ(ParseDuration("30 to 40 minutes").hi, 40);
  EXPECT_DOUBLE_EQ(ParseDuration("an hour").lo, 60);
  EXPECT_DOUBLE_EQ(ParseDuration("two hours").lo, 120);
  EXPECT_DOUBLE_EQ(ParseDuration("half an hour").lo, 30);
  EXPECT_DOUBLE_EQ(ParseDuration("an hour and a half").lo, 90);
  EXPECT_DOUBLE_EQ(ParseDuration("hour-long").lo, 60);
  EXPECT_DOUBLE_EQ(ParseDuration("90-minute").lo, 90);
  EXPECT_FALSE(ParseDuration("briefly").ok);
  EXPECT_FALSE(ok("30 to 40 minutes", "an hour"));
  EXPECT_TRUE(ok("about an hour", "55 minutes"));     // "about" and a close exact figure
  EXPECT_TRUE(ok("nearly an hour", "an hour"));
  EXPECT_FALSE(ok("about an hour", "30 minutes"));
  EXPECT_TRUE(ok("more than an hour", "90 minutes"));
  EXPECT_FALSE(ok("less than an hour", "two hours"));
  EXPECT_TRUE(ok("half an hour", "30 minutes"));
}

TEST(WorldAmounts, Figures) {
  using world::FigureAmount;
  auto ok = [](world::Amount a, world::Amount b) { return world::AmountsCompatible(a, b); };
  EXPECT_TRUE(ok(FigureAmount(175000, 0, "up to"), FigureAmount(175000, 0, "")));
  EXPECT_TRUE(ok(FigureAmount(100000, 0, "up to"), FigureAmount(90000, 0, "")));
  EXPECT_TRUE(ok(FigureAmount(90000, 0, "about"), FigureAmount(100000, 0, "")));   // within 15%
  EXPECT_FALSE(ok(FigureAmount(100000, 0, "about"), FigureAmount(175000, 0, "")));
  EXPECT_TRUE(ok(FigureAmount(90000, 100000, ""), FigureAmount(95000, 0, "")));     // a range
  EXPECT_TRUE(ok(FigureAmount(100000, 0, "more than"), FigureAmount(175000, 0, "")));
  EXPECT_FALSE(ok(FigureAmount(100000, 0, "fewer than"), FigureAmount(175000, 0, "")));
  EXPECT_FALSE(ok(FigureAmount(90000, 0, ""), FigureAmount(100000, 0, "")));
}

TEST(WorldConflicts, FiguresOfOneQuantity) {
  auto doc = [](const std::string& id, const std::string& published, const std::string& text) {
    LinkDocument d = Doc(id, published, {P("Joe Biden")});
    d.text = text;
    NumberClaim n;
    size_t at = text.find_first_of("0123456789");
    size_t end = text.find(" troops");
    n.text = text.substr(at, end + 7 - at);
    std::string digits;
    for (char ch : text.substr(at, end - at))
      if (ch >= '0' && ch <= '9') digits += ch;
    n.value = std::stod(digits);
    n.unit = "troops";
    n.qualifier = text.find("up to") != std::string::npos ? "up to" : "";
    n.start = static_cast<uint32_t>(at);
    n.end = static_cast<uint32_t>(end + 7);
    d.analysis.numbers.push_back(n);
    return d;
  };
  World w;
  w.AddDocument(doc("a", "2021-12-09", "Russia has 90,000 troops near the border with Ukraine."));
  w.AddDocument(doc("b", "2021-12-10", "Russia has up to 175,000 troops near the border."));
  EXPECT_FALSE(Find(w.Conflicts(), "figure").has_value());  // "up to 175,000" holds 90,000
  w.AddDocument(doc("c", "2021-12-10", "Russia has 175,000 troops near the border."));
  std::optional<Conflict> c = Find(w.Conflicts(), "figure");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->sides.size(), 2u);  // 90,000 against 175,000 ("up to" contradicts neither)
  // a figure published a week later is an update, not a contradiction
  World later;
  later.AddDocument(doc("a", "2021-12-01", "Russia has 90,000 troops near the border."));
  later.AddDocument(doc("b", "2021-12-09", "Russia has 175,000 troops near the border."));
  EXPECT_FALSE(Find(later.Conflicts(), "figure").has_value());
  // troops somewhere else are another quantity
  World other;
  other.AddDocument(doc("a", "2021-12-09", "Russia has 90,000 troops near the border."));
  other.AddDocument(doc("b", "2021-12-09", "Russia has 3,000 troops in Syria."));
  EXPECT_FALSE(Find(other.Conflicts(), "figure").has_value());
}

TEST(WorldConflicts, OfficeClaimsAtOneDate) {
  World w;
  w.AddDocument(Doc("a", "2021-12-09", {P("Dmytro Kuleba", "Foreign Minister", "Ukraine")}));
  w.AddDocument(Doc("b", "2021-12-10", {P("Dmytro Kuleba", "Defence Minister", "Ukraine")}));
  w.AddDocument(Doc("c", "2021-12-10", {P("Dmytro Kuleba", "former Defence Minister", "Ukraine")}));
  std::optional<Conflict> c = Find(w.Conflicts(), "office");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->subject, w.people()[0].id);
  ASSERT_EQ(c->sides.size(), 2u);
  EXPECT_EQ(c->sides[0].documents, (std::vector<std::string>{"a"}));
  // months apart: a change of office, not a contradiction
  World v;
  v.AddDocument(Doc("a", "2021-01-09", {P("Dmytro Kuleba", "Foreign Minister", "Ukraine")}));
  v.AddDocument(Doc("b", "2021-12-10", {P("Dmytro Kuleba", "Defence Minister", "Ukraine")}));
  EXPECT_FALSE(Find(v.Conflicts(), "office").has_value());
}

TEST(WorldConflicts, Quotes) {
  auto quoted = [](const std::string& id, const std::string& speaker, const std::string& text) {
    LinkDocument d = Doc(id, "2021-12-09", {P(speaker)});
    Quote q;
    q.speaker = speaker;
    q.text = text;
    d.analysis.quotes.push_back(q);
    return d;
  };
  World w;
  w.AddDocument(quoted("a", "Volodymyr Zelensky", "We are grateful for the support of our partners"));
  w.AddDocument(quoted("b", "Joe Biden", "We are grateful for the support of our partners."));
  w.AddDocument(quoted("c", "Joe Biden", "We will not abandon Ukraine in this hour of need"));
  w.AddDocument(quoted("d", "Joe Biden", "We will never abandon Ukraine in this hour of need"));
  w.AddDocument(quoted("e", "Joe Biden", "We will not abandon Ukraine"));  // an excerpt: fine
  std::optional<Conflict> s = Find(w.Conflicts(), "quote-speaker");
  ASSERT_TRUE(s.has_value());
  ASSERT_EQ(s->sides.size(), 2u);
  EXPECT_EQ(s->sides[0].value, "Volodymyr Zelensky");
  EXPECT_EQ(s->sides[1].value, "Joe Biden");
  std::optional<Conflict> q = Find(w.Conflicts(), "quote-words");
  ASSERT_TRUE(q.has_value());
  ASSERT_EQ(q->sides.size(), 2u);
  EXPECT_EQ(q->sides[0].documents, (std::vector<std::string>{"c"}));
  EXPECT_EQ(q->sides[1].documents, (std::vector<std::string>{"d"}));
}

TEST(WorldBounds, MentionsPerPersonAreCapped) {
  WorldOptions o;
  o.max_mentions_per_person = 5;
  World w(o);
  for (int i = 0; i < 20; ++i) w.AddDocument(Doc("d" + std::to_string(i), "2021-12-09", {P("Joe Biden")}));
  ASSERT_EQ(w.people().size(), 1u);
  EXPECT_EQ(w.people()[0].mentions.size(), 5u);
  EXPECT_EQ(w.people()[0].documents, 20u);
  EXPECT_EQ(w.people()[0].aliases[0].count, 20u);
}

TEST(WorldBounds, EmptyAndOddDocuments) {
  World w;
  w.AddDocument(LinkDocument{});
  LinkDocument d = Doc("x", "not a date", {P(""), P("'s"), P("\xff\xfe")},
                       {Call({}, "", ""), Call({"Nobody", "Nobody"}, "call", "2021-13-45")});
  w.AddDocument(d);
  w.AddDocument(d);  // the same document twice
  EXPECT_LE(w.events().size(), 1u);
  (void)w.Conflicts();
}

}  // namespace
}  // namespace newsgraph
