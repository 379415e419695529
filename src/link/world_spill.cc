// SpillFile: the world's append-only temporary file (see world_spill.h).
#include "link/world_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace newsgraph::world {
namespace {

constexpr size_t kBuffer = 1u << 20;

}  // namespace

SpillFile::SpillFile(std::string dir) : dir_(std::move(dir)) {}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

uint64_t SpillFile::Append(const void* data, size_t n) {
  const uint64_t at = size();
  // the buffer stays within its size (a record of more is written at once)
  if (!failed_ && !buffer_.empty() && buffer_.size() + n > kBuffer) Flush();
  if (const size_t want = buffer_.size() + n; !failed_ && want > buffer_.capacity() && want <= kBuffer)
    buffer_.reserve(std::min(kBuffer, std::max(want, 2 * buffer_.capacity())));
  const char* bytes = static_cast<const char*>(data);
  buffer_.insert(buffer_.end(), bytes, bytes + n);
  if (buffer_.size() >= kBuffer && !failed_) Flush();
  return at;
}

void SpillFile::Flush() {
  if (fd_ < 0) {
    std::string dir = dir_;
    if (dir.empty()) {
      const char* t = std::getenv("TMPDIR");
      dir = t && *t ? t : "/tmp";
    }
    std::string path = dir + "/newsgraph-world-XXXXXX";
    fd_ = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd_ < 0) {
      failed_ = true;
      status_ = Status::IOError("world spill file: cannot create a file in " + dir + ": " +
                                std::strerror(errno) + "; the world keeps its records in memory");
      return;
    }
    ::unlink(path.c_str());  // the file goes with the world
  }
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t w = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done,
                               static_cast<off_t>(written_ + done));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      failed_ = true;
      status_ = Status::IOError(
          "world spill file: cannot write " + std::to_string(buffer_.size() - done) +
          " bytes at offset " + std::to_string(written_ + done) + ": " +
          std::strerror(w < 0 ? errno : ENOSPC) + "; the world keeps its records in memory");
      break;
    }
    done += static_cast<size_t>(w);
  }
  written_ += done;
  buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<long>(done));
}

void SpillFile::Read(uint64_t at, void* out, size_t n) const {
  char* o = static_cast<char*>(out);
  // the part on the file
  while (n > 0 && at < written_) {
    const size_t want = static_cast<size_t>(std::min<uint64_t>(n, written_ - at));
    const ssize_t r = ::pread(fd_, o, want, static_cast<off_t>(at));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {  // the file was written, so it reads back; nothing sensible is left to do
      std::memset(o, 0, n);
      return;
    }
    o += r;
    at += static_cast<uint64_t>(r);
    n -= static_cast<size_t>(r);
  }
  if (n > 0) std::memcpy(o, buffer_.data() + (at - written_), n);
}

uint64_t SpillWriter::WriteTo(SpillFile& file) {
  const uint32_t n = static_cast<uint32_t>(bytes_.size());
  const uint64_t at = file.Append(&n, sizeof n);
  file.Append(bytes_.data(), bytes_.size());  // right after the length
  bytes_.clear();
  return at;
}

SpillReader::SpillReader(const SpillFile& file, uint64_t at) {
  uint32_t n = 0;
  file.Read(at, &n, sizeof n);
  bytes_.resize(n);
  if (n) file.Read(at + sizeof n, bytes_.data(), n);
}

}  // namespace newsgraph::world
