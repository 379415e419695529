// Throughput of each ingest reader in MB/s (bytes of input per second), on inputs built in
// memory: plain text, HTML, JSON Lines, WARC and WARC.gz (one gzip member per record). The HTML
// pages come from NEWSGRAPH_SHARED_DIR/data/article-extraction-benchmark/html when present, else
// synthetic pages are generated.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/gzip_source.h"
#include "newsgraph/ingest.h"

namespace {

class CountingSink : public newsgraph::RecordSink {
 public:
  void OnRecord(newsgraph::Record&& r) override { bytes += r.content.size(), ++records; }
  void OnError(const newsgraph::InputError&) override { ++errors; }
  uint64_t bytes = 0, records = 0, errors = 0;
};


std::string Gunzip(const std::string& gz) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  inflateInit2(&z, 16 + MAX_WBITS);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (rc == Z_OK && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  return out;
}

// A deterministic article-like paragraph of about `n` bytes.
std::string Prose(size_t n, unsigned seed) {
  static const char* const kWords[] = {
      "the",     "minister", "said",     "on",      "Tuesday",   "that",      "talks",    "with",
      "Ukraine", "would",    "continue", "in",      "Vienna",    "officials", "reported", "café",
      "growth",  "of",       "3.2",      "percent", "according", "to",        "sources."};
  std::string s;
  unsigned x = seed * 2654435761u + 1;
  while (s.size() < n) {
    x = x * 1103515245u + 12345u;
    s += kWords[(x >> 16) % (sizeof kWords / sizeof kWords[0])];
    s += (x >> 8) % 17 == 0 ? ".\n\n" : " ";
  }
  return s;
}

std::vector<std::string> Pages() {
  std::vector<std::string> pages;
  std::filesystem::path dir =
      std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "data/article-extraction-benchmark/html";
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (f.extension() == ".gz") bytes = Gunzip(bytes);
      if (!bytes.empty()) pages.push_back(std::move(bytes));
    }
  }
  if (pages.empty()) {
    for (unsigned i = 0; i < 100; ++i) {
      pages.push_back("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " +
                      std::to_string(i) + "</title></head><body><article><p>" + Prose(30000, i) +
                      "</p></article></body></html>");
    }
  }
  return pages;
}

const std::vector<std::string>& CachedPages() {
  static const std::vector<std::string> pages = Pages();
  return pages;
}

std::string WarcRecord(const std::string& uri, const std::string& page) {
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                      std::to_string(page.size()) + "\r\n\r\n" + page;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-05T10:20:30Z\r\nContent-Type: application/http; msgtype=response"
         "\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// Reads the same input under `name` once per iteration; reports input bytes per second.
void Run(benchmark::State& state, const std::string& name, const std::string& input,
         uint64_t raw_bytes) {
  CountingSink last;
  for (auto _ : state) {
    CountingSink sink;
    newsgraph::ReadBuffer(name, input, {}, sink);
    benchmark::DoNotOptimize(sink.bytes);
    last = sink;
  }
  if (last.errors > 0) state.SkipWithError("the input produced errors");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * raw_bytes));
  state.counters["records"] = static_cast<double>(last.records);
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(last.records * state.iterations()), benchmark::Counter::kIsRate);
}

// Sweeps the file size: one text file of state.range(0) bytes.
void BM_Text(benchmark::State& state) {
  const std::string text =
      "A headline for the benchmark\n\n" + Prose(static_cast<size_t>(state.range(0)), 7);
  Run(state, "story.txt", text, text.size());
}

void BM_Html(benchmark::State& state) {
  // One page per call, as files are read; the figure is over all pages.
  const auto& pages = CachedPages();
  uint64_t total = 0;
  for (const auto& p : pages) total += p.size();
  CountingSink sink;
  for (auto _ : state) {
    for (const auto& p : pages) newsgraph::ReadBuffer("page.html", p, {}, sink);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total));
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(pages.size() * state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Jsonl(benchmark::State& state) {
  static const std::string jsonl = [] {
    std::string s;
    for (unsigned i = 0; i < 400; ++i) {
      std::string text = Prose(10000, i);
      std::string escaped;
      for (char c : text) {
        if (c == '\n')
          escaped += "\\n";
        else if (c == '"')
          escaped += "\\\"";
        else
          escaped += c;
      }
      s += "{\"url\":\"http://example.com/" + std::to_string(i) + "\",\"title\":\"Story " +
           std::to_string(i) +
           "\",\"published\":\"2024-03-05T10:20:30Z\",\"source\":\"Bench\","
           "\"authors\":[\"A B\"],\"text\":\"" +
           escaped + "\"}\n";
    }
    return s;
  }();
  Run(state, "a.jsonl", jsonl, jsonl.size());
}

const std::string& WarcBytes() {
  static const std::string warc = [] {
    std::string s;
    const auto& pages = CachedPages();
    for (size_t i = 0; i < pages.size(); ++i) {
      s += WarcRecord("http://example.com/" + std::to_string(i), pages[i]);
    }
    return s;
  }();
  return warc;
}

void BM_Warc(benchmark::State& state) { Run(state, "a.warc", WarcBytes(), WarcBytes().size()); }

void BM_WarcGz(benchmark::State& state) {
  static const std::string gz = [] {
    std::string s;
    const auto& pages = CachedPages();
    for (size_t i = 0; i < pages.size(); ++i) {
      s += newsgraph::ingest::GzipCompress(WarcRecord("http://example.com/" + std::to_string(i), pages[i]));
    }
    return s;
  }();
  // Bytes processed = decompressed WARC bytes, comparable with BM_Warc; the compressed size is
  // reported as a counter.
  Run(state, "a.warc.gz", gz, WarcBytes().size());
  state.counters["gz_MB"] = static_cast<double>(gz.size()) / 1e6;
}

BENCHMARK(BM_Text)->Arg(4 << 10)->Arg(256 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Html)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Jsonl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Warc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WarcGz)->Unit(benchmark::kMillisecond);

}  // namespace
