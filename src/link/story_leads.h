// Lead names (internal to the link stage): the people and organisations a document's lead —
// its first lines that read as sentences — names, as its analysis finds them, and the test
// that two groups of documents lead with conflicting ones. See docs/stories.md ("round 3").
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsgraph/analyze.h"

namespace newsgraph::story {

// A lead name: a hash of the person's surname or the organisation's name (lower-cased), the low
// bit telling the kind (0 person, 1 organisation).
using LeadName = uint64_t;

// The byte range [first, second) of `text` that is its lead: from the first line that reads as
// a sentence (not a URL, at least three words of three letters or more that are not month,
// weekday or "posted / updated" words: date lines are skipped), up to kLeadLines such lines
// and at most kLeadBytes bytes.
std::pair<size_t, size_t> LeadRange(std::string_view text);

// The people and organisations of `analysis` with a mention inside the lead of `text`, sorted,
// without duplicates.
std::vector<LeadName> LeadNames(const Analysis& analysis, std::string_view text, size_t min_mentions,
                                int kinds, size_t min_org, size_t min_year);

// Lead names of a group of documents: for each name the number of its documents whose lead
// names it, and per kind the number of documents whose lead names one of that kind.
struct LeadCounts {
  std::unordered_map<LeadName, int> names;
  int documents[3] = {0, 0, 0};
  void Add(const std::vector<LeadName>& lead);
  void Add(const LeadCounts& other);
};

// Whether two groups of documents lead with conflicting names: for one kind, a name that a
// share >= `consistent` of the documents of `a` (whose leads name that kind) name is named by
// (almost) none of `b`'s, and the reverse holds as well. "Almost none": at most a share
// `absent` of the documents. Two reports of one event may lead with different people; two
// events of one kind (one club's offer and another's) lead each with their own.
bool LeadConflict(const LeadCounts& a, const LeadCounts& b, double consistent, double absent);

}  // namespace newsgraph::story
