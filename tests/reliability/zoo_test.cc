// The bad-input zoo (scripts/reliability/make-zoo.py: truncations, bit flips, lying charsets,
// gzip bombs, 100 MB lines, lying WARC lengths, deep nesting, unreadable files, symlink loops...)
// read by one `newsgraph ingest` run: every bad file is named on stderr with its reason, good
// and repairable ones are stored, the run goes on to the end, the store is sound, and peak
// memory stays bounded. Under sanitizers the big files are smaller (and ingest's per-document
// cap lower) so the test keeps to a few minutes. Linking is off (--no-link): the readers are
// under test here; the crash loop covers the link tables.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/cli_util.h"
#include "common/peak_memory.h"
#include "reliability/store_dump.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

#ifdef NEWSGRAPH_TEST_ASAN
constexpr int kBigMb = 20, kBombMb = 256, kCapMb = 16;
#else
constexpr int kBigMb = 100, kBombMb = 1024, kCapMb = 64;
#endif
// Peak resident memory allowed for the whole ingest run. The pipeline holds at most 256 MiB of
// records and documents in its queues (pipeline.h) plus, per reader and worker, one record of at
// most the per-document cap being read, decoded and extracted; with 2 workers: 256 + 4 x 64 MiB
// and the process's own ~100 MB (model, tables, SQLite cache).
constexpr long kMaxPeakMb = 256 + 4 * kCapMb + 100;

struct Child {
  int exit_code = -1;
  long max_rss_kb = 0;
  std::string out, err;
};

