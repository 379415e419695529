// The HTTP response inside a WARC "response" record: status, headers and the decoded body.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::ingest {

struct HttpResponse {
  int status = 0;
  std::string content_type;       // as given, e.g. "text/html; charset=utf-8"
  std::string transfer_encoding;  // lower-case
  std::string content_encoding;   // lower-case
  std::string_view body;          // points into the parsed block
};

// Parses "HTTP/1.x NNN reason\r\nName: value\r\n...\r\n\r\nbody". False when `block` does not
// hold a complete response head.
bool ParseHttpResponse(std::string_view block, HttpResponse* out);

// The body with transfer and content codings removed (chunked; gzip, x-gzip, deflate), at most
// `limit` bytes. A body that is not actually coded as declared is returned as is (crawlers often
// store decoded bodies with the original headers). Returns false with *error set when a coded
// body is damaged, too large, or uses an unsupported coding.
bool DecodeHttpBody(const HttpResponse& response, uint64_t limit, std::string* body,
                    std::string* error);

}  // namespace newsgraph::ingest
