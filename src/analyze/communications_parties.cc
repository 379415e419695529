// Parties of a communication that are not (yet) a named person: described groups and people
// ("several top government officials", "Thailand's foreign minister", "the offices of Omar",
// "allies in eastern Europe"), organisations and places ("Washington and the Taliban held
// talks"), definite descriptions of a person named earlier ("spoke with the president"), and the
// subject of a clause written away from the verb ("Dempsey picked up the phone and rang Taylor").
#include <algorithm>
#include <string_view>

#include "analyze/communications_finder.h"

namespace newsgraph::analyze::comm_internal {

// Nouns that head a described party besides titles and role nouns.
bool IsGroupHead(std::string_view l) {
  static const std::string_view kHeads[] = {
      "allies",     "partners",  "offices",    "presidents", "callers",   "companies",
      "colleagues", "friends",   "relatives",  "family",     "officials", "leaders",
      "interviewer", "host",     "hosts",      "counterpart", "investors", "executives",
      "chiefs",     "heads",     "premiers",   "senators",   "members",   "authorities",
      "administration", "council", "commission", "management", "board",   "union",
      "lawyers",    "attorneys", "ministers",  "diplomats",  "officers",  "agents",
      "clients",    "customers", "fans",       "players",    "teammates", "staffers",
      "group",      "coalition", "committee",  "campaigners", "protesters", "residents",
      "suspect",    "suspects",  "victim",     "victims",   "defendant", "witness",
      "girlfriend", "boyfriend", "detectives", "investigators", "panel", "regulators",
      "delegation", "delegations", "police",
      // kin: "his sister", "the victim's mother"
      "mother",     "father",    "sister",     "brother",   "son",       "daughter",
      "wife",       "husband",   "parent",     "parents",   "cousin",    "uncle",
      "aunt",       "grandmother", "grandfather", "nephew", "niece",     "widow",
      "fiancee",    "fiance",    "sisters",    "brothers",  "sons",      "daughters",
      // generic persons, left out of the person nouns as titles: "talked with the man"
      "man",        "woman",     "men",        "women",     "boy",       "girl",
      "boys",       "girls",     "teenager",   "teenagers", "teen",      "teens",
      "patient",    "patients",  "stranger",   "strangers", "couple",    "child",
      "children"};
  for (std::string_view h : kHeads)
    if (h == l) return true;
  // any noun naming a kind of person, singular or plural: "a family friend", "the coach",
  // "paramedics" (WordNet's persons, models/person-nouns.txt)
  if (l == "friend" || l == "neighbor" || l == "neighbour" || l == "neighbors" ||
      l == "neighbours" || l == "witness" || l == "witnesses")
    return true;
  if (IsPersonNoun(l)) return true;
  // plurals in -ies: "deputies", "emissaries", "secretaries"
  if (l.size() > 5 && l.compare(l.size() - 3, 3, "ies") == 0 &&
      IsPersonNoun(std::string(l.substr(0, l.size() - 3)) + "y"))
    return true;
  return l.size() > 4 && l.back() == 's' && IsPersonNoun(l.substr(0, l.size() - 1));
}

namespace {

// How many person mentions back a definite description ("the president", "the two leaders")
// looks for the people it refers to.
constexpr int kLookBack = 200;

// Capitalised words that name no party after "the": "the Internet", "the World Cup", "the
// Black Sea", "the Covid-19 pandemic".
bool IsGenericCapitalised(std::string_view l) {
  static const std::string_view kWords[] = {
      "god",    "internet", "web",    "christmas", "easter", "ramadan", "world", "cup",
      "war",    "covid",    "covid-19", "coronavirus", "ebola", "street", "road", "avenue",
      "square", "river",    "lake",   "mount",     "island", "islands", "bay",   "sea",
      "ocean",  "photo",    "image",  "video",     "update", "opinion", "analysis", "live",
      "watch",  "read",     "see",    "olympics",  "nobel",  "ai",      "tv",    "gdp",
      "english", "islam",   "north",  "south",     "east",   "central", "national",
      "international", "federal", "royal", "supreme", "high", "state", "city"};
  for (std::string_view w : kWords)
    if (w == l) return true;
  return false;
}

// Capitalised words of the common list (IsCommonCapitalised) that are organisations, and so
// name the people of a group: "executives from Google", "officials from NATO and the EU"; and
// firms whose one-word names are also common nouns, which the tagger may miss. (Not
// the lexicon's IsOrganisationWord, the words that head an organisation's name: "department".)
bool IsCommonOrganisationName(std::string_view l) {
  static const std::string_view kWords[] = {
      "google",  "facebook", "twitter", "instagram", "youtube", "tiktok", "wikipedia",
      "reuters", "ap",       "afp",     "bbc",       "cnn",     "nato",   "un",
      "eu",      "taliban",  "hamas",   "hezbollah", "senate",  "congress", "parliament",
      // firms the tagger may miss alone at the start of a sentence ("Apple held talks ...")
      "apple",   "amazon",   "microsoft", "netflix", "tesla",   "uber",    "samsung"};
  for (std::string_view w : kWords)
    if (w == l) return true;
  return false;
}

// Role nouns that name a thing, not a party ("statement", "report").
bool IsThingNoun(std::string_view l) {
  return l == "statement" || l == "report" || l == "study" || l == "survey" || l == "letter" ||
         l == "document" || l == "memo" || l == "website" || l == "paper" || l == "newspaper";
}

// Verbs whose object is the other party of an encounter: "met Y", "phoned Y", "told Y".
bool IsEncounterVerb(std::string_view l) {
  static const std::string_view kVerbs[] = {
      "met",      "meets",     "meet",    "called",   "phoned",    "telephoned", "visited",
      "hosted",   "contacted", "interviewed", "received", "welcomed", "greeted", "briefed",
      "emailed",  "texted",    "consulted", "told",    "asked",     "urged",     "warned",
      "cautioned", "thanked",  "joined",  "rang",     "dialed",    "dialled",    "questioned"};
  for (std::string_view v : kVerbs)
    if (v == l) return true;
  return false;
}

// Nouns naming a body of people, which end a description written in lower case after "of":
// "members of the city council", "the families of the victims' union".
bool IsBodyNoun(std::string_view l) {
  return l == "council" || l == "committee" || l == "subcommittee" || l == "commission" ||
         l == "board" || l == "union" || l == "panel" || l == "administration" ||
         l == "government" || l == "legislature" || l == "assembly" || l == "parliament" ||
         l == "cabinet" || l == "delegation" || l == "coalition" || l == "team" || l == "club";
}

bool IsLeadWord(std::string_view l) {
  return l == "the" || l == "a" || l == "an" || l == "several" || l == "other" || l == "some" ||
         l == "one" || l == "many" || l == "all" || l == "both" || l == "his" || l == "her" ||
         l == "their" ||
         l == "its" || l == "two" || l == "three" || l == "four" || l == "five" || l == "six" ||
         l == "seven" || l == "eight" || l == "nine" || l == "ten" || l == "dozens" ||
         l == "visiting" || l == "top" || l == "senior" || l == "former" || l == "local" ||
         l == "foreign" || l == "fellow" || l == "various" || l == "numerous";
}

}  // namespace

CommFinder::CommFinder(const Scan& s, const PeopleResult& p, const std::vector<ValueMention>& v)
    : s_(s), p_(p), v_(v), thing_at_(s.toks.size(), -1) {
  for (const Person& person : p_.people) names_.insert(person.name);
  for (const auto* list : {&p_.organizations, &p_.places}) {
    for (const NamedThing& thing : *list) {
      for (const Mention& m : thing.mentions) {
        uint32_t f = s_.TokenFrom(m.start), e = f;
        while (e < N() && s_.toks[e].end <= m.end) ++e;
        if (f >= e) continue;
        int idx = static_cast<int>(things_.size());
        things_.emplace_back(f, e);
        for (uint32_t k = f; k < e; ++k)
          if (thing_at_[k] < 0 && !p_.MentionCovering(k)) thing_at_[k] = idx;
      }
    }
  }
}

std::string CommFinder::OutletAt(uint32_t o, uint32_t* end) const {
  if (o >= N()) return {};
  uint32_t at = L(o) == "the" && o + 1 < N() && Same(o, o + 1) ? o + 1 : o;
  // the outlet noun first: "French newspaper Le Parisien", "the German weekly Der Spiegel"
  {
    uint32_t k = at;
    if (k + 2 < N() && Same(k + 2, o) && s_.toks[k].kind == TokKind::kWord &&
        !CountryOfDemonym(L(k)).empty())
      ++k;
    const std::string& l = L(k);
    if (k + 1 < N() && Same(k + 1, o) && !s_.toks[k].cap &&
        (l == "newspaper" || l == "daily" || l == "weekly" || l == "magazine" ||
         l == "tabloid" || l == "broadcaster" || l == "paper") &&
        s_.toks[k + 1].cap && s_.toks[k + 1].kind == TokKind::kWord) {
      // (a name the tagger read as a person's still names the outlet here)
      uint32_t e = k + 1;
      while (e < N() && Same(e, o) && e < k + 5 && s_.toks[e].cap &&
             s_.toks[e].kind == TokKind::kWord && !IsWeekday(L(e)) && MonthIndex(L(e)) == 0)
        ++e;
      *end = e;
      return std::string(s_.TextRange(k + 1, e));
    }
  }
  uint32_t f = at, e = at;
  const bool thing = ThingAt(at, &f, &e) && f == at;
  if (!thing) {
    f = e = at;
    while (e < N() && Same(e, o) && e < at + 4 && s_.toks[e].cap &&
           s_.toks[e].kind == TokKind::kWord && !MentionAt(e))
      ++e;
  }
  if (e == at) return {};
  auto outlet_noun = [](std::string_view l) {
    return l == "magazine" || l == "newspaper" || l == "radio" || l == "television" ||
           l == "tv" || l == "daily" || l == "weekly" || l == "website" || l == "channel" ||
           l == "network" || l == "podcast";
  };
  const bool noun = e < N() && Same(e, o) && !s_.toks[e].cap && outlet_noun(L(e));
  std::string name(s_.TextRange(at, noun ? e + 1 : e));
  // an organisation the analysis found (not a place: "interviews with Kenai County")
  bool org = false;
  if (thing && !noun) {
    const std::string_view found = s_.TextRange(f, e);
    for (const auto& o : p_.organizations) org = org || o.name == found;
  }
  if (!org && !noun && !IsNewsOutlet(name)) return {};
  *end = noun ? e + 1 : e;
  return name;
}

bool CommFinder::ThingAt(uint32_t t, uint32_t* first, uint32_t* end) const {
  if (t >= thing_at_.size()) return false;
  if (thing_at_[t] >= 0) {
    *first = things_[thing_at_[t]].first;
    *end = things_[thing_at_[t]].second;
    return true;
  }
  // a name after "the": the run of plain capitalised words around t
  auto plain_cap = [&](uint32_t k) {
    const Tok& tok = s_.toks[k];
    if (!tok.cap || tok.kind != TokKind::kWord || tok.in_quote != s_.toks[t].in_quote ||
        p_.MentionCovering(k) || thing_at_[k] >= 0)
      return false;
    const std::string& l = L(k);
    // organisations the lexicon lists as common capitalised words count ("the Taliban",
    // "the Senate"); words naming no party do not ("the Internet", "the World Cup")
    return l.size() > 1 && !IsFunctionWord(l) && !IsGenericCapitalised(l) && !IsTitleHead(l) &&
           !IsHonorific(l) && !IsWeekday(l) && MonthIndex(l) == 0 && !IsCommNoun(l);
  };
  // a firm or body the lexicon lists as a common capitalised word, alone: "Google met with EU
  // officials" (not part of a longer name: "Google Maps")
  {
    const Tok& tok = s_.toks[t];
    if (tok.cap && tok.kind == TokKind::kWord && !p_.MentionCovering(t) &&
        IsCommonOrganisationName(L(t)) && !(t > 0 && Same(t - 1, t) && s_.toks[t - 1].cap &&
                                            s_.toks[t - 1].kind == TokKind::kWord &&
                                            !s_.toks[t - 1].sentence_start) &&
        !(t + 1 < N() && Same(t + 1, t) && s_.toks[t + 1].cap &&
          s_.toks[t + 1].kind == TokKind::kWord)) {
      *first = t;
      *end = t + 1;
      return true;
    }
  }
  if (!plain_cap(t)) return false;
  uint32_t f = t, e = t + 1;
  while (f > 0 && Same(f - 1, t) && t - f < 3 && plain_cap(f - 1)) --f;
  while (e < N() && Same(e, t) && e - f < 4 && plain_cap(e)) ++e;
  if (f == 0 || !Same(f - 1, t) || L(f - 1) != "the") return false;
  // not a name's modifier: "the Biden administration", "the Taliban's leaders"
  if (e < N() && Same(e, t) &&
      (s_.toks[e].kind == TokKind::kPossessive ||
       (s_.toks[e].kind == TokKind::kWord && !s_.toks[e].cap &&
        (IsGroupHead(L(e)) || IsTitleHead(L(e)) || IsRoleNoun(L(e)) || L(e) == "government" ||
         L(e) == "team" || L(e) == "side" || L(e) == "campaign"))))
    return false;
  *first = f;
  *end = e;
  return true;
}

std::string CommFinder::Describe(uint32_t o, uint32_t* end) const {
  *end = o;
  if (o >= N()) return {};
  uint32_t e = o, head = N();
  bool lead = true;
  while (e < N() && Same(e, o) && e < o + 8) {
    const Tok& k = s_.toks[e];
    if (k.in_quote && !s_.toks[o].in_quote) break;
    if (k.kind == TokKind::kPossessive) {
      ++e;
      continue;
    }
    if (const PersonMention* m = MentionAt(e)) {
      // only as an owner: "Omar's office"
      if (m->last < N() && s_.toks[m->last].kind == TokKind::kPossessive && head == N()) {
        e = m->last + 1;
        lead = false;
        continue;
      }
      break;
    }
    if (k.kind != TokKind::kWord) break;
    const std::string& l = L(e);
    // "in" only before a region: "allies in eastern Europe", not "officials in Hanoi"
    const bool region = l == "in" && e + 2 < N() &&
                        (L(e + 1) == "eastern" || L(e + 1) == "western" ||
                         L(e + 1) == "northern" || L(e + 1) == "southern" ||
                         L(e + 1) == "central");
    // "chief of staff", "chiefs of staff": a title written with "of staff"
    if (head == e - 1 && l == "of" && e + 1 < N() && Same(e + 1, o) && L(e + 1) == "staff" &&
        (L(head) == "chief" || L(head) == "chiefs" || L(head) == "deputy")) {
      head = e + 1;
      e += 2;
      lead = false;
      continue;
    }
    if (head != N() && (l == "of" || l == "to" || l == "for" || l == "from" || region) &&
        e + 1 < N() && Same(e + 1, o)) {
      // "the offices of Omar", "a top aide to Zelenskiy", "allies in eastern Europe"
      uint32_t j = e + 1;
      if (L(j) == "the" && j + 1 < N()) ++j;
      uint32_t stop = j;
      for (uint32_t q = j; q < N() && Same(q, o) && q < j + 10; ++q) {
        if (const PersonMention* m = MentionAt(q)) {
          stop = m->last;
          break;
        }
        const Tok& tq = s_.toks[q];
        // a list of names: "the leaders of France, Germany, Italy and Britain"
        if (stop > j && q + 1 < N() && Same(q + 1, o) && (L(q) == "," || L(q) == "and") &&
            s_.toks[q + 1].cap && s_.toks[q + 1].kind == TokKind::kWord && !MentionAt(q + 1))
          continue;
        // one name written with "&" or "/": "AT&T", "Procter & Gamble", "Comcast/Xfinity"
        if (stop == q && q + 1 < N() && Same(q + 1, o) && (L(q) == "&" || L(q) == "/") &&
            s_.toks[q + 1].cap && s_.toks[q + 1].kind == TokKind::kWord)
          continue;
        if (tq.kind != TokKind::kWord || tq.in_quote) break;
        if (tq.cap && (!IsCommonCapitalised(L(q)) || IsCommonOrganisationName(L(q)))) {
          stop = q + 1;
          continue;
        }
        // a plural noun the names modify: "eastern European NATO members"
        if (stop > j && L(q).size() > 3 && L(q).back() == 's' && !IsFunctionWord(L(q)) &&
            s_.toks[q - 1].cap) {
          stop = q + 1;
          break;
        }
        if (stop > j || IsFunctionWord(L(q))) break;  // lower-case after the name ends it
        // a body named in lower case after "of": "members of the city council", "the chair of
        // the finance committee" (the body's noun ends the phrase)
        if (l == "of" && IsBodyNoun(L(q)) &&
            (q + 1 >= N() || !Same(q + 1, o) || s_.toks[q + 1].kind != TokKind::kWord ||
             IsFunctionWord(L(q + 1)) || IsCueVerb(L(q + 1)))) {
          stop = q + 1;
          break;
        }
        // no name at all: a few lower-case words ending in a plural noun, after "of" or
        // "from" ("executives from the largest phone companies", "a coalition of nurses")
        if ((l == "of" || l == "from") && L(q).size() > 3 && L(q).back() == 's' &&
            L(q)[L(q).size() - 2] != 's' &&
            (q + 1 >= N() || !Same(q + 1, o) || s_.toks[q + 1].kind != TokKind::kWord ||
             IsFunctionWord(L(q + 1)) || IsCueVerb(L(q + 1)) || L(q + 1) == "sent" ||
             L(q + 1) == "held" || L(q + 1) == "wrote" || L(q + 1) == "met")) {
          stop = q + 1;
          break;
        }
        if (q >= j + 3) break;  // at most three lower-case words before the names
      }
      // a list left open: "executives from AT&T, Verizon and others"
      if (stop > j && stop + 1 < N() && Same(stop + 1, o) && L(stop) == "and" &&
          L(stop + 1) == "others")
        stop += 2;
      if (stop > j) {
        head = stop - 1;
        e = stop;
      }
      break;
    }
    if (IsCueVerb(l) || (IsFunctionWord(l) && !(lead && IsLeadWord(l)))) break;
    if (k.cap && e > o && head != N()) break;  // a name after the head starts something new
    if (IsTitleHead(l) || IsGroupHead(l) || (IsRoleNoun(l) && !IsThingNoun(l)) ||
        IsPluralTitleWord(l))
      head = e;
    else if (head != N())
      break;  // words after the head are not part of it
    lead = IsLeadWord(l);
    ++e;
  }
  if (head == N()) {
    // an organisation or place: "the Taliban", "Washington"
    uint32_t j = o;
    if (L(j) == "the" && j + 1 < N()) ++j;
    uint32_t f, te;
    if (ThingAt(j, &f, &te) && f == j) {
      *end = te;
      return std::string(s_.TextRange(o, te));
    }
    return {};
  }
  // a list of groups: "donors, exhibit organizers and patrons" (plural heads only)
  auto plural_group = [&](uint32_t h) {
    const std::string& l = L(h);
    if (l.size() < 4 || l.back() != 's' || s_.toks[h].cap) return false;
    std::string_view one(l.data(), l.size() - 1);
    return IsGroupHead(l) || IsPersonNoun(one) || IsRoleNoun(one) || IsTitleHead(one);
  };
  if (plural_group(head)) {
    uint32_t p = head + 1;
    while (p + 1 < N() && Same(p, o)) {
      uint32_t q = p;
      if (s_.Text(q) == ",") ++q;
      if (q < N() && L(q) == "and") ++q;
      if (q == p || q >= N() || !Same(q, o)) break;
      // one to three lower-case words ending in a plural group word
      uint32_t h = q, last_group = 0;
      while (h < N() && h < q + 3 && Same(h, o) && s_.toks[h].kind == TokKind::kWord &&
             !s_.toks[h].cap && !IsFunctionWord(L(h)) && !IsCueVerb(L(h))) {
        if (plural_group(h)) last_group = h + 1;
        ++h;
      }
      if (last_group == 0 || last_group != h) break;
      head = last_group - 1;
      p = last_group;
    }
  }
  *end = head + 1;
  return std::string(s_.TextRange(o, head + 1));
}

std::string CommFinder::DescribedGroup(uint32_t o, uint32_t* end) const {
  std::string d = Describe(o, end);
  uint32_t tf, te;
  const uint32_t j = o < N() && L(o) == "the" ? o + 1 : o;
  if (!d.empty() && ThingAt(j, &tf, &te) && te == *end) return {};
  return d;
}

int CommFinder::DefiniteAt(uint32_t t, uint32_t* end) const {
  if (t + 1 >= N() || L(t) != "the" || !Same(t, t + 1)) return -1;
  uint32_t h = t + 1;
  if (h + 1 < N() && IsTitleModifier(L(h)) && IsTitleHead(L(h + 1))) ++h;
  const std::string& head = L(h);
  if (!IsTitleHead(head) || s_.toks[h].cap) return -1;
  if (h + 1 < N() && (L(h + 1) == "of" || L(h + 1) == "for")) return -1;
  // the most recently named person before t whose office ends with this title (looking back
  // over a bounded number of mentions)
  auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), t,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  for (int looked = 0; it != p_.mentions.begin() && looked < kLookBack; ++looked) {
    --it;
    const std::string& office = p_.people[it->person].office;
    if (office.size() < head.size() ||
        Lower(office.substr(office.size() - head.size())) != head)
      continue;
    *end = h + 1;
    return it->person;
  }
  return -1;
}

