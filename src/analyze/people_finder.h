// The people finder shared by people.cc (names, aliases, classification) and
// people_office.cc (title chunks, appositives, offices and countries). Internal.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "analyze/internal.h"

namespace newsgraph::analyze::people_internal {

inline bool IsParticle(std::string_view l) {
  return l == "de" || l == "van" || l == "von" || l == "al" || l == "bin" || l == "da" ||
         l == "del" || l == "la" || l == "le" || l == "di" || l == "du" || l == "der" ||
         l == "ben" || l == "el" || l == "dos" || l == "das" || l == "ibn" || l == "abu";
}

inline bool IsRank(std::string_view l) {
  return l == "general" || l == "admiral" || l == "colonel" || l == "captain" ||
         l == "lieutenant" || l == "sergeant" || l == "major" || l == "marshal" ||
         l == "brigadier" || l == "corporal" || l == "private" || l == "commander";
}

// An office that words `held` and says more: "ambassador to the European Union" for
// "Ambassador", "founder and former CEO" for "former CEO" (people_office_choice.cc).
bool MoreSpecificOffice(std::string_view candidate, std::string_view held);

// The role of an office without the organisation, owner or place written with it ("Emirates
// President" -> "President", "spokesperson for Instagram" -> "spokesperson"), or "" when
// nothing is removed (people_office_role.cc).
std::string RoleWithoutOrganisation(std::string_view office);

// A generational suffix ending a name, lower-cased: "jr.", "sr", "iii".
inline bool IsGenerationalSuffix(std::string_view l) {
  return l == "jr." || l == "jr" || l == "sr." || l == "sr" || l == "ii" || l == "iii" ||
         l == "iv";
}

inline bool TitleLike(std::string_view l) {
  return IsTitleHead(l) || IsHonorific(l) || !CountryOfDemonym(l).empty();
}

struct Run {
  uint32_t first = 0, last = 0;  // the whole capitalised run
  uint32_t nf = 0, nl = 0;       // the name part
  // a nickname in quotes or brackets inside the name, [nick_first, nick_last) with its marks:
  // 'Vincent "The Chin" Gigante', "Luis Gerardo (Jerry) Ortiz"; the name leaves it out
  uint32_t nick_first = 0, nick_last = 0;
};

class PeopleFinder {
 public:
  explicit PeopleFinder(const Scan& s) : s_(s) {}
  void SetNer(const std::vector<EntityMention>* ner) { ner_ = ner; }

  PeopleResult Run();

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  bool Same(uint32_t a, uint32_t b) const { return s_.toks[a].sentence == s_.toks[b].sentence; }
  // The head of a title at token k: a title word ("minister"), or a noun naming a kind of
  // person written in lower case ("Browns pass rusher", "planetary geologist"; capitalised only
  // at a sentence start, so "Democrat Joe Manchin" is no office).
  // A player's position written before the name: "Pittsburgh center Maurkice Pouncey",
  // "running back Trey Edmunds", "Cleveland DL Larry Ogunjobi" (the words WordNet does not
  // list as persons; "back" and "end" only after the word that makes them a position).
  static bool IsPositionWord(std::string_view l) {
    static constexpr std::string_view kPositions[] = {
        "center", "centre", "guard", "forward", "receiver", "tackle", "winger",
        "midfielder", "defender", "shortstop", "pitcher", "catcher", "outfielder", "infielder",
        "rusher", "goalie", "cornerback", "halfback", "fullback", "playmaker", "starter",
        "reliever", "linebacker"};
    for (std::string_view p : kPositions)
      if (l == p) return true;
    return false;
  }
  bool PositionAt(uint32_t k) const {
    const std::string& l = L(k);
    static constexpr std::string_view kAbbrev[] = {"QB", "RB", "WR", "TE", "OL", "DL", "DE",
                                                   "DT", "LB", "CB", "OT", "OG"};
    if ((!s_.toks[k].cap || s_.toks[k].sentence_start) && IsPositionWord(l)) return true;
    if (k > 0 && (l == "back" || l == "end") && !s_.toks[k].cap) {
      const std::string& b = L(k - 1);
      if (b == "running" || b == "tight" || b == "defensive" || b == "wide" || b == "full" ||
          b == "half")
        return true;
    }
    // "first baseman", "designated hitter"
    if (k > 0 && !s_.toks[k].cap &&
        ((l == "baseman" &&
          (L(k - 1) == "first" || L(k - 1) == "second" || L(k - 1) == "third")) ||
         (l == "hitter" && L(k - 1) == "designated")))
      return true;
    for (std::string_view a : kAbbrev)
      if (s_.Text(k) == a) return true;
    return false;
  }

