// Replays a fuzz target's seed corpus (and every saved crash) without libFuzzer, so the
// ordinary test run exercises each fuzz target. Usage: <fuzzer> FILE_OR_DIR...
// Exit code 0 when every input ran to completion; a crash aborts the test as it would the fuzzer.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static int RunFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot open %s\n", p.c_str());
    return 1;
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

int main(int argc, char** argv) {
  int failures = 0, runs = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    if (std::filesystem::is_directory(arg)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(arg)) {
        if (e.is_regular_file()) failures += RunFile(e.path()), ++runs;
      }
    } else {
      failures += RunFile(arg), ++runs;
    }
  }
  // Also exercise the empty input, which every corpus should survive.
  LLVMFuzzerTestOneInput(nullptr, 0);
  std::printf("replayed %d inputs, %d unreadable\n", runs, failures);
  return (failures == 0 && runs > 0) ? 0 : 1;
}
