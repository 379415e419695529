// Fuzz target: any bytes as names, durations and a document's text given to the world stage:
// name parsing and matching, duration parsing, and a World fed the analysed text twice (a second
// document with another id and date) never crash, and every recovered mention lies in its text.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "link/world_names.h"
#include "link/world_state.h"
#include "newsgraph/world.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view first = in.substr(0, in.find('\n'));
  newsgraph::world::PersonName a = newsgraph::world::ParseName(first);
  newsgraph::world::PersonName b = newsgraph::world::ParseName(in);
  (void)newsgraph::world::RelateNames(a, b);
  newsgraph::world::Amount d = newsgraph::world::ParseDuration(first);
  if (d.ok && d.lo > d.hi) std::abort();
  if (size > 1 << 16) return 0;
  newsgraph::World world;
  for (int i = 0; i < 2; ++i) {
    newsgraph::LinkDocument doc;
    doc.id = "doc" + std::to_string(i);
    doc.published = i == 0 ? "2021-12-09" : "2021-12-10";
    doc.text = std::string(in);
    newsgraph::AnalyzeOptions o;
    o.published = doc.published;
    o.use_ner = false;
    doc.analysis = newsgraph::AnalyzeText(doc.text, o);
    world.AddDocument(doc);
  }
  for (const auto& p : world.people())
    for (const auto& m : p.mentions)
      if (m.start > m.end || m.end > size) std::abort();
  (void)world.Conflicts();
  return 0;
}
