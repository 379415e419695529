// Class/id hints: whether an element's class and id attributes name content ("article-body")
// or boilerplate ("share-bar", "related-links", "comments"). Generic words only.
#pragma once

#include <string_view>

namespace newsgraph::extract {

// Hint strengths.
inline constexpr int kHintComment = -3;         // comments: dropped, even when long prose
inline constexpr int kHintStrongNegative = -2;  // boilerplate: dropped with its subtree
inline constexpr int kHintNegative = -1;        // probably boilerplate: down-weighted
inline constexpr int kHintPositive = 1;         // probably the article

// Scores the lower-cased, space-separated class and id values of an element.
int ClassHint(std::string_view class_and_id);

// The same in two steps, so that callers can cache per attribute value: the words found in one
// value (bit set), and the hint of the union of several values' words.
unsigned ClassWords(std::string_view lower_value);
int HintFromWords(unsigned words);

}  // namespace newsgraph::extract
