#include <xxhash.h>

#include <cstdio>

#include "core/utf8.h"
#include "newsgraph/document.h"

namespace newsgraph {

std::string NormaliseForId(std::string_view text) {
  std::string nfc = utf8::Nfc(text);
  // Fold typographic quotes and apostrophes to ASCII so re-encodings of one text agree.
  std::string folded;
  folded.reserve(nfc.size());
  for (size_t i = 0; i < nfc.size();) {
    size_t len;
    char32_t cp = utf8::Decode(nfc, i, &len);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x2032: folded += '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x2033: folded += '"'; break;
      default: folded.append(nfc, i, len);
    }
    i += len;
  }
  return utf8::CollapseWhitespace(folded);
}

DocId MakeDocId(std::string_view text) {
  std::string norm = NormaliseForId(text);
  XXH64_hash_t h = XXH3_64bits(norm.data(), norm.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return DocId{buf};
}

}  // namespace newsgraph
