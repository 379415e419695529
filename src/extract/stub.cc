// Placeholder until the extractor lands (owned by the extract work).
#include "newsgraph/extract.h"
namespace newsgraph {
Result<Article> ExtractArticle(std::string_view html, std::string_view url, const ExtractOptions&) {
  Article a; a.url = std::string(url); a.text = std::string(html); return a;
}
bool LooksLikeHeadline(std::string_view line) { return !line.empty() && line.size() < 200 && line.back() != '.'; }
Result<Document> ToDocument(Record&& r, const ExtractOptions&) {
  Document d; d.source = r.source; d.record = r.record; d.offset = r.offset; d.format = r.format;
  d.url = r.url; d.title = r.title; d.published = r.published; d.site = r.site; d.authors = r.authors;
  d.text = std::move(r.content);
  if (d.text.empty()) return Status::InvalidArgument("no text");
  d.id = MakeDocId(d.text); return d;
}
}  // namespace newsgraph
