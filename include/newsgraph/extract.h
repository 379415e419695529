// Extract: turns a web page into the article a reader sees (main text and metadata), and any
// ingested Record into a Document.
//
//   auto article = newsgraph::ExtractArticle(html, "https://example.com/news/1");
//   if (article.ok()) std::cout << article->title << "\n\n" << article->text;
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/ingest.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct ExtractOptions {
  // Pages larger than this are rejected with kTooLarge. Default 64 MiB.
  size_t max_html_bytes = 64u << 20;
  // Elements nested deeper than this are flattened (no recursion past it). Default 1000.
  int max_depth = 1000;
  // Identify the language of the text (cld2).
  bool detect_language = true;
};

struct Article {
  std::string url;        // canonical URL when the page declares one, else the given URL
  std::string title;
  std::string text;       // plain text, paragraphs separated by blank lines
  std::string published;  // ISO 8601 (YYYY-MM-DD or full timestamp), empty when unknown
  std::vector<std::string> authors;
  std::string site;       // site / outlet name
  std::string language;   // ISO 639-1, empty when unknown
};

// Extracts the main article from UTF-8 HTML (invalid bytes become U+FFFD). Never crashes on
// malformed HTML; fails only with kTooLarge (over options.max_html_bytes). How it works and
// its measured accuracy and speed: docs/extract.md.
Result<Article> ExtractArticle(std::string_view html, std::string_view url,
                               const ExtractOptions& options = {});

// Turns an ingested record into a Document: HTML goes through ExtractArticle; plain text keeps
// its text (trimmed), and its first line becomes the title when it reads as a headline — the line
// also stays in the text, so offsets into the text hold in the source file. Metadata given by
// the container (JSONL fields, WARC headers) wins over what the page itself says, except that
// an empty field is filled from the page. Computes the document id from the final text.
// Fails with kInvalidArgument when no text remains, or kTooLarge for an oversized page; the
// message is the reason only (callers know the record's source, number and offset and report
// them through InputError).
Result<Document> ToDocument(Record&& record, const ExtractOptions& options = {});

// Whether a line of plain text reads as a headline (the pipeline's only headline rule; ToDocument
// applies it to a first line followed by more text): 8-250 bytes and 2-30 words, starts with a
// capital, a digit, a quote or a camel-case word ("iPhone"), at most one sentence (a final period
// is allowed; a stop after a word of at most three letters or one holding a dot, "Gov." or
// "U.S.A.", is an abbreviation), no trailing ':' ',' ';'. The line is judged as the title would
// be: white space collapsed, a Markdown heading marker ("# ") left out.
bool LooksLikeHeadline(std::string_view line);

}  // namespace newsgraph
