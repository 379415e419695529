// Link: relations across documents, and between documents and known facts. The driver of the
// link stage: documents go in one at a time, in link order (LinkOrderLess: by publication date,
// then id, so that the answer depends on the set of documents, not on the order of ingest), and
// out come
//   - copies and what each copy changed (copies.h),
//   - people and events resolved across documents, and where the sources disagree (world.h),
//   - stories (stories.h),
// besides the per-document MinHash fingerprints (fingerprint.h) and office checks (checks.h).
//
//   newsgraph::Linker linker;
//   for (const LinkDocument& d : docs_in_link_order) linker.Add(d, checks_of(d), fetch);
//   newsgraph::LinkOutput out = linker.Finish();
//
// The store runs this over everything it holds (RelinkStore in pipeline.h; `newsgraph link`).
// docs/link.md describes the stage and its measured figures.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/checks.h"
#include "newsgraph/copies.h"
#include "newsgraph/fingerprint.h"
#include "newsgraph/link_document.h"
#include "newsgraph/stories.h"
#include "newsgraph/world.h"

namespace newsgraph {

struct LinkOptions {
  CopyOptions copies;
  WorldOptions world;
  StoryOptions stories;
};

// Everything the link stage derives from a set of documents.
struct LinkOutput {
  std::vector<CopyRelation> copies;
  // The world's people and events: Linker::Finish hands over its world, whose records are made
  // one at a time as they are read (WorldRecords); outputs built by hand list theirs.
  WorldPeople people;
  WorldEvents events;
  std::vector<Conflict> conflicts;
  std::vector<Story> stories;
  std::vector<StoryChange> story_changes;
  // Per document: its story, and its people (Person::name in its analysis -> WorldPerson::id).
  std::map<std::string, std::string> story_of;
  std::map<std::string, std::map<std::string, std::string>> people_of;
  uint64_t documents = 0;
  // What the run could not do as intended, without changing its answer: "world spill file:
  // cannot create a file in DIR: ...; the world keeps its records in memory".
  std::vector<std::string> warnings;
};

class Linker {
 public:
  explicit Linker(const LinkOptions& options = {});
  ~Linker();
  Linker(const Linker&) = delete;
  Linker& operator=(const Linker&) = delete;

  // Links one document (in link order) against the ones added before it. `checks` are its office
  // checks (a copy's changed fact that is a contradicted office claim is marked so); `fetch`
  // loads an earlier document for alignment.
  void Add(const LinkDocument& doc, const std::vector<OfficeCheck>& checks, const DocumentFetcher& fetch);
  // The result over every document added. Its people and events are read from the linker's
  // world, which it shares: documents added after Finish would show in them.
  LinkOutput Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// JSON (one line) of the link stage's records, in the forms docs/formats/link.md documents and
// the CLI, API and Python module share.
std::string CopyRelationToJson(const CopyRelation& r);
std::string PersonToJson(const WorldPerson& p, bool with_mentions);
std::string EventToJson(const WorldEvent& e);
std::string ConflictToJson(const Conflict& c);
// `person_names` (WorldPerson id -> name), when given, names the story's people.
std::string StoryToJson(const Story& s, const std::map<std::string, std::string>* person_names = nullptr);

}  // namespace newsgraph
