// `newsgraph ner`: CoNLL lines in, the same lines with a predicted tag appended out.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Runs the newsgraph binary with `args`, feeding `input` on stdin; returns stdout.
std::string RunNewsgraph(const std::string& args, const std::string& input, int* exit_code) {
  // One file per test process: ctest runs the NerCli tests in parallel.
  const std::string in_path = ::testing::TempDir() + "ner_cli_in_" + std::to_string(getpid()) + ".txt";
  {
    std::ofstream f(in_path, std::ios::binary);
    f << input;
  }
  std::string cmd = std::string(NEWSGRAPH_BINARY) + " " + args + " < " + in_path + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
  int status = pclose(p);
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::remove(in_path.c_str());
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

const char* kInput =
    "-DOCSTART- -X- O O\n"
    "\n"
    "Peter NNP I-NP I-PER\n"
    "Blackburn NNP I-NP I-PER\n"
    "visited VBD I-VP O\n"
    "London NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "He PRP I-NP O\n"
    "left VBD I-VP O\n";

TEST(NerCli, AppendsOneTagPerTokenAndKeepsOtherLines) {
  int code = -1;
  auto out = Lines(RunNewsgraph("ner --scheme iob2", kInput, &code));
  auto in = Lines(kInput);
  ASSERT_EQ(code, 0);
  ASSERT_EQ(out.size(), in.size());
  EXPECT_EQ(out[0], in[0]);  // -DOCSTART- passes through unchanged
  EXPECT_EQ(out[1], "");
  EXPECT_EQ(out[7], "");
  EXPECT_EQ(out[2], "Peter NNP I-NP I-PER B-PER");
  EXPECT_EQ(out[3], "Blackburn NNP I-NP I-PER I-PER");
  EXPECT_EQ(out[5], "London NNP I-NP I-LOC B-LOC");
  EXPECT_EQ(out[8], "He PRP I-NP O O");
}

TEST(NerCli, Iob1IsTheDefaultScheme) {
  int code = -1;
  auto out = Lines(RunNewsgraph("ner", kInput, &code));
  ASSERT_EQ(code, 0);
  ASSERT_GE(out.size(), 6u);
  EXPECT_EQ(out[2], "Peter NNP I-NP I-PER I-PER");
  EXPECT_EQ(out[5], "London NNP I-NP I-LOC I-LOC");
}

TEST(NerCli, TokenOnlyInputAndBadOptions) {
  int code = -1;
  auto out = Lines(RunNewsgraph("ner", "Angela\nMerkel\nspoke\n", &code));
  ASSERT_EQ(code, 0);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0], "Angela I-PER");
  EXPECT_EQ(out[2], "spoke O");
  RunNewsgraph("ner --scheme bio", "x\n", &code);
  EXPECT_EQ(code, 2);
  RunNewsgraph("ner --model /nonexistent.bin", "x\n", &code);
  EXPECT_EQ(code, 1);
}

}  // namespace
