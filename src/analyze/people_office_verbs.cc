// An office worded as a verb in a relative clause after the name: ", who heads the Alliance
// for American Manufacturing," -> "head of the Alliance for American Manufacturing", ", who
// directs the Fish and Wildlife Service," -> "director of the Fish and Wildlife Service".
#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// The role a verb of leading names: "heads" -> "head".
std::string_view RoleOfVerb(std::string_view l) {
  static constexpr std::pair<std::string_view, std::string_view> kVerbs[] = {
      {"heads", "head"},       {"headed", "head"},          {"directs", "director"},
      {"chairs", "chair"},     {"leads", "leader"},         {"founded", "founder"},
      {"co-founded", "co-founder"}, {"cofounded", "co-founder"}};
  for (const auto& [verb, role] : kVerbs)
    if (l == verb) return role;
  return {};
}

}  // namespace

std::string PeopleFinder::OfficeOfVerb(uint32_t v, uint32_t* span_end) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (v + 1 >= n || !Same(v, v + 1)) return {};
  const std::string_view role = RoleOfVerb(L(v));
  if (role.empty()) return {};
  // the object: an organisation's name, with "the" before it ("heads the Alliance for ...";
  // "leads a team of ..." names none)
  uint32_t a = v + 1;
  if (L(a) == "the" && a + 1 < n) ++a;
  if (!s_.toks[a].cap || !Same(v, a)) return {};
  uint32_t e = a;
  while (e < n && Same(v, e) && e - a < 10) {
    const Tok& t = s_.toks[e];
    // capitalised words, possessives and the small words inside a name ("Fish and Wildlife
    // Service", "Alliance for American Manufacturing")
    if (t.cap || t.kind == TokKind::kPossessive) {
      ++e;
      continue;
    }
    if ((L(e) == "of" || L(e) == "for" || L(e) == "and" || L(e) == "the" || L(e) == "on" ||
         s_.Text(e) == "&") &&
        e + 1 < n && Same(v, e + 1) && s_.toks[e + 1].cap) {
      ++e;
      continue;
    }
    break;
  }
  // the clause ends with the name
  if (e < n && Same(v, e) && s_.Text(e) != "," && s_.Text(e) != "." && s_.Text(e) != ";")
    return {};
  *span_end = e;
  return std::string(role) + " of " + std::string(s_.TextRange(v + 1, e));
}

}  // namespace newsgraph::analyze::people_internal