  bool HeadAt(uint32_t k) const {
    const std::string& l = L(k);
    return IsTitleHead(l) ||
           ((!s_.toks[k].cap || s_.toks[k].sentence_start) && IsPersonNoun(l)) ||
           (l.size() > 4 && l.compare(0, 3, "co-") == 0 && IsTitleHead(std::string_view(l).substr(3)));
  }

  // The singular of a plural role word at k ("photographers", "co-writers", "actresses",
  // "deputies"; a lower-case person noun as in HeadAt), or "" when k is none.
  std::string PluralHeadAt(uint32_t k) const {
    const std::string& l = L(k);
    if (l.size() <= 4 || l.back() != 's') return {};
    const std::string one = SingularOf(l);
    const bool lower = !s_.toks[k].cap || s_.toks[k].sentence_start;
    if (IsTitleHead(one) || (lower && (IsPersonNoun(one) || IsPositionWord(one))) ||
        (one.size() > 4 && one.compare(0, 3, "co-") == 0 &&
         (IsTitleHead(std::string_view(one).substr(3)) ||
          (lower && IsPersonNoun(std::string_view(one).substr(3))))))
      return one;
    return {};
  }

  bool NameTok(uint32_t t) const {
    const Tok& k = s_.toks[t];
    if (k.kind != TokKind::kWord) return false;
    if (k.cap) return true;
    // al-Amr, el-Sisi (a particle before the hyphen; "co-CEO" is no name)
    size_t h = k.lower.find('-');
    if (h == std::string::npos || h + 1 >= k.lower.size()) return false;
    std::string_view pre = std::string_view(k.lower).substr(0, h);
    return (IsParticle(pre) || pre == "ad" || pre == "ar" || pre == "as" || pre == "ash" ||
            pre == "at" || pre == "az" || pre == "an" || pre == "bou") &&
           s_.text[k.start + h + 1] >= 'A' && s_.text[k.start + h + 1] <= 'Z';
  }

  void FindRuns();
  // Token k, a title word ("King", "Bishop", "Judge"), ends the name of the run [t, e) as its
  // surname: "Carol King", "Martin Luther King Jr.", or is alone the surname of such a name
  // read earlier ("King said") (people_surname_titles.cc).
  bool TitleIsSurname(uint32_t k, uint32_t t, uint32_t e) const;
  // Names the document shows to be things, not people (people_things.cc): thing_names_.
  void FindThingNames();
  // Whether a token in [f, l) holds a digit ("RAV4", "F-150"): a product's name, no person's
  // (people_single_names.cc).
  bool HasDigit(uint32_t f, uint32_t l) const;
  // A one-word name at token k that is no person although a reporting verb follows it: a word
  // capitalised by its position ("Authorities said"), a model ("RAV4"), or a firm the text
  // shows ("Kraft" beside "Kraft Foods", "a Waitrose supermarket") (people_single_names.cc).
  enum class NotAPerson { kNo, kWord, kThing, kFirm };
  NotAPerson OneWordIsNoPerson(uint32_t k) const;
  // Names of clubs the text shows acting after "the" ("the Yankees signed") (people_teams.cc):
  // team_names_.
  void FindTeamNames();

