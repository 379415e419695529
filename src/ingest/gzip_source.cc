#include "ingest/gzip_source.h"

#include <zlib.h>

#include <cstring>
#include <string>
#include <vector>

namespace newsgraph::ingest {
namespace {

constexpr size_t kInputChunk = 256 * 1024;

class GzipByteSource : public ByteSource {
 public:
  explicit GzipByteSource(std::unique_ptr<ByteSource> in) : in_(std::move(in)), buf_(kInputChunk) {
    std::memset(&z_, 0, sizeof z_);
    ok_ = inflateInit2(&z_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipByteSource() override {
    if (ok_) inflateEnd(&z_);
  }

  Result<size_t> Read(char* out, size_t n) override {
    if (!ok_) return Status::Internal("cannot initialise zlib");
    if (!pending_error_.empty()) {
      std::string reason = std::move(pending_error_);
      pending_error_.clear();
      return Status::Corruption("corrupt gzip stream (" + reason + ")");
    }
    if (done_) return size_t{0};
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        Result<size_t> got = in_->Read(reinterpret_cast<char*>(buf_.data()), buf_.size());
        if (!got.ok()) {
          done_ = true;
          return got.status();
        }
        if (*got == 0) {
          done_ = true;
          // Resyncing after damage: the tail was garbage, already reported.
          if (in_member_ && !resyncing_) return Status::Corruption("truncated gzip stream");
          break;
        }
        z_.next_in = buf_.data();
        z_.avail_in = static_cast<uInt>(*got);
      }
      if (!in_member_) {
        if (members_ > 0 && !resyncing_) {
          // Zero padding after the last member (tape and block tools write it) is not an error.
          while (z_.avail_in > 0 && *z_.next_in == 0) {
            ++z_.next_in;
            --z_.avail_in;
          }
          if (z_.avail_in == 0) continue;
        }
        if (resyncing_ && !SeekMagic()) continue;  // need more input
        inflateReset2(&z_, 16 + MAX_WBITS);
        in_member_ = true;
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (z_.avail_out < n) resyncing_ = false;  // good output after a resync
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        ++members_;
        continue;
      }
      if (rc == Z_OK || rc == Z_BUF_ERROR) continue;
      if (rc == Z_MEM_ERROR) {
        done_ = true;
        return Status::Internal("zlib out of memory");
      }
      // Z_DATA_ERROR / Z_NEED_DICT / Z_STREAM_ERROR: damaged data. Skip to the next member.
      std::string reason = z_.msg ? z_.msg : "invalid data";
      bool report = !resyncing_;
      in_member_ = false;
      resyncing_ = true;
      // Step past the byte that started the damaged member so it is not found again.
      if (z_.avail_in > 0) {
        ++z_.next_in;
        --z_.avail_in;
      }
      size_t produced = n - z_.avail_out;
      if (report) {
        if (produced > 0) {
          // Hand out what was decoded first; report the damage on the next call.
          pending_error_ = reason;
          break;
        }
        return Status::Corruption("corrupt gzip stream (" + reason + ")");
      }
    }
    return n - z_.avail_out;
  }

 private:
  // Discards input up to the next gzip member header; false when more input is needed.
  bool SeekMagic() {
    while (z_.avail_in > 0) {
      const Bytef* p = static_cast<const Bytef*>(std::memchr(z_.next_in, 0x1f, z_.avail_in));
      if (p == nullptr) {
        z_.avail_in = 0;
        return false;
      }
      size_t skip = static_cast<size_t>(p - z_.next_in);
      z_.next_in += skip;
      z_.avail_in -= static_cast<uInt>(skip);
      if (z_.avail_in < 3) {
        // Keep the partial header: move it to the front and read more behind it.
        std::memmove(buf_.data(), z_.next_in, z_.avail_in);
        Result<size_t> got = in_->Read(reinterpret_cast<char*>(buf_.data()) + z_.avail_in,
                                       buf_.size() - z_.avail_in);
        if (!got.ok() || *got == 0) {
          z_.avail_in = 0;
          return false;
        }
        z_.next_in = buf_.data();
        z_.avail_in += static_cast<uInt>(*got);
        continue;
      }
      if (z_.next_in[1] == 0x8b && z_.next_in[2] == 0x08) return true;
      ++z_.next_in;
      --z_.avail_in;
    }
    return false;
  }

  std::unique_ptr<ByteSource> in_;
  std::vector<Bytef> buf_;
  z_stream z_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
  bool resyncing_ = false;
  uint64_t members_ = 0;  // complete members read
  std::string pending_error_;
};

}  // namespace

bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

std::unique_ptr<ByteSource> GzipSource(std::unique_ptr<ByteSource> compressed) {
  return std::make_unique<GzipByteSource>(std::move(compressed));
}

std::string GzipCompress(std::string_view data) {
  z_stream z{};
  std::string out;
  if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return out;
  out.resize(deflateBound(&z, static_cast<uLong>(data.size())) + 64);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace newsgraph::ingest
