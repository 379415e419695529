#include "ingest/stream_reader.h"

#include <algorithm>
#include <cstring>

namespace newsgraph::ingest {
namespace {
constexpr size_t kChunk = 256 * 1024;
}  // namespace

Result<bool> StreamReader::Fill() {
  if (!pending_.ok()) {
    Status s = std::move(pending_);
    pending_ = Status::Ok();
    return s;
  }
  if (eof_) return false;
  if (pos_ > 0 && (pos_ == buf_.size() || pos_ >= kChunk)) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  // Read into a fixed chunk and append what came: growing buf_ by a whole chunk first would
  // zero-fill 256 KiB per call, which costs more than the copy for the usual small page.
  if (!chunk_) chunk_.reset(new char[kChunk]);
  Result<size_t> got = source_->Read(chunk_.get(), kChunk);
  if (!got.ok()) return got.status();
  buf_.append(chunk_.get(), *got);
  if (*got == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

Result<std::string_view> StreamReader::Peek(size_t n) {
  while (Available() < n) {
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  return std::string_view(buf_).substr(pos_);
}

std::string_view StreamReader::PeekBeforeError(size_t n) {
  while (pending_.ok() && Available() < n) {
    Result<bool> more = Fill();
    if (!more.ok()) {
      pending_ = more.status();
      break;
    }
    if (!*more) break;
  }
  return std::string_view(buf_).substr(pos_);
}

Status StreamReader::ReadLine(std::string* line, size_t max, LineStatus* status) {
  line->clear();
  bool any = false;
  bool too_long = false;
  for (;;) {
    if (Available() == 0) {
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    const char* start = buf_.data() + pos_;
    size_t avail = Available();
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', avail));
    size_t take = nl ? static_cast<size_t>(nl - start) : avail;
    any = true;
    if (!too_long) {
      if (line->size() + take > max) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    size_t consumed = take + (nl ? 1 : 0);
    pos_ += consumed;
    offset_ += consumed;
    if (nl) break;
  }
  if (!any) {
    *status = LineStatus::kEof;
    return Status::Ok();
  }
  if (too_long) {
    *status = LineStatus::kTooLong;
    return Status::Ok();
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  *status = LineStatus::kOk;
  return Status::Ok();
}

Result<size_t> StreamReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (Available() == 0) {
      // Large reads go straight to the destination, past the buffer.
      if (n - done >= kChunk && !eof_ && pending_.ok()) {
        // Grow geometrically: a large `n` is a limit, not a size to allocate up front.
        size_t step = std::min(n - done, std::max(kChunk, out->size()));
        size_t old = out->size();
        out->resize(old + step);
        Result<size_t> got = source_->Read(out->data() + old, step);
        if (!got.ok()) {
          out->resize(old);
          return got.status();
        }
        out->resize(old + *got);
        if (*got == 0) {
          eof_ = true;
          break;
        }
        done += *got;
        offset_ += *got;
        continue;
      }
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    size_t take = std::min(n - done, Available());
    out->append(buf_.data() + pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

Result<uint64_t> StreamReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (Available() == 0) {
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, Available()));
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

void StreamReader::Unread(std::string_view bytes) {
  if (bytes.size() <= pos_ &&
      std::memcmp(buf_.data() + pos_ - bytes.size(), bytes.data(), bytes.size()) == 0) {
    pos_ -= bytes.size();
  } else {
    buf_.erase(0, pos_);
    buf_.insert(0, bytes);
    pos_ = 0;
  }
  offset_ -= bytes.size();
}

}  // namespace newsgraph::ingest
