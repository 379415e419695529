// Dates for Record::published. The normaliser itself, NormalizeDate, is public
// (newsgraph/ingest.h): the extract stage uses it too.
#pragma once

#include <string>
#include <string_view>

#include "newsgraph/ingest.h"

namespace newsgraph::ingest {

// Seconds (or milliseconds, when > 1e11) since 1970 as "YYYY-MM-DDTHH:MM:SSZ"; "" outside the
// years 1-9999.
std::string DateFromEpoch(double t);

// NormalizeDate(raw), or `raw` trimmed when it does not parse: a date the container gives is kept
// even when it cannot be normalised (Record::published).
std::string PublishedValue(std::string_view raw);

}  // namespace newsgraph::ingest
