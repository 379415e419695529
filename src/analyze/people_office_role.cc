// The role of an office without the organisation, owner or place written with it, for the
// normalised office when RoleOfOffice (lexicon.cc) finds none: "Emirates President" ->
// "President", "Penn State quarterback" -> "quarterback", "the cat's original owner" ->
// "original owner", "spokesperson for Instagram" -> "spokesperson", "business advisor in the
// Bay Area" -> "business advisor". The office itself keeps the text's wording.
#include <algorithm>
#include <vector>

#include "analyze/people_finder.h"
#include "core/ascii.h"

namespace newsgraph::analyze::people_internal {
namespace {

bool Upper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// A word of a title rather than of a name: a title's head or modifier ("Chief", "Executive",
// "Foreign"), an honorific title ("Rep.").
bool TitleWord(std::string_view w) {
  const std::string l = Lower(w);
  return IsTitleHead(l) || IsTitleModifier(l) || IsHonorific(l);
}

// A word that makes a capitalised prefix part of the office: an organisation's word ("House
// Speaker", "State Department spokesman"), a party ("Republican Leader").
bool OfficeNameWord(std::string_view w) {
  const std::string l = Lower(w);
  return IsOrganisationWord(l) || l == "house" || l == "senate" || l == "republican" ||
         l == "democratic" || l == "democrat" || l == "gop" || l == "conservative" ||
         l == "liberal" || l == "labour" || l == "congress" || l == "parliament";
}

std::string Join(const std::vector<std::string_view>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

}  // namespace

std::string RoleWithoutOrganisation(std::string_view office) {
  std::vector<std::string_view> w;
  for (std::string_view x : ascii::Split(office, ' '))
    if (!x.empty()) w.push_back(x);
  if (w.size() < 2) return {};
  size_t from = 0, to = w.size();
  // an owner's possessive opening it ("the cat's original owner", "Acme Corp's lawyer"; a
  // country's stays: it is the office's, "Ukraine's foreign minister")
  for (size_t i = 0; i + 1 < w.size() && i < 3; ++i) {
    std::string_view x = w[i];
    const size_t mark = x.size() > 2 && x.substr(x.size() - 2) == "'s"                 ? 2
                        : x.size() > 4 && x.substr(x.size() - 4) == "\xE2\x80\x99s" ? 4
                                                                                       : 0;
    if (mark == 0) {
      if (!Upper(x)) break;  // (only a name's words before it: not "head of Iran's ...")
      continue;
    }
    std::string owner = Lower(Join(w, 0, i + 1));
    owner.erase(owner.size() - mark);
    if (CountryOfName(owner).empty() && CountryOfDemonym(owner).empty()) from = i + 1;
    break;
  }
  // an organisation or a place after the role: "spokesperson for Instagram", "head of sales
  // for Acme", "business advisor in the Bay Area" (not a field or a place the office is of:
  // "Minister for Foreign Affairs", "envoy for Ukraine", "instructor in English"; not a word
  // of a name: "Society for Conservation Biology")
  for (size_t i = from + 1; i + 1 < to; ++i) {
    if ((w[i] != "for" && w[i] != "in") || Upper(w[i - 1])) continue;
    const std::string before = Lower(w[i - 1]);
    const bool role_before = IsTitleHead(before) || IsPersonNoun(before);
    bool of_before = false;
    for (size_t q = from; q < i; ++q) of_before = of_before || w[q] == "of";
    if (!role_before && !(w[i] == "for" && of_before)) continue;
    size_t k = i + 1;
    if (w[k] == "the") ++k;
    bool name = k < to && Upper(w[k]);
    std::string place;
    for (size_t q = k; q < to && name; ++q) {
      const bool connector = (w[q] == "for" || w[q] == "of" || w[q] == "and" ||
                              w[q] == "the" || w[q] == "&") && q + 1 < to;
      name = connector || (Upper(w[q]) && !TitleWord(w[q]));
      place += (place.empty() ? "" : " ") + Lower(w[q]);
    }
    if (name && w[i] == "for" && (IsPlaceWord(place) || !CountryOfName(place).empty())) break;
    // (a language is a field: "instructor in English")
    if (name && w[i] == "in" && (!CountryOfDemonym(place).empty() || IsCommonCapitalised(place)))
      break;
    if (name) {
      to = i;
      break;
    }
  }
  // capitalised words of a name before the role, when the name has a word that is no title's
  // ("Penn State quarterback", "Boise State University political scientist"; not "Foreign
  // minister")
  size_t role = from;
  while (role < to && Upper(w[role])) ++role;
  if (role > from && role < to) {
    // a lower-case role: every word after the name is lower case
    bool name_word = false;
    for (size_t i = from; i < role; ++i)
      if (!TitleWord(w[i])) name_word = true;
    bool lower_rest = true;
    for (size_t i = role; i < to; ++i)
      if (Upper(w[i])) lower_rest = false;
    if (name_word && lower_rest) from = role;
  } else if (role == to && to - from >= 2) {
    // a capitalised role: only the head of an organisation or a place, after a name without
    // any title's or chamber's word ("Emirates President", "Hong Kong Chief Executive"; a
    // capitalised field makes the office: "Fire Chief", "Commerce Secretary")
    static constexpr std::string_view kHeads[] = {
        "president", "vice president", "chief executive", "chairman", "chairwoman",
        "governor", "mayor", "head coach", "premier", "prime minister"};
    for (size_t t = to - 1; t > from && t + 2 >= to; --t) {
      const std::string tail = Lower(Join(w, t, to));
      if (std::find(std::begin(kHeads), std::end(kHeads), tail) == std::end(kHeads)) continue;
      bool name = true;
      for (size_t i = from; i < t && name; ++i)
        if (TitleWord(w[i]) || OfficeNameWord(w[i]) || IsAcronym(w[i])) name = false;
      if (name) from = t;
      break;
    }
  }
  if (from == 0 && to == w.size()) return {};
  if (from >= to) return {};
  return Join(w, from, to);
}

}  // namespace newsgraph::analyze::people_internal
