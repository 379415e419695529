// Surnames that are title words or demonyms: "Carol King", "Mary Bishop", "Ann Judge", "John
// Major", "Mark Cuban", "Martin Luther King Jr.". A run of capitalised words names a person
// after its last title word ("Archbishop Justin Welby"), so a surname that is also a title or a
// demonym left no name at all. It is a surname when it ends the run (a generational suffix
// aside), follows a word that is itself no title, modifier, function word, demonym or
// organisation word, and the named-entity tagger reads both words as one person's name ("the
// Saudi King", "Burger King shares" and "King Charles" stay as they were read). Such a title
// word alone later in the text ("King said") is then that person's surname.
#include "analyze/people_finder.h"

namespace newsgraph::analyze {
namespace people_internal {

bool PeopleFinder::TitleIsSurname(uint32_t k, uint32_t t, uint32_t e) const {
  // a title, a rank ("John Major") or a demonym ("Mark Cuban", "Dawn French"); not an
  // abbreviated honorific ("Mr.", "Dr")
  const std::string& word = L(k);
  const bool abbreviation = word.size() <= 3 || word.find('.') != std::string::npos;
  if (!(IsTitleHead(word) || !CountryOfDemonym(word).empty()) ||
      (IsHonorific(word) && abbreviation))
    return false;
  // alone, after a full name with it ("Carol King ... King said"), not after an article ("the
  // King said")
  if (k == t)
    return e == t + 1 && surname_titles_.count(L(k)) > 0 &&
           (k == 0 || (L(k - 1) != "the" && L(k - 1) != "a"));
  if (k < t) return false;
  uint32_t end = k + 1;
  while (end < e && (IsGenerationalSuffix(L(end)) || s_.Text(end) == ".")) ++end;
  if (end != e) return false;
  const std::string& before = L(k - 1);
  if (s_.toks[k - 1].kind != TokKind::kWord || before.size() < 2 || TitleLike(before) ||
      IsTitleModifier(before) || IsFunctionWord(before) || IsOrganisationWord(before) ||
      IsPlaceWord(before) || !CountryOfName(before).empty() || IsPersonNoun(before))
    return false;
  if (!ner_) return false;
  const uint32_t b = s_.toks[k - 1].start, tail = s_.toks[k].end;
  auto it = std::lower_bound(ner_->begin(), ner_->end(), b,
                             [](const EntityMention& m, uint32_t v) { return m.end <= v; });
  return it != ner_->end() && it->type == EntityType::kPerson && it->start <= b &&
         it->end >= tail;
}

}  // namespace people_internal
}  // namespace newsgraph::analyze
