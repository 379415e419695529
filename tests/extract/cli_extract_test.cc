// `newsgraph extract`: runs the built binary on files and checks its JSON Lines output.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::string out;
};

RunResult RunCommand(const std::string& cmd) {
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class CliExtractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "no binary at " << NEWSGRAPH_BINARY;
    dir_ = fs::temp_directory_path() / ("ng_extract_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  fs::path Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  fs::path dir_;
};

TEST_F(CliExtractTest, HtmlFileToJsonLine) {
  fs::path page = Write(
      "page.html",
      "<html lang=\"en\"><head><title>Council passes budget | Example News</title>"
      "<meta property=\"og:site_name\" content=\"Example News\">"
      "<meta name=\"author\" content=\"Ann Lee\"></head><body><nav><a href=/>Home</a></nav>"
      "<article><h1>Council passes budget</h1><p>The city council voted on Tuesday to approve "
      "the new budget after a long debate about schools, roads and the library.</p><p>Members "
      "said the plan would raise spending on maintenance by a tenth over two years.</p>"
      "</article></body></html>");
  RunResult r = RunCommand(std::string(NEWSGRAPH_BINARY) +
                     " extract --url https://news.example.com/2024/03/05/budget " + page.string());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  ASSERT_FALSE(r.out.empty());
  ASSERT_EQ(r.out.back(), '\n');
  nlohmann::json j = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(j["source"], page.string());
  EXPECT_EQ(j["record"], 0);
  EXPECT_EQ(j["url"], "https://news.example.com/2024/03/05/budget");
  EXPECT_EQ(j["title"], "Council passes budget");
  EXPECT_EQ(j["published"], "2024-03-05");
  EXPECT_EQ(j["authors"], nlohmann::json::array({"Ann Lee"}));
  EXPECT_EQ(j["site"], "Example News");
  EXPECT_EQ(j["language"], "en");
  std::string text = j["text"];
  EXPECT_EQ(text.rfind("The city council voted", 0), 0u) << text;
  EXPECT_NE(text.find("\n\nMembers said"), std::string::npos) << text;
  EXPECT_EQ(text.find("Home"), std::string::npos) << text;
  // Field order as documented.
  std::vector<std::string> keys;
  nlohmann::ordered_json oj = nlohmann::ordered_json::parse(r.out.substr(0, r.out.find('\n')));
  for (auto& [k, v] : oj.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"source", "record", "url", "title", "text",
                                            "published", "authors", "site", "language"}));
}

TEST_F(CliExtractTest, MissingInputFailsWithExitCode1) {
  RunResult r = RunCommand(std::string(NEWSGRAPH_BINARY) + " extract " + (dir_ / "nope.html").string() +
                     " 2>/dev/null");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliExtractTest, NoPathIsAUsageError) {
  RunResult r = RunCommand(std::string(NEWSGRAPH_BINARY) + " extract 2>/dev/null");
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