  bool p_at_(uint32_t t) const {
    for (const auto& m : res_.mentions)
      if (m.first <= t && t < m.last) return true;
    return false;
  }

  // Token p is a connector inside an organisation's name that a title before the name f
  // carries ("Council on Foreign Relations president X"); j is the token after p.
  bool OrgNameConnector(uint32_t p, uint32_t j, uint32_t f) const;
  // Where a list member ending at token nl ends with its "of"-phrase or bracket ("Jann Wenner
  // of Rolling Stone", "Jack Nicklaus (golf)").
  uint32_t ListMemberEnd(uint32_t nl) const;
  // The title chunk written directly before token `f` (the name's first token).
  uint32_t TitleChunk(uint32_t f, bool* has_title) const;

  // Where a lawmaker's party tag after the name ends: "(R-TX)" -> the token after ")",
  // ", D-N.Y.," -> the second comma; `l` when there is none (people_office_party.cc).
  uint32_t AfterPartyTag(uint32_t l) const;

  // An office worded as a verb of leading whose object is an organisation, the verb at token
  // v: "heads the Alliance for X" -> "head of the Alliance for X" (people_office_verbs.cc).
  std::string OfficeOfVerb(uint32_t v, uint32_t* span_end) const;

  // Office after the name: ", the Secretary of State," / ", head of U.S. Northern Command,".
  // Sets *predicate (when given) when the office comes from a predicate ("X is the CEO of Y").
  std::string Appositive(uint32_t l, uint32_t* span_end, bool* predicate = nullptr) const;

  int PersonByName(const std::string& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? -1 : it->second;
  }

  // The known person whose name ends with (or is) this single word.
  int PersonBySurname(std::string_view word, uint32_t at) const;
  // A capital of position: token k opens a sentence or quotation and is a lower-case word (the
  // model's lexicon or the text says so; no given name, no title).
  bool LowerCaseOpener(uint32_t k) const;
  // A lone surname of a well-known office holder tagged a person, with a verb in the past right
  // after it ("when Obama declined to") (people_known_surnames.cc).
  bool KnownSurnameActs(uint32_t k) const;
  // the words the text writes in lower case (built on the first LowerCaseOpener question)
  mutable absl::flat_hash_set<std::string_view> lower_words_;
  mutable bool lower_words_built_ = false;

  bool CueAfter(uint32_t l) const {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    if (l >= n) return false;
    const std::string& w = L(l);
    return w == "said" || w == "says" || w == "told" || w == "added" || w == "stated" ||
           w == "acknowledged" || w == "warned" || w == "explained" || w == "wrote" ||
           w == "tweeted" || w == "noted" || w == "argued" || w == "claimed" || w == "insisted" ||
           w == "responded" || w == "replied" || w == "cautioned" || w == "cautions" ||
           w == "reiterated" || w == "announced" || w == "asked" || w == "admitted" ||
           w == "confirmed";
  }

  // "New Zealand", "New York": token k is a "new" that opens a place ending before `end`, part of
  // a name rather than a function word to skip.
  bool NewOpensPlace(uint32_t k, uint32_t end) const {
    return L(k) == "new" && k + 1 < end && IsPlaceWord("new " + L(k + 1));
  }

  void AddThing(std::vector<NamedThing>& v, uint32_t f, uint32_t l) {
    ++thing_mentions_;
    std::string name(s_.TextRange(f, l));
    Mention m{name, s_.toks[f].start, s_.toks[l - 1].end};
    for (auto& t : v)
      if (t.name == name) {
        t.mentions.push_back(std::move(m));
        return;
      }
    v.push_back({name, {std::move(m)}});
  }

  // "By Jane Holloway" on a line of its own: a byline, not a person in the story
  bool Byline(const struct Run& r) const {
    uint32_t by = L(r.first) == "by" ? r.first : r.first - 1;
    if (r.first == 0 && by != r.first) return false;
    if (L(by) != "by" || !s_.toks[by].sentence_start) return false;
    const Span& sp = s_.sentences[s_.toks[r.first].sentence];
    return sp.last - sp.first <= 8;
  }

