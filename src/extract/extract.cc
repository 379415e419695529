// ExtractArticle and ToDocument: the extract stage's public entry points.
#include "newsgraph/extract.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <string>
#include <utility>

#include "core/ascii.h"
#include "core/utf8.h"
#include "extract/content.h"
#include "extract/language.h"
#include "extract/metadata.h"
#include "extract/page_model.h"

namespace newsgraph {
namespace {

// utf8::IsValid with an ASCII fast path (pages are mostly ASCII markup).
bool ValidUtf8(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(p[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = utf8::ValidSequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// The title a plain-text line gives when it reads as a headline (LooksLikeHeadline), else "".
std::string HeadlineTitle(std::string_view line) {
  // The rule reads the line as the title will be: without a Markdown heading marker, white space
  // collapsed.
  line = ascii::Trim(line);
  size_t hashes = line.find_first_not_of('#');
  if (hashes >= 1 && hashes <= 6 && hashes != std::string_view::npos &&
      (line[hashes] == ' ' || line[hashes] == '\t')) {
    line.remove_prefix(hashes);
  }
  std::string title = utf8::CollapseWhitespace(line);
  line = title;
  if (line.size() < 8 || line.size() > 250) return "";
  // Starts with a capital letter, a digit or a quote (any non-lower-case letter for non-Latin),
  // or with a brand written in camel case ("iPhone sales soar").
  unsigned char c0 = static_cast<unsigned char>(line.front());
  std::string_view first_word = line.substr(0, line.find(' '));
  bool camel = std::any_of(first_word.begin() + 1, first_word.end(),
                           [](char c) { return c >= 'A' && c <= 'Z'; });
  if (c0 < 0x80 && !(std::isupper(c0) || std::isdigit(c0) || c0 == '"' || c0 == '\'' ||
                     (std::islower(c0) && camel))) {
    return "";
  }
  int words = 1;
  for (char c : line) words += c == ' ';
  if (words < 2 || words > 30) return "";
  // One sentence at most: no sentence break inside, ends without ':' or ','.
  char last = line.back();
  if (last == ',' || last == ';' || last == ':') return "";
  std::string_view inner = line.substr(0, line.size() - 1);
  for (size_t i = 0; i + 2 < inner.size(); ++i) {
    if ((inner[i] == '.' || inner[i] == '!' || inner[i] == '?') && inner[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(inner[i + 2]))) {
      // "Gov. Smith" and "U.S.A. Today" keep going: a stop after a short word or one that holds
      // a dot itself is an abbreviation; after a longer word it ends a sentence.
      size_t b = inner.rfind(' ', i);
      b = b == std::string_view::npos ? 0 : b + 1;
      std::string_view word = inner.substr(b, i - b);
      if (word.size() > 3 && word.find('.') == std::string_view::npos) return "";
    }
  }
  return title;
}

}  // namespace

Result<Article> ExtractArticle(std::string_view html, std::string_view url,
                               const ExtractOptions& options) {
  if (html.size() > options.max_html_bytes) {
    return Status::TooLarge("page of " + std::to_string(html.size()) +
                            " bytes is over the limit of " +
                            std::to_string(options.max_html_bytes) + " bytes");
  }
  std::string sanitized;
  if (!ValidUtf8(html)) {
    sanitized = utf8::Sanitize(html);
    html = sanitized;
  }
  extract::ScanOptions scan;
  scan.max_depth = std::max(8, options.max_depth);
  extract::PageModel model = extract::ScanHtml(html, scan);
  extract::PageMetadata md = extract::ReadMetadata(model, url);

  extract::ContentOptions copt;
  copt.reference = md.article_body;
  copt.titles = {md.title, utf8::CollapseWhitespace(model.html_title)};
  Article a;
  a.text = extract::SelectMainText(model, copt);

  a.url = std::move(md.url);
  a.title = std::move(md.title);
  a.published = std::move(md.published);
  a.authors = std::move(md.authors);
  a.site = std::move(md.site);
  if (options.detect_language) {
    a.language = extract::DetectLanguage(a.text.empty() ? a.title : a.text, md.language_hint,
                                         extract::HostOf(a.url));
  }
  return a;
}

bool LooksLikeHeadline(std::string_view line) { return !HeadlineTitle(line).empty(); }

Result<Document> ToDocument(Record&& r, const ExtractOptions& options) {
  Document d;
  d.source = std::move(r.source);
  d.record = r.record;
  d.offset = r.offset;
  d.format = std::move(r.format);
  d.url = std::move(r.url);
  d.title = std::move(r.title);
  d.published = std::move(r.published);
  d.site = std::move(r.site);
  d.authors = std::move(r.authors);
  if (r.kind == ContentKind::kHtml) {
    Result<Article> art = ExtractArticle(r.content, d.url, options);
    if (!art.ok()) return art.status();
    Article& a = *art;
    d.text = std::move(a.text);
    if (d.url.empty()) d.url = std::move(a.url);
    if (d.title.empty()) d.title = std::move(a.title);
    if (d.published.empty()) d.published = std::move(a.published);
    if (d.site.empty()) d.site = std::move(a.site);
    if (d.authors.empty()) d.authors = std::move(a.authors);
    d.language = std::move(a.language);
  } else {
    // Plain text is kept as it is (only trimmed), so offsets computed downstream also hold in
    // the source file; a first line that reads as a headline becomes the title (and stays in
    // the text).
    std::string text = utf8::IsValid(r.content) ? std::move(r.content) : utf8::Sanitize(r.content);
    d.text = ascii::Trim(text);
    size_t nl = d.text.find('\n');
    if (d.title.empty() && nl != std::string::npos) {  // a headline is followed by more text
      std::string_view first = std::string_view(d.text).substr(0, nl);
      d.title = HeadlineTitle(first);
    }
    if (options.detect_language) {
      d.language = extract::DetectLanguage(d.text, "", extract::HostOf(d.url));
    }
  }
  if (ascii::Trim(d.text).empty()) {
    return Status::InvalidArgument("no text remains after extraction");
  }
  d.id = MakeDocId(d.text);
  return d;
}

}  // namespace newsgraph
