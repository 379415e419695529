// `newsgraph analyze` end to end: plain text, HTML, stdin, and its errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

struct Output {
  std::string out;
  int rc = -1;
};

Output RunCli(const std::string& args) {
  std::string cmd = std::string(NEWSGRAPH_BINARY) + " analyze " + args + " 2>/dev/null";
  Output o;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return o;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) o.out.append(buf, n);
  int status = pclose(p);
  o.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("ng_analyze_cli_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(AnalyzeCli, PlainTextWithPublishedDate) {
  std::string path = WriteTemp("a.txt",
                               "Foreign Minister Ana Costa said on Monday that \"talks went "
                               "well.\"\n\nCosta met with Prime Minister Li Wei on Tuesday.\n");
  Output o = RunCli("--published 2023-05-10 " + path);  // a Wednesday
  ASSERT_EQ(o.rc, 0);
  auto j = nlohmann::json::parse(o.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << o.out;
  EXPECT_EQ(j["published"], "2023-05-10");
  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["speaker"], "Ana Costa");
  ASSERT_EQ(j["communications"].size(), 1u);
  EXPECT_EQ(j["communications"][0]["date"], "2023-05-09");
}

TEST(AnalyzeCli, HtmlIsExtractedFirst) {
  std::string path = WriteTemp(
      "b.html",
      "<html><head><title>Talks</title></head><body><article><p>Mayor Lena Park said "
      "\"we are ready\" after the storm hit the coast.</p><p>More than 3,000 homes lost "
      "power, officials said.</p></article></body></html>");
  Output o = RunCli(path);
  ASSERT_EQ(o.rc, 0);
  auto j = nlohmann::json::parse(o.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << o.out;
  bool found = false;
  for (const auto& q : j["quotes"])
    if (q["speaker"] == "Lena Park") found = true;
  EXPECT_TRUE(found) << o.out;
}

TEST(AnalyzeCli, ErrorsAreClear) {
  EXPECT_EQ(RunCli("/nonexistent/file.txt").rc, 1);
  EXPECT_EQ(RunCli("--published 2023-13-45 " + WriteTemp("c.txt", "x")).rc, 2);
}

}  // namespace
