// WARC 1.0/1.1, streamed record by record. "response" and "resource" records whose payload is
// HTML or plain text become Records; other record types are skipped quietly. A broken record is
// reported with its number and offset, and reading resumes at the next "WARC/1." header.
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/ascii.h"
#include "core/utf8.h"
#include "ingest/charset.h"
#include "ingest/date_normalize.h"
#include "ingest/format_detect.h"
#include "ingest/http_payload.h"
#include "ingest/readers.h"

namespace newsgraph::ingest {
namespace {

using ascii::Lower;
using ascii::Trim;

constexpr size_t kMaxHeaderLine = 64 * 1024;
constexpr size_t kMaxHeaderBytes = 1024 * 1024;
constexpr std::string_view kVersionPrefix = "WARC/1.";

bool IsVersionLine(std::string_view line) { return line.substr(0, 7) == kVersionPrefix; }

// The start of the next "WARC/1." line inside `block` after position 0, or npos.
size_t FindNextHeader(std::string_view block) {
  size_t p = block.find("\nWARC/1.");
  return p == std::string_view::npos ? p : p + 1;
}

// What kind of document a payload is, from its MIME type (or content when there is none).
enum class Payload { kHtml, kText, kOther };

Payload Classify(std::string_view content_type, std::string_view body) {
  std::string mime = Lower(Trim(content_type.substr(0, content_type.find(';'))));
  if (mime == "text/html" || mime == "application/xhtml+xml" || mime == "application/xhtml") {
    return Payload::kHtml;
  }
  if (mime == "text/plain") return Payload::kText;
  if (mime.empty() || mime == "application/octet-stream" || mime == "unknown/unknown") {
    return LooksLikeHtml(body.substr(0, 4096)) ? Payload::kHtml : Payload::kOther;
  }
  return Payload::kOther;
}

class WarcReader {
 public:
  WarcReader(StreamReader& in, const ReadContext& ctx) : in_(in), ctx_(ctx) {}

  void Run() {
    bool pending = false;  // line_ holds a version line starting at start_
    for (;;) {
      if (!pending) {
        if (!NextNonBlankLine()) return;
        if (!IsVersionLine(line_)) {
          ctx_.Error(std::nullopt, start_,
                     "not a WARC record header (skipped to the next \"WARC/1.\" line)");
          if (!Resync()) return;
        }
      }
      pending = false;
      Outcome o = ReadRecord();
      ++index_;
      if (o == Outcome::kEnd) return;
      if (o == Outcome::kNext) pending = true;
      if (o == Outcome::kBroken) {
        if (!Resync()) return;
        pending = true;
      }
    }
  }

 private:
  enum class Outcome { kDone, kBroken, kNext, kEnd };

  void Fail(const std::string& reason) { ctx_.Error(index_, start_, reason); }

  // Reads the next line into line_ (start_ = its offset). A stream error (e.g. corrupt gzip) is
  // reported and reading goes on with what follows it.
  LineStatus ReadLineReportingErrors() {
    for (;;) {
      start_ = in_.offset();
      LineStatus st;
      Status s = in_.ReadLine(&line_, kMaxHeaderLine, &st);
      if (s.ok()) return st;
      ctx_.Error(std::nullopt, start_, s.message());
    }
  }

  // Reads the next non-blank line into line_ (start_ = its offset). False at end of stream.
  bool NextNonBlankLine() {
    for (;;) {
      LineStatus st = ReadLineReportingErrors();
      if (st == LineStatus::kEof) return false;
      if (st == LineStatus::kTooLong) {
        line_.assign(1, '?');  // not a header: the caller reports and resyncs
        return true;
      }
      if (!Trim(line_).empty()) return true;
    }
  }

  // Skips to the next line that starts with "WARC/1." (left in line_). False at end of stream.
  bool Resync() {
    for (;;) {
      LineStatus st = ReadLineReportingErrors();
      if (st == LineStatus::kEof) return false;
      if (st == LineStatus::kOk && IsVersionLine(line_)) return true;
    }
  }

