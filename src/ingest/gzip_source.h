// GzipSource: a ByteSource that inflates a gzip stream read from another ByteSource.
//
// Multi-member gzip (one member per WARC record, `cat a.gz b.gz`) reads as one stream. A stream
// that ends inside a member gives "truncated gzip stream"; damaged data gives
// "corrupt gzip stream (<zlib reason>)", after which reading resumes at the next member header
// (1f 8b 08) when there is one, so the members after the damage are still read.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <string_view>

#include "ingest/byte_source.h"

namespace newsgraph::ingest {

// Whether `head` starts with the gzip magic bytes.
bool IsGzip(std::string_view head);

// `data` as one gzip member (deflate level 6): what a crawler writes per WARC record. For tools
// and tests that make inputs; reading never needs it.
std::string GzipCompress(std::string_view data);

// Wraps `compressed`; the result reads the decompressed bytes.
std::unique_ptr<ByteSource> GzipSource(std::unique_ptr<ByteSource> compressed);

}  // namespace newsgraph::ingest
