// Two events of one crisis a few days apart, on dated news: the reports of a foreign ministers'
// meeting and those of the presidents' phone call five days later name the same people, places
// and crisis, and each set recalls the other event. Their names alone would put them in one
// story; the days of the events they report (the first communication each text states) keep
// them apart. The corpus is written for the test and analysed by AnalyzeText.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "link/story_state.h"
#include "newsgraph/analyze.h"
#include "newsgraph/stories.h"

namespace newsgraph {
namespace {

LinkDocument Report(const std::string& id, const std::string& published, const std::string& title,
                    const std::string& text) {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.title = title;
  d.text = text;
  AnalyzeOptions o;
  o.published = published;
  d.analysis = AnalyzeText(text, o);
  return d;
}

struct Item {
  const char* id;
  const char* published;
  const char* title;
  const char* text;
};

// Thursday 5 October 2023: the foreign ministers meet in Vienna.
const Item kMeeting[] = {
    {"m1", "2023-10-05", "Halden and Ostrova trade warnings over Narvik dam",
     "VIENNA — Nordmark's Foreign Minister Ingrid Halden met Valtia's Foreign Minister Pavel Ostrova "
     "on Thursday in Vienna, as the dispute over the Narvik dam on the Ruva river deepened. Halden "
     "warned Ostrova that filling the reservoir would breach the 1998 water treaty. Ostrova said "
     "Valtia would not stop the work. President Lars Eklund and President Mikhail Sorin are "
     "expected to speak next week."},
    {"m2", "2023-10-05", "Ministers meet in Vienna as dam row grows",
     "Ingrid Halden and Pavel Ostrova held two hours of talks at a hotel in Vienna. Diplomats said "
     "the ministers argued over the flow of the Ruva and the villages flooded downstream. Halden "
     "told reporters the meeting had been frank. Ostrova said engineers from both sides should "
     "inspect the dam. Eklund has threatened to take the case to the International Court."},
    {"m3", "2023-10-06", "Ostrova says Valtia wants no conflict after Vienna talks",
     "Valtia's Foreign Minister Pavel Ostrova said on Friday that his country wanted no conflict "
     "with Nordmark, a day after he met Ingrid Halden in Vienna on Thursday. Ostrova said the "
     "ministers had agreed to a joint survey of the riverbanks and to meet again in November. "
     "Sorin and Eklund are due to talk by phone."},
};

// Tuesday 10 October 2023: the presidents speak by phone.
const Item kCall[] = {
    {"c1", "2023-10-10", "Eklund warns Sorin of sanctions in hour-long call",
     "President Lars Eklund spoke by phone with President Mikhail Sorin on Tuesday and warned "
     "that Nordmark would impose sanctions if Valtia kept filling the Narvik reservoir. The "
     "leaders spoke for an hour. Eklund's office said he had asked for the sluice gates to be "
     "opened before the spring floods. The call followed last week's meeting of Ingrid Halden "
     "and Pavel Ostrova."},
    {"c2", "2023-10-10", "Sorin tells Eklund sanctions would backfire",
     "Mikhail Sorin told Lars Eklund in a phone call on Tuesday that sanctions would only harden "
     "positions in Valtia, the Kremlin-style presidential office in Tarsk said. Sorin proposed a "
     "commission of hydrologists. Eklund said the offer came too late for the farmers along the "
     "Ruva. Halden and Ostrova had failed to agree in Vienna."},
    {"c3", "2023-10-11", "What Eklund and Sorin said in their call",
     "Eklund and Sorin spoke on Tuesday for about an hour. According to Nordmark, Eklund set a "
     "deadline of two weeks for opening the gates and said sanctions on Valtian exports were "
     "ready. According to Valtia, Sorin rejected any deadline and accused Nordmark of staging the "
     "floods. Both presidents agreed that their advisers would speak again."},
};

TEST(StoriesEvents, TwoEventsOfOneCrisisDaysApartStayApart) {
  std::vector<LinkDocument> docs;
  for (const Item& i : kMeeting) docs.push_back(Report(i.id, i.published, i.title, i.text));
  for (const Item& i : kCall) docs.push_back(Report(i.id, i.published, i.title, i.text));
  // The analysis dates the reported events: 5 October for the meeting, 10 October for the call.
  ASSERT_FALSE(docs[0].analysis.communications.empty());
  EXPECT_EQ(docs[0].analysis.communications[0].date, "2023-10-05");
  ASSERT_FALSE(docs[3].analysis.communications.empty());
  EXPECT_EQ(docs[3].analysis.communications[0].date, "2023-10-10");

  StoryClusterer c;
  for (const LinkDocument& d : docs) (void)c.Add(d, {});
  for (const char* id : {"m2", "m3"}) EXPECT_EQ(c.StoryOf(id), c.StoryOf("m1")) << id;
  for (const char* id : {"c2", "c3"}) EXPECT_EQ(c.StoryOf(id), c.StoryOf("c1")) << id;
  EXPECT_NE(c.StoryOf("m1"), c.StoryOf("c1"));
  std::vector<Story> stories = c.Stories();
  ASSERT_EQ(stories.size(), 2u);
  for (const Story& s : stories) {
    EXPECT_EQ(s.documents.size(), 3u);
    bool meeting = s.id == c.StoryOf("m1");
    EXPECT_EQ(s.first, meeting ? "2023-10-05" : "2023-10-10");
    EXPECT_EQ(s.last, meeting ? "2023-10-06" : "2023-10-11");
  }
}

Communication Comm(const std::string& date, const std::string& status, uint32_t start) {
  Communication c;
  c.kind = "phone call";
  c.date = date;
  c.status = status;
  c.start = start;
  return c;
}

TEST(StoriesEvents, EventDayIsTheFirstDatedCommunicationThatHappened) {
  const double published = story::ParseDay("2023-10-11");
  Analysis a;
  // In text order: a planned call, the call reported (10 October), an earlier meeting.
  a.communications = {Comm("2023-10-05", "happened", 300), Comm("2023-10-10", "happened", 40),
                      Comm("2023-10-20", "planned", 10), Comm("", "happened", 5)};
  EXPECT_EQ(story::EventDay(a, published, 7), story::ParseDay("2023-10-10"));
  // Undated documents have none.
  EXPECT_TRUE(std::isnan(story::EventDay(a, std::nan(""), 7)));
  // A review whose first event is weeks old reports none of them.
  a.communications = {Comm("2023-09-01", "happened", 10), Comm("2023-10-10", "happened", 40)};
  EXPECT_TRUE(std::isnan(story::EventDay(a, published, 7)));
  EXPECT_TRUE(std::isnan(story::EventDay(Analysis{}, published, 7)));
}

TEST(StoriesEvents, EventDayAgreementCountsPairsWithinTolerance) {
  const std::map<int, int> meeting = {{100, 3}}, call = {{105, 2}}, mixed = {{100, 1}, {104, 1}};
  EXPECT_EQ(story::EventDayAgreement(meeting, call, 1), 0.0);
  EXPECT_EQ(story::EventDayAgreement(meeting, {{101, 1}}, 1), 1.0);  // a day apart: one event
  EXPECT_EQ(story::EventDayAgreement(call, mixed, 1), 0.5);
  EXPECT_EQ(story::EventDayAgreement(meeting, {}, 1), 1.0);  // nothing to compare
}

}  // namespace
}  // namespace newsgraph