// Runs `argv` with stdout/stderr to files, and its peak memory from wait4.
Child RunMeasured(const std::vector<std::string>& argv, const fs::path& io) {
  std::string out = (io / "stdout").string(), err = (io / "stderr").string();
  pid_t pid = fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = ::open("/dev/null", O_RDONLY);
    dup2(in, 0), dup2(o, 1), dup2(e, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  Child c;
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  c.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  c.max_rss_kb = ru.ru_maxrss;
  auto slurp = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  c.out = slurp(out);
  c.err = slurp(err);
  return c;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string FromHex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

// Makes the zoo unless one made with the same sizes by the current script is there.
nlohmann::json MakeZoo(const fs::path& zoo) {
  const fs::path script = fs::path(NEWSGRAPH_SOURCE_DIR) / "scripts/reliability/make-zoo.py";
  const fs::path manifest = zoo / "manifest.json";
  if (fs::exists(manifest) && fs::last_write_time(manifest) > fs::last_write_time(script)) {
    std::ifstream in(manifest);
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_object() && j["big_mb"] == kBigMb && j["bomb_mb"] == kBombMb && j["cap_mb"] == kCapMb) return j;
  }
  CliResult made = RunCliProgram("/usr/bin/env", {"python3", script.string(), "--out", zoo.string(), "--big-mb",
                                                  std::to_string(kBigMb), "--bomb-mb", std::to_string(kBombMb),
                                                  "--cap-mb", std::to_string(kCapMb)});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  std::ifstream in(manifest);
  return nlohmann::json::parse(in, nullptr, false);
}

TEST(Zoo, EveryBadInputIsNamedWithItsReasonAndTheRunGoesOn) {
  const fs::path zoo = NEWSGRAPH_ZOO_DIR;
  const nlohmann::json manifest = MakeZoo(zoo);
  ASSERT_TRUE(manifest.is_object());
  const auto& files = manifest["files"];
  ASSERT_GE(files.size(), 200u);
  const std::string root = (zoo / "files").string();

  TempDir dir;
  const std::string db = (dir.path() / "zoo.db").string();
  Child run = RunMeasured({NEWSGRAPH_BINARY, "ingest", "--db", db, "--no-link", "--json", "--quiet", "--threads", "2",
                           "--max-doc-mb", std::to_string(kCapMb), root},
                          dir.path());
  // Some inputs failed, and the run went on to its summary.
  ASSERT_EQ(run.exit_code, 1) << run.err.substr(0, 4000);
  auto summary = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_TRUE(summary.is_object()) << run.out;
  ASSERT_EQ(CheckStore(db), "ok");

  // stderr: "newsgraph: <path>: <where and reason>", one line per failure.
  std::map<std::string, std::vector<std::string>> errors;  // path -> what follows it
  std::istringstream lines(run.err);
  int error_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    ++error_lines;
    ASSERT_EQ(line.rfind("newsgraph: " + root + "/", 0), 0u) << "an error that names no zoo file: " << line;
    std::string rest = line.substr(11);
    // The longest manifest path that prefixes the line is its file (paths hold ": " rarely).
    errors[rest.substr(0, rest.find(": "))].push_back(rest.substr(rest.find(": ") + 2));
  }
  std::set<std::string> stored;
  {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "SELECT DISTINCT source FROM places", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      stored.emplace(reinterpret_cast<const char*>(sqlite3_column_blob(st, 0)),
                     static_cast<size_t>(sqlite3_column_bytes(st, 0)));
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
  }

  std::map<std::string, int> outcome;  // "error", "stored", "both", "silent" -> files
  std::set<std::string> named;
  for (const auto& f : files) {
    const std::string rel = f.contains("path_hex") ? FromHex(f["path_hex"]) : f["path"].get<std::string>();
    const std::string path = root + "/" + rel;
    std::string expect = f["expect"];
    if (f.value("unreadable", false) && ::geteuid() == 0) expect = "stored";  // root reads chmod 000 files
    const auto it = errors.find(path);
    const bool has_error = it != errors.end();
    const bool is_stored = stored.count(path) > 0;
    if (has_error) named.insert(path);
    outcome[has_error && is_stored ? "both" : has_error ? "error" : is_stored ? "stored" : "silent"]++;
    const std::string what = rel + " (" + f["why"].get<std::string>() + ")";
    if (has_error) {
      for (const auto& reason : it->second) EXPECT_GT(reason.size(), 3u) << what << ": an error without a reason";
    }
    if (expect == "error") {
      EXPECT_TRUE(has_error) << what << ": not named on stderr";
      if (has_error && f.contains("reason")) {
        bool found = false;
        for (const auto& reason : it->second) found |= Lower(reason).find(Lower(f["reason"])) != std::string::npos;
        EXPECT_TRUE(found) << what << ": no error says '" << f["reason"].get<std::string>() << "'; got: " << it->second[0];
      }
    } else if (expect == "stored") {
      EXPECT_TRUE(is_stored) << what << ": nothing stored"
                             << (has_error ? "; error: " + it->second[0] : std::string());
    } else if (expect == "any") {
      EXPECT_TRUE(has_error || is_stored) << what << ": silently dropped (neither stored nor named)";
    } else if (expect == "skipped") {
      EXPECT_FALSE(has_error || is_stored) << what;
    }
  }
  // Every error line belongs to a file of the manifest.
  for (const auto& [path, reasons] : errors) EXPECT_TRUE(named.count(path)) << "error for an unlisted file " << path;

  const long peak_mb = run.max_rss_kb / 1024;
  std::cout << "zoo: " << files.size() << " files, " << error_lines << " error lines; " << outcome["error"]
            << " named only, " << outcome["stored"] << " stored only, " << outcome["both"]
            << " stored in part and named, " << outcome["silent"] << " neither; " << summary["added"]
            << " documents stored; peak memory " << peak_mb << " MB" << std::endl;
  RecordProperty("files", static_cast<int>(files.size()));
  RecordProperty("peak_mb", static_cast<int>(peak_mb));
#ifndef NEWSGRAPH_TEST_ASAN
  EXPECT_LE(peak_mb, kMaxPeakMb) << "peak memory of the zoo run";
#endif
}

// chmod 000 means nothing to root; so an unreadable file (made here, not in the shared zoo folder
// that the other test may be rewriting) is read as the user nobody.
TEST(Zoo, UnreadableFileAsAnUnprivilegedUser) {
  TempDir dir;
  ::chmod(dir.path().c_str(), 0777);
  const std::string file = dir.Write("unreadable.txt", "Ministers met in Geneva on Friday to resume the grain talks.\n");
  ::chmod(file.c_str(), 0);
  const std::string db = (dir.path() / "u.db").string();
  CliResult r;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "root without setpriv: root reads chmod 000 files";
    r = RunCliProgram("/usr/bin/setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", NEWSGRAPH_BINARY,
                                           "ingest", "--db", db, "--no-link", "--quiet", file});
  } else {
    r = RunCli({"ingest", "--db", db, "--no-link", "--quiet", file});
  }
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CountLines(r.err, file + ": permission denied"), 1) << r.err;
}

}  // namespace
}  // namespace newsgraph::testing
