// The world stage end to end on tests/link/data/world/: outlets' reports of one call that
// disagree, spelling variants, a planned call and its report, namesakes, a second call later.
// The texts are analysed with AnalyzeText, as the pipeline does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "newsgraph/world.h"
#include "world_test_corpus.h"

namespace newsgraph {
namespace {

const std::string kDir = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/link/data/world";

std::vector<LinkDocument> LoadCorpus() {
  auto read = eval::ReadWorldTestCorpus(kDir);
  EXPECT_TRUE(read.ok()) << read.status().ToString();
  std::vector<LinkDocument> docs = read.ok() ? std::move(read).value() : std::vector<LinkDocument>{};
  std::sort(docs.begin(), docs.end(), LinkOrderLess);
  return docs;
}

class WorldCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::vector<LinkDocument>(LoadCorpus());
    world_ = new World();
    for (const LinkDocument& d : *docs_) world_->AddDocument(d);
    // the records, made once (pointers to them compare as the persons and events do)
    const WorldPeople people = world_->people();
    const WorldEvents events = world_->events();
    people_ = new std::vector<WorldPerson>(people.begin(), people.end());
    events_ = new std::vector<WorldEvent>(events.begin(), events.end());
    if (std::getenv("WORLD_DUMP")) {
      for (const LinkDocument& d : *docs_) std::printf("== %s\n%s\n", d.id.c_str(), AnalysisToJson(d.analysis, 1).c_str());
    }
  }
  static void TearDownTestSuite() {
    delete events_;
    delete people_;
    delete world_;
    delete docs_;
  }
  static const WorldPerson* Person(const std::string& doc, const std::string& name) {
    std::string id = world_->PersonIdOf(doc, name);
    for (const WorldPerson& p : *people_)
      if (p.id == id) return &p;
    return nullptr;
  }
  static const WorldEvent* EventOf(const std::string& doc) {
    std::vector<std::string> ids = world_->EventIdsOf(doc);
    for (const WorldEvent& e : *events_)
      if (!ids.empty() && e.id == ids[0]) return &e;
    return nullptr;
  }
  static const Conflict* FindConflict(const std::string& kind, const std::string& subject = "") {
    static std::vector<Conflict> all;
    all = world_->Conflicts();
    for (const Conflict& c : all)
      if (c.kind == kind && (subject.empty() || c.subject == subject)) return &c;
    return nullptr;
  }
  static std::vector<LinkDocument>* docs_;
  static World* world_;
  static std::vector<WorldPerson>* people_;
  static std::vector<WorldEvent>* events_;
};

std::vector<LinkDocument>* WorldCorpus::docs_ = nullptr;
World* WorldCorpus::world_ = nullptr;
std::vector<WorldPerson>* WorldCorpus::people_ = nullptr;
std::vector<WorldEvent>* WorldCorpus::events_ = nullptr;

TEST_F(WorldCorpus, SpellingVariantsAreOnePerson) {
  const WorldPerson* z = Person("02_courier", "Volodymyr Zelenskiy");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(world_->PersonIdOf("01_planned", "Volodymyr Zelensky"), z->id);
  EXPECT_EQ(world_->PersonIdOf("03_wire", "Volodymyr Zelenskyy"), z->id);
  EXPECT_EQ(world_->PersonIdOf("05_later_call", "Volodymyr Zelensky"), z->id);
  EXPECT_EQ(z->documents, 5u);
  EXPECT_EQ(z->name, "Volodymyr Zelensky");  // the most frequent full writing
  std::set<std::string> aliases;
  for (const PersonAlias& a : z->aliases) aliases.insert(a.name);
  EXPECT_TRUE(aliases.count("Zelenskiy")) << ::testing::PrintToString(aliases);
  EXPECT_TRUE(aliases.count("Volodymyr Zelenskyy"));
  ASSERT_FALSE(z->offices.empty());
  EXPECT_EQ(z->offices[0].office, "President");
  EXPECT_EQ(z->offices[0].country, "Ukraine");
  EXPECT_EQ(z->offices[0].first, "2021-12-08");
  EXPECT_EQ(z->offices[0].last, "2022-03-15");
  // Sergey / Sergei Lavrov
  const WorldPerson* l = Person("03_wire", "Sergey Lavrov");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(world_->PersonIdOf("04_post", "Sergei Lavrov"), l->id);
}

