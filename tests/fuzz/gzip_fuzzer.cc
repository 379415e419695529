// Fuzz target for the gzip layer: the input follows the gzip magic (1f 8b 08), as a .txt.gz file.
#include "ingest_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::ReadAs("fuzz.txt.gz", "\x1f\x8b\x08", data, size);
  return 0;
}
