// Pipeline: runs ingest -> extract -> analyze -> link (fingerprint) -> store over input paths,
// and the link stage over a whole store (RelinkStore).
//
//   auto store = newsgraph::Store::Open("news.db");
//   newsgraph::PipelineOptions opts;
//   auto stats = newsgraph::RunIngest(**store, {"corpus/"}, opts, observer);
//
// Records are read on the calling thread, turned into analysed documents on `threads` worker
// threads and written by one writer in batches, each batch one transaction. Memory is bounded:
// at most `max_in_flight_bytes` of records wait between the stages. Documents already stored
// (same content id) are not analysed again.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsgraph/extract.h"
#include "newsgraph/ingest.h"
#include "newsgraph/link.h"
#include "newsgraph/store.h"

namespace newsgraph {

struct PipelineOptions {
  IngestOptions ingest;
  ExtractOptions extract;
  bool analyze = true;           // run the analyzers and store their results
  std::string default_published; // publication date for documents that carry none
  unsigned threads = 0;          // worker threads; 0 = one per core
  size_t batch_documents = 200;  // documents per transaction
  size_t batch_bytes = 16u << 20;
  size_t max_in_flight_bytes = 256u << 20;
  // Shard-parallel ingest (docs/scaleout.md): with shard_count > 1 only the records of shard
  // `shard_index` (0-based) are extracted, analysed and stored; the others are read and skipped.
  // Every shard must be given the same paths, spelled the same way (see ShardOf).
  unsigned shard_index = 0;
  unsigned shard_count = 1;
  uint64_t shard_split_bytes = 64u << 20;  // files at least this large are split by record
};

// The shard (0..count-1) a record belongs to. A file smaller than PipelineOptions::shard_split_bytes
// belongs whole to FNV-1a-64(source) mod count (`split` false); in a larger file, and on standard
// input, each record belongs to FNV-1a-64(source + "#" + record number in decimal) mod count
// (`split` true). `source` is the path as given (Record::source).
unsigned ShardOf(const std::string& source, uint64_t record, bool split, unsigned count);

struct PipelineStats {
  uint64_t records = 0;        // records read
  uint64_t added = 0;          // new documents stored
  uint64_t already_stored = 0; // documents whose content id was already in the store
  uint64_t not_english = 0;    // new documents in another language (GuessLanguage): stored
                               // with an empty analysis
  uint64_t failed = 0;         // inputs or records that failed (each reported)
  uint64_t other_shards = 0;   // records read but left to other shards (PipelineOptions::shard_count)
  uint64_t bytes_read = 0;     // raw input bytes consumed
  double seconds = 0;
};

// Receives errors and progress. Calls are serialised (never concurrent) but may come from any
// of the pipeline's threads.
class PipelineObserver {
 public:
  virtual ~PipelineObserver() = default;
  virtual void OnError(const InputError& error) = 0;
  // Called at most ~10 times a second with running totals.
  virtual void OnProgress(const PipelineStats& so_far) {}
};

// Runs the pipeline over `paths` into `store`. Fails only when the store itself fails (then
// everything committed before stays); input problems go to the observer and `failed`.
Result<PipelineStats> RunIngest(Store& store, const std::string& store_path,
                                const std::vector<std::string>& paths,
                                const PipelineOptions& options, PipelineObserver& observer);

struct LinkRunStats {
  uint64_t documents = 0;  // documents linked
  uint64_t copies = 0;     // copy relations
  uint64_t people = 0;     // people across documents
  uint64_t events = 0;
  uint64_t conflicts = 0;
  uint64_t stories = 0;
  double seconds = 0;
  std::vector<std::string> warnings;  // LinkOutput::warnings
};

// Links every stored document in link order (LinkOrderLess) and replaces the link tables with the
// result in one transaction: the answer depends only on the documents stored, so a second run
// changes nothing and a run interrupted at any moment leaves the previous answer in place.
// `progress` (optional) is called with (documents linked, documents in the store).
Result<LinkRunStats> RelinkStore(Store& store, const LinkOptions& options = {},
                                 const std::function<void(uint64_t, uint64_t)>& progress = {});

}  // namespace newsgraph