bool CommFinder::TwoAt(uint32_t t, uint32_t* end, std::vector<int>* two) const {
  uint32_t h;
  if (t + 2 < N() && L(t) == "the" && L(t + 1) == "two" && Same(t, t + 2))
    h = t + 2;
  else if (t + 1 < N() && L(t) == "both" && Same(t, t + 1))
    h = t + 1;
  else
    return false;
  if (h + 1 < N() && IsTitleModifier(L(h)) && Same(h, h + 1)) ++h;
  const std::string& w = L(h);
  if (w.size() < 4 || w.back() != 's') return false;
  std::string title = w.substr(0, w.size() - 1);
  const bool any = title == "leader" || title == "men" || title == "women" || title == "side";
  if (!any && !IsTitleHead(title)) return false;
  std::vector<int> found;
  auto it = std::lower_bound(p_.mentions.begin(), p_.mentions.end(), t,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  for (int looked = 0; it != p_.mentions.begin() && looked < kLookBack && found.size() < 2;
       ++looked) {
    --it;
    if (it->modifier) continue;
    const Person& p = p_.people[it->person];
    if (!any) {
      const std::string office = Lower(p.office);
      if (office.size() < title.size() ||
          office.compare(office.size() - title.size(), title.size(), title) != 0)
        continue;
    }
    if (std::find(found.begin(), found.end(), it->person) == found.end())
      found.push_back(it->person);
  }
  if (found.size() < 2) return false;
  *two = {found[1], found[0]};
  *end = h + 1;
  return true;
}

int CommFinder::ClauseSubject(uint32_t t) const {
  if (t >= N()) return -1;
  const Span& sp = s_.sentences[s_.toks[t].sentence];
  for (uint32_t k = t; k > sp.first; --k) {
    uint32_t j = k - 1;
    const Tok& tok = s_.toks[j];
    if (tok.kind == TokKind::kQuote) {
      // a word or two in quotes ("a "productive" meeting") is no quotation: step over it
      uint32_t open = j;
      while (open > sp.first && j - open < 4 && s_.toks[open - 1].kind == TokKind::kWord) --open;
      if (open > sp.first && open < j && j - open <= 3 &&
          s_.toks[open - 1].kind == TokKind::kQuote) {
        k = open;  // the loop continues before the opening mark
        continue;
      }
      return -1;
    }
    if (tok.in_quote && !s_.toks[t].in_quote) {
      // inside a short scare quote the loop above steps over; any other quotation ends it
      return -1;
    }
    const std::string& l = L(j);
    if (l == ";" || l == "that" || l == "which" || l == "because" || l == "if" || l == "but" ||
        l == ":")
      return -1;
    // "X said, the jurors asked Y": a reporting verb and its comma open the reported clause
    // with its own subject ("he said, talking to Y" goes on about the speaker)
    if (tok.kind == TokKind::kWord && !tok.cap && IsCueVerb(l) && j + 2 < t &&
        s_.Text(j + 1) == ",")
      return -1;
    if (const PersonMention* m = MentionAt(j)) {
      uint32_t b = m->title_first;
      // an object: after a preposition, or after a verb of encounter ("X met Y on Monday and
      // phoned him": Y is met, X phones)
      bool object = b > sp.first &&
                    ((IsFunctionWord(L(b - 1)) && L(b - 1) != "and" && L(b - 1) != "when" &&
                      L(b - 1) != "while" && L(b - 1) != "as") ||
                     IsEncounterVerb(L(b - 1)));
      bool owner = m->last < N() && s_.toks[m->last].kind == TokKind::kPossessive;
      if (!object && !owner && !m->modifier) return m->person;
      k = b + 1;
      continue;
    }
    if ((l == "he" || l == "she") && tok.kind == TokKind::kWord) return PronounBefore(j);
    // "The president spoke with X": a definite title naming someone the text named before
    if (l == "the" && (j == sp.first || !IsFunctionWord(L(j - 1)) || L(j - 1) == "and" ||
                       L(j - 1) == "when" || L(j - 1) == "while" || L(j - 1) == "as")) {
      uint32_t de = 0;
      const int d = DefiniteAt(j, &de);
      if (d >= 0 && de <= t && (de == N() || de >= t || !MentionAt(de))) return d;
    }
  }
  return -1;
}

bool CommFinder::Parties(uint32_t t, int lead, std::vector<int>* people,
                         std::vector<std::string>* parties, uint32_t* end,
                         bool* counterparts) const {
  if (t >= N()) return false;
  auto add = [&](int p) {
    if (p >= 0 && std::find(people->begin(), people->end(), p) == people->end())
      people->push_back(p);
  };
  // "and other leaders" after a list of people: one more, described, party
  auto more = [&](uint32_t at) {
    if (at + 1 < N() && Same(at, t) && L(at) == "and" && !MentionAt(at + 1)) {
      uint32_t te = 0;
      if (const PersonMention* m = TitledPersonAt(at + 1, &te)) {  // "and his counterpart X"
        add(m->person);
        *end = te;
        return;
      }
      uint32_t de2;
      std::string d2 = Describe(at + 1, &de2);
      if (!d2.empty()) {
        parties->push_back(d2);
        *end = de2;
      }
    }
  };
  const std::string& l = L(t);
  // "the studio, Lionsgate,": an organisation named in apposition to a common noun
  if (l == "the" && t + 3 < N() && Same(t + 3, t) && s_.toks[t + 1].kind == TokKind::kWord &&
      !s_.toks[t + 1].cap && !IsFunctionWord(L(t + 1)) && s_.Text(t + 2) == ",") {
    uint32_t f = 0, e = 0;
    if (ThingAt(t + 3, &f, &e) && f == t + 3 && e < N() &&
        (s_.Text(e) == "," || s_.Text(e) == ".")) {
      bool org = false;
      const std::string_view name = s_.TextRange(f, e);
      for (const auto& o : p_.organizations) org = org || o.name == name;
      if (org) {
        parties->push_back(std::string(name));
        *end = e;
        return true;
      }
    }
  }
  // "his American counterpart Lloyd Austin", "her Ukrainian counterpart Dmytro Kuleba": the
  // person named after the title words
  {
    uint32_t te = 0;
    if (!MentionAt(t)) {
      if (const PersonMention* m = TitledPersonAt(t, &te)) {
        add(m->person);
        *end = te;
        more(te);
        return true;
      }
    }
  }
  // "CNN's Poppy Harlow", "the Post's Ann Lee": the person named after an organisation's
  // possessive
  {
    uint32_t f, te;
    const uint32_t at = l == "the" && t + 1 < N() ? t + 1 : t;
    if (!MentionAt(at) && ThingAt(at, &f, &te) && f == at && te + 1 < N() && Same(te + 1, t) &&
        s_.toks[te].kind == TokKind::kPossessive) {
      if (const PersonMention* m = MentionAt(te + 1); m && m->title_first == te + 1) {
        add(m->person);
        *end = m->last;
        more(m->last);
        return true;
      }
    }
  }
  // "her" before a noun is a determiner ("her counterpart"), not the object pronoun
  const bool object_pronoun =
      (l == "him" || l == "her") && s_.toks[t].kind == TokKind::kWord &&
      !(l == "her" && t + 1 < N() && Same(t, t + 1) && s_.toks[t + 1].kind == TokKind::kWord &&
        !IsFunctionWord(L(t + 1)));
  if (object_pronoun) {
    int p = PronounBefore(t);
    // the object is never the clause's subject named before it ("Tao called her")
    if (p >= 0 && std::find(people->begin(), people->end(), p) != people->end())
      p = ObjectPronounAntecedent(s_, p_, t, p);
    if (p < 0) return false;
    add(p);
    *end = t + 1;
    // "between him, Sondland and other leaders" (a comma joins a list that an "and" closes:
    // "As Ortiz spoke to her, the gunman fired" names no gunman)
    bool list = t + 2 < N() && Same(t + 1, t) && L(t + 1) == "and";
    for (uint32_t k = t + 2; !list && t + 2 < N() && L(t + 1) == "," && k < N() && k < t + 8 &&
                             Same(k, t);
         ++k)
      list = L(k) == "and" || L(k) == "or";
    if (list) {
      uint32_t e2;
      if (Parties(t + 2, 0, people, parties, &e2, counterparts)) *end = e2;
    }
    return true;
  }
  uint32_t de;
  // a party described through a person: "the offices of Omar", "Omar's office", "a top aide
  // to Zelenskiy"
  if (!(MentionAt(t) && MentionAt(t)->title_first == t &&
        !(MentionAt(t)->last < N() && s_.toks[MentionAt(t)->last].kind == TokKind::kPossessive))) {
    std::string desc = Describe(t, &de);
    bool through_person = false;
    const PersonMention* named = nullptr;
    for (uint32_t k = t; k < de && !desc.empty(); ++k)
      if (const PersonMention* m = MentionAt(k)) {
        through_person = true;
        named = m;
      }
    // a title before the name is the person itself ("co-CEO Marc Benioff"), not a party
    // described through them ("the offices of Omar", "a top aide to Zelenskiy")
    if (named && named->last == de && named->first > 0 && s_.toks[named->first - 1].kind == TokKind::kWord &&
        L(named->first - 1) != "of" && L(named->first - 1) != "to" &&
        L(named->first - 1) != "for" && L(named->first - 1) != "from") {
      add(named->person);
      *end = de;
      more(de);
      return true;
    }
    if (through_person) {
      parties->push_back(desc);
      *end = de;
      more(de);
      return true;
    }
  }
  uint32_t e = t;
  auto list = List(t, lead, &e, counterparts);
  if (!list.empty()) {
    for (int p : list) add(p);
    *end = e;
    // "Sondland and a top aide to Zelenskiy", "him, Sondland and other leaders"
    if (e < N() && L(e) == "and") {
      more(e);
    } else if (e > t && L(e - 1) == "and") {
      more(e - 1);
    }
    return true;
  }
  std::vector<int> two;
  if (TwoAt(t, &de, &two)) {
    for (int p : two) add(p);
    *end = de;
    return true;
  }
  int d = DefiniteAt(t, &de);
  if (d >= 0) {
    if (std::find(people->begin(), people->end(), d) == people->end()) people->push_back(d);
    *end = de;
    return true;
  }
  std::string desc = Describe(t, &de);
  if (desc.empty()) return false;
  parties->push_back(desc);
  *end = de;
  // "X and Y": a second described party or person ("talks between Russia and Ukraine")
  if (de + 1 < N() && Same(de, t) && L(de) == "and") {
    if (const PersonMention* m = MentionAt(de + 1)) {
      if (std::find(people->begin(), people->end(), m->person) == people->end())
        people->push_back(m->person);
      *end = m->last;
    } else {
      uint32_t de2;
      std::string d2 = Describe(de + 1, &de2);
      if (!d2.empty()) {
        parties->push_back(std::move(d2));
        *end = de2;
      }
    }
  }
  return true;
}

}  // namespace newsgraph::analyze::comm_internal
