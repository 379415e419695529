// Charset detection and conversion to UTF-8 (ICU converters, uchardet detection).
// The public entry point is newsgraph::ToUtf8 (include/newsgraph/ingest.h); the pieces are
// exposed here for the readers and tests.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::ingest {

// The charset named by a byte-order mark at the start of `bytes` ("UTF-8", "UTF-16LE",
// "UTF-16BE", "UTF-32LE", "UTF-32BE"), or "" when there is none; *bom_len gets its length.
std::string_view DetectBom(std::string_view bytes, size_t* bom_len);

// The charset declared by <meta charset=...> or <meta http-equiv="Content-Type"
// content="...; charset=..."> in the first 4 KB of an HTML page, or "".
std::string SniffHtmlCharset(std::string_view html);

// The charset parameter of a Content-Type header value ("text/html; charset=ISO-8859-1"), or "".
std::string CharsetFromContentType(std::string_view content_type);

// uchardet's guess for `bytes` (upper-case name, e.g. "WINDOWS-1252"), or "" when unsure.
std::string GuessCharset(std::string_view bytes);

// Converts `bytes` from `charset` to UTF-8 with ICU; invalid or unmappable input becomes
// U+FFFD. Returns false (and leaves *out alone) when ICU does not know the charset.
bool ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out);

}  // namespace newsgraph::ingest
