// Fuzz target for the HTML reader and charset sniffing: the input follows a doctype.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::ReadAs("fuzz.html", "<!doctype html>", data, size);
  return 0;
}
