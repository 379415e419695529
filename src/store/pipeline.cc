// The ingest pipeline: reader (calling thread) -> workers -> one writer (see pipeline.h).
#include "newsgraph/pipeline.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include "newsgraph/analyze.h"
#include "newsgraph/link.h"

namespace newsgraph {
namespace {

using Clock = std::chrono::steady_clock;

// A closable FIFO bounded by a byte budget (an item larger than the budget still passes alone).
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t max_bytes) : max_bytes_(max_bytes) {}
  void Push(T item, size_t bytes) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return bytes_ == 0 || bytes_ + bytes <= max_bytes_; });
    items_.emplace_back(std::move(item), bytes);
    bytes_ += bytes;
    not_empty_.notify_one();
  }
  std::optional<T> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    auto [item, bytes] = std::move(items_.front());
    items_.pop_front();
    bytes_ -= bytes;
    not_full_.notify_all();
    return std::move(item);
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::pair<T, size_t>> items_;
  size_t bytes_ = 0;
  size_t max_bytes_;
  bool closed_ = false;
};

class Run : public RecordSink {
 public:
  Run(Store& store, const std::string& store_path, const PipelineOptions& options, PipelineObserver& observer)
      : store_(store),
        store_path_(store_path),
        options_(options),
        observer_(observer),
        records_(options.max_in_flight_bytes / 2),
        documents_(options.max_in_flight_bytes / 2) {}

  // RecordSink (reader thread).
  void OnRecord(Record&& record) override {
    ++stats_records_;
    if (options_.shard_count > 1 && !InThisShard(record)) {
      ++other_shards_;
      MaybeProgress();
      return;
    }
    size_t bytes = record.content.size() + 256;
    records_.Push(std::move(record), bytes);
    MaybeProgress();
  }
  void OnError(const InputError& error) override { ReportError(error); }
  void OnBytesRead(uint64_t n) override {
    bytes_read_ += n;
    MaybeProgress();
  }

  Result<PipelineStats> Execute(const std::vector<std::string>& paths) {
    start_ = Clock::now();
    unsigned n = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < n; ++i) workers.emplace_back([this] { WorkerLoop(); });
    std::thread writer([this] { WriterLoop(); });
    for (const std::string& p : paths) {
      if (writer_failed_) break;
      ReadPath(p, options_.ingest, *this);
    }
    records_.Close();
    for (auto& w : workers) w.join();
    documents_.Close();
    writer.join();
    if (!writer_status_.ok()) return writer_status_;
    PipelineStats s = Snapshot();
    std::lock_guard<std::mutex> lock(observer_mu_);
    observer_.OnProgress(s);
    return s;
  }

 private:
  bool InThisShard(const Record& record) {
    if (record.source != shard_source_) {
      shard_source_ = record.source;
      std::error_code ec;
      auto size = record.source == "-" ? 0 : std::filesystem::file_size(record.source, ec);
      shard_split_ = record.source == "-" || ec || size >= options_.shard_split_bytes;
    }
    return ShardOf(record.source, record.record, shard_split_, options_.shard_count) == options_.shard_index;
  }

  void ReportError(const InputError& error) {
    ++failed_;
    std::lock_guard<std::mutex> lock(observer_mu_);
    observer_.OnError(error);
  }

  PipelineStats Snapshot() const {
    PipelineStats s;
    s.records = stats_records_;
    s.added = added_;
    s.already_stored = already_;
    s.not_english = not_english_;
    s.failed = failed_;
    s.other_shards = other_shards_;
    s.bytes_read = bytes_read_;
    s.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    return s;
  }

  void MaybeProgress() {
    auto now = Clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(100)) return;
    last_progress_ = now;
    PipelineStats s = Snapshot();
    std::lock_guard<std::mutex> lock(observer_mu_);
    observer_.OnProgress(s);
  }

  void WorkerLoop() {
    // Each worker has its own read-only connection to skip documents stored by earlier runs.
    std::unique_ptr<Store> reader;
    if (!store_path_.empty()) {
      StoreOptions ro;
      ro.read_only = true;
      auto opened = Store::Open(store_path_, ro);
      if (opened.ok()) reader = std::move(opened).value();
    }
    while (auto record = records_.Pop()) {
      InputError where{record->source, record->record, record->offset, ""};
      auto doc = ToDocument(std::move(*record), options_.extract);
      if (!doc.ok()) {
        where.reason = doc.status().message();
        ReportError(where);
        continue;
      }
      StoredDocument sd;
      sd.document = std::move(doc).value();
      if (sd.document.published.empty()) sd.document.published = options_.default_published;
      bool stored = false;
      if (reader) {
        auto has = reader->HasDocument(sd.document.id.hex);
        stored = has.ok() && *has;
      }
      if (!stored) {
        sd.signature = ComputeSignature(sd.document.text);
        if (options_.analyze) {
          AnalyzeOptions ao;
          ao.published = sd.document.published.substr(0, 10);
          // the language guessed once, counted here and not guessed again inside
          ao.language = GuessLanguage(sd.document.text);
          if (ao.language != "en") ++not_english_;
          sd.analysis = AnalyzeText(sd.document.text, ao);
          sd.checks = CheckOffices(*sd.analysis, sd.document.text);
        }
      }
      size_t bytes = sd.document.text.size() + 1024;
      documents_.Push(std::move(sd), bytes);
    }
  }

  void WriterLoop() {
    std::vector<StoredDocument> batch;
    size_t batch_bytes = 0;
    auto flush = [&] {
      if (batch.empty() || !writer_status_.ok()) return;
      uint64_t n = batch.size();
      auto added = store_.Add(batch);
      if (!added.ok()) {
        writer_status_ = added.status();
        writer_failed_ = true;
      } else {
        added_ += *added;
        already_ += n - *added;
      }
      batch.clear();
      batch_bytes = 0;
    };
    while (auto sd = documents_.Pop()) {
      if (!writer_status_.ok()) continue;  // drain so workers never block
      batch_bytes += sd->document.text.size();
      batch.push_back(std::move(*sd));
      if (batch.size() >= options_.batch_documents || batch_bytes >= options_.batch_bytes) flush();
    }
    flush();
  }

  Store& store_;
  std::string store_path_;
  const PipelineOptions& options_;
  PipelineObserver& observer_;
  std::mutex observer_mu_;
  BoundedQueue<Record> records_;
  BoundedQueue<StoredDocument> documents_;
  std::atomic<uint64_t> stats_records_{0}, added_{0}, already_{0}, not_english_{0}, failed_{0}, bytes_read_{0}, other_shards_{0};
  std::string shard_source_;  // reader thread: the source InThisShard last saw, and whether it
  bool shard_split_ = false;  // is split between shards by record
  std::atomic<bool> writer_failed_{false};
  Status writer_status_;
  Clock::time_point start_, last_progress_{};
};

}  // namespace

unsigned ShardOf(const std::string& source, uint64_t record, bool split, unsigned count) {
  if (count <= 1) return 0;
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  mix(source);
  if (split) {
    mix("#");
    mix(std::to_string(record));
  }
  return static_cast<unsigned>(h % count);
}

Result<PipelineStats> RunIngest(Store& store, const std::string& store_path,
                                const std::vector<std::string>& paths, const PipelineOptions& options,
                                PipelineObserver& observer) {
  Run run(store, store_path, options, observer);
  return run.Execute(paths);
}

}  // namespace newsgraph
