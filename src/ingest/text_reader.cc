// Plain text: one record per file, converted to UTF-8. Whether the first line is a headline is
// the extract stage's decision (ToDocument), so the record's title stays empty.
#include <string>

#include "core/ascii.h"
#include "ingest/readers.h"

namespace newsgraph::ingest {

void ReadText(StreamReader& in, const ReadContext& ctx) {
  std::string bytes;
  if (!ReadWholeRecord(in, ctx, &bytes)) return;
  Record r;
  r.source = ctx.source;
  r.format = "text";
  r.kind = ContentKind::kText;
  r.content = ToUtf8(bytes, "", false);
  bytes.clear();
  bytes.shrink_to_fit();
  if (ascii::Trim(r.content).empty()) {
    ctx.Error(std::nullopt, std::nullopt, "no text (only white space)");
    return;
  }
  ctx.sink->OnRecord(std::move(r));
}

}  // namespace newsgraph::ingest
