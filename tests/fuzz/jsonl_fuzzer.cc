// Fuzz target for the JSON Lines reader: the input follows an opening brace.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::ReadAs("fuzz.jsonl", "{", data, size);
  return 0;
}
