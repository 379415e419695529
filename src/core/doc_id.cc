#include <xxhash.h>

#include <cstdio>

#include "core/utf8.h"
#include "newsgraph/document.h"

namespace newsgraph {

std::string NormaliseForId(std::string_view text) {
  // One pass over the NFC text: typographic quotes fold to ASCII (so re-encodings of one text
  // agree), runs of white space become one space, and both ends are trimmed.
  std::string nfc = utf8::Nfc(text);
  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  auto put = [&](std::string_view bytes) {
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(bytes);
  };
  for (size_t i = 0; i < nfc.size();) {
    unsigned char c = static_cast<unsigned char>(nfc[i]);
    if (c < 0x80) {
      if (utf8::IsSpace(c)) {
        pending_space = !out.empty();
      } else {
        put(std::string_view(&nfc[i], 1));
      }
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::Decode(nfc, i, &len);
    if (utf8::IsSpace(cp)) {
      pending_space = !out.empty();
    } else {
      switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x2032: put("'"); break;
        case 0x201C: case 0x201D: case 0x201E: case 0x2033: put("\""); break;
        default: put(std::string_view(&nfc[i], len));
      }
    }
    i += len;
  }
  return out;
}

DocId MakeDocId(std::string_view text) {
  std::string norm = NormaliseForId(text);
  XXH64_hash_t h = XXH3_64bits(norm.data(), norm.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return DocId{buf};
}

}  // namespace newsgraph
