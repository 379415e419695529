// Stories: documents grouped, as they arrive, into the real-world stories they report.
//
//   newsgraph::StoryClusterer stories;
//   for (const LinkDocument& d : docs_in_link_order) {
//     StoryEvidence ev;               // what cross-document linking knows of d (may be empty)
//     ev.people = {...};              // WorldPerson ids
//     std::string story = stories.Add(d, ev);
//   }
//   for (const Story& s : stories.Stories()) ...
//
// Online: each document joins the best matching active story or starts one; stories cool down
// without new documents and cold ones leave memory (their summary stays until TakeColdStories()
// hands it over). The method and its measured figures are in docs/stories.md.
//
// Thread-safety: a StoryClusterer is not thread-safe; one linking thread owns it. Add() never
// fails: empty, huge or unanalysed documents degrade to whatever evidence they carry.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/link_document.h"

namespace newsgraph {

// Evidence from the other link stages about one document.
struct StoryEvidence {
  std::vector<std::string> people;   // WorldPerson ids
  std::vector<std::string> events;   // WorldEvent ids
  std::string copy_of;               // the document this one copies, if any
};

struct Story {
  std::string id;      // "S" + 12 hex digits
  std::string title;   // the most representative headline
  std::string first;   // first and last publication date of its documents (empty if undated)
  std::string last;
  std::vector<std::string> documents;  // in time order
  std::vector<std::string> people;     // WorldPerson ids, most central first
  std::vector<std::string> events;     // WorldEvent ids, most central first
  // Added: the people's names as the analysis gives them (Person::name), most central first;
  // what the story is about when no WorldPerson ids were given.
  std::vector<std::string> names;
  bool active = false;  // still in memory (can grow); false once cold
};

// A late merge of two stories, or a split of one, as it was recorded.
struct StoryChange {
  std::string kind;  // merge | split
  std::string into;  // the surviving or new story
  std::string from;  // the story merged away or split from
  std::string at_document;  // the document whose arrival caused it
};

struct StoryOptions {
  double threshold = 0.0;      // similarity to join a story; 0 = the built-in tuned default
  double half_life_days = 3;   // how fast a story cools without new documents
  size_t max_active = 5000;    // active stories kept in memory; the coldest leave first
  // Added members (defaults are the tuned ones; docs/stories.md):
  double merge_threshold = 0.0;  // centroid similarity for a late merge; 0 = default; < 0 = never
  double split_threshold = 0.0;  // 2-means halves less similar than this split; 0 = default; < 0 = never
  double cold_heat = 0.01;       // a story whose heat 2^(-idle days / half-life) drops below leaves
  size_t max_text_bytes = 1u << 20;  // only the first bytes of a longer text are read
  size_t max_vocabulary = 1u << 21;  // document-frequency table size; rare terms are pruned past it
  bool keep_cold = true;  // keep summaries of cold stories for Stories() until TakeColdStories()
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options = {});
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Assigns the document to a story and returns the story's id.
  std::string Add(const LinkDocument& doc, const StoryEvidence& evidence);
  // Every story so far (cold ones included), largest first.
  std::vector<Story> Stories() const;
  std::vector<StoryChange> Changes() const;
  size_t active() const;  // stories in memory

  // Added: the stories that went cold since the last call, forgotten by the clusterer (so that
  // memory stays bounded by the active stories on an endless stream). Largest first.
  std::vector<Story> TakeColdStories();
  // Added: the story a document was put in while that story is active ("" otherwise).
  std::string StoryOf(const std::string& document_id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph
