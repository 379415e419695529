// Small text helpers shared by both store backends (internal to the store stage).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace newsgraph::store_text {

// A LIKE pattern matching `s` anywhere, with %, _ and \ escaped (use with ESCAPE '\').
inline std::string LikePattern(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

// One line of JSON; invalid UTF-8 in strings is replaced, never thrown on.
inline std::string Dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// A stored JSON object; an empty object when the text does not parse.
inline nlohmann::ordered_json ParseObject(const std::string& s) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(s, nullptr, false);
  return j.is_discarded() ? nlohmann::ordered_json::object() : j;
}

}  // namespace newsgraph::store_text
