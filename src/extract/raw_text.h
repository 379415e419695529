// A pre-pass over the HTML, before libxml2 parses it, that removes what the extractor never
// reads, following the HTML5 tokenizer's rules for where tags, attribute values, comments and
// raw text end:
//   - the bodies of <script> and <style> (raw text; JSON-LD script bodies are kept aside for the
//     metadata reader) and of <svg> (drawing data);
//   - comments;
//   - every attribute except the few the extractor reads (class, id, style, hidden, rel, type,
//     itemprop, property, name, content, datetime, lang, and href on <link>).
// On news pages this is about 85% of the bytes, and libxml2 walks each of them a character at a
// time; the parser still sees the same elements in the same nesting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

// Appends the filtered `html` to `out`; appends the bodies of <script type="application/ld+json">
// to `json_ld`.
void StripRawText(std::string_view html, std::string* out, std::vector<std::string>* json_ld);

}  // namespace newsgraph::extract
