// A lawmaker's party and state written after the name, "Rep. Ann Cole (R-TX), ranking member
// of the panel," / "Sen. Ann Cole, D-N.Y., chairman of the committee,": the description after
// the tag is the person's, so it is read from where the tag ends.
#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// "R-TX", "D-N.Y.", "I-Vt", "R": a party's letter, alone or with a state after a hyphen.
bool PartyTag(std::string_view w) {
  if (w.empty() || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I')) return false;
  if (w.size() == 1) return true;
  return w.size() >= 3 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

}  // namespace

uint32_t PeopleFinder::AfterPartyTag(uint32_t l) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (l + 2 >= n || !Same(l, l + 2)) return l;
  const std::string_view open = s_.Text(l);
  if (open != "(" && open != ",") return l;
  if (!PartyTag(s_.Text(l + 1))) return l;
  // the tag's letter alone only in brackets ("(R)"; ", R," is rarely a party)
  if (open == "," && s_.Text(l + 1).size() == 1) return l;
  uint32_t k = l + 2;
  // the state's abbreviation may go on over its full stops ("D-N.Y.")
  while (k < n && k < l + 6 && Same(l, k) && s_.Text(k) != ")" && s_.Text(k) != "," &&
         (s_.Text(k) == "." || s_.Text(k) == "-" || s_.toks[k].cap))
    ++k;
  if (k >= n || !Same(l, k)) return l;
  if (open == "(") return s_.Text(k) == ")" ? k + 1 : l;
  return s_.Text(k) == "," ? k : l;
}

}  // namespace newsgraph::analyze::people_internal
