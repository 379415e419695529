// The link stage's endpoints (docs/api.md): people, events, conflicts, copies, diff, stories, and
// what /api/documents/{id} says of a document's links.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <set>
#include <nlohmann/json.hpp>
#include <thread>

#include "newsgraph/server.h"
#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const char* kSource =
    "President Joe Biden held a video call with Vladimir Putin on Tuesday. British Prime Minister Boris "
    "Johnson joined the allies.";
const char* kCopy =
    "President Joe Biden held a video call with Vladimir Putin on Tuesday. British Prime Minister David "
    "Cameron joined the allies.";

class LinkApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("ng_link_api_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "s.db").string();
    {
      auto store = Store::Open(db_);
      ASSERT_TRUE(store.ok());
      std::vector<StoredDocument> docs;
      for (auto [text, date] : {std::pair{kSource, "2021-12-07"}, std::pair{kCopy, "2021-12-08"}}) {
        StoredDocument d;
        d.document.text = text;
        d.document.id = MakeDocId(text);
        d.document.title = std::string("Report of ") + date;
        d.document.published = date;
        d.document.source = "t";
        d.document.format = "text";
        Analysis an;
        an.people.push_back({"Joe Biden", {{"Joe Biden", 10, 19}}, "President", "President", "United States"});
        an.quotes.push_back({"Joe Biden", "held a", 20, 26, "said"});
        d.analysis = an;
        docs.push_back(d);
      }
      ASSERT_TRUE((*store)->Add(docs).ok());
      a_ = docs[0].document.id.hex;
      b_ = docs[1].document.id.hex;
      LinkOutput out;
      CopyRelation r;
      r.copy = b_;
      r.source = a_;
      r.relation = "near-verbatim";
      r.direction = "earlier";
      r.similarity = 0.95;
      r.changes.push_back({"person", true, "Boris Johnson", 95, 108, "David Cameron", 95, 108, "claim"});
      out.copies.push_back(r);
      WorldPerson biden{"Pb", "Joe Biden", {{"Joe Biden", 2}}, {}, 2, {{a_, "Joe Biden", 10, 19}, {b_, "Joe Biden", 10, 19}}};
      WorldPerson putin{"Pp", "Vladimir Putin", {{"Vladimir Putin", 2}}, {}, 2, {}};
      // A busy person: 130 events with one partner, each reported 5 times, more than a person's
      // answer carries.
      WorldPerson busy{"Pm", "Maria Busy", {{"Maria Busy", 1}}, {}, 1, {}};
      WorldPerson partner{"Pn", "Nora Partner", {{"Nora Partner", 1}}, {}, 1, {}};
      out.people = {biden, putin, busy, partner};
      WorldEvent e;
      e.id = "Ev";
      e.kind = "video call";
      e.participants = {{"Pb", "Joe Biden"}, {"Pp", "Vladimir Putin"}};
      e.date = "2021-12-07";
      EventReport report;
      report.doc = a_;
      report.end = 60;
      report.kind = "video call";
      report.when = "on Tuesday";
      report.date = "2021-12-07";
      report.status = "happened";
      report.published = "2021-12-07";
      e.reports = {report};
      out.events.push_back(e);
      for (int k = 0; k < 130; ++k) {
        WorldEvent b;
        b.id = "Eb" + std::to_string(1000 + k);
        b.kind = k % 2 ? "call" : "meeting";
        b.participants = {{"Pm", "Maria Busy"}, {"Pn", "Nora Partner"}};
        b.date = "2020-" + std::string(k % 12 < 9 ? "0" : "") + std::to_string(k % 12 + 1) + "-1" + std::to_string(k % 10);
        for (uint32_t r = 0; r < 5; ++r) {
          EventReport br = report;
          br.start = 100 * r;
          br.end = 100 * r + 50;
          b.reports.push_back(br);
        }
        out.events.push_back(b);
      }
      out.conflicts.push_back({"Cx", "event-duration", "Ev", "how long", {{"two hours", {a_}, {}}, {"an hour", {b_}, {}}}});
      Story story;
      story.id = "Sx";
      story.title = "Report of 2021-12-07";
      story.first = "2021-12-07";
      story.last = "2021-12-08";
      story.documents = {a_, b_};
      story.people = {"Pb", "Pp"};
      story.events = {"Ev"};
      out.stories.push_back(story);
      out.people_of = {{a_, {{"Joe Biden", "Pb"}}}, {b_, {{"Joe Biden", "Pb"}}}};
      out.documents = 2;
      ASSERT_TRUE((*store)->ReplaceLinks(out).ok());
    }
    std::promise<int> listening;
    auto port = listening.get_future();
    server_ = std::thread([&listening] {
      ServerOptions o;
      o.db_path = db_;
      o.port = 0;
      o.threads = 2;
      o.on_listening = [&listening](int p) { listening.set_value(p); };
      Status s = Serve(o);
      EXPECT_TRUE(s.ok()) << s.ToString();
    });
    port_ = port.get();
  }
  static void TearDownTestSuite() {
    StopServing();
    server_.join();
    fs::remove_all(dir_);
  }

  static Json Get(const std::string& path, int expect_status = 200) {
    httplib::Client cli("127.0.0.1", port_);
    auto res = cli.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, expect_status) << path << " " << res->body;
    return Json::parse(res->body, nullptr, false);
  }

  static inline fs::path dir_;
  static inline std::string db_, a_, b_;
  static inline std::thread server_;
  static inline int port_ = 0;
};

