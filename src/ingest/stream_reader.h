// StreamReader: buffered reading of lines and blocks from a ByteSource, with the byte offset of
// everything it hands out. Memory is bounded by the caller's limits (a line or block is never
// held beyond `max` bytes), not by the size of the stream.
//
//   StreamReader in(source.get());
//   std::string line;
//   LineStatus st;
//   while (in.ReadLine(&line, 1 << 20, &st).ok() && st != LineStatus::kEof) { ... }
//
// Errors of the underlying source (bad gzip) are returned as Status; reading may go on after one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"

namespace newsgraph::ingest {

enum class LineStatus { kOk, kEof, kTooLong };

class StreamReader {
 public:
  explicit StreamReader(ByteSource* source) : source_(source) {}

  // Bytes handed out (or skipped) so far: the offset of the next byte.
  uint64_t offset() const { return offset_; }

  // Buffers at least `n` bytes when the stream has them; returns a view of all buffered bytes
  // (shorter than n only at end of stream). The view is valid until the next call.
  Result<std::string_view> Peek(size_t n);

  // Like Peek, but a source error met while filling is kept for the next read instead of being
  // returned, so the bytes before the damage can be inspected (format detection).
  std::string_view PeekBeforeError(size_t n);

  // Whether an error is waiting behind the buffered bytes (see PeekBeforeError).
  bool has_pending_error() const { return !pending_.ok(); }

  // Bytes decoded from the source so far: offset() plus what is buffered.
  uint64_t decoded() const { return offset_ + Available(); }

  // Reads one line into *line, without its "\n" (a final "\r" is removed too). A line longer
  // than `max` bytes is consumed but not stored (*status = kTooLong). *status = kEof when the
  // stream has no more bytes.
  Status ReadLine(std::string* line, size_t max, LineStatus* status);

  // Appends up to `n` bytes to *out; fewer only at end of stream. Returns the count appended.
  Result<size_t> Read(size_t n, std::string* out);

  // Skips up to `n` bytes; returns the count skipped (fewer only at end of stream).
  Result<uint64_t> Skip(uint64_t n);

  // Puts bytes back in front of the stream (they were read from it); offset() moves back.
  void Unread(std::string_view bytes);

 private:
  // Reads one more chunk behind the buffered bytes. Returns false at end of stream.
  Result<bool> Fill();
  size_t Available() const { return buf_.size() - pos_; }

  ByteSource* source_;
  std::string buf_;
  std::unique_ptr<char[]> chunk_;  // read buffer, not zero-filled (allocated on first Fill)
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
  Status pending_;
};

}  // namespace newsgraph::ingest
