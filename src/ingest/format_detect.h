// Format detection: by content first, by file-name extension second.
#pragma once

#include <string_view>

namespace newsgraph::ingest {

enum class Format { kText, kHtml, kJsonl, kWarc };

// "text", "html", "jsonl", "warc": the Record::format names.
const char* FormatName(Format f);

// `head` is the first bytes of the (decompressed) stream; `name` the file name with any ".gz"
// removed (may be "" or "-"). Order: a "WARC/1." header; "<!doctype html" or "<html" (after a BOM,
// white space and comments); a first line starting with "{" (JSON Lines); then the extension
// (.warc, .jsonl/.ndjson, .html/.htm/.xhtml, .txt); then an HTML-looking start ("<head", "<body",
// "<meta", "<div", ...); else plain text.
Format DetectFormat(std::string_view head, std::string_view name);

// `name` without a trailing ".gz" (case-insensitive).
std::string_view StripGzExtension(std::string_view name);

// Binary content: a NUL byte, or more than 10% control characters other than white space and
// ESC, in the first 64 KB. Bytes behind a UTF-16/32 byte-order mark are not binary.
bool LooksBinary(std::string_view bytes);

// Whether a payload looks like HTML (used when a WARC record has no usable Content-Type).
bool LooksLikeHtml(std::string_view head);

}  // namespace newsgraph::ingest
