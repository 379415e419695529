// Shared by the ingest fuzz targets: a sink that checks every record's invariants, and a driver
// that reads the fuzz input as a given file name, optionally behind a prefix that makes content
// detection pick one reader (so each per-reader target spends its time inside that reader).
// Invariants: no crash, every record is valid UTF-8 within the size cap with a format, every
// error has a reason.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "newsgraph/ingest.h"

namespace newsgraph::fuzz {

class CheckingSink : public RecordSink {
 public:
  explicit CheckingSink(uint64_t cap) : cap_(cap) {}
  void OnRecord(Record&& r) override {
    using utf8::IsValid;
    bool valid = IsValid(r.content) && IsValid(r.url) && IsValid(r.title) && IsValid(r.published) &&
                 IsValid(r.site);
    for (const auto& a : r.authors) valid = valid && IsValid(a);
    if (!valid || r.content.size() > 3 * cap_ + 16 || r.format.empty()) std::abort();
  }
  void OnError(const InputError& e) override {
    if (e.reason.empty()) std::abort();
  }

 private:
  uint64_t cap_;
};

inline void ReadAs(const char* name, std::string_view prefix, const uint8_t* data, size_t size) {
  std::string bytes(prefix);
  bytes.append(reinterpret_cast<const char*>(data), size);
  IngestOptions options;
  options.max_record_bytes = 1 << 20;  // keep each run small and fast
  options.max_line_bytes = 64 << 10;
  CheckingSink sink(options.max_record_bytes);
  ReadBuffer(name, bytes, options, sink);
}

}  // namespace newsgraph::fuzz
