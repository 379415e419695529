// The light page model the extractor works on: a flat list of elements (pre-order, with parent
// links and subtree ends, no attributes kept) and a list of text blocks, plus the metadata found
// in <head> and JSON-LD. Built in one streaming pass over the HTML (html_scanner.cc); never a DOM.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

// Block kinds: what kind of element a text block comes from.
enum class BlockKind : uint8_t {
  kOther,
  kParagraph,   // <p>
  kHeading,     // <h1>..<h6>
  kListItem,    // <li>, <dd>, <dt>
  kPre,         // <pre>
  kQuote,       // <blockquote>
  kCell,        // <td>, <th>
  kCaption,     // <figcaption>, <caption>
};

struct Element {
  uint32_t parent = 0;        // index of the parent element (the root is its own parent)
  uint32_t end = 0;           // one past the index of the last element in this subtree
  uint32_t name_hash = 0;     // hash of the tag name (to match end tags)
  uint8_t tag = 0;            // Tag (html_tags.h)
  int8_t hint = 0;            // class/id hint: > 0 content-like, < 0 boilerplate-like
  bool hidden = false;        // hidden attribute or display:none
  bool boiler_tag = false;    // nav/aside/footer...
  // Aggregates over the subtree, filled by the content scorer.
  double good = 0, bad = 0;
  uint32_t chars = 0;
  bool drop = false;          // resolved boilerplate flag (inherited)
};

struct Block {
  uint32_t elem = 0;     // innermost block-level element holding the text
  BlockKind kind = BlockKind::kOther;
  uint8_t heading_level = 0;
  std::string text;      // collapsed white space; '\n' for <br>
  uint32_t chars = 0;    // characters (code points) of non-space text
  uint32_t link_chars = 0;
};

struct MetaTag {
  std::string key;    // lower-cased name / property / itemprop
  std::string value;  // content / datetime
};

struct PageModel {
  std::vector<Element> elements;
  std::vector<Block> blocks;
  std::string html_title;
  std::string html_lang;
  std::string canonical;
  std::vector<MetaTag> meta;              // <meta>, <time datetime>, rel=author links...
  std::vector<std::string> json_ld;       // bodies of <script type="application/ld+json">
  std::vector<std::string> h1;            // text of <h1> elements, in order
  std::vector<std::string> author_links;  // text of rel=author / class*=author links
};

struct ScanOptions {
  int max_depth = 1000;
};

// Scans UTF-8 HTML into a PageModel. Never fails: malformed HTML gives whatever the parser
// recovered.
PageModel ScanHtml(std::string_view html, const ScanOptions& options);

}  // namespace newsgraph::extract
