// The link stage's driver (see include/newsgraph/link.h): copies, then people and events, then
// stories, one document at a time in link order.
#include <algorithm>
#include <memory>
#include <unordered_map>

#include "newsgraph/link.h"

namespace newsgraph {

struct Linker::Impl {
  explicit Impl(const LinkOptions& o)
      : options(o), copies(o.copies), world(std::make_shared<World>(o.world)), stories(o.stories) {}
  LinkOptions options;
  CopyFinder copies;
  std::shared_ptr<World> world;  // shared with the outputs of Finish, which read its records
  StoryClusterer stories;
  LinkOutput out;
  // Contradicted office claims of the documents that have any: a copy relation found later can
  // point at them from either side.
  std::unordered_map<std::string, std::vector<OfficeCheck>> contradicted;
};

Linker::Linker(const LinkOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Linker::~Linker() = default;

namespace {

bool Overlaps(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// Marks the fact changes whose side in a document names the person of a contradicted office
// claim of that document (the copy's side first; either side when the direction is unsure).
void MarkContradicted(CopyRelation& r, const std::vector<OfficeCheck>* copy_claims,
                      const std::vector<OfficeCheck>* source_claims) {
  for (FactChange& c : r.changes) {
    if (!c.fact) continue;
    for (auto [claims, text] : {std::pair{copy_claims, &c.copy_text}, std::pair{source_claims, &c.source_text}}) {
      if (!claims || !c.contradicted_claim.empty()) continue;
      for (const OfficeCheck& k : *claims) {
        if (Overlaps(*text, k.person)) {
          c.contradicted_claim = k.claim;
          break;
        }
      }
    }
  }
}

}  // namespace

void Linker::Add(const LinkDocument& doc, const std::vector<OfficeCheck>& checks, const DocumentFetcher& fetch) {
  Impl& m = *impl_;
  std::vector<OfficeCheck> mine;
  for (const OfficeCheck& k : checks)
    if (k.verdict == "contradicted") mine.push_back(k);
  if (!mine.empty()) m.contradicted[doc.id] = mine;

  // Copies first: a copy joins its source's story.
  StoryEvidence evidence;
  double best = -1;
  for (CopyRelation& r : m.copies.Link(doc, fetch)) {
    auto claims_of = [&m](const std::string& id) -> const std::vector<OfficeCheck>* {
      auto it = m.contradicted.find(id);
      return it == m.contradicted.end() ? nullptr : &it->second;
    };
    MarkContradicted(r, claims_of(r.copy), r.direction == "earlier" ? nullptr : claims_of(r.source));
    std::string other = r.copy == doc.id ? r.source : r.copy;
    if (r.similarity > best) {
      best = r.similarity;
      evidence.copy_of = other;
    }
    m.out.copies.push_back(std::move(r));
  }

  m.world->AddDocument(doc);
  auto& people = m.out.people_of[doc.id];
  for (const Person& p : doc.analysis.people) {
    std::string id = m.world->PersonIdOf(doc.id, p.name);
    if (id.empty()) continue;
    people[p.name] = id;
    if (std::find(evidence.people.begin(), evidence.people.end(), id) == evidence.people.end())
      evidence.people.push_back(id);
  }
  if (people.empty()) m.out.people_of.erase(doc.id);
  evidence.events = m.world->EventIdsOf(doc.id);
  m.out.story_of[doc.id] = m.stories.Add(doc, evidence);
  ++m.out.documents;
}

LinkOutput Linker::Finish() {
  Impl& m = *impl_;
  LinkOutput out = std::move(m.out);
  m.out = LinkOutput{};
  out.people = WorldPeople(*m.world, m.world);
  out.events = WorldEvents(*m.world, m.world);
  out.conflicts = m.world->Conflicts();
  out.stories = m.stories.Stories();
  out.story_changes = m.stories.Changes();
  if (!m.world->spill_status().ok()) out.warnings.push_back(m.world->spill_status().message());
  return out;
}

}  // namespace newsgraph