  const std::string* Header(std::string_view name) const {
    for (const auto& [k, v] : headers_) {
      if (k == name) return &v;
    }
    return nullptr;
  }

  Outcome ReadHeaders() {
    headers_.clear();
    size_t total = line_.size();
    for (;;) {
      uint64_t line_start = in_.offset();
      LineStatus st;
      std::string line;
      Status s = in_.ReadLine(&line, kMaxHeaderLine, &st);
      if (!s.ok()) {
        Fail(s.message());
        return Outcome::kBroken;
      }
      if (st == LineStatus::kEof) {
        Fail("truncated record header");
        return Outcome::kEnd;
      }
      if (st == LineStatus::kTooLong) {
        Fail("header line too long");
        return Outcome::kBroken;
      }
      total += line.size();
      if (total > kMaxHeaderBytes) {
        Fail("record header too large");
        return Outcome::kBroken;
      }
      if (line.empty()) return Outcome::kDone;
      if (IsVersionLine(line)) {
        // The header was cut short and another record begins.
        Fail("truncated record header");
        start_ = line_start;
        line_ = std::move(line);
        return Outcome::kNext;
      }
      if ((line[0] == ' ' || line[0] == '\t') && !headers_.empty()) {
        headers_.back().second.append(1, ' ').append(utf8::Sanitize(Trim(line)));
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        Fail("malformed header line");
        return Outcome::kBroken;
      }
      // Header values become metadata: keep them valid UTF-8.
      headers_.emplace_back(Lower(Trim(std::string_view(line).substr(0, colon))),
                            utf8::Sanitize(Trim(std::string_view(line).substr(colon + 1))));
    }
  }

  // After the block: CR/LF, then the next header or the end. Consumes the CR/LF when so.
  Result<bool> RecordEndsCleanly() {
    Result<std::string_view> ahead = in_.Peek(64);
    if (!ahead.ok()) return ahead.status();
    std::string_view v = *ahead;
    size_t n = 0;
    while (n < v.size() && (v[n] == '\r' || v[n] == '\n')) ++n;
    std::string_view rest = v.substr(n);
    // The block ends where the header said when "\r\n\r\n" follows it (whatever comes after,
    // which is then checked as the next header), or line ends and then the next header or the end.
    bool ok =
        v.substr(0, 4) == "\r\n\r\n" || v.substr(0, 2) == "\n\n" || rest.empty() ||
        IsVersionLine(rest) ||
        (rest.size() < kVersionPrefix.size() && kVersionPrefix.substr(0, rest.size()) == rest);
    if (!ok) return false;
    if (v.substr(0, 4) == "\r\n\r\n") n = 4;
    if (v.substr(0, 2) == "\n\n") n = 2;
    Result<uint64_t> skipped = in_.Skip(n);
    if (!skipped.ok()) return skipped.status();
    return true;
  }

