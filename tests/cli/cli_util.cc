#include "cli/cli_util.h"

#include "ingest/gzip_source.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace newsgraph::testing {
namespace fs = std::filesystem;

namespace {
std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

pid_t Spawn(const std::string& program, const std::vector<std::string>& args, const std::string& in,
            const std::string& out, const std::string& err) {
  std::vector<std::string> argv_s = {program};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error("cannot spawn " + argv_s[0]);
  return pid;
}

CliResult RunWith(const std::string& program, const std::vector<std::string>& args, const std::string& stdin_path) {
  TempDir io;
  std::string out = (io.path() / "out").string(), err = (io.path() / "err").string();
  pid_t pid = Spawn(program, args, stdin_path.empty() ? "/dev/null" : stdin_path, out, err);
  int status = 0;
  waitpid(pid, &status, 0);
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace

CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_path) {
  return RunWith(NEWSGRAPH_BINARY, args, stdin_path);
}

CliResult RunCliProgram(const std::string& program, const std::vector<std::string>& args) {
  return RunWith(program, args, "");
}

pid_t SpawnCli(const std::vector<std::string>& args) {
  return Spawn(NEWSGRAPH_BINARY, args, "/dev/null", "/dev/null", "/dev/null");
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("newsgraph_cli_" + std::to_string(getpid()) + "_" + std::to_string(rd()));
  fs::create_directories(path_);
}
TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}
std::string TempDir::Write(const std::string& name, const std::string& bytes) const {
  fs::path p = path_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

std::string Gzip(const std::string& data) { return ingest::GzipCompress(data); }

int CountLines(const std::string& s, const std::string& needle) {
  std::istringstream in(s);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) n += line.find(needle) != std::string::npos;
  return n;
}

}  // namespace newsgraph::testing
