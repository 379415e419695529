// ExtractArticle and ToDocument: the extract stage's public entry points.
#include "newsgraph/extract.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <string>
#include <utility>

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

bool LooksLikeHeadline(std::string_view line) {
  // Trim.
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  if (line.size() < 8 || line.size() > 250) return false;
  // Starts with a capital letter, a digit or a quote (any non-lower-case letter for non-Latin).
  unsigned char c0 = static_cast<unsigned char>(line.front());
  if (c0 < 0x80 && !(std::isupper(c0) || std::isdigit(c0) || c0 == '"' || c0 == '\'')) return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  if (words < 2 || words > 30) return false;
  // One sentence at most: no sentence break inside, ends without ':' or ','.
  char last = line.back();
  if (last == ',' || last == ';' || last == ':') return false;
  std::string_view inner = line.substr(0, line.size() - 1);
  for (size_t i = 0; i + 2 < inner.size(); ++i) {
    if ((inner[i] == '.' || inner[i] == '!' || inner[i] == '?') && inner[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(inner[i + 2]))) {
      // "U.S. Senate" keeps going; a full stop after a long word ends a sentence.
      size_t b = i;
      while (b > 0 && inner[b - 1] != ' ') --b;
      if (i - b > 3) return false;
    }
  }
  return true;
}

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
    size_t b = 0;
    while (b < text.size() && (text[b] == ' ' || text[b] == '\n' || text[b] == '\r' || text[b] == '\t')) ++b;
    size_t e = text.size();
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == '\t')) --e;
    d.text = text.substr(b, e - b);
    if (d.title.empty() && !d.text.empty()) {
      size_t nl = d.text.find('\n');
      std::string_view first = std::string_view(d.text).substr(0, nl);
      bool followed_by_more = nl != std::string::npos;
      if (followed_by_more && LooksLikeHeadline(first)) d.title = utf8::CollapseWhitespace(first);
    }
    if (options.detect_language) d.language = extract::DetectLanguage(d.text, "", extract::HostOf(d.url));
  }
  bool any_text = std::any_of(d.text.begin(), d.text.end(), [](char c) {
    return !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
  });
  if (!any_text) {
    return Status::InvalidArgument("no text remains after extraction");
  }
  d.id = MakeDocId(d.text);
  return d;
}

}  // namespace newsgraph