  Outcome ReadRecord() {
    Outcome h = ReadHeaders();
    if (h != Outcome::kDone) return h;
    const std::string* len_text = Header("content-length");
    if (len_text == nullptr) {
      Fail("missing Content-Length");
      return Outcome::kBroken;
    }
    uint64_t length = 0;
    bool valid = !len_text->empty() && len_text->size() <= 18;
    for (char c : *len_text) valid = valid && std::isdigit(static_cast<unsigned char>(c));
    if (!valid) {
      Fail("invalid Content-Length \"" + len_text->substr(0, 40) + "\"");
      return Outcome::kBroken;
    }
    for (char c : *len_text) length = length * 10 + static_cast<uint64_t>(c - '0');
    const std::string* type_header = Header("warc-type");
    std::string type = type_header ? Lower(*type_header) : "";
    bool wanted = type == "response" || type == "resource";
    bool too_large = wanted && length > ctx_.max_record();

    std::string block;
    if (!wanted || too_large) {
      Result<uint64_t> skipped = in_.Skip(length);
      if (!skipped.ok()) {
        Fail(skipped.status().message());
        return Outcome::kBroken;
      }
      if (*skipped < length) {
        Fail(Truncated(length, *skipped));
        return Outcome::kEnd;
      }
    } else {
      Result<size_t> got = in_.Read(static_cast<size_t>(length), &block);
      if (!got.ok()) {
        Fail(got.status().message());
        return Outcome::kBroken;
      }
      if (*got < length) {
        size_t next = FindNextHeader(block);
        if (next != std::string::npos) {
          // Content-Length runs past the next record: give that record back.
          Fail(BadLength(length));
          in_.Unread(std::string_view(block).substr(next));
          return Outcome::kBroken;
        }
        Fail(Truncated(length, *got));
        return Outcome::kEnd;
      }
    }
    Result<bool> clean = RecordEndsCleanly();
    if (!clean.ok()) {
      Fail(clean.status().message());
      return Outcome::kBroken;
    }
    if (!*clean) {
      Fail(BadLength(length));
      size_t next = FindNextHeader(block);
      if (next != std::string::npos) in_.Unread(std::string_view(block).substr(next));
      return Outcome::kBroken;
    }
    if (too_large) {
      Fail(TooLargeReason(ctx_.max_record()));
      return Outcome::kDone;
    }
    if (wanted) Emit(type, block);
    return Outcome::kDone;
  }

  static std::string Truncated(uint64_t length, uint64_t got) {
    return "truncated record (Content-Length " + std::to_string(length) + ", only " +
           std::to_string(got) + " bytes left)";
  }
  static std::string BadLength(uint64_t length) {
    return "bad Content-Length " + std::to_string(length) + " (the record does not end there)";
  }

  void Emit(const std::string& type, std::string_view block) {
    std::string_view content_type;
    const std::string* warc_ct = Header("content-type");
    std::string charset;
    std::string body;
    std::string_view payload = block;
    if (type == "response" && block.substr(0, 5) == "HTTP/") {
      HttpResponse http;
      if (!ParseHttpResponse(block, &http)) {
        Fail("malformed HTTP response");
        return;
      }
      if (http.status < 200 || http.status > 299) return;  // redirects, errors: not documents
      std::string error;
      if (!DecodeHttpBody(http, ctx_.max_record(), &body, &error)) {
        Fail(error);
        return;
      }
      payload = body;
      content_type = http.content_type;
      charset = CharsetFromContentType(http.content_type);
      Route(content_type, charset, payload);
      return;
    }
    if (warc_ct != nullptr && Lower(*warc_ct).rfind("application/http", 0) != 0) {
      content_type = *warc_ct;
      charset = CharsetFromContentType(*warc_ct);
    }
    Route(content_type, charset, payload);
  }

  void Route(std::string_view content_type, const std::string& charset, std::string_view payload) {
    Payload kind = Classify(content_type, payload);
    if (kind == Payload::kOther || Trim(payload).empty() || LooksBinary(payload)) return;
    Record r;
    r.source = ctx_.source;
    r.record = index_;
    r.offset = start_;
    r.format = "warc";
    r.kind = kind == Payload::kHtml ? ContentKind::kHtml : ContentKind::kText;
    r.content = ToUtf8(payload, charset, kind == Payload::kHtml);
    if (const std::string* uri = Header("warc-target-uri")) {
      std::string_view u = Trim(*uri);
      if (u.size() >= 2 && u.front() == '<' && u.back() == '>') u = u.substr(1, u.size() - 2);
      r.url = std::string(u);
    }
    if (const std::string* date = Header("warc-date")) r.published = PublishedValue(*date);
    ctx_.sink->OnRecord(std::move(r));
  }

  StreamReader& in_;
  const ReadContext& ctx_;
  uint64_t index_ = 0;
  uint64_t start_ = 0;
  std::string line_;
  std::vector<std::pair<std::string, std::string>> headers_;
};

}  // namespace

void ReadWarc(StreamReader& in, const ReadContext& ctx) { WarcReader(in, ctx).Run(); }

}  // namespace newsgraph::ingest
