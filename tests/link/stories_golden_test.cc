// Story clustering on small corpora written for the test: stories of the same kind stay apart,
// rewrites join their source, cold stories leave memory, late merges are recorded, ids are stable.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsgraph/stories.h"

namespace newsgraph {
namespace {

LinkDocument Doc(const std::string& id, const std::string& published, const std::string& text,
                 const std::string& title = "") {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.title = title;
  d.text = text;
  return d;
}

const char* kQuakeChile1 =
    "A magnitude 8.8 earthquake struck off the coast of central Chile near Concepcion early on "
    "Saturday, killing at least 300 people. The quake toppled buildings in Concepcion and Talca and "
    "triggered a tsunami warning across the Pacific. President Michelle Bachelet declared a state of "
    "catastrophe in the Maule and Biobio regions.";
const char* kQuakeChile2 =
    "Rescuers in Concepcion searched collapsed apartment blocks after the 8.8 magnitude earthquake in "
    "Chile. Bachelet said the death toll had risen above 700 and sent troops to the Maule and Biobio "
    "regions to stop looting. Tsunami waves hit the coastal town of Constitucion.";
const char* kQuakeHaiti1 =
    "A magnitude 7.0 earthquake devastated Port-au-Prince, the capital of Haiti, on Tuesday. The "
    "presidential palace and the cathedral collapsed and thousands are feared dead. President Rene "
    "Preval said the parliament building had fallen. Aid agencies rushed to Leogane and Jacmel.";
const char* kQuakeHaiti2 =
    "The United Nations said its headquarters in Port-au-Prince collapsed in the 7.0 magnitude "
    "earthquake that struck Haiti. Preval described the scene as unimaginable; bodies lined the streets "
    "of the capital and Leogane, and the Red Cross estimated three million Haitians were affected.";

TEST(StoriesGolden, TwoEarthquakesStayApart) {
  StoryClusterer c;
  std::string a1 = c.Add(Doc("c1", "2010-02-27", kQuakeChile1), {});
  std::string h1 = c.Add(Doc("h1", "2010-02-27", kQuakeHaiti1), {});
  std::string a2 = c.Add(Doc("c2", "2010-02-28", kQuakeChile2), {});
  std::string h2 = c.Add(Doc("h2", "2010-02-28", kQuakeHaiti2), {});
  EXPECT_EQ(a1, a2);
  EXPECT_EQ(h1, h2);
  EXPECT_NE(a1, h1);
  std::vector<Story> stories = c.Stories();
  ASSERT_EQ(stories.size(), 2u);
  for (const Story& s : stories) {
    EXPECT_EQ(s.documents.size(), 2u);
    EXPECT_EQ(s.first, "2010-02-27");
    EXPECT_EQ(s.last, "2010-02-28");
    EXPECT_EQ(s.id.size(), 13u);
    EXPECT_EQ(s.id[0], 'S');
    EXPECT_FALSE(s.title.empty());
  }
}

TEST(StoriesGolden, SameKindMonthsApartStayApart) {
  // Two calls between the same leaders, seven months apart, with the same words.
  const char* call =
      "President Joe Biden and President Vladimir Putin held a video call on Tuesday about Ukraine, "
      "the Russian troop build-up on the border and sanctions. The White House said the talk lasted "
      "two hours; the Kremlin said Putin warned against NATO expansion.";
  StoryClusterer c;
  std::string s1 = c.Add(Doc("d1", "2021-06-07", call), {});
  std::string s2 = c.Add(Doc("d2", "2021-12-07", call), {});
  EXPECT_NE(s1, s2);
  // The first story went cold long before the second call and left memory.
  EXPECT_EQ(c.active(), 1u);
  EXPECT_EQ(c.Stories().size(), 2u);
}

TEST(StoriesGolden, RewriteJoinsSource) {
  const char* rewrite = "Chilean officials update toll; rescue continues.";
  for (bool with_copy : {false, true}) {
    StoryClusterer c;
    std::string s1 = c.Add(Doc("a", "2010-02-27", kQuakeChile1), {});
    (void)c.Add(Doc("b", "2010-02-27", kQuakeHaiti1), {});
    // A short rewrite that shares few words with its source: copy_of decides.
    StoryEvidence ev;
    if (with_copy) ev.copy_of = "a";
    std::string s3 = c.Add(Doc("c", "2010-02-27", rewrite), ev);
    if (with_copy) {
      EXPECT_EQ(s3, s1);
    } else {
      EXPECT_NE(s3, s1);  // without the copy relation it starts its own story
    }
  }
}

TEST(StoriesGolden, TwoBoutsOfOneChampionSplitApart) {
  // Two title defences by the same champion, undated (so time cannot tell them apart): the
  // reports share the champion, the titles and the words of a fight, and differ in the challenger,
  // the city, the round and the record. The first reports of the second bout join the story of
  // the first; the split, which weighs what all members share down, separates them again.
  const char* common =
      " Heavyweight champion Marek Kowal retained his WBA, IBF and WBO title belts; the referee "
      "waved the fight off after a big right hand.";
  std::vector<std::string> a = {
      "Kowal stops Dan Ortiz in the seventh round at the Hamburg arena before 14,000 fans.",
      "Dan Ortiz, 45-7, was floored twice in Hamburg before the seventh-round stoppage; Ortiz "
      "had taken the fight on late notice after Povetkin withdrew.",
      "In Hamburg, Dan Ortiz never recovered from an early knockdown; Kowal, 52-3 with 46 "
      "knockouts, won in the seventh round.",
      "Ortiz blamed a cut over his left eye for the seventh round loss at the Hamburg arena; his "
      "trainer Emanuel Stone said Ortiz would fight on.",
      "The Hamburg crowd saw Dan Ortiz, the former champion, fall in the seventh; Ortiz was a late "
      "substitute for Povetkin."};
  std::vector<std::string> b = {
      "Kowal stops Lee Brandt in the sixth round at the Zurich stadium before 26,000 fans.",
      "Lee Brandt, 38-5, was floored at the end of the fifth in Zurich before the sixth-round "
      "stoppage; Brandt had lost to Kowal in 2008.",
      "In Zurich, Brandt never recovered from the right hand at the end of the fifth; Kowal, 58-3 "
      "with 51 knockouts, won in the sixth, his sixteenth straight win.",
      "Brandt, 40, said the sixth round in Zurich ended his career; the southpaw from Washington "
      "had won a title eliminator in March.",
      "The Zurich stadium saw Lee Brandt fall in the sixth; Brandt was the mandatory challenger "
      "and referee Sam Williams stopped it."};
  StoryClusterer c;
  std::vector<std::string> order = {"a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4"};
  for (const std::string& id : order) {
    const std::string& lead = id[0] == 'a' ? a[id[1] - '0'] : b[id[1] - '0'];
    (void)c.Add(Doc(id, "", lead + common), {});
  }
  for (int i = 1; i < 5; ++i) {
    EXPECT_EQ(c.StoryOf("a" + std::to_string(i)), c.StoryOf("a0")) << i;
    EXPECT_EQ(c.StoryOf("b" + std::to_string(i)), c.StoryOf("b0")) << i;
  }
  EXPECT_NE(c.StoryOf("a0"), c.StoryOf("b0"));
  std::vector<StoryChange> changes = c.Changes();
  EXPECT_TRUE(std::any_of(changes.begin(), changes.end(),
                          [](const StoryChange& ch) { return ch.kind == "split"; }));
}

TEST(StoriesGolden, ColdStoriesLeaveMemory) {
  StoryOptions o;
  o.half_life_days = 1;
  StoryClusterer c(o);
  (void)c.Add(Doc("c1", "2010-02-27", kQuakeChile1), {});
  (void)c.Add(Doc("h1", "2010-01-12", kQuakeHaiti1), {});  // out of order, already cold
  EXPECT_LE(c.active(), 2u);
  (void)c.Add(Doc("x", "2010-04-01", "Parliament passed the budget after a long debate on taxes."), {});
  EXPECT_EQ(c.active(), 1u);
  std::vector<Story> cold = c.TakeColdStories();
  EXPECT_EQ(cold.size(), 2u);
  for (const Story& s : cold) EXPECT_FALSE(s.active);
  // Taken: no longer kept.
  EXPECT_EQ(c.Stories().size(), 1u);
  EXPECT_TRUE(c.Stories()[0].active);
  EXPECT_EQ(c.StoryOf("c1"), "");
}

TEST(StoriesGolden, MaxActiveCapsMemory) {
  StoryOptions o;
  o.max_active = 3;
  StoryClusterer c(o);
  const char* topics[] = {"volcano erupts lava ash Iceland flights",
                          "football final goal penalty stadium champions",
                          "bank interest rate inflation central governor",
                          "election ballot votes parliament coalition",
                          "hurricane storm flooding coast evacuation winds"};
  for (int i = 0; i < 5; ++i) (void)c.Add(Doc("d" + std::to_string(i), "", topics[i]), {});
  EXPECT_EQ(c.active(), 3u);
  EXPECT_EQ(c.Stories().size(), 5u);
}

TEST(StoriesGolden, LateMergeIsRecorded) {
  // Two documents of one story that share little start apart; a third bridging document joins one
  // and makes the two centroids close: they merge.
  StoryOptions o;
  o.threshold = 0.3;
  o.merge_threshold = 0.25;
  StoryClusterer c(o);
  std::string a = c.Add(Doc("a", "2015-04-25", "Nepal earthquake Kathmandu Dharahara tower collapsed Everest avalanche climbers"), {});
  std::string b = c.Add(Doc("b", "2015-04-25", "Nepal Koirala appeals international aid rescue teams Gorkha villages"), {});
  ASSERT_NE(a, b);
  (void)c.Add(Doc("c", "2015-04-26",
                  "Nepal earthquake Kathmandu Dharahara tower collapsed Everest avalanche climbers Koirala "
                  "appeals international aid rescue teams Gorkha villages"),
              {});
  std::vector<StoryChange> changes = c.Changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, "merge");
  EXPECT_EQ(changes[0].into, a);  // the older story survives
  EXPECT_EQ(changes[0].from, b);
  EXPECT_EQ(changes[0].at_document, "c");
  std::vector<Story> stories = c.Stories();
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].documents, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(c.StoryOf("b"), a);
}

