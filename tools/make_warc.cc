// make_warc: writes a WARC 1.0 file holding web pages, for end-to-end ingest runs and tests.
//
//   make_warc OUT.warc.gz ../shared/data/article-extraction-benchmark/html/*.html.gz
//
// One "warcinfo" record, then one "response" record per input (an HTTP/1.1 200 response whose
// Content-Type is text/html for .html/.htm and text/plain otherwise; no charset, so the reader
// sniffs <meta>), with WARC-Target-URI http://example.com/<file name without .gz>. Inputs ending
// in .gz are decompressed first; folders are walked recursively in sorted order. OUT ending in
// .gz gets one gzip member per record (as crawlers write them); otherwise plain WARC.
// The output is deterministic: record ids derive from the content, WARC-Date is --date.

#include <zlib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/gzip_source.h"

namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Inflates a (multi-member) gzip file; false when damaged.
bool Gunzip(const std::string& gz, std::string* out) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  out->clear();
  char buf[1 << 16];
  bool ok = true;
  while (z.avail_in > 0) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_NO_FLUSH);
    out->append(buf, sizeof buf - z.avail_out);
    if (rc == Z_STREAM_END) {
      if (z.avail_in > 0) inflateReset(&z);  // next member
      continue;
    }
    if (rc != Z_OK) {
      ok = false;
      break;
    }
  }
  inflateEnd(&z);
  return ok;
}


// A stable urn:uuid from the record's content (two FNV-1a 64-bit hashes).
std::string RecordId(const std::string& a, const std::string& b) {
  uint64_t h1 = 1469598103934665603ull, h2 = 1099511628211ull * 31;
  for (char c : a + '\n' + b) {
    h1 = (h1 ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h2 = (h2 ^ static_cast<unsigned char>(c)) * 1099511628211ull + 7;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-4%03x-8%03x-%012llx>",
                static_cast<unsigned>(h1 >> 32), static_cast<unsigned>((h1 >> 16) & 0xffff),
                static_cast<unsigned>(h1 & 0xfff), static_cast<unsigned>(h2 >> 52),
                static_cast<unsigned long long>(h2 & 0xffffffffffffull));
  return buf;
}

std::string Record(const std::string& type, const std::string& uri, const std::string& date,
                   const std::string& content_type, const std::string& block) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  r += "WARC-Record-ID: " + RecordId(uri, block) + "\r\n";
  r += "WARC-Date: " + date + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

void Collect(const fs::path& p, std::vector<fs::path>* out) {
  if (fs::is_directory(p)) {
    std::vector<fs::path> entries;
    for (const auto& e : fs::directory_iterator(p)) entries.push_back(e.path());
    std::sort(entries.begin(), entries.end());
    for (const auto& e : entries) Collect(e, out);
  } else {
    out->push_back(p);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes a WARC file (one gzip member per record for .gz) holding the given pages."};
  std::string out_path;
  std::vector<std::string> inputs;
  std::string date = "2024-01-01T00:00:00Z";
  app.add_option("OUT", out_path, "output file: .warc or .warc.gz")->required();
  app.add_option("FILE", inputs, "HTML or text files (.gz accepted) or folders")->required();
  app.add_option("--date", date, "WARC-Date of every record")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    if (!fs::exists(in)) {
      std::cerr << "make_warc: " << in << ": no such file or directory\n";
      return 1;
    }
    Collect(in, &files);
  }
  bool gz = EndsWith(out_path, ".gz");
  std::ofstream out(out_path, std::ios::binary);
  if (!out) {
    std::cerr << "make_warc: cannot write " << out_path << "\n";
    return 1;
  }
  auto write = [&](const std::string& record) {
    std::string bytes = gz ? newsgraph::ingest::GzipCompress(record) : record;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  };
  write(Record("warcinfo", "", date, "application/warc-fields",
               "software: newsgraph make_warc\r\nformat: WARC File Format 1.0\r\n"));
  size_t written = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string name = f.filename().string();
    if (EndsWith(name, ".gz")) {
      std::string plain;
      if (!Gunzip(bytes, &plain)) {
        std::cerr << "make_warc: " << f.string() << ": damaged gzip, skipped\n";
        continue;
      }
      bytes = std::move(plain);
      name.resize(name.size() - 3);
    }
    bool html = EndsWith(name, ".html") || EndsWith(name, ".htm");
    std::string http =
        "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(html ? "text/html" : "text/plain") +
        "\r\nContent-Length: " + std::to_string(bytes.size()) + "\r\n\r\n" + bytes;
    write(Record("response", "http://example.com/" + name, date,
                 "application/http; msgtype=response", http));
    ++written;
  }
  if (!out.flush()) {
    std::cerr << "make_warc: write error on " << out_path << "\n";
    return 1;
  }
  std::cerr << "make_warc: wrote " << written << " pages to " << out_path << "\n";
  return 0;
}
