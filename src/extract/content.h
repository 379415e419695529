// Main-content selection: scores the page model's elements by the article-like text they hold
// and returns the main text, boilerplate removed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/page_model.h"

namespace newsgraph::extract {

struct ContentOptions {
  // Cost of one character of non-article text (links, short fragments) against one character of
  // article-like text when choosing the main container (tuned on the two benchmarks' dev pages).
  double bad_weight = 0.3;
  // A child that holds at least this share of its container's score replaces the container.
  double descend_ratio = 0.85;
  // Below this many characters of prose in the best container, the page is treated as a
  // listing (index, product, forum page): blocks count by their text, links included.
  double min_prose = 300;
  // Text to favour: when the page carries a JSON-LD articleBody, blocks that overlap it count as
  // article text (empty: heuristics only).
  std::string_view reference;
  // The page's headline(s) (metadata title, <title>): headings that repeat one are left out.
  std::vector<std::string> titles;
};

// Returns the main text, paragraphs separated by blank lines. Modifies the model's
// per-element aggregates.
std::string SelectMainText(PageModel& model, const ContentOptions& options);

}  // namespace newsgraph::extract
