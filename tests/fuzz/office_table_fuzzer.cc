// Fuzz target: OfficeTable::Parse() on arbitrary bytes returns a table or a Corruption status,
// never crashes; a table that parses answers lookups and checks a claim.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsgraph/link.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = newsgraph::OfficeTable::Parse(bytes, "fuzz.tsv");
  if (!table.ok()) {
    if (table.status().code() != newsgraph::StatusCode::kCorruption) std::abort();
    return 0;
  }
  for (const auto& t : table->terms()) {
    bool covered = false;
    auto holders = table->HoldersAt(t.country, t.office, t.start, &covered);
    if (!covered || holders.empty()) std::abort();  // a term's first day is always known
    (void)table->TermsOf(t.country, t.office, t.name);
  }
  newsgraph::Analysis a;
  a.published = "2021-12-06";
  a.people.push_back({"David Cameron", {}, "Prime Minister", "", "United Kingdom"});
  for (const auto& c : newsgraph::CheckOffices(a, "", *table)) {
    if (c.verdict != "supported" && c.verdict != "contradicted") std::abort();
  }
  return 0;
}
