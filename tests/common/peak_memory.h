// Peak resident memory of the test process, for tests that check memory stays bounded.
#pragma once

#include <fstream>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define NEWSGRAPH_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NEWSGRAPH_TEST_ASAN 1
#endif
#endif

namespace newsgraph::testing {

// VmHWM of this process in KiB; -1 when unknown or meaningless (AddressSanitizer keeps freed
// memory in quarantine, so peaks say nothing about the code). Callers skip the memory check then.
inline long PeakRssKb() {
#ifdef NEWSGRAPH_TEST_ASAN
  return -1;
#else
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
#endif
}

}  // namespace newsgraph::testing
