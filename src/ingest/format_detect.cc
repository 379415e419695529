#include "ingest/format_detect.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <cctype>
#include <string>

#include "ingest/charset.h"

namespace newsgraph::ingest {
namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && StartsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// Skips a UTF-8 BOM, white space, "<?xml ...?>" and "<!-- ... -->".
std::string_view SkipPrologue(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    if (s.substr(0, 4) == "<!--") {
      size_t e = s.find("-->");
      if (e == std::string_view::npos) return {};
      s.remove_prefix(e + 3);
    } else if (s.substr(0, 5) == "<?xml") {
      size_t e = s.find("?>");
      if (e == std::string_view::npos) return {};
      s.remove_prefix(e + 2);
    } else {
      return s;
    }
  }
}

}  // namespace

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kHtml:
      return "html";
    case Format::kJsonl:
      return "jsonl";
    case Format::kWarc:
      return "warc";
  }
  return "text";
}

std::string_view StripGzExtension(std::string_view name) {
  if (EndsWithNoCase(name, ".gz")) name.remove_suffix(3);
  return name;
}

Format DetectFormat(std::string_view head, std::string_view name) {
  std::string_view s = head;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  if (s.substr(0, 7) == "WARC/1.") return Format::kWarc;
  std::string_view body = SkipPrologue(head);
  if (StartsWithNoCase(body, "<!doctype html") || StartsWithNoCase(body, "<html")) {
    return Format::kHtml;
  }
  std::string_view t = s;
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
  if (!t.empty() && t.front() == '{') return Format::kJsonl;
  if (EndsWithNoCase(name, ".warc") || EndsWithNoCase(name, ".arc")) return Format::kWarc;
  if (EndsWithNoCase(name, ".jsonl") || EndsWithNoCase(name, ".ndjson")) return Format::kJsonl;
  if (EndsWithNoCase(name, ".html") || EndsWithNoCase(name, ".htm") ||
      EndsWithNoCase(name, ".xhtml")) {
    return Format::kHtml;
  }
  if (EndsWithNoCase(name, ".txt")) return Format::kText;
  if (LooksLikeHtml(head)) return Format::kHtml;
  return Format::kText;
}

bool LooksLikeHtml(std::string_view head) {
  std::string_view body = SkipPrologue(head);
  static const char* const kStarts[] = {"<!doctype html", "<html",  "<head",  "<body",
                                        "<meta",          "<title", "<div",   "<p>",
                                        "<article",       "<link",  "<script"};
  for (const char* p : kStarts) {
    if (StartsWithNoCase(body, p)) return true;
  }
  return false;
}

bool LooksBinary(std::string_view bytes) {
  size_t bom_len = 0;
  std::string_view bom = DetectBom(bytes, &bom_len);
  if (!bom.empty() && bom != "UTF-8") return false;
  std::string_view sample = bytes.substr(0, 64 * 1024);
  if (std::memchr(sample.data(), 0, sample.size()) != nullptr) return true;
  // Control characters other than white space and ESC, counted through a table (hot path).
  static constexpr auto kControl = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 1; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
    for (int c : {0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b}) t[static_cast<size_t>(c)] = 0;
    t[0x7f] = 1;
    return t;
  }();
  size_t control = 0;
  for (char ch : sample) control += kControl[static_cast<unsigned char>(ch)];
  return control * 10 > sample.size();
}

}  // namespace newsgraph::ingest