  void Classify(const struct Run& r, int pass);

  void ThingOrPlace(uint32_t f, uint32_t l);

  void AddPerson(const std::string& name, uint32_t nf, uint32_t nl, uint32_t tf, bool has_title,
                 const std::string& app, uint32_t app_end);

  void AddMention(int p, uint32_t nf, uint32_t nl, uint32_t tf, bool has_title,
                  const std::string& app, uint32_t app_end);

  // Countries named in a phrase ("head of U.S. Northern Command" -> United States).

  void ReadChunk(uint32_t tf, uint32_t nf, std::string* office, std::string* country) const;

  void Finish();

  // The NER type covering most of byte span [b, e), or -1 when none / no model.
  int NerType(uint32_t b, uint32_t e) const {
    if (!ner_) return -1;
    // the tagger's entities come in text order and do not overlap: binary search for the first
    // one ending after b (a scan of all of them made long texts quadratic)
    auto it = std::lower_bound(ner_->begin(), ner_->end(), b,
                               [](const EntityMention& m, uint32_t v) { return m.end <= v; });
    for (; it != ner_->end() && it->start < e; ++it) {
      uint32_t ob = std::max(b, it->start), oe = std::min(e, it->end);
      if (oe > ob && (oe - ob) * 2 >= e - b) return static_cast<int>(it->type);
    }
    return -1;
  }

  const Scan& s_;
  std::set<std::string> trusted_;
  std::set<std::string> thing_names_;  // FindThingNames
  std::set<std::string> team_names_;   // FindTeamNames
  size_t thing_mentions_ = 0;          // organisation and place mentions added (AddThing)
  absl::flat_hash_map<std::string, int> by_name_;
  absl::flat_hash_map<std::string, std::vector<int>> by_surname_;
  // Title words read as a surname in a full name ("King" of "Carol King"): alone later in the
  // text ("King said") they name that person.
  absl::flat_hash_set<std::string> surname_titles_;
  // first word of a name of two words or more -> the person, -1 when several share it
  absl::flat_hash_map<std::string, int> by_given_;
  // every ending of a person's name that starts after a space -> the first person with it
  absl::flat_hash_map<std::string, int> by_name_ending_;
  // a person's name without its middle initials -> the person
  absl::flat_hash_map<std::string, int> by_plain_name_;
  static std::string WithoutInitials(const std::string& name);
  static std::string WithoutSuffix(const std::string& name);
  // The one known person whose name has this surname and a given name that is a short form of
  // this one's, or of which this one's is ("Pat Carlineo" / "Patrick Carlineo Jr."); -1 if none.
  // A person named in the sentence of token `at` is not taken (two people named together).
  int ShortGivenNameOf(const std::string& name, uint32_t at) const;
  // The one known person whose surname this name ends with and whose given name begins with
  // this name's first initial ("B. U. Nzeribe" / "Benjamin Nzeribe"); -1 if none or several.
  int InitialsOf(const std::string& name) const;
  // a later word of a name of three words or more ("Lula" in "Luiz Inácio Lula da Silva") ->
  // the first person introduced with it
  absl::flat_hash_map<std::string, int> by_later_part_;
  std::string list_office_, list_country_;
  uint32_t list_office_end_ = UINT32_MAX - 1;
  // the words organisation names took in after "of [the]" (ThingOrPlace: "Office of Emergency
  // Services"): a run starting there is no name of its own
  std::vector<std::pair<uint32_t, uint32_t>> org_extended_;
  const std::vector<EntityMention>* ner_ = nullptr;
  std::vector<struct Run> runs_;
  std::vector<uint32_t> first_pos_;
  std::vector<char> office_from_full_;
  std::string home_country_;
  PeopleResult res_;
};

}  // namespace newsgraph::analyze::people_internal
