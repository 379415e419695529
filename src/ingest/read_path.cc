// Entry points: files, folders (recursive, sorted, symlink loops skipped), standard input and
// in-memory buffers.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/byte_source.h"
#include "ingest/readers.h"
#include "newsgraph/ingest.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using ingest::ReadContext;

ingest::ProgressFn Progress(RecordSink& sink) {
  return [&sink](uint64_t n) { sink.OnBytesRead(n); };
}

void ReadFile(const std::string& path, const IngestOptions& options, RecordSink& sink) {
  ReadContext ctx{path, &options, &sink};
  std::string error;
  std::unique_ptr<ingest::ByteSource> src = ingest::OpenFileSource(path, &error, Progress(sink));
  if (!src) {
    ctx.Error(std::nullopt, std::nullopt, error);
    return;
  }
  ingest::ReadStream(std::move(src), fs::path(path).filename().string(), ctx);
}

using DirKey = std::pair<dev_t, ino_t>;

// Calls visit(path) for every regular file under `dir`, depth first in byte order of names.
// Hidden entries (".name") are skipped; a directory already on the current path (a symlink
// loop) is not entered again.
template <typename Visit, typename OnError>
void Walk(const std::string& dir, std::set<DirKey>& ancestors, Visit&& visit, OnError&& on_error) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) {
    on_error(dir, ingest::ErrnoText(errno));
    return;
  }
  DirKey key{st.st_dev, st.st_ino};
  if (!ancestors.insert(key).second) return;  // symlink loop
  std::vector<std::string> names;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    on_error(dir, "cannot read directory: " + ingest::ErrnoText(ec.value()));
    ancestors.erase(key);
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] != '.') names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  for (const std::string& name : names) {
    std::string path = prefix + name;
    struct stat es;
    if (::stat(path.c_str(), &es) != 0) {
      on_error(path, ingest::ErrnoText(errno));  // e.g. a dangling symlink
      continue;
    }
    if (S_ISDIR(es.st_mode)) {
      Walk(path, ancestors, visit, on_error);
    } else if (S_ISREG(es.st_mode)) {
      visit(path, static_cast<uint64_t>(es.st_size));
    }
  }
  ancestors.erase(key);
}

}  // namespace

void ReadPath(const std::string& path, const IngestOptions& options, RecordSink& sink,
              std::istream* stdin_stream) {
  if (path == "-") {
    ReadContext ctx{"-", &options, &sink};
    std::unique_ptr<ingest::ByteSource> src =
        stdin_stream ? ingest::IstreamSource(stdin_stream, Progress(sink))
                     : ingest::FdSource(0, Progress(sink));
    ingest::ReadStream(std::move(src), "", ctx);
    return;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    sink.OnError(InputError{path, std::nullopt, std::nullopt, ingest::ErrnoText(errno)});
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    ReadFile(path, options, sink);
    return;
  }
  std::set<DirKey> ancestors;
  Walk(
      path, ancestors, [&](const std::string& file, uint64_t) { ReadFile(file, options, sink); },
      [&](const std::string& p, const std::string& reason) {
        sink.OnError(InputError{p, std::nullopt, std::nullopt, reason});
      });
}

void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                RecordSink& sink) {
  ReadContext ctx{name, &options, &sink};
  ingest::ReadStream(ingest::MemorySource(bytes, Progress(sink)),
                     fs::path(name).filename().string(), ctx);
}

uint64_t TotalInputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    if (path == "-") continue;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) continue;
    if (!S_ISDIR(st.st_mode)) {
      if (S_ISREG(st.st_mode)) total += static_cast<uint64_t>(st.st_size);
      continue;
    }
    std::set<DirKey> ancestors;
    Walk(
        path, ancestors, [&](const std::string&, uint64_t size) { total += size; },
        [](const std::string&, const std::string&) {});
  }
  return total;
}

}  // namespace newsgraph
