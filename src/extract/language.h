// Language identification of extracted text (cld2), with the page's declared language as a hint.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::extract {

// ISO 639-1 code ("en", "de", "zh") of `text`, or "" when unknown. `declared` is a language tag
// from the page (<html lang="en-GB">, og:locale "en_US"); `host` the URL host (TLD hint). When
// the text is too short for a reliable guess, the declared language is returned.
std::string DetectLanguage(std::string_view text, std::string_view declared, std::string_view host);

}  // namespace newsgraph::extract
