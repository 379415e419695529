// UTF-8 helpers shared by every stage (internal header).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::utf8 {

// Length in bytes of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid
// (overlong, surrogate, out of range, truncated).
size_t ValidSequenceLength(std::string_view s, size_t i);

// Whether `s` is entirely valid UTF-8.
bool IsValid(std::string_view s);

// Offset of the first invalid byte, or npos.
size_t FirstInvalid(std::string_view s);

// Copies `s`, replacing each invalid byte with U+FFFD.
std::string Sanitize(std::string_view s);

// Decodes the code point at s[i] (which must start a valid sequence); sets *len.
char32_t Decode(std::string_view s, size_t i, size_t* len);

// Appends the UTF-8 encoding of `cp`.
void Append(std::string& out, char32_t cp);

// Whether `cp` is white space: ASCII spaces, NEL, and Unicode categories Zs, Zl, Zp.
bool IsSpace(char32_t cp);

// Collapses runs of Unicode white space into one ASCII space and trims both ends.
std::string CollapseWhitespace(std::string_view s);

// NFC normalisation (utf8proc). Invalid input is sanitised first.
std::string Nfc(std::string_view s);

// `s` without combining marks ("Zürich" -> "Zurich", left decomposed), and case-folded when
// `fold_case`: for accent- and case-insensitive matching of names (utf8proc). Invalid UTF-8
// comes back as it is (A-Z lowered when `fold_case`).
std::string StripMarks(std::string_view s, bool fold_case = false);

}  // namespace newsgraph::utf8
