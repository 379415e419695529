// Normalises publication dates to ISO 8601.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::ingest {

// "2024-03-05" stays a date; "2024-03-05T10:20:30.5+01:00", "2024-03-05 10:20", RFC 1123/2822
// ("Tue, 05 Mar 2024 10:20:30 GMT") become "2024-03-05T10:20:30Z" or "...T10:20:30+01:00".
// Input that does not parse is returned trimmed, as given.
std::string NormalizeDate(std::string_view s);

// Seconds (or milliseconds, when > 1e11) since 1970 as "YYYY-MM-DDTHH:MM:SSZ".
std::string DateFromEpoch(double t);

}  // namespace newsgraph::ingest
