// Synthetic news for the reliability tests: deterministic articles with people, offices,
// quotes, meetings and figures (so every analysis table gets rows), as HTML pages or JSON Lines.
#pragma once

#include <string>

namespace newsgraph::testing {

// Article number `n`: a headline and a few paragraphs of plain text, about `words` words long.
// Different n give different texts.
std::string SyntheticArticle(int n, int words = 300);

// The same article as an HTML page with a title and a publication date.
std::string SyntheticPage(int n, int words = 300);

// One JSON Lines line (with its newline) holding article n.
std::string SyntheticJsonl(int n, int words = 300);

}  // namespace newsgraph::testing