TEST_F(LinkApiTest, People) {
  Json j = Get("/api/people?q=putin");
  ASSERT_EQ(j["people"].size(), 1u);
  EXPECT_EQ(j["people"][0]["id"], "Pp");
  EXPECT_FALSE(j["people"][0].contains("mentions"));
  Json p = Get("/api/people/Pb");
  EXPECT_EQ(p["name"], "Joe Biden");
  EXPECT_EQ(p["mentions"].size(), 2u);
  EXPECT_EQ(p["events"].size(), 1u);
  EXPECT_EQ(p["events_total"], 1);
  EXPECT_EQ(p["quotes"].size(), 2u);
  EXPECT_EQ(p["document_summaries"].size(), 2u);
  EXPECT_EQ(p["documents_total"], 2);
  EXPECT_EQ(Get("/api/people/Pb?limit=1")["document_summaries"].size(), 1u);
  ASSERT_EQ(p["network"]["edges"].size(), 1u);
  EXPECT_EQ(p["network"]["edges"][0]["target"], "Pp");
  EXPECT_EQ(p["network"]["nodes"].size(), 2u);
  Get("/api/people/Pnobody", 404);
  Get("/api/people?limit=-1", 400);
}

TEST_F(LinkApiTest, APersonsEventsComeAPageAtATime) {
  // The answer carries the first page of the person's events, in the list's order, and how many
  // there are; /api/events?person= pages through all of them.
  Json p = Get("/api/people/Pm");
  ASSERT_EQ(p["events"].size(), 50u);
  EXPECT_EQ(p["events_total"], 130);
  Json first = Get("/api/events?person=Pm&limit=50");
  ASSERT_EQ(first["events"].size(), 50u);
  std::vector<std::string> ids;
  for (size_t i = 0; i < 50; ++i) {
    EXPECT_EQ(p["events"][i]["id"], first["events"][i]["id"]) << i;
    EXPECT_EQ(p["events"][i]["reports"].size(), 3u) << "the first reports only";
    EXPECT_EQ(p["events"][i]["reports_total"], 5);
    ids.push_back(p["events"][i]["id"]);
  }
  for (int offset : {50, 100}) {
    Json page = Get("/api/events?person=Pm&limit=50&offset=" + std::to_string(offset));
    for (const Json& e : page["events"]) ids.push_back(e["id"]);
  }
  ASSERT_EQ(ids.size(), 130u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 130u);
  // In date order: the first page holds the earliest events.
  EXPECT_LE(p["events"][0]["date"].get<std::string>(), p["events"][49]["date"].get<std::string>());
  EXPECT_EQ(p["events"][0]["date"], "2020-01-10");
  // The network of the events answered: one edge each, between the two of them.
  EXPECT_EQ(p["network"]["edges"].size(), 50u);
  EXPECT_EQ(p["network"]["nodes"].size(), 2u);
  EXPECT_EQ(Get("/api/people/Pn")["events_total"], 130);
}

