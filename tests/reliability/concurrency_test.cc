// Concurrency on one store: two `newsgraph ingest` runs at once wait for each other (or fail
// clearly, naming the store) and never corrupt it; a reader never sees half a batch. Ingest runs
// with --no-link (the document batches are under test; the crash loop covers the link tables).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "cli/cli_util.h"
#include "reliability/corpus.h"
#include "reliability/store_dump.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

std::string WriteJsonl(const TempDir& dir, const std::string& name, int first, int count) {
  std::string jsonl;
  for (int i = first; i < first + count; ++i) jsonl += SyntheticJsonl(i, 120);
  return dir.Write(name, jsonl);
}

// Polls the store from its own read-only connection until stopped; in each snapshot (one read
// transaction) the tables a batch writes together must agree.
class Reader {
 public:
  explicit Reader(std::string db) : db_(std::move(db)), thread_([this] { Loop(); }) {}
  ~Reader() { Stop(); }
  void Stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  int snapshots() const { return snapshots_; }
  const std::set<int64_t>& counts() const { return counts_; }
  const std::string& error() const { return error_; }

 private:
  void Loop() {
    while (!stop_ && error_.empty()) {
      sqlite3* h = nullptr;
      if (!fs::exists(db_) || sqlite3_open_v2(db_.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(h);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        continue;
      }
      sqlite3_busy_timeout(h, 5000);
      // One statement, so one snapshot: documents, fingerprints, analyses and the full-text
      // index's own rows are written in the same transaction, so their counts agree.
      sqlite3_stmt* st = nullptr;
      int rc = sqlite3_prepare_v2(h,
                                  "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM signatures), "
                                  "(SELECT count(*) FROM analyses), (SELECT count(*) FROM documents_fts_docsize), "
                                  "(SELECT count(DISTINCT doc_id) FROM places)",
                                  -1, &st, nullptr);
      if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        int64_t docs = sqlite3_column_int64(st, 0);
        for (int i = 1; i < 5; ++i) {
          if (sqlite3_column_int64(st, i) != docs) {
            error_ = "snapshot " + std::to_string(snapshots_) + ": " + std::to_string(docs) + " documents but column " +
                     std::to_string(i) + " counts " + std::to_string(sqlite3_column_int64(st, i));
          }
        }
        counts_.insert(docs);
        ++snapshots_;
      }  // else: the schema is not there yet
      sqlite3_finalize(st);
      sqlite3_close(h);
    }
  }

  std::string db_;
  std::atomic<bool> stop_{false};
  std::atomic<int> snapshots_{0};
  std::set<int64_t> counts_;
  std::string error_;
  std::thread thread_;
};

TEST(Concurrency, ReadersSeeWholeBatchesOnly) {
  TempDir dir;
  const std::string db = (dir.path() / "n.db").string();
  const int kDocs = 2400;  // 12 batches of 200 (pipeline.h batch_documents); small documents
  const std::string in = WriteJsonl(dir, "in.jsonl", 0, kDocs);
  Reader reader(db);
  CliResult r = RunCli({"ingest", "--db", db, "--no-link", "--quiet", "--json", in});
  reader.Stop();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(reader.error(), "");
  EXPECT_GT(reader.snapshots(), 10);
  for (int64_t n : reader.counts()) EXPECT_EQ(n % 200, 0) << n << " documents visible: part of a batch";
  EXPECT_GT(reader.counts().size(), 3u) << "the reader saw too few distinct states to mean anything";
}

TEST(Concurrency, TwoIngestsOnOneStoreWaitForEachOther) {
  TempDir dir;
  const std::string db = (dir.path() / "n.db").string();
  // Overlapping inputs: documents 0..2999 and 1500..4499, each file read by one run.
  const std::string a = WriteJsonl(dir, "a.jsonl", 0, 3000);
  const std::string b = WriteJsonl(dir, "b.jsonl", 1500, 3000);
  Reader reader(db);
  CliResult ra, rb;
  std::thread ta([&] { ra = RunCli({"ingest", "--db", db, "--no-link", "--quiet", "--json", a}); });
  std::thread tb([&] { rb = RunCli({"ingest", "--db", db, "--no-link", "--quiet", "--json", b}); });
  ta.join();
  tb.join();
  reader.Stop();
  // Both wait for the lock (busy timeout) and finish.
  ASSERT_EQ(ra.exit_code, 0) << ra.err;
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  auto ja = nlohmann::json::parse(ra.out), jb = nlohmann::json::parse(rb.out);
  EXPECT_EQ(ja["added"].get<int>() + jb["added"].get<int>(), 4500);
  EXPECT_EQ(ja["added"].get<int>() + ja["already_stored"].get<int>(), 3000);
  EXPECT_EQ(reader.error(), "");
  ASSERT_EQ(CheckStore(db), "ok");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), "4500");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM places"), "6000");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM analyses"), "4500");
  // Every document and its analysis as a single run over both files stores them.
  const std::string ref = (dir.path() / "ref.db").string();
  ASSERT_EQ(RunCli({"ingest", "--db", ref, "--no-link", "--quiet", a, b}).exit_code, 0);
  for (const char* sql : {"SELECT group_concat(id || title || text, '') FROM (SELECT * FROM documents ORDER BY id)",
                          "SELECT group_concat(doc_id || name, '') FROM (SELECT * FROM entities ORDER BY 1, 2, 3)",
                          "SELECT group_concat(doc_id || text, '') FROM (SELECT * FROM quotes ORDER BY 1, 2)",
                          "SELECT group_concat(source || record || doc_id, '') FROM (SELECT * FROM places ORDER BY 1, 2)"}) {
    EXPECT_EQ(Scalar(db, sql), Scalar(ref, sql)) << sql;
  }
}

}  // namespace
}  // namespace newsgraph::testing
