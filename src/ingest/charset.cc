#include "ingest/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/ascii.h"
#include "core/utf8.h"
#include "newsgraph/ingest.h"

namespace newsgraph::ingest {
namespace {

using ascii::Lower;
using ascii::Trim;

// The value after "charset=" in `s` (lower-case input), quotes and trailing junk removed.
std::string CharsetParam(std::string_view s) {
  size_t p = s.find("charset");
  while (p != std::string_view::npos) {
    size_t q = p + 7;
    while (q < s.size() && std::isspace(static_cast<unsigned char>(s[q]))) ++q;
    if (q < s.size() && s[q] == '=') {
      ++q;
      while (q < s.size() &&
             (std::isspace(static_cast<unsigned char>(s[q])) || s[q] == '"' || s[q] == '\'')) {
        ++q;
      }
      size_t e = q;
      while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' ||
                              s[e] == '_' || s[e] == '.' || s[e] == ':')) {
        ++e;
      }
      return std::string(s.substr(q, e - q));
    }
    p = s.find("charset", p + 7);
  }
  return "";
}

// Browsers (WHATWG Encoding) read these labels as windows-1252.
bool IsLatin1Family(std::string_view label) {
  static const char* const kLabels[] = {
      "iso-8859-1", "iso8859-1",  "latin1",   "l1",         "ascii", "us-ascii", "windows-1252",
      "cp1252",     "iso_8859-1", "x-cp1252", "iso-ir-100", "cp819", "ibm819"};
  for (const char* l : kLabels) {
    if (label == l) return true;
  }
  return false;
}

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Mostly valid UTF-8: some multi-byte sequences and few invalid bytes (at most 1 in 8 of the
// non-ASCII sequences). Such text is read as UTF-8 with U+FFFD for the bad bytes.
bool MostlyUtf8(std::string_view s) {
  size_t good = 0, bad = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = utf8::ValidSequenceLength(s, i);
    if (len == 0) {
      ++bad;
      ++i;
    } else {
      ++good;
      i += len;
    }
  }
  return good > 0 && bad * 8 <= good;
}

}  // namespace

std::string_view DetectBom(std::string_view b, size_t* bom_len) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  *bom_len = 0;
  if (b.size() >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
    *bom_len = 4;
    return "UTF-32LE";
  }
  if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
    *bom_len = 4;
    return "UTF-32BE";
  }
  if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
    *bom_len = 3;
    return "UTF-8";
  }
  if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) {
    *bom_len = 2;
    return "UTF-16LE";
  }
  if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) {
    *bom_len = 2;
    return "UTF-16BE";
  }
  return "";
}

std::string SniffHtmlCharset(std::string_view html) {
  std::string head = Lower(html.substr(0, 4096));
  size_t p = 0;
  while ((p = head.find("<meta", p)) != std::string::npos) {
    size_t end = head.find('>', p);
    if (end == std::string::npos) end = head.size();
    std::string_view tag = std::string_view(head).substr(p, end - p);
    p = end;
    // <meta charset="..."> and <meta http-equiv="content-type" content="...; charset=...">
    // both carry "charset" followed by "=": the same parameter scan reads either.
    std::string cs = CharsetParam(tag);
    if (!cs.empty()) return cs;
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetParam(Lower(content_type));
}

std::string GuessCharset(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(),
                                                                              uchardet_delete);
  if (!ud) return "";
  // The first 256 KB are plenty for a guess and keep detection fast on big records.
  std::string_view sample = bytes.substr(0, 256 * 1024);
  if (uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return "";
  uchardet_data_end(ud.get());
  const char* cs = uchardet_get_charset(ud.get());
  return cs ? std::string(cs) : std::string();
}

bool ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  if (bytes.size() > (1u << 29)) return false;  // ICU lengths are int32_t
  std::string name(charset);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &err);
  if (U_FAILURE(err) || conv == nullptr) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(conv, ucnv_close);
  // Every input byte yields at most 3 UTF-8 bytes (U+FFFD included).
  std::string result(bytes.size() * 3 + 16, '\0');
  err = U_ZERO_ERROR;
  int32_t n =
      ucnv_toAlgorithmic(UCNV_UTF8, conv, result.data(), static_cast<int32_t>(result.size()),
                         bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    result.assign(static_cast<size_t>(n) + 16, '\0');
    ucnv_resetToUnicode(conv);
    err = U_ZERO_ERROR;
    n = ucnv_toAlgorithmic(UCNV_UTF8, conv, result.data(), static_cast<int32_t>(result.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return false;
  result.resize(static_cast<size_t>(n));
  // ICU may substitute U+001A for unmappable bytes in single-byte charsets; keep it valid.
  *out = utf8::Sanitize(result);
  return true;
}

}  // namespace newsgraph::ingest

namespace newsgraph {

std::string ToUtf8(std::string_view bytes, std::string_view declared, bool is_html) {
  using namespace ingest;
  size_t bom_len = 0;
  std::string_view bom = DetectBom(bytes, &bom_len);
  if (!bom.empty()) {
    std::string_view rest = bytes.substr(bom_len);
    if (bom == "UTF-8") return utf8::Sanitize(rest);
    std::string out;
    if (ConvertToUtf8(rest, bom, &out)) return out;
    return utf8::Sanitize(rest);
  }
  std::string label = Lower(Trim(declared));
  if (label.empty() && is_html) label = SniffHtmlCharset(bytes);
  // A page may not declare UTF-16 without a BOM (WHATWG): such a label means UTF-8.
  if (label.rfind("utf-16", 0) == 0 || label.rfind("utf-32", 0) == 0) label = "utf-8";
  if (!label.empty()) {
    if (label == "utf-8" || label == "utf8") return utf8::Sanitize(bytes);
    if (IsLatin1Family(label)) {
      // Declared Latin-1 but the bytes are valid UTF-8 with non-ASCII text: a mislabelled page.
      if (!HasNonAscii(bytes)) return std::string(bytes);
      if (utf8::IsValid(bytes)) return std::string(bytes);
      label = "windows-1252";
    }
    std::string out;
    if (ConvertToUtf8(bytes, label, &out)) return out;
    // Unknown label: fall through to detection.
  }
  if (utf8::IsValid(bytes)) return std::string(bytes);
  if (MostlyUtf8(bytes)) return utf8::Sanitize(bytes);
  std::string guess = Lower(GuessCharset(bytes));
  if (!guess.empty() && guess != "ascii" && guess != "utf-8") {
    if (IsLatin1Family(guess)) guess = "windows-1252";
    std::string out;
    if (ConvertToUtf8(bytes, guess, &out)) return out;
  }
  return utf8::Sanitize(bytes);
}

}  // namespace newsgraph
