// Capitalised words that are no person's name although a reporting verb follows them or the
// tagger reads them as one: a plural noun or a participle capitalised only because it opens its
// sentence ("Authorities said", "Deputies said", "Witnesses said", "Others warned", "Having told
// everyone ..."), a name written with a digit (a product or a model: "the RAV4 Hybrid", "the
// F-150"), and a one-word name that the text shows to be a firm: the first word of an
// organisation it names in full ("Kraft said" beside "the Kraft Foods plant", "Summit says"
// beside "Summit Entertainment") or a firm's word right after it ("a Waitrose supermarket",
// "newer Nissan models", "Microsoft shares").
#include <string>
#include <string_view>

#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// A noun after a one-word name that only a firm or a brand takes: its premises, its products,
// its shares, its staff.
bool IsFirmNounAfter(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "inc",       "inc.",      "corp",       "corp.",      "co.",        "llc",
      "ltd",       "ltd.",      "plc",        "shares",     "stock",      "shareholders",
      "employees", "executives", "analysts",  "subscribers", "supermarket", "supermarkets",
      "store",     "stores",    "plant",      "plants",     "factory",    "factories",
      "models",    "vehicles",  "cars",       "products",   "dealers",    "dealerships",
      "brand",     "headquarters"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

// Plural nouns for groups of people that report things ("Witnesses said", "Authorities
// said") the person-noun list leaves out.
bool IsGroupPlural(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "witnesses", "authorities", "friends",  "neighbors", "neighbours", "relatives",
      "residents", "others",      "sources",  "critics",   "supporters", "officials",
      "locals",    "families",    "parents",  "fans",      "experts",    "organizers",
      "organisers", "villagers",  "rescuers", "medics",    "doctors",    "students"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

}  // namespace

bool PeopleFinder::HasDigit(uint32_t f, uint32_t l) const {
  for (uint32_t k = f; k < l; ++k)
    for (char c : s_.Text(k))
      if (c >= '0' && c <= '9') return true;
  return false;
}

PeopleFinder::NotAPerson PeopleFinder::OneWordIsNoPerson(uint32_t k) const {
  const Tok& t = s_.toks[k];
  const std::string& l = L(k);
  if (HasDigit(k, k + 1)) return NotAPerson::kThing;
  // capitalised by position: a plural of a noun for people ("Deputies", "Witnesses"), or a
  // plural or a participle the text also writes in lower case ("Others", "Having")
  if (t.sentence_start) {
    if (!PluralHeadAt(k).empty() || IsGroupPlural(l)) return NotAPerson::kWord;
    const bool plural = l.size() > 4 && l.back() == 's' && l[l.size() - 2] != 's';
    const bool participle = l.size() > 5 && l.compare(l.size() - 3, 3, "ing") == 0;
    if ((plural || participle) && LowerCaseOpener(k)) return NotAPerson::kWord;
    // "Having told everyone ..."
    if (l == "having" || l == "being") return NotAPerson::kWord;
  }
  // a firm: the first word of an organisation named in full, or a firm's word after it
  const std::string_view word = s_.Text(k);
  for (const NamedThing& o : res_.organizations)
    if (o.name.size() > word.size() + 1 && o.name.compare(0, word.size(), word) == 0 &&
        o.name[word.size()] == ' ')
      return NotAPerson::kFirm;
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  // (the noun may follow the rest of the firm's name: "a Kraft Foods plant")
  for (uint32_t j = 0; j + 1 < n; ++j) {
    if (s_.toks[j].lower != l || !s_.toks[j].cap) continue;
    uint32_t e = j + 1;
    while (e < n && e < j + 4 && Same(j, e) && s_.toks[e].cap &&
           s_.toks[e].kind == TokKind::kWord)
      ++e;
    if (e < n && Same(j, e) && s_.toks[e].kind == TokKind::kWord && !s_.toks[e].cap &&
        IsFirmNounAfter(L(e)))
      return NotAPerson::kFirm;
  }
  return NotAPerson::kNo;
}

}  // namespace newsgraph::analyze::people_internal