TEST_F(LinkApiTest, EventsAndConflicts) {
  Json j = Get("/api/events?person=Pp&from=2021-12-01&to=2021-12-31");
  ASSERT_EQ(j["events"].size(), 1u);
  EXPECT_EQ(j["events"][0]["conflicts"][0]["kind"], "event-duration");
  EXPECT_EQ(Get("/api/events?from=2021-12-08")["events"].size(), 0u);
  Json bad = Get("/api/events?from=yesterday", 400);
  EXPECT_NE(bad["error"].get<std::string>().find("YYYY-MM-DD"), std::string::npos);
  Json e = Get("/api/events/Ev");
  EXPECT_EQ(e["document_summaries"].size(), 1u);
  Get("/api/events/Enone", 404);
  EXPECT_EQ(Get("/api/conflicts")["conflicts"].size(), 1u);
  EXPECT_EQ(Get("/api/conflicts?kind=figure")["conflicts"].size(), 0u);
}

TEST_F(LinkApiTest, CopiesAndDiff) {
  Json j = Get("/api/copies");
  ASSERT_EQ(j["copies"].size(), 1u);
  EXPECT_EQ(j["copies"][0]["changes"][0]["contradicted_claim"], "claim");
  EXPECT_EQ(Get("/api/documents/" + a_ + "/copies")["copies"].size(), 1u);
  Json d = Get("/api/diff?a=" + b_ + "&b=" + a_);
  EXPECT_EQ(d["a"]["id"], a_) << "the source comes first";
  EXPECT_EQ(d["b"]["id"], b_);
  EXPECT_FALSE(d["alignment"].empty());
  EXPECT_EQ(d["relation"]["relation"], "near-verbatim");
  Get("/api/diff?a=" + a_, 400);
  Get("/api/diff?a=" + a_ + "&b=0000000000000000", 404);
}

TEST_F(LinkApiTest, StoriesAndDocumentLinks) {
  Json j = Get("/api/stories?sort=recent");
  ASSERT_EQ(j["stories"].size(), 1u);
  EXPECT_EQ(j["stories"][0]["people"][1]["name"], "Vladimir Putin");
  Get("/api/stories?sort=sideways", 400);
  Json s = Get("/api/stories/Sx");
  EXPECT_EQ(s["document_summaries"].size(), 2u);
  EXPECT_EQ(s["documents_total"], 2);
  EXPECT_EQ(s["event_details"][0]["id"], "Ev");
  EXPECT_EQ(s["events_total"], 1);
  // A story's articles a page at a time: the second of its two, then past the end.
  Json second = Get("/api/stories/Sx?limit=1&offset=1");
  ASSERT_EQ(second["document_summaries"].size(), 1u);
  EXPECT_EQ(second["document_summaries"][0]["id"], s["documents"][1]);
  EXPECT_EQ(second["documents_offset"], 1);
  EXPECT_EQ(Get("/api/stories/Sx?offset=9")["document_summaries"].size(), 0u);
  Get("/api/stories/Sx?limit=x", 400);
  Get("/api/stories/Snone", 404);
  Json doc = Get("/api/documents/" + b_);
  EXPECT_EQ(doc["story"], "Sx");
  EXPECT_EQ(doc["people_ids"]["Joe Biden"], "Pb");
  EXPECT_EQ(doc["copies"].size(), 1u);
}

}  // namespace
}  // namespace newsgraph
