// Fuzz target for the WARC reader: the input follows a WARC version line.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::ReadAs("fuzz.warc", "WARC/1.0\r\n", data, size);
  return 0;
}
