// The link order (see include/newsgraph/link_document.h).
#include "newsgraph/link_document.h"

namespace newsgraph {

bool LinkOrderLess(const LinkDocument& a, const LinkDocument& b) {
  // Undated documents after dated ones; dates compare as ISO strings (first 10 characters, so a
  // timestamp and a plain date of the same day tie and fall back to the id).
  bool a_dated = a.published.size() >= 10, b_dated = b.published.size() >= 10;
  if (a_dated != b_dated) return a_dated;
  if (a_dated) {
    int c = a.published.compare(0, 10, b.published, 0, 10);
    if (c != 0) return c < 0;
  }
  return a.id < b.id;
}

}  // namespace newsgraph
