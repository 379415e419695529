// Date normalisation for article metadata: many spellings in, ISO 8601 out.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::extract {

// Normalises a date or timestamp to ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" followed
// by "Z" or "+HH:MM" when a zone is given. Reads ISO 8601 and its common variants
// ("2019-11-19 10:00:00", "2019/11/19", "20191119"), RFC 2822 ("Tue, 19 Nov 2019 10:00:00 GMT"),
// "November 19, 2019", "19 November 2019" and Unix seconds. Returns "" when it does not parse
// or the date is implausible (before 1900 or after 2100).
std::string NormaliseDate(std::string_view text);

// A date found in a URL path (/2019/11/19/, /2019-11-19/, /20191119/), as "YYYY-MM-DD", or "".
std::string DateFromUrl(std::string_view url);

}  // namespace newsgraph::extract
