#include "aeb_texts.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace newsgraph::eval {

Status LoadAebTexts(const std::string& ground_truth_path, std::map<std::string, std::string>* texts) {
  std::ifstream in(ground_truth_path, std::ios::binary);
  if (!in) return Status::NotFound(ground_truth_path + ": cannot open");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Status::Corruption(ground_truth_path + ": not a JSON object of pages");
  for (const auto& [hash, page] : j.items()) {
    if (hash.size() < 16)
      return Status::Corruption(ground_truth_path + ": page '" + hash +
                                "' is not named by a page hash (16 characters or more)");
    if (!page.is_object() || !page.contains("articleBody") || !page["articleBody"].is_string())
      return Status::Corruption(ground_truth_path + ": page '" + hash + "' has no articleBody text");
    (*texts)[hash.substr(0, 16) + ".txt"] = page["articleBody"].get<std::string>();
  }
  return Status::Ok();
}

}  // namespace newsgraph::eval