TEST_F(WorldCorpus, NamesakesStayApart) {
  const WorldPerson* boris = Person("06_johnson_pm", "Boris Johnson");
  const WorldPerson* dustin = Person("07_johnson_golf", "Dustin Johnson");
  ASSERT_NE(boris, nullptr);
  ASSERT_NE(dustin, nullptr);
  EXPECT_NE(boris->id, dustin->id);
  // "Prime Minister Johnson" in November 2021 is Boris Johnson
  std::string pm;
  for (const auto& p : (*docs_)[0].analysis.people) (void)p;
  for (const LinkDocument& d : *docs_) {
    if (d.id != "08_pm_title") continue;
    for (const auto& p : d.analysis.people)
      if (p.name.find("Johnson") != std::string::npos) pm = world_->PersonIdOf(d.id, p.name);
  }
  EXPECT_EQ(pm, boris->id);
}

TEST_F(WorldCorpus, OneCallReportedByFourOutlets) {
  const WorldEvent* e = EventOf("02_courier");
  ASSERT_NE(e, nullptr);
  std::set<std::string> docs;
  for (const EventReport& r : e->reports) docs.insert(r.doc);
  EXPECT_EQ(docs, (std::set<std::string>{"01_planned", "02_courier", "03_wire", "04_post"}));
  EXPECT_EQ(EventOf("01_planned"), e);
  EXPECT_EQ(EventOf("03_wire"), e);
  EXPECT_EQ(EventOf("04_post"), e);
  EXPECT_EQ(e->date, "2021-12-09");
  EXPECT_EQ(e->status, "happened");
  EXPECT_EQ(e->first_report, "2021-12-08");
  EXPECT_EQ(e->last_report, "2021-12-10");
  ASSERT_EQ(e->participants.size(), 2u);
  std::set<std::string> who = {e->participants[0].name, e->participants[1].name};
  EXPECT_EQ(who, (std::set<std::string>{"Joe Biden", "Volodymyr Zelensky"}));
}

TEST_F(WorldCorpus, TheLaterCallIsAnotherEvent) {
  const WorldEvent* first = EventOf("02_courier");
  const WorldEvent* later = EventOf("05_later_call");
  ASSERT_NE(later, nullptr);
  EXPECT_NE(first, later);
  EXPECT_EQ(later->reports.size(), 1u);
}

TEST_F(WorldCorpus, ConflictsWithinTheCall) {
  const WorldEvent* e = EventOf("02_courier");
  ASSERT_NE(e, nullptr);
  const Conflict* d = FindConflict("event-duration", e->id);
  ASSERT_NE(d, nullptr);
  std::set<std::string> values;
  for (const ConflictSide& s : d->sides) values.insert(s.value);
  EXPECT_TRUE(values.count("30 to 40 minutes"));
  EXPECT_TRUE(values.count("one hour"));
  const Conflict* k = FindConflict("event-kind", e->id);
  ASSERT_NE(k, nullptr);
  values.clear();
  for (const ConflictSide& s : k->sides) values.insert(s.value);
  EXPECT_EQ(values, (std::set<std::string>{"phone call", "video call"}));
  const Conflict* t = FindConflict("event-date", e->id);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->sides.size(), 2u);
  EXPECT_EQ(t->sides[1].value, "2021-12-10");
  EXPECT_EQ(t->sides[1].documents, (std::vector<std::string>{"04_post"}));
}

TEST_F(WorldCorpus, ConflictsAcrossDocuments) {
  const Conflict* f = FindConflict("figure");
  ASSERT_NE(f, nullptr);
  std::set<std::string> docs;
  for (const ConflictSide& s : f->sides) docs.insert(s.documents.begin(), s.documents.end());
  EXPECT_TRUE(docs.count("02_courier"));  // about 100,000
  EXPECT_TRUE(docs.count("03_wire"));     // 175,000
  EXPECT_FALSE(docs.count("04_post"));    // up to 175,000 contradicts neither
  EXPECT_NE(FindConflict("quote-speaker"), nullptr);
  EXPECT_NE(FindConflict("quote-words"), nullptr);
  EXPECT_NE(FindConflict("office"), nullptr);
}

}  // namespace
}  // namespace newsgraph
