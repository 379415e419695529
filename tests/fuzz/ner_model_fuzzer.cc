// Fuzz target: NerModel::LoadBytes() on arbitrary bytes must return an error or a usable model,
// never crash; a model that loads must tag a sentence with one valid tag per word.
#include <cstdint>
#include <string_view>

#include "newsgraph/entities.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto model = newsgraph::NerModel::LoadBytes(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!model.ok()) return 0;
  const std::vector<std::string_view> words = {"Anna", "Smith", "visited", "Paris", "."};
  auto tags = (*model)->TagWords(words);
  if (tags.size() != words.size()) __builtin_trap();
  for (const auto& tag : tags) {
    if (tag != "O" && tag.size() < 5) __builtin_trap();
  }
  return 0;
}
