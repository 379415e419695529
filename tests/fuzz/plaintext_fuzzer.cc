// Fuzz target for the plain-text reader and charset detection: the input is a .txt file as it is.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::ReadAs("fuzz.txt", "", data, size);
  return 0;
}
