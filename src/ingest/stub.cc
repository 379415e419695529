// Placeholder until the ingest readers land (owned by the ingest work).
#include "newsgraph/ingest.h"
#include "core/utf8.h"
namespace newsgraph {
std::string InputError::ToString() const { return source + ": " + reason; }
void ReadPath(const std::string& path, const IngestOptions&, RecordSink& sink, std::istream*) {
  sink.OnError({path, {}, {}, "not implemented"});
}
void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions&, RecordSink& sink) {
  Record r; r.source = name; r.format = "text"; r.content = utf8::Sanitize(bytes); sink.OnRecord(std::move(r));
}
uint64_t TotalInputBytes(const std::vector<std::string>&) { return 0; }
std::string ToUtf8(std::string_view bytes, std::string_view, bool) { return utf8::Sanitize(bytes); }
}  // namespace newsgraph
