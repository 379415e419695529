// `newsgraph extract [--url URL] PATH...`: reads inputs like `ingest` does and writes one JSON
// object per document to stdout (JSON Lines): source, record, url, title, text, published,
// authors, site, language. Failures are named on stderr and make the exit code 1.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "newsgraph/extract.h"
#include "newsgraph/ingest.h"

namespace newsgraph::cli {
namespace {

class ExtractSink : public RecordSink {
 public:
  explicit ExtractSink(std::string url) : url_(std::move(url)) {}

  void OnRecord(Record&& record) override {
    if (!url_.empty() && record.url.empty()) record.url = url_;
    std::string source = record.source;
    uint64_t index = record.record;
    InputError where{source, index, record.offset, ""};
    Result<Document> doc = ToDocument(std::move(record), options_);
    if (!doc.ok()) {
      where.reason = doc.status().message();
      std::fprintf(stderr, "newsgraph extract: %s\n", where.ToString().c_str());
      failed_ = true;
      return;
    }
    nlohmann::ordered_json j = {{"source", source},        {"record", index},
                        {"url", doc->url},         {"title", doc->title},
                        {"text", doc->text},       {"published", doc->published},
                        {"authors", doc->authors}, {"site", doc->site},
                        {"language", doc->language}};
    std::string line = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }

  void OnError(const InputError& error) override {
    std::fprintf(stderr, "newsgraph extract: %s\n", error.ToString().c_str());
    failed_ = true;
  }

  bool failed() const { return failed_; }

 private:
  std::string url_;
  ExtractOptions options_;
  bool failed_ = false;
};

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "extract",
      "Extract each input's article (main text, title, date, authors, site, language) as JSON Lines");
  static std::vector<std::string> paths;
  static std::string url;
  cmd->add_option("--url", url, "URL of the page(s), when the input does not carry one");
  cmd->add_option("paths", paths, "files, folders, or - for standard input")->required();
  cmd->callback([] {
    ExtractSink sink(url);
    for (const std::string& p : paths) ReadPath(p, IngestOptions{}, sink);
    std::fflush(stdout);
    ExitCode() = sink.failed() ? kExitInputFailed : kExitOk;
  });
}

}  // namespace newsgraph::cli
