// Document: one news article as it flows from ingest to store, with its provenance.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// A stable document id: 16 lower-case hex digits of XXH3-64 over the normalised text
// (see NormaliseForId). The same article text read from any format gets the same id.
struct DocId {
  std::string hex;
  bool operator==(const DocId&) const = default;
};

// Whitespace-collapsed, NFC-normalised text with straight quotes: what DocId hashes.
std::string NormaliseForId(std::string_view text);
DocId MakeDocId(std::string_view text);

struct Document {
  DocId id;
  // Provenance: where the bytes came from.
  std::string source;       // file path as given, or "-" for standard input
  uint64_t record = 0;      // 0-based record number within the source (line, WARC record, ...)
  uint64_t offset = 0;      // byte offset of the record in the source (compressed stream: of the
                            // decompressed stream)
  std::string format;       // "text", "html", "jsonl", "warc"
  // Article metadata (empty when unknown). `published` is ISO 8601: YYYY-MM-DD or a full
  // timestamp; `language` is an ISO 639-1 code.
  std::string url;
  std::string title;
  std::string published;
  std::string site;
  std::string language;
  std::vector<std::string> authors;
  // The article's main text, UTF-8, paragraphs separated by blank lines. All offsets computed
  // downstream (tokens, mentions, quotes) are byte offsets into this string.
  std::string text;
};

}  // namespace newsgraph
