// The world test corpus (tests/link/data/world: reports written for the cross-document tests,
// several of one call that disagree on details): each `.txt` file is a header of `key: value`
// lines ("published: 2021-12-08", "site: dailyledger.example"), a blank line, and the text,
// whose first line is its title. Read by the world tests and tools/world_dump.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/link_document.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

// Every `.txt` file of `dir` in file-name order, analysed (published date from the header).
// Corruption naming the file when its header has no "published:" line or no blank line after it.
Result<std::vector<LinkDocument>> ReadWorldTestCorpus(const std::string& dir);

}  // namespace newsgraph::eval
