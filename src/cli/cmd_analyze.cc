// `newsgraph analyze [--published YYYY-MM-DD] [--url URL] PATH|-`: reads one document and prints
// the world it describes as one JSON object (docs/formats/analysis.md). Plain text is analysed
// as is (offsets are byte offsets into the file's UTF-8 text); HTML, JSON Lines and WARC go
// through ingest and extraction first, and then each record gives one JSON object per line.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/utf8.h"
#include "newsgraph/analyze.h"
#include "newsgraph/extract.h"
#include "newsgraph/ingest.h"
#include "newsgraph/link.h"
#include "store/json_view.h"

namespace newsgraph::cli {
namespace {

struct AnalyzeArgs {
  std::string published;
  std::string url;
  std::string path;
  bool pretty = false;
};

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int m = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

bool EndsWith(const std::string& s, const char* suf) {
  std::string_view x(suf);
  return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// Plain text when the name says so, or when the bytes do not start like markup, JSON, WARC or gzip.
bool LooksPlain(const std::string& name, std::string_view bytes) {
  if (EndsWith(name, ".txt") || EndsWith(name, ".text")) return true;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".jsonl") ||
      EndsWith(name, ".warc") || EndsWith(name, ".gz"))
    return false;
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
  if (i >= bytes.size()) return true;
  if (bytes[i] == '<' || bytes[i] == '{') return false;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
      static_cast<unsigned char>(bytes[1]) == 0x8b)
    return false;
  if (bytes.compare(i, 5, "WARC/") == 0) return false;
  return true;
}

class Collector : public RecordSink {
 public:
  std::vector<Record> records;
  int errors = 0;
  void OnRecord(Record&& r) override { records.push_back(std::move(r)); }
  void OnError(const InputError& e) override {
    std::fprintf(stderr, "newsgraph analyze: %s\n", e.ToString().c_str());
    ++errors;
  }
};

// A text in another language is not read (AnalyzeOptions::english_only): say so, naming it.
// `where` is the file or "file: record N: " (InputError::ToString with no reason). Returns
// the language guessed, for AnalyzeOptions::language (the analysis need not guess again).
std::string NoteLanguage(std::string where, std::string_view text) {
  std::string lang = GuessLanguage(text);
  if (lang == "en") return lang;
  while (!where.empty() && (where.back() == ' ' || where.back() == ':')) where.pop_back();
  std::fprintf(stderr, "newsgraph analyze: %s: the text reads as %s, not English: nothing extracted\n",
               where.c_str(), lang.c_str());
  return lang;
}

// The analysis, plus "checks": its office claims checked against the built-in office-holder
// table (link stage; docs/checks.md).
void Print(const Analysis& a, std::string_view text, bool pretty) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(AnalysisToJson(a, -1));
  j["checks"] = ChecksJson(CheckOffices(a, text));
  std::string json = j.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
}

int Run(const AnalyzeArgs& args) {
  if (!args.published.empty() && !ValidDate(args.published)) {
    std::fprintf(stderr, "newsgraph analyze: --published: expected YYYY-MM-DD, got '%s'\n",
                 args.published.c_str());
    return kExitUsage;
  }
  constexpr size_t kMaxBytes = 64u << 20;
  std::string bytes;
  if (args.path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
  } else {
    std::ifstream in(args.path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "newsgraph analyze: %s: cannot open file\n", args.path.c_str());
      return kExitInputFailed;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (bytes.size() > kMaxBytes) {
    std::fprintf(stderr, "newsgraph analyze: %s: input larger than %zu bytes\n",
                 args.path.c_str(), kMaxBytes);
    return kExitInputFailed;
  }
  AnalyzeOptions opts;
  opts.published = args.published;
  if (LooksPlain(args.path, bytes)) {
    std::string text = utf8::IsValid(bytes) ? std::move(bytes) : ToUtf8(bytes, "", false);
    opts.language = NoteLanguage(args.path, text);
    Print(AnalyzeText(text, opts), text, args.pretty);
    return kExitOk;
  }
  Collector sink;
  ReadBuffer(args.path, bytes, IngestOptions{}, sink);
  int failed = sink.errors;
  for (auto& r : sink.records) {
    InputError where{r.source, r.record, r.offset, ""};
    if (!args.url.empty() && r.url.empty()) r.url = args.url;
    auto doc = ToDocument(std::move(r));
    if (!doc.ok()) {
      where.reason = doc.status().message();
      std::fprintf(stderr, "newsgraph analyze: %s\n", where.ToString().c_str());
      ++failed;
      continue;
    }
    AnalyzeOptions o = opts;
    if (o.published.empty() && doc.value().published.size() >= 10 &&
        ValidDate(doc.value().published.substr(0, 10)))
      o.published = doc.value().published.substr(0, 10);
    o.language = NoteLanguage(where.ToString(), doc.value().text);
    Print(AnalyzeText(doc.value().text, o), doc.value().text, args.pretty);
  }
  if (sink.records.empty() && failed == 0) {
    std::fprintf(stderr, "newsgraph analyze: %s: no document found\n", args.path.c_str());
    return kExitInputFailed;
  }
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app) {
  auto args = std::make_shared<AnalyzeArgs>();
  auto* cmd = app.add_subcommand(
      "analyze", "Read one document and print the people, offices, quotes, communications and "
                 "figures it describes as JSON");
  cmd->add_option("--published", args->published,
                  "Publication date YYYY-MM-DD: the anchor for relative dates");
  cmd->add_option("--url", args->url, "The document's URL (for HTML input)");
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON");
  cmd->add_option("path", args->path, "A file (text, HTML, JSON Lines, WARC) or - for stdin")
      ->required();
  cmd->callback([args] { ExitCode() = Run(*args); });
}

}  // namespace newsgraph::cli
