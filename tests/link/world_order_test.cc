// People across documents whatever the order the documents come in: a name a later document
// teaches (a nickname, a surname becoming known) is found in the documents added before it, and
// a longer writing of a name joins its person whatever writings the person already has. Small
// corpora written for the tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "link/world_docs.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

using world_test::At;
using world_test::Doc;

using Mention = std::tuple<std::string, uint32_t, uint32_t>;  // document, start, end

// The world's persons as groups of mentions (ids depend on the order; the groups must not), and
// each person's document count.
std::set<std::pair<std::vector<Mention>, uint32_t>> Groups(const World& w) {
  std::set<std::pair<std::vector<Mention>, uint32_t>> out;
  for (const WorldPerson& p : w.people()) {
    std::vector<Mention> ms;
    for (const PersonMentionRef& m : p.mentions) ms.emplace_back(m.doc, m.start, m.end);
    std::sort(ms.begin(), ms.end());
    ms.erase(std::unique(ms.begin(), ms.end()), ms.end());
    if (!ms.empty()) out.emplace(std::move(ms), p.documents);
  }
  return out;
}

// The world person with a mention of `written` in document `doc`, or nullptr.
const WorldPerson* MentionedAs(const World& w, const std::string& doc, const std::string& written) {
  for (const WorldPerson& p : w.people())
    for (const PersonMentionRef& m : p.mentions)
      if (m.doc == doc && m.text == written) return world_test::Kept(w, p);
  return nullptr;
}

// Adds `docs` to `w` in their order, or in reverse.
void Feed(World& w, const std::vector<LinkDocument>& docs, bool reversed) {
  if (reversed) {
    for (auto it = docs.rbegin(); it != docs.rend(); ++it) w.AddDocument(*it);
  } else {
    for (const LinkDocument& d : docs) w.AddDocument(d);
  }
}

// Links `docs` forward and in reverse; expects the same groups of mentions both ways.
void ExpectSameBothWays(const std::vector<LinkDocument>& docs) {
  World forward, reverse;
  Feed(forward, docs, false);
  Feed(reverse, docs, true);
  EXPECT_EQ(Groups(forward), Groups(reverse));
}

TEST(WorldOrder, ANicknameTaughtLaterIsFoundInTheDocumentsBefore) {
  const std::string a =
      "Harold Vance, who was long known as the spy 'Silver Fox,' died on Sunday at 91.";
  const std::string b = "For thirty years nobody could say who Silver Fox really was.";
  const std::string c = "Historians said Silver Fox had changed the war. Silver Fox never spoke.";
  const std::vector<LinkDocument> docs = {Doc("a", a, {At(a, "Harold Vance")}), Doc("b", b, {}),
                                          Doc("c", c, {})};
  for (bool reversed : {false, true}) {
    World w;
    Feed(w, docs, reversed);
    const WorldPerson* vance = MentionedAs(w, "a", "Harold Vance");
    ASSERT_NE(vance, nullptr);
    EXPECT_EQ(MentionedAs(w, "b", "Silver Fox"), vance) << (reversed ? "reverse" : "forward");
    EXPECT_EQ(MentionedAs(w, "c", "Silver Fox"), vance) << (reversed ? "reverse" : "forward");
    EXPECT_EQ(vance->documents, 3u);
    EXPECT_EQ(vance->name, "Harold Vance");
  }
  ExpectSameBothWays(docs);
  // a name nobody teaches stays unresolved
  World v;
  v.AddDocument(docs[1]);
  v.AddDocument(Doc("d", "Gordon Pell, the spy, died.", {At("Gordon Pell, the spy, died.", "Gordon Pell")}));
  EXPECT_EQ(MentionedAs(v, "b", "Silver Fox"), nullptr);
}

