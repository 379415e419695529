// Fuzz target for every ingest reader: the same bytes are read as a .warc.gz, .jsonl, .html and
// .txt file (content detection may still pick another reader, as it would for a real file).
// The per-reader targets (warc_, gzip_, jsonl_, html_, plaintext_fuzzer) force one reader each.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  for (const char* name : {"fuzz.warc.gz", "fuzz.jsonl", "fuzz.html", "fuzz.txt"}) {
    newsgraph::fuzz::ReadAs(name, "", data, size);
  }
  return 0;
}
