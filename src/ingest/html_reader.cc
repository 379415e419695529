// HTML: one record per file, converted to UTF-8 (charset from BOM, <meta> in the first 4 KB, or
// detection). Text and metadata come later, from the extract stage.
#include <string>

#include "ingest/readers.h"

namespace newsgraph::ingest {

void ReadHtml(StreamReader& in, const ReadContext& ctx) {
  std::string bytes;
  if (!ReadWholeRecord(in, ctx, &bytes)) return;
  Record r;
  r.source = ctx.source;
  r.format = "html";
  r.kind = ContentKind::kHtml;
  r.content = ToUtf8(bytes, "", true);
  ctx.sink->OnRecord(std::move(r));
}

}  // namespace newsgraph::ingest