TEST(StoriesGolden, IdsAreStableAndDocumentsInTimeOrder) {
  auto run = [] {
    StoryClusterer c;
    (void)c.Add(Doc("c2", "2010-02-28", kQuakeChile2), {});
    (void)c.Add(Doc("c1", "2010-02-27", kQuakeChile1), {});
    (void)c.Add(Doc("h1", "", kQuakeHaiti1), {});
    return c.Stories();
  };
  std::vector<Story> a = run(), b = run();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].documents, b[i].documents);
  }
  ASSERT_EQ(a[0].documents.size(), 2u);
  EXPECT_EQ(a[0].documents, (std::vector<std::string>{"c1", "c2"}));
}

TEST(StoriesGolden, PeopleAndEventsRankedByCentrality) {
  StoryClusterer c;
  StoryEvidence e1{{"P1", "P2"}, {"E1"}, ""};
  StoryEvidence e2{{"P2"}, {"E1", "E2"}, ""};
  (void)c.Add(Doc("c1", "2010-02-27", kQuakeChile1), e1);
  (void)c.Add(Doc("c2", "2010-02-28", kQuakeChile2), e2);
  std::vector<Story> s = c.Stories();
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].people, (std::vector<std::string>{"P2", "P1"}));
  EXPECT_EQ(s[0].events, (std::vector<std::string>{"E1", "E2"}));
}

TEST(StoriesGolden, TitleSkipsUrlLine) {
  StoryClusterer c;
  (void)c.Add(Doc("u", "", "http://www.example.com/2010/02/27/chile-quake.html\nChile quake kills 300\n" +
                               std::string(kQuakeChile1)),
              {});
  EXPECT_EQ(c.Stories()[0].title, "Chile quake kills 300");
}

}  // namespace
}  // namespace newsgraph
