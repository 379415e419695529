// Helpers for the ingest tests: a sink that collects everything, temp folders, gzip, WARC bytes.
#pragma once

#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "ingest/gzip_source.h"
#include "newsgraph/ingest.h"

namespace newsgraph::testing {

class CollectingSink : public RecordSink {
 public:
  void OnRecord(Record&& r) override { records.push_back(std::move(r)); }
  void OnError(const InputError& e) override { errors.push_back(e.ToString()); }
  void OnBytesRead(uint64_t n) override { bytes += n; }
  std::vector<Record> records;
  std::vector<std::string> errors;
  uint64_t bytes = 0;
};

// A fresh folder under the system temp dir, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("ngingest-" + std::to_string(rd()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string Path(const std::string& name) const { return (path_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = Path(name);
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// One gzip member holding `data`.
inline std::string Gzip(const std::string& data) { return ingest::GzipCompress(data); }

// A WARC record: version line, headers, Content-Length, block, "\r\n\r\n".
inline std::string WarcRecord(const std::string& type, const std::string& uri,
                              const std::string& block, const std::string& content_type,
                              const std::string& version = "WARC/1.0") {
  std::string r = version + "\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2024-03-05T10:20:30Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  if (!content_type.empty()) r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

inline std::string HttpResponse(const std::string& body, const std::string& content_type) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

inline std::string Page(const std::string& title) {
  return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" + title +
         " body text.</p></body></html>";
}

}  // namespace newsgraph::testing
