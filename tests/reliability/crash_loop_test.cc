// Crash loop: `newsgraph ingest` of a large WARC is killed with SIGKILL at random moments, then
// run to completion; the store must then pass integrity checks, hold every document exactly
// once, and hold exactly what one uninterrupted run stores, table by table (store_dump.h: every
// table of the schema, so tables added later are compared too).
//
// The kill times are seeded; the seed is printed, and NEWSGRAPH_CRASH_SEED=N replays a run.
// NEWSGRAPH_CRASH_KILLS=N changes the number of kills (default 100; 25 under sanitizers).
// NEWSGRAPH_CRASH_NO_LINK=1 runs ingest with --no-link (a diagnosis: store vs link stage).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "cli/cli_util.h"
#include "common/peak_memory.h"
#include "reliability/corpus.h"
#include "reliability/store_dump.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Sized for the test suite: the link run over the whole store (which dominates a run) makes each
// kill cost seconds. NEWSGRAPH_CRASH_KILLS=100 gives the full loop (`make crash-loop`).
#ifdef NEWSGRAPH_TEST_ASAN
constexpr int kPages = 80, kDefaultKills = 8;
#else
constexpr int kPages = 160, kDefaultKills = 30;
#endif
constexpr int kRepeats = 20;  // the last pages repeat the first ones' text (as crawls do)

int EnvInt(const char* name, int def) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : def;
}

void RemoveStore(const std::string& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db + suffix);
}

// `newsgraph ingest ... warc` with the test's fixed options.
std::vector<std::string> Ingest(const std::string& db, const std::string& warc, bool json) {
  // Small batches: many commits, so that kills also land between them.
  std::vector<std::string> args = {"ingest", "--db", db, "--quiet", "--threads", "2", "--batch-documents", "10"};
  if (json) args.push_back("--json");
  if (EnvInt("NEWSGRAPH_CRASH_NO_LINK", 0)) args.push_back("--no-link");
  args.push_back(warc);
  return args;
}

