// Helpers for tests that run the newsgraph executable as a user would.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs NEWSGRAPH_BINARY with `args` (each passed as one argument, no shell), standard input
// from `stdin_path` (or /dev/null), and collects exit code, stdout and stderr.
CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_path = "");

// Runs another program (e.g. a tool) the same way.
CliResult RunCliProgram(const std::string& program, const std::vector<std::string>& args);

// Starts NEWSGRAPH_BINARY in the background (output discarded); returns its pid.
pid_t SpawnCli(const std::vector<std::string>& args);

// A fresh temporary folder removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

// gzip-compresses `data` as one gzip member.
std::string Gzip(const std::string& data);

// Number of lines of `s` that contain `needle`.
int CountLines(const std::string& s, const std::string& needle);

}  // namespace newsgraph::testing
