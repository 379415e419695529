// Ingest: reads inputs in every common news format and streams records, one at a time.
//
//   class Printer : public newsgraph::RecordSink {
//     void OnRecord(newsgraph::Record&& r) override { std::cout << r.source << "\n"; }
//     void OnError(const newsgraph::InputError& e) override { std::cerr << e.ToString() << "\n"; }
//   };
//   Printer sink;
//   newsgraph::ReadPath("corpus/", {}, sink);
//
// Formats (docs/formats/inputs.md), detected by content first and extension second:
//   plain text (.txt, any charset), HTML (.html/.htm), JSON Lines (.jsonl), WARC 1.0/1.1 (.warc),
//   each optionally gzip-compressed (.gz, multi-member gzip included). Folders are walked
//   recursively in sorted order; "-" reads standard input.
// Memory is bounded by the largest single record (IngestOptions::max_record_bytes), never by the
// size of a file or corpus. Bad input produces an InputError through the sink and reading goes on.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph {

struct IngestOptions {
  // A record (document) larger than this is skipped with an InputError. Default 64 MiB. A text or
  // HTML file is one record, so a bigger one is rejected ("record too large (over N bytes)")
  // after reading at most this many bytes.
  uint64_t max_record_bytes = 64ull << 20;
  // A JSON Lines line longer than this is skipped with an InputError ("line N: too long (over N
  // bytes)"); reading goes on with the next line. 0 means max_record_bytes. Files are never read
  // whole into memory.
  uint64_t max_line_bytes = 0;
};

enum class ContentKind { kText, kHtml };

// One document-sized unit of input, decoded to valid UTF-8.
struct Record {
  std::string source;   // the file path as given, or "-" for standard input
  uint64_t record = 0;  // 0-based record number within the source: 0 for a text/HTML file,
                        // the line number for JSONL, the WARC record index (all types) for WARC
  uint64_t offset = 0;  // byte offset of the record within the (decompressed) source
  std::string format;   // "text", "html", "jsonl", "warc"
  ContentKind kind = ContentKind::kText;
  std::string content;  // UTF-8 text or UTF-8 HTML (converted from its charset)
  // Metadata carried by the container (JSONL fields, WARC headers); empty when absent.
  std::string url;
  std::string title;      // JSONL "title" (a plain-text headline is found by the extract stage)
  std::string published;  // as given, normalised to ISO 8601 where it parses (NormalizeDate)
  std::string site;       // outlet / site name
  std::vector<std::string> authors;
};

// An input that could not be read, with where and why. ToString() gives the one-line message
// printed on stderr, e.g. "corpus/a.warc.gz: record 12 (offset 40960): truncated gzip stream".
// Absent parts are left out: "a.jsonl: offset 57: line 3: not valid JSON (at byte 5)",
// "missing.txt: no such file or directory". docs/formats/inputs.md lists every reason.
struct InputError {
  std::string source;
  std::optional<uint64_t> record;
  std::optional<uint64_t> offset;
  std::string reason;
  std::string ToString() const;
};

// Receives records and errors. Calls come from the thread that called ReadPath, in input order.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void OnRecord(Record&& record) = 0;
  virtual void OnError(const InputError& error) = 0;
  // Called as raw input bytes are consumed (for progress reporting). Optional.
  virtual void OnBytesRead(uint64_t n) {}
};

// Reads a file, a folder (recursively, sorted) or "-" (standard input, via `stdin_stream` when
// given, else std::cin). Every record goes to sink.OnRecord, every failure to sink.OnError.
void ReadPath(const std::string& path, const IngestOptions& options, RecordSink& sink,
              std::istream* stdin_stream = nullptr);

// Reads in-memory bytes as if they were the file `name` (the extension of `name` is a format
// hint). Used by tests and fuzz targets.
void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                RecordSink& sink);

// Total size in bytes of the regular files under `paths` (0 for "-"): for progress ETA.
uint64_t TotalInputBytes(const std::vector<std::string>& paths);

// Normalises a publication date to ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z" or
// "+HH:MM" when the input gives a zone ("+00:00" becomes "Z"; a time without a zone is local).
// Reads ISO 8601 and its variants ("2019-11-19 10:05", "2019/11/19", "2019.11.19", "20191119"),
// RFC 1123/2822 ("Tue, 19 Nov 2019 10:00:00 GMT", "+0100", "EST"), "November 19, 2019",
// "Nov. 19, 2019, 10:05 pm", "19th November 2019", "19. November 2019", and Unix time written
// as 9-13 digits (milliseconds when over 10^11). Text after a date or time it recognises is
// ignored, and so is a zone it does not know. Returns "" when the input does not parse or the
// date is impossible ("2019-02-30") or implausible (before 1900 or after 2100): the caller
// decides what to keep.
std::string NormalizeDate(std::string_view text);

// Converts bytes to valid UTF-8. `declared` is a charset label from a header or meta tag (may be
// empty); for HTML the BOM and <meta charset> are consulted, then uchardet. Invalid sequences
// that remain become U+FFFD.
std::string ToUtf8(std::string_view bytes, std::string_view declared, bool is_html);

}  // namespace newsgraph
