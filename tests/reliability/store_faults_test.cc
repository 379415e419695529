// The store's file system fails under `newsgraph ingest`: the disk fills mid-ingest, the store is
// read-only, its folder is missing. Each gives a clear error naming the store file and the
// reason; nothing already committed is lost (integrity ok, earlier documents still there); a
// later run with the fault gone completes and stores what an undisturbed run stores.
//
// Disk full and read-only file systems use a small tmpfs mounted by the test, which needs root
// (CAP_SYS_ADMIN); those tests are skipped, saying so, where mounting is not permitted. Ingest
// runs with --no-link here (the store is under test; the crash loop covers the link tables).
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_util.h"
#include "reliability/corpus.h"
#include "reliability/store_dump.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

// A tmpfs of `size` mounted at `dir` for the life of the object.
class TmpfsMount {
 public:
  TmpfsMount(const fs::path& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir);
    if (::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0) {
      mounted_ = true;
    } else {
      error_ = std::strerror(errno);
    }
  }
  ~TmpfsMount() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  // Remounts with other options ("size=64m", or read-only).
  bool Remount(const std::string& size, bool read_only) {
    unsigned long flags = MS_REMOUNT | (read_only ? MS_RDONLY : 0);
    return ::mount("tmpfs", dir_.c_str(), "tmpfs", flags, ("size=" + size).c_str()) == 0;
  }

 private:
  fs::path dir_;
  bool mounted_ = false;
  std::string error_;
};

// `files` JSON Lines files of `per_file` synthetic articles under dir/name.
std::string WriteCorpus(const TempDir& dir, const std::string& name, int files, int per_file, int first = 0,
                        int words = 350) {
  for (int f = 0; f < files; ++f) {
    std::string jsonl;
    for (int i = 0; i < per_file; ++i) jsonl += SyntheticJsonl(first + f * per_file + i, words);
    dir.Write(name + "/part" + std::to_string(f) + ".jsonl", jsonl);
  }
  return (dir.path() / name).string();
}

#define SKIP_UNLESS_MOUNTED(m)                                                                  \
  if (!(m).mounted())                                                                           \
  GTEST_SKIP() << "cannot mount a tmpfs here (" << (m).error()                                  \
               << "): the disk-full and read-only file system cases need root (CAP_SYS_ADMIN)"

TEST(StoreFaults, DiskFullMidIngestKeepsWhatWasCommittedAndALaterRunCompletes) {
  TempDir dir;
  TmpfsMount small(dir.path() / "small", "3m");
  SKIP_UNLESS_MOUNTED(small);
  // ~4,000 short documents: several batches of 200 fit in 3 MB, all of them (~10 MB stored) do not.
  const std::string corpus = WriteCorpus(dir, "corpus", 4, 1000, 0, 100);
  const std::string ref = (dir.path() / "ref.db").string();
  ASSERT_EQ(RunCli({"ingest", "--db", ref, "--no-link", "--quiet", corpus}).exit_code, 0);
  StoreDump expected;
  ASSERT_EQ(DumpStore(ref, &expected), "");

  const std::string db = (dir.path() / "small" / "n.db").string();
  CliResult full = RunCli({"ingest", "--db", db, "--no-link", "--json", "--quiet", corpus});
  EXPECT_EQ(full.exit_code, 1) << full.out << full.err;
  // One clear line: the store file and the reason.
  EXPECT_EQ(CountLines(full.err, db), 1) << full.err;
  EXPECT_EQ(CountLines(full.err, "database or disk is full"), 1) << full.err;
  // Nothing committed is lost: the file is sound and holds whole batches of documents, each
  // exactly as an undisturbed run stores it.
  ASSERT_EQ(CheckStore(db), "ok");
  StoreDump partial;
  ASSERT_EQ(DumpStore(db, &partial), "");
  const auto& docs = partial["documents"];
  EXPECT_GT(docs.size(), 0u) << "no batch was committed before the disk filled";
  EXPECT_LT(docs.size(), expected["documents"].size());
  EXPECT_TRUE(std::includes(expected["documents"].begin(), expected["documents"].end(), docs.begin(), docs.end()));
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                       "(SELECT 1 FROM analyses a WHERE a.doc_id = d.id)"),
            "0");

  // With room again, the same command completes and the store equals the undisturbed one.
  ASSERT_TRUE(small.Remount("64m", false)) << std::strerror(errno);
  CliResult again = RunCli({"ingest", "--db", db, "--no-link", "--json", "--quiet", corpus});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["already_stored"], docs.size());
  ASSERT_EQ(CheckStore(db), "ok");
  StoreDump actual;
  ASSERT_EQ(DumpStore(db, &actual), "");
  EXPECT_EQ(DiffDumps(expected, actual), "");
}

TEST(StoreFaults, ReadOnlyFileSystem) {
  TempDir dir;
  TmpfsMount fsys(dir.path() / "ro", "16m");
  SKIP_UNLESS_MOUNTED(fsys);
  const std::string db = (dir.path() / "ro" / "n.db").string();
  ASSERT_EQ(RunCli({"ingest", "--db", db, "--no-link", "--quiet", WriteCorpus(dir, "a", 1, 50)}).exit_code, 0);
  ASSERT_TRUE(fsys.Remount("16m", true)) << std::strerror(errno);
  CliResult r = RunCli({"ingest", "--db", db, "--no-link", "--quiet", WriteCorpus(dir, "b", 1, 50, 1000)});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CountLines(r.err, db), 1) << r.err;
  // SQLite says "unable to open database file" (it cannot create the -wal file); saying "read-only
  // file system" needs a check in Store::Open (docs/reliability.md, findings).
  EXPECT_EQ(CountLines(r.err, "unable to open database file"), 1) << r.err;
  ASSERT_TRUE(fsys.Remount("16m", false));
  EXPECT_EQ(CheckStore(db), "ok");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), "50");
}

// A store file the user may not write. Root writes any file, so as root the run is repeated as
// the unprivileged user nobody (setpriv); otherwise as the current user.
TEST(StoreFaults, ReadOnlyStoreFile) {
  TempDir dir;
  const std::string db = (dir.path() / "n.db").string();
  ASSERT_EQ(RunCli({"ingest", "--db", db, "--no-link", "--quiet", WriteCorpus(dir, "a", 1, 50)}).exit_code, 0);
  const std::string more = WriteCorpus(dir, "b", 1, 50, 1000);
  ::chmod(dir.path().c_str(), 0755);
  ::chmod(db.c_str(), 0444);
  CliResult r;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "running as root without setpriv: root writes any file";
    r = RunCliProgram("/usr/bin/setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", NEWSGRAPH_BINARY,
                                           "ingest", "--db", db, "--no-link", "--quiet", more});
  } else {
    r = RunCli({"ingest", "--db", db, "--no-link", "--quiet", more});
  }
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CountLines(r.err, db), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "readonly database"), 1) << r.err;
  ::chmod(db.c_str(), 0644);
  EXPECT_EQ(CheckStore(db), "ok");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), "50");
}

TEST(StoreFaults, StoreInAMissingFolder) {
  TempDir dir;
  const std::string db = (dir.path() / "no" / "such" / "folder" / "n.db").string();
  CliResult r = RunCli({"ingest", "--db", db, "--no-link", "--quiet", WriteCorpus(dir, "a", 1, 5)});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CountLines(r.err, db), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "unable to open database file"), 1) << r.err;
  EXPECT_FALSE(fs::exists(dir.path() / "no"));
}

}  // namespace
}  // namespace newsgraph::testing
