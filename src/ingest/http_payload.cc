#include "ingest/http_payload.h"
#include "core/ascii.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

#include "ingest/gzip_source.h"

namespace newsgraph::ingest {
namespace {

using ascii::Lower;
using ascii::Trim;

// Removes chunked coding; false when `in` is not well-formed chunked data.
bool Dechunk(std::string_view in, uint64_t limit, std::string* out) {
  out->clear();
  size_t p = 0;
  for (;;) {
    size_t eol = in.find('\n', p);
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = Trim(in.substr(p, eol - p));
    size_t semi = size_line.find(';');
    if (semi != std::string_view::npos) size_line = Trim(size_line.substr(0, semi));
    if (size_line.empty() || size_line.size() > 15) return false;
    uint64_t n = 0;
    for (char c : size_line) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
      n = n * 16 +
          static_cast<uint64_t>(std::isdigit(static_cast<unsigned char>(c))
                                    ? c - '0'
                                    : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
    }
    p = eol + 1;
    if (n == 0) return true;  // trailers ignored
    if (n > in.size() - p || out->size() + n > limit) return false;
    out->append(in.substr(p, n));
    p += n;
    if (in.substr(p, 2) == "\r\n") {
      p += 2;
    } else if (in.substr(p, 1) == "\n") {
      p += 1;
    } else {
      return false;
    }
  }
}

// Inflates gzip (window bits 16+15), zlib or raw deflate data.
bool Inflate(std::string_view in, int window_bits, uint64_t limit, std::string* out) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, window_bits) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char buf[64 * 1024];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out->append(buf, sizeof buf - z.avail_out);
    if (out->size() > limit) {
      rc = Z_MEM_ERROR;
      break;
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;  // truncated
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END;
}

}  // namespace

bool ParseHttpResponse(std::string_view block, HttpResponse* out) {
  if (block.substr(0, 5) != "HTTP/") return false;
  size_t head_end = block.find("\r\n\r\n");
  size_t body_start = head_end + 4;
  size_t lf = block.find("\n\n");
  if (lf != std::string_view::npos && (head_end == std::string_view::npos || lf < head_end)) {
    head_end = lf;
    body_start = lf + 2;
  }
  if (head_end == std::string_view::npos) return false;
  std::string_view head = block.substr(0, head_end);
  out->body = block.substr(body_start);
  size_t eol = head.find('\n');
  std::string_view status_line = head.substr(0, eol);
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos || sp + 4 > status_line.size()) return false;
  int code = 0;
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(status_line[i]))) return false;
    code = code * 10 + (status_line[i] - '0');
  }
  out->status = code;
  while (eol != std::string_view::npos) {
    size_t next = head.find('\n', eol + 1);
    std::string_view line =
        head.substr(eol + 1, next == std::string_view::npos ? next : next - eol - 1);
    eol = next;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      out->content_type = std::string(value);
    } else if (name == "transfer-encoding") {
      out->transfer_encoding = Lower(value);
    } else if (name == "content-encoding") {
      out->content_encoding = Lower(value);
    }
  }
  return true;
}

bool DecodeHttpBody(const HttpResponse& response, uint64_t limit, std::string* body,
                    std::string* error) {
  std::string_view data = response.body;
  std::string dechunked;
  if (response.transfer_encoding.find("chunked") != std::string::npos &&
      Dechunk(data, limit, &dechunked)) {
    data = dechunked;
  }
  const std::string& ce = response.content_encoding;
  if (ce.empty() || ce == "identity" || ce == "none") {
    *body = std::string(data);
    return true;
  }
  if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") {
    bool looks_coded = ce == "deflate" ? !data.empty() && data[0] != '<' : IsGzip(data);
    if (!looks_coded) {
      *body = std::string(data);
      return true;
    }
    bool ok = ce == "deflate" ? (Inflate(data, MAX_WBITS, limit, body) ||
                                 Inflate(data, -MAX_WBITS, limit, body))
                              : Inflate(data, 16 + MAX_WBITS, limit, body);
    if (!ok) {
      *error = "HTTP body: damaged or oversized " + ce + " Content-Encoding";
      return false;
    }
    return true;
  }
  *error = "HTTP body: unsupported Content-Encoding \"" + ce + "\"";
  return false;
}

}  // namespace newsgraph::ingest