TEST(CrashLoop, SigkillAtRandomMomentsLosesAndDuplicatesNothing) {
  TempDir dir;
  // A WARC of synthetic news pages, the last kRepeats repeating the first ones' content under
  // other URLs: they must be stored once, with every place they were read from.
  for (int i = 0; i < kPages; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "pages/p%05d.html", i);
    dir.Write(name, SyntheticPage(i < kPages - kRepeats ? i : i - (kPages - kRepeats), 400));
  }
  const std::string warc = (dir.path() / "crawl.warc.gz").string();
  CliResult made = RunCliProgram(std::string(NEWSGRAPH_TOOLS_DIR) + "/make_warc",
                                 {warc, (dir.path() / "pages").string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  fs::remove_all(dir.path() / "pages");

  // Two uninterrupted runs: the reference, and a check that the product itself is deterministic
  // (so a difference below is the crashes' doing).
  const std::string ref = (dir.path() / "ref.db").string();
  auto t0 = Clock::now();
  CliResult r = RunCli(Ingest(ref, warc, true));
  const double ref_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto ref_run = nlohmann::json::parse(r.out);
  ASSERT_EQ(ref_run["records"], kPages);
  ASSERT_EQ(ref_run["added"], kPages - kRepeats);
  StoreDump expected;
  ASSERT_EQ(DumpStore(ref, &expected), "");
  ASSERT_EQ(expected["documents"].size(), static_cast<size_t>(kPages - kRepeats));
  ASSERT_EQ(expected["places"].size(), static_cast<size_t>(kPages));
  {
    const std::string ref2 = (dir.path() / "ref2.db").string();
    ASSERT_EQ(RunCli(Ingest(ref2, warc, false)).exit_code, 0);
    StoreDump again;
    ASSERT_EQ(DumpStore(ref2, &again), "");
    ASSERT_EQ(DiffDumps(expected, again), "") << "two uninterrupted runs differ: the product is not deterministic";
    RemoveStore(ref2);
  }

  const unsigned seed = static_cast<unsigned>(EnvInt("NEWSGRAPH_CRASH_SEED", static_cast<int>(std::random_device{}() >> 1)));
  const int kills_wanted = EnvInt("NEWSGRAPH_CRASH_KILLS", kDefaultKills);
  std::cout << "crash loop: seed " << seed << " (NEWSGRAPH_CRASH_SEED=" << seed << " replays it), "
            << kills_wanted << " kills, uninterrupted run " << ref_seconds << " s" << std::endl;
  RecordProperty("seed", static_cast<int>(seed));
  std::mt19937 rng(seed);
  // Kill moments uniform over [0, 1.2 x an uninterrupted run], from process start.
  std::uniform_int_distribution<int> kill_ms(0, static_cast<int>(ref_seconds * 1200) + 10);
  // Every other kill falls within the storing part of a run (process start-up plus the pipeline),
  // which the link run that follows it would otherwise dwarf.
  const double store_seconds = ref_seconds - (ref_run.contains("linked") ? ref_run["linked"]["seconds"].get<double>() : 0.0);
  std::uniform_int_distribution<int> store_kill_ms(0, static_cast<int>(std::max(0.05, store_seconds) * 1000) + 10);

  // Rounds: a fresh store is killed until a run finishes by itself (or 12 kills), then run to the
  // end and compared. Many rounds spread the kills over every stage of a store's life.
  const std::string db = (dir.path() / "crash.db").string();
  int kills = 0, rounds = 0, empty_at_kill = 0, partial_at_kill = 0, full_at_kill = 0;
  while (kills < kills_wanted) {
    ++rounds;
    RemoveStore(db);
    for (int in_round = 0; in_round < 12 && kills < kills_wanted; ++in_round) {
      pid_t pid = SpawnCli(Ingest(db, warc, false));
      const int wait_ms = kills % 2 ? store_kill_ms(rng) : kill_ms(rng);
      auto deadline = Clock::now() + std::chrono::milliseconds(wait_ms);
      int status = 0;
      bool exited = false;
      while (Clock::now() < deadline) {
        if (waitpid(pid, &status, WNOHANG) == pid) {
          exited = true;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      if (exited) {
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "an ingest run failed by itself";
        break;  // finished before its kill time: the round is over
      }
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      if (WIFEXITED(status)) {
        // It finished between the last poll and the kill: a run that ended by itself.
        ASSERT_EQ(WEXITSTATUS(status), 0) << "an ingest run failed by itself";
        break;
      }
      ASSERT_TRUE(WIFSIGNALED(status)) << "ingest ended neither by itself nor by SIGKILL";
      ++kills;
      std::string n = fs::exists(db) ? Scalar(db, "SELECT count(*) FROM documents") : "0";
      if (n.rfind("error", 0) == 0 || n == "0") {
        ++empty_at_kill;  // killed before the first commit (or before the schema existed)
      } else if (n == std::to_string(kPages - kRepeats)) {
        ++full_at_kill;
      } else {
        ++partial_at_kill;
      }
    }
    // Finish the run and compare with the reference.
    CliResult fin = RunCli(Ingest(db, warc, true));
    ASSERT_EQ(fin.exit_code, 0) << "round " << rounds << ": " << fin.err;
    auto run = nlohmann::json::parse(fin.out);
    EXPECT_EQ(run["records"], kPages);
    EXPECT_EQ(run["failed"], 0);
    ASSERT_EQ(CheckStore(db), "ok") << "round " << rounds << ", seed " << seed;
    EXPECT_EQ(Scalar(db, "SELECT count(*) - count(DISTINCT id) FROM documents"), "0");
    StoreDump actual;
    ASSERT_EQ(DumpStore(db, &actual), "");
    ASSERT_EQ(DiffDumps(expected, actual), "") << "round " << rounds << ", seed " << seed;
  }
  std::cout << "crash loop: " << kills << " kills in " << rounds << " rounds: " << empty_at_kill
            << " before the first commit, " << partial_at_kill << " with part of the corpus stored, "
            << full_at_kill << " with all of it stored (linking or the re-read); every round's store "
            << "equal to the uninterrupted run's over " << expected.size() << " tables" << std::endl;
  RecordProperty("kills", kills);
  RecordProperty("rounds", rounds);
  EXPECT_EQ(kills, kills_wanted);
  // The kills must have hit the middle of ingest as well as the link run. Storing is the short
  // part of a run (a fraction of a second on an idle machine), so only the full loop
  // (`make crash-loop`, 100 kills) is sure to land kills in it; the suite's 30 kills report
  // where they landed above, and missed it on an idle machine.
  if (kills_wanted >= 100) {
    EXPECT_GT(partial_at_kill, 0);
    EXPECT_GT(full_at_kill, 0);
  }
}

}  // namespace
}  // namespace newsgraph::testing
