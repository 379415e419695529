#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace newsgraph::ingest {
namespace {

class FdByteSource : public ByteSource {
 public:
  FdByteSource(int fd, bool owned, ProgressFn progress)
      : fd_(fd), owned_(owned), progress_(std::move(progress)) {}
  ~FdByteSource() override {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    if (done_) return size_t{0};
    for (;;) {
      ssize_t got = ::read(fd_, buf, n);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        done_ = true;
        return Status::IOError("read error: " + ErrnoText(errno));
      }
      if (got == 0) done_ = true;
      if (got > 0 && progress_) progress_(static_cast<uint64_t>(got));
      return static_cast<size_t>(got);
    }
  }

 private:
  int fd_;
  bool owned_;
  bool done_ = false;
  ProgressFn progress_;
};

class IstreamByteSource : public ByteSource {
 public:
  IstreamByteSource(std::istream* in, ProgressFn progress)
      : in_(in), progress_(std::move(progress)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (!*in_) return size_t{0};
    in_->read(buf, static_cast<std::streamsize>(n));
    auto got = static_cast<size_t>(in_->gcount());
    if (in_->bad()) return Status::IOError("read error on input stream");
    if (got > 0 && progress_) progress_(got);
    return got;
  }

 private:
  std::istream* in_;
  ProgressFn progress_;
};

class MemoryByteSource : public ByteSource {
 public:
  MemoryByteSource(std::string_view bytes, ProgressFn progress)
      : bytes_(bytes), progress_(std::move(progress)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t got = std::min(n, bytes_.size() - pos_);
    if (got > 0) std::memcpy(buf, bytes_.data() + pos_, got);
    pos_ += got;
    if (got > 0 && progress_) progress_(got);
    return got;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  ProgressFn progress_;
};

class PrefixedByteSource : public ByteSource {
 public:
  PrefixedByteSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < prefix_.size()) {
      size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, take);
      pos_ += take;
      return take;
    }
    return rest_->Read(buf, n);
  }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

}  // namespace

std::unique_ptr<ByteSource> PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest) {
  return std::make_unique<PrefixedByteSource>(std::move(prefix), std::move(rest));
}

std::string ErrnoText(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

std::unique_ptr<ByteSource> OpenFileSource(const std::string& path, std::string* error,
                                           ProgressFn progress) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    *error = ErrnoText(errno);
    return nullptr;
  }
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  return std::make_unique<FdByteSource>(fd, true, std::move(progress));
}

std::unique_ptr<ByteSource> FdSource(int fd, ProgressFn progress) {
  return std::make_unique<FdByteSource>(fd, false, std::move(progress));
}

std::unique_ptr<ByteSource> IstreamSource(std::istream* in, ProgressFn progress) {
  return std::make_unique<IstreamByteSource>(in, std::move(progress));
}

std::unique_ptr<ByteSource> MemorySource(std::string_view bytes, ProgressFn progress) {
  return std::make_unique<MemoryByteSource>(bytes, std::move(progress));
}

}  // namespace newsgraph::ingest
