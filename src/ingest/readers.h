// The format readers, and the context they report through. Internal to the ingest stage.
//
// Each reader consumes a StreamReader positioned at the start of the (decompressed) stream and
// calls ctx.sink->OnRecord / ctx.Error; none throws and none holds more than one record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/stream_reader.h"
#include "newsgraph/ingest.h"

namespace newsgraph::ingest {

struct ReadContext {
  std::string source;  // the path as given, or "-"
  const IngestOptions* options = nullptr;
  RecordSink* sink = nullptr;

  void Error(std::optional<uint64_t> record, std::optional<uint64_t> offset,
             std::string reason) const {
    sink->OnError(InputError{source, record, offset, std::move(reason)});
  }
  uint64_t max_record() const { return options->max_record_bytes; }
  uint64_t max_line() const {
    return options->max_line_bytes ? options->max_line_bytes : options->max_record_bytes;
  }
};

// "record too large (over N bytes)": the message for a record over max_record_bytes.
std::string TooLargeReason(uint64_t limit);

// Reads the whole stream as one record (at most ctx.max_record() bytes) into *out. Reports the
// error itself and returns false when the stream is broken, too large, empty or binary.
bool ReadWholeRecord(StreamReader& in, const ReadContext& ctx, std::string* out);

// One record per file: plain text (the title is left to the extract stage).
void ReadText(StreamReader& in, const ReadContext& ctx);
// One record per file: an HTML page, converted to UTF-8.
void ReadHtml(StreamReader& in, const ReadContext& ctx);
// One record per line: a JSON object (docs/formats/inputs.md lists the fields).
void ReadJsonl(StreamReader& in, const ReadContext& ctx);
// WARC 1.0/1.1, record by record: response and resource records holding HTML or text.
void ReadWarc(StreamReader& in, const ReadContext& ctx);

// Detects gzip and the format of `raw` and runs the matching reader. `name` is the file name
// used as a format hint ("" or "-" for none).
void ReadStream(std::unique_ptr<ByteSource> raw, std::string_view name, const ReadContext& ctx);

}  // namespace newsgraph::ingest
