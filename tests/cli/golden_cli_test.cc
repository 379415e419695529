// Golden files of the link stage's commands: the sample corpus (data/sample: the seeds, the
// Wikinews texts and the reports written for the demo) is ingested and linked, and what
// `people`, `person`, `events`, `conflicts`, `copies` and `stories` print, as text and as JSON
// Lines, must equal tests/cli/golden/<name>. A change in linking shows up here line by line.
//
// After an intended change, rewrite the files and review their diff:
//   NEWSGRAPH_UPDATE_GOLDEN=1 build/tests/cli_test --gtest_filter='GoldenCli.*'
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_util.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSource = NEWSGRAPH_SOURCE_DIR;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The first line where two texts differ, for a readable failure.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "no difference";
    if (!ha || !hb || la != lb) {
      return "line " + std::to_string(line) + ":\n  golden: " + (ha ? la.substr(0, 300) : "<end>") +
             "\n  now:    " + (hb ? lb.substr(0, 300) : "<end>");
    }
  }
}

class GoldenCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = (dir_->path() / "golden.db").string();
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(kSource + "/data/sample")) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    std::vector<std::string> args = {"ingest", "--db", db_, "--quiet"};
    args.insert(args.end(), files.begin(), files.end());
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Runs the command and compares its standard output with the golden file `name`.
  static void ExpectGolden(const std::string& name, std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", db_});
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << name << ": " << r.err;
    ASSERT_FALSE(r.out.empty()) << name << " printed nothing";
    const fs::path golden = fs::path(kSource) / "tests/cli/golden" / name;
    const char* update = std::getenv("NEWSGRAPH_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
      fs::create_directories(golden.parent_path());
      std::ofstream(golden, std::ios::binary) << r.out;
      return;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing (NEWSGRAPH_UPDATE_GOLDEN=1 writes it)";
    const std::string want = ReadFile(golden);
    EXPECT_TRUE(want == r.out) << name << " differs from " << golden << "\n" << FirstDifference(want, r.out);
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string db_;
};

TEST_F(GoldenCli, People) {
  ExpectGolden("people.txt", {"people"});
  ExpectGolden("people.jsonl", {"people", "--json"});
}

TEST_F(GoldenCli, OnePerson) {
  // By name: the most reported person of that name, with offices over time and mentions.
  ExpectGolden("person-zelensky.txt", {"person", "Zelensky"});
  ExpectGolden("person-blinken.jsonl", {"person", "Blinken", "--json"});
}

TEST_F(GoldenCli, Events) {
  ExpectGolden("events.txt", {"events"});
  ExpectGolden("events.jsonl", {"events", "--json"});
}

TEST_F(GoldenCli, Conflicts) {
  ExpectGolden("conflicts.txt", {"conflicts"});
  ExpectGolden("conflicts.jsonl", {"conflicts", "--json"});
}

TEST_F(GoldenCli, Copies) {
  ExpectGolden("copies.jsonl", {"copies", "--json"});
}

TEST_F(GoldenCli, Stories) {
  ExpectGolden("stories.txt", {"stories"});
  ExpectGolden("stories.jsonl", {"stories", "--json"});
}

}  // namespace
}  // namespace newsgraph::testing
