// Helpers shared by the store-reading subcommands (see commands.h).
#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"

namespace newsgraph::cli {

std::unique_ptr<Store> OpenStoreOrReport(const std::string& path) {
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open(path, ro);
  if (!store.ok()) {
    std::fprintf(stderr, "newsgraph: %s\n", store.status().ToString().c_str());
    ExitCode() = kExitInputFailed;
    return nullptr;
  }
  return std::move(store).value();
}

bool ReportFailure(const Status& s) {
  if (s.ok()) return false;
  std::fprintf(stderr, "newsgraph: %s\n", s.ToString().c_str());
  ExitCode() = s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitInputFailed;
  return true;
}

Result<LinkRunStats> RunLinkWithProgress(Store& store, bool progress) {
  auto result = RelinkStore(store, {}, [progress](uint64_t done, uint64_t total) {
    if (progress) std::fprintf(stderr, "\rlinking %llu / %llu documents\033[K", static_cast<unsigned long long>(done),
                               static_cast<unsigned long long>(total));
  });
  if (progress) std::fprintf(stderr, "\r\033[K");
  return result;
}

nlohmann::json LinkStatsJson(const LinkRunStats& s) {
  nlohmann::json j = {{"documents", s.documents}, {"copies", s.copies},   {"people", s.people},
                      {"events", s.events},       {"conflicts", s.conflicts}, {"stories", s.stories},
                      {"seconds", s.seconds}};
  if (!s.warnings.empty()) j["warnings"] = s.warnings;
  return j;
}

void PrintLinkStats(const LinkRunStats& s) {
  std::fprintf(stderr, "linked %llu documents: %llu copy relations, %llu people, %llu events, %llu conflicts, "
               "%llu stories in %.2f s\n",
               static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.copies),
               static_cast<unsigned long long>(s.people), static_cast<unsigned long long>(s.events),
               static_cast<unsigned long long>(s.conflicts), static_cast<unsigned long long>(s.stories), s.seconds);
  for (const auto& w : s.warnings) std::fprintf(stderr, "newsgraph: warning: %s\n", w.c_str());
}

std::string Counted(size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace newsgraph::cli
