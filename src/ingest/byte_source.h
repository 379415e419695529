// ByteSource: a stream of bytes read in chunks (file, standard input, memory, gzip).
//
//   std::unique_ptr<ByteSource> src = OpenFileSource("a.warc", &status, progress);
//   char buf[65536];
//   for (;;) {
//     Result<size_t> n = src->Read(buf, sizeof buf);
//     if (!n.ok()) { report(n.status()); continue; }  // a source may go on after an error
//     if (*n == 0) break;                              // end of stream
//   }
//
// A source never holds more than one chunk: memory does not grow with the size of the input.
// After a failed Read, the next Read either continues after the damage (gzip resyncs to the
// next member) or returns 0. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` (> 0) bytes into `buf`: the count read, 0 at end of stream, or an error.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// Called with the number of raw (on-disk) bytes consumed, for progress reports.
using ProgressFn = std::function<void(uint64_t)>;

// Opens a file for reading. On failure returns null and sets *error to a lower-case reason
// such as "no such file or directory" or "permission denied".
std::unique_ptr<ByteSource> OpenFileSource(const std::string& path, std::string* error,
                                           ProgressFn progress);
// Reads a file descriptor the caller keeps open (e.g. 0 for standard input).
std::unique_ptr<ByteSource> FdSource(int fd, ProgressFn progress);
// Reads a std::istream the caller keeps alive.
std::unique_ptr<ByteSource> IstreamSource(std::istream* in, ProgressFn progress);
// Reads bytes the caller keeps alive.
std::unique_ptr<ByteSource> MemorySource(std::string_view bytes, ProgressFn progress);

// Reads `prefix` first, then `rest` (to re-read bytes already taken for a look ahead).
std::unique_ptr<ByteSource> PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest);

// Lower-case text of an errno value ("no such file or directory").
std::string ErrnoText(int err);

}  // namespace newsgraph::ingest
