#include "extract/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cctype>
#include <string>

namespace CLD2 {
const char* LanguageCode(Language lang);  // cld2/internal/lang_script.h
}  // namespace CLD2

namespace newsgraph::extract {
namespace {

// "en-GB", "en_US" -> "en"; "" when it is not a plausible primary tag.
std::string PrimaryTag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!std::isalpha(static_cast<unsigned char>(c))) return "";
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out.size() == 2 ? out : "";
}

}  // namespace

std::string DetectLanguage(std::string_view text, std::string_view declared, std::string_view host) {
  std::string hint = PrimaryTag(declared);
  if (text.empty()) return hint;
  std::string tld;
  if (size_t dot = host.rfind('.'); dot != std::string_view::npos) tld = std::string(host.substr(dot + 1));
  // cld2 decides from a few hundred words; cap the work on long texts.
  size_t n = std::min<size_t>(text.size(), 2 * 1024);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  CLD2::CLDHints hints{hint.empty() ? nullptr : hint.c_str(), tld.empty() ? nullptr : tld.c_str(),
                       CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang3[3];
  int percent3[3];
  double score3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(n), /*is_plain_text=*/true, &hints, 0, lang3, percent3, score3,
      nullptr, &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || (!reliable && !hint.empty())) return hint;
  std::string code = CLD2::LanguageCode(lang);
  if (code == "un" || code == "xxx") return hint;
  // "zh-Hant" -> "zh"; cld2 also has a few 3-letter codes, kept as they are.
  if (size_t dash = code.find('-'); dash != std::string::npos) code.resize(dash);
  return code;
}

}  // namespace newsgraph::extract
