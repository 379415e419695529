#include <string>

#include "newsgraph/ingest.h"

namespace newsgraph {

std::string InputError::ToString() const {
  std::string s = source;
  s += ": ";
  if (record) {
    s += "record " + std::to_string(*record);
    if (offset) s += " (offset " + std::to_string(*offset) + ")";
    s += ": ";
  } else if (offset) {
    s += "offset " + std::to_string(*offset) + ": ";
  }
  s += reason;
  return s;
}

}  // namespace newsgraph
