// Opening a stream: gzip detection, empty input, format detection, dispatch to a reader.
#include <algorithm>
#include <string>

#include "ingest/format_detect.h"
#include "ingest/gzip_source.h"
#include "ingest/readers.h"

namespace newsgraph::ingest {

std::string TooLargeReason(uint64_t limit) {
  return "record too large (over " + std::to_string(limit) + " bytes)";
}

bool ReadWholeRecord(StreamReader& in, const ReadContext& ctx, std::string* out) {
  out->clear();
  uint64_t limit = ctx.max_record();
  // The binary test looks at the first 64 KiB only (LooksBinary): read those first, so that a
  // binary stream (say a gzip bomb of NUL bytes) is refused without decoding the rest.
  constexpr uint64_t kSniff = 64 * 1024;
  Result<size_t> got = in.Read(static_cast<size_t>(std::min(kSniff, limit + 1)), out);
  if (got.ok() && !out->empty() && LooksBinary(*out)) {
    ctx.Error(std::nullopt, std::nullopt, "binary file");
    return false;
  }
  if (got.ok() && out->size() == std::min(kSniff, limit + 1) && out->size() <= limit) {
    got = in.Read(static_cast<size_t>(limit + 1 - out->size()), out);
  }
  if (!got.ok()) {
    ctx.Error(std::nullopt, in.decoded(), got.status().message());
    return false;
  }
  if (out->size() > limit) {
    out->clear();
    out->shrink_to_fit();
    ctx.Error(std::nullopt, std::nullopt, TooLargeReason(limit));
    return false;
  }
  if (out->empty()) {
    ctx.Error(std::nullopt, std::nullopt, "empty file");
    return false;
  }
  if (LooksBinary(*out)) {
    ctx.Error(std::nullopt, std::nullopt, "binary file");
    return false;
  }
  return true;
}

void ReadStream(std::unique_ptr<ByteSource> raw, std::string_view name, const ReadContext& ctx) {
  // Look at the first two raw bytes for the gzip magic, then read them again in front of the rest.
  std::string magic(2, '\0');
  size_t have = 0;
  while (have < magic.size()) {
    Result<size_t> got = raw->Read(magic.data() + have, magic.size() - have);
    if (!got.ok()) {
      ctx.Error(std::nullopt, std::nullopt, got.status().message());
      return;
    }
    if (*got == 0) break;
    have += *got;
  }
  magic.resize(have);
  if (magic.empty()) {
    ctx.Error(std::nullopt, std::nullopt, "empty file");
    return;
  }
  bool gz = IsGzip(magic);
  std::unique_ptr<ByteSource> source = PrefixedSource(std::move(magic), std::move(raw));
  if (gz) source = GzipSource(std::move(source));

  StreamReader in(source.get());
  std::string_view head = in.PeekBeforeError(64 * 1024);
  if (head.empty()) {
    if (in.has_pending_error()) {
      Result<std::string_view> err = in.Peek(1);
      ctx.Error(std::nullopt, 0, err.ok() ? "read error" : err.status().message());
    } else {
      ctx.Error(std::nullopt, std::nullopt, "empty file");
    }
    return;
  }
  switch (DetectFormat(head, StripGzExtension(name))) {
    case Format::kText:
      ReadText(in, ctx);
      break;
    case Format::kHtml:
      ReadHtml(in, ctx);
      break;
    case Format::kJsonl:
      ReadJsonl(in, ctx);
      break;
    case Format::kWarc:
      ReadWarc(in, ctx);
      break;
  }
}

}  // namespace newsgraph::ingest
