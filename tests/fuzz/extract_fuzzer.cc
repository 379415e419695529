// Fuzz target: ExtractArticle and ToDocument on arbitrary bytes must never crash, hang or leave
// invalid UTF-8 in their output.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "newsgraph/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsgraph::ExtractOptions options;
  options.max_depth = 64;  // also exercise the flattening of deep elements
  auto article = newsgraph::ExtractArticle(bytes, "https://example.com/2020/01/02/x", options);
  if (article.ok()) {
    if (!newsgraph::utf8::IsValid(article->text) || !newsgraph::utf8::IsValid(article->title)) {
      std::abort();
    }
  }
  newsgraph::Record r;
  r.source = "fuzz";
  r.kind = size % 2 ? newsgraph::ContentKind::kHtml : newsgraph::ContentKind::kText;
  r.content = newsgraph::utf8::Sanitize(bytes);
  auto doc = newsgraph::ToDocument(std::move(r));
  (void)doc;
  (void)newsgraph::LooksLikeHeadline(bytes);
  return 0;
}