TEST(WorldOrder, ASurnameAloneKnownLaterFromTwoDocumentsSharingAPerson) {
  const std::string a = "Edgar Thorne met Delia Marsh in Geneva on Monday.";
  const std::string b = "Edgar Thorne and Delia Marsh signed the accord on Tuesday.";
  const std::string c = "Delia Marsh said the talks with Thorne went well.";
  const std::vector<LinkDocument> docs = {
      Doc("a", a, {At(a, "Edgar Thorne"), At(a, "Delia Marsh")}),
      Doc("b", b, {At(b, "Edgar Thorne"), At(b, "Delia Marsh")}),
      Doc("c", c, {At(c, "Delia Marsh")})};
  for (bool reversed : {false, true}) {
    World w;
    Feed(w, docs, reversed);
    const WorldPerson* thorne = MentionedAs(w, "a", "Edgar Thorne");
    ASSERT_NE(thorne, nullptr);
    EXPECT_EQ(MentionedAs(w, "c", "Thorne"), thorne) << (reversed ? "reverse" : "forward");
    EXPECT_EQ(thorne->documents, 3u);
  }
  ExpectSameBothWays(docs);
  // known from one document only, or sharing nobody with it, the surname stays alone
  World v;
  v.AddDocument(docs[2]);
  v.AddDocument(docs[0]);
  EXPECT_EQ(MentionedAs(v, "c", "Thorne"), nullptr);
  World u;
  const std::string d = "Edgar Thorne met Omar Reyes.";
  const std::string e = "Edgar Thorne and Omar Reyes spoke.";
  u.AddDocument(docs[2]);
  u.AddDocument(Doc("d", d, {At(d, "Edgar Thorne"), At(d, "Omar Reyes")}));
  u.AddDocument(Doc("e", e, {At(e, "Edgar Thorne"), At(e, "Omar Reyes")}));
  EXPECT_EQ(MentionedAs(u, "c", "Thorne"), nullptr);
}

TEST(WorldOrder, ALongerWritingJoinsItsPersonWhateverTheWritingsKnown) {
  // the person is known by a writing of three words and one of two ...
  const std::string a = "Lyle Ambrose Kettering escaped. Ambrose Kettering was caught on Friday.";
  const std::string b = "Guards searched for Ambrose Kettering all night.";
  // ... and a document whose analysis kept the two writings apart names one person
  const std::string c =
      "Inmate Ambrose Kettering Jr. walked out. Lyle Ambrose Kettering Jr was 49.";
  const std::vector<LinkDocument> docs = {
      Doc("a", a, {At(a, "Lyle Ambrose Kettering", {"Lyle Ambrose Kettering", "Ambrose Kettering"})}),
      Doc("b", b, {At(b, "Ambrose Kettering")}),
      Doc("c", c, {At(c, "Ambrose Kettering Jr."), At(c, "Lyle Ambrose Kettering Jr")})};
  for (bool reversed : {false, true}) {
    World w;
    Feed(w, docs, reversed);
    EXPECT_EQ(w.PersonIdOf("c", "Ambrose Kettering Jr."), w.PersonIdOf("c", "Lyle Ambrose Kettering Jr"))
        << (reversed ? "reverse" : "forward");
    EXPECT_EQ(w.PersonIdOf("c", "Ambrose Kettering Jr."), w.PersonIdOf("a", "Lyle Ambrose Kettering"));
  }
  // two writings of one length that differ are two people
  World v;
  const std::string d = "John Kettering and Jane Kettering spoke.";
  v.AddDocument(docs[0]);
  v.AddDocument(Doc("d", d, {At(d, "John Kettering"), At(d, "Jane Kettering")}));
  EXPECT_NE(v.PersonIdOf("d", "John Kettering"), v.PersonIdOf("d", "Jane Kettering"));
}

TEST(WorldOrder, PendingSpansAreBounded) {
  // many documents of unknown capitalised names, then the name of the first: it is no longer
  // kept, and the world still answers for the latest
  WorldOptions options;
  options.max_pending_spans = 1000;
  World w(options);
  for (int i = 0; i < 40; ++i) {
    std::string t = "Silver Fox";
    for (int k = 0; k < 60; ++k) t += ", Amber Vale" + std::to_string(i % 7) + " Rook";
    w.AddDocument(Doc("n" + std::to_string(i), t + ".", {}));
  }
  const std::string a = "Harold Vance, who was long known as the spy 'Silver Fox,' died.";
  w.AddDocument(Doc("a", a, {At(a, "Harold Vance")}));
  const WorldPerson* vance = MentionedAs(w, "a", "Harold Vance");
  ASSERT_NE(vance, nullptr);
  EXPECT_EQ(MentionedAs(w, "n0", "Silver Fox"), nullptr);
  EXPECT_EQ(MentionedAs(w, "n39", "Silver Fox"), vance);
}

}  // namespace
}  // namespace newsgraph
