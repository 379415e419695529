// People, organisations and places: capitalised-name runs classified by their context (a title
// before them, an appositive after them, a reporting verb), offices and countries read from the
// title chunk ("Russian Foreign Minister") or the appositive ("head of U.S. Northern Command"),
// and in-document aliases (a surname, or title + surname, resolves to the full-name person).
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

bool IsParticle(std::string_view l) {
  return l == "de" || l == "van" || l == "von" || l == "al" || l == "bin" || l == "da" ||
         l == "del" || l == "la" || l == "le" || l == "di" || l == "du" || l == "der" ||
         l == "ben" || l == "el" || l == "dos" || l == "das" || l == "ibn" || l == "abu";
}

// "photographers" -> true (a plural title introducing a list of names)
bool IsPluralTitle(std::string_view l) {
  return l.size() > 4 && l.back() == 's' && IsTitleHead(l.substr(0, l.size() - 1));
}

bool IsRank(std::string_view l) {
  return l == "general" || l == "admiral" || l == "colonel" || l == "captain" ||
         l == "lieutenant" || l == "sergeant" || l == "major" || l == "marshal" ||
         l == "brigadier" || l == "corporal" || l == "private" || l == "commander";
}

bool TitleLike(std::string_view l) {
  return IsTitleHead(l) || IsHonorific(l) || !CountryOfDemonym(l).empty();
}

struct Run {
  uint32_t first = 0, last = 0;  // the whole capitalised run
  uint32_t nf = 0, nl = 0;       // the name part
};

class PeopleFinder {
 public:
  explicit PeopleFinder(const Scan& s) : s_(s) {}
  void SetNer(const std::vector<EntityMention>* ner) { ner_ = ner; }

  PeopleResult Run() {
    FindRuns();
    home_country_ = HomeCountry(s_);
    // Names introduced with a title or an appositive somewhere in the document are people
    // wherever they occur.
    for (const auto& r : runs_) {
      if (r.nl - r.nf < 2) continue;
      bool titled = false;
      TitleChunk(r.nf, &titled);
      uint32_t app_end = 0;
      if (titled || !Appositive(r.nl, &app_end).empty())
        trusted_.insert(std::string(s_.TextRange(r.nf, r.nl)));
    }
    // Pass 1: multi-word names and titled single names.
    for (const auto& r : runs_) Classify(r, /*pass=*/1);
    // Pass 2: single words: aliases of known people, or people named once by surname.
    for (const auto& r : runs_) Classify(r, /*pass=*/2);
    std::sort(res_.mentions.begin(), res_.mentions.end(),
              [](const PersonMention& a, const PersonMention& b) { return a.first < b.first; });
    Finish();
    return std::move(res_);
  }

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  bool Same(uint32_t a, uint32_t b) const { return s_.toks[a].sentence == s_.toks[b].sentence; }

  bool NameTok(uint32_t t) const {
    const Tok& k = s_.toks[t];
    if (k.kind != TokKind::kWord) return false;
    if (k.cap) return true;
    // al-Amr, el-Sisi
    size_t h = k.lower.find('-');
    return h != std::string::npos && h + 1 < k.lower.size() &&
           s_.text[k.start + h + 1] >= 'A' && s_.text[k.start + h + 1] <= 'Z';
  }

  void FindRuns() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    for (uint32_t t = 0; t < n;) {
      if (!NameTok(t)) {
        ++t;
        continue;
      }
      uint32_t e = t + 1;
      while (e < n && Same(t, e)) {
        if (NameTok(e)) {
          ++e;
          continue;
        }
        if (IsParticle(L(e)) && e + 1 < n && NameTok(e + 1) && Same(e, e + 1) &&
            !s_.toks[e].sentence_start) {
          e += 2;
          continue;
        }
        break;
      }
      ::newsgraph::analyze::Span sp{t, e};
      (void)sp;
      struct Run r;
      r.first = t;
      r.last = e;
      // the name part starts after the last title-like or function word
      uint32_t nf = t;
      for (uint32_t k = t; k < e; ++k) {
        const std::string& l = L(k);
        if (TitleLike(l) || IsTitleModifier(l) ||
            (IsFunctionWord(l) && !IsParticle(l)) || !CountryOfOrganisation(l).empty())
          nf = k + 1;
      }
      // a place written before a name ("Governor of Washington Chris Gregoire")
      while (nf + 2 < e && IsPlaceWord(L(nf))) ++nf;
      if (nf + 3 < e && IsPlaceWord(L(nf) + " " + L(nf + 1))) nf += 2;
      r.nf = nf;
      r.nl = e;
      runs_.push_back(r);
      t = e;
    }
  }

  bool p_at_(uint32_t t) const {
    for (const auto& m : res_.mentions)
      if (m.first <= t && t < m.last) return true;
    return false;
  }


  // The title chunk written directly before token `f` (the name's first token).
  uint32_t TitleChunk(uint32_t f, bool* has_title) const {
    *has_title = false;
    uint32_t j = f;
    int steps = 0;
    while (j > 0 && Same(j - 1, f) && steps < 10) {
      uint32_t p = j - 1;
      const Tok& k = s_.toks[p];
      const std::string& l = k.lower;
      if (k.kind == TokKind::kPossessive && p > 0 && s_.toks[p - 1].cap) {
        j = p - 1;
        steps += 2;
        continue;
      }
      if (k.kind != TokKind::kWord) break;
      bool ok = IsTitleHead(l) || IsHonorific(l) || IsTitleModifier(l) ||
                (l == "and" && j < f && (IsTitleModifier(L(j)) || IsTitleHead(L(j))) && p > 0 &&
                 (IsTitleModifier(L(p - 1)) || IsTitleHead(L(p - 1)))) ||
                (IsPluralTitle(l) && j == f) ||
                !CountryOfDemonym(l).empty() ||
                ((l == "to" || l == "for" || l == "the" || l == "of") && j < f && p > 0 &&
                 (IsTitleHead(L(p - 1)) || IsTitleModifier(L(p - 1)) ||
                  (l == "the" && p > 1 && IsTitleHead(L(p - 2))))) ||
                (k.cap && !(IsFunctionWord(l) && k.sentence_start) &&
                 !(IsFunctionWord(l) && !IsTitleModifier(l)));
      if (!ok) break;
      j = p;
      ++steps;
    }
    // trim leading connectors and lower-case words that are not part of a title
    while (j < f) {
      const std::string& l = L(j);
      if (l == "to" || l == "for" || l == "the" || l == "of" || (s_.toks[j].kind == TokKind::kWord && IsFunctionWord(l) && !IsTitleModifier(l)))
        ++j;
      else
        break;
    }
    for (uint32_t k = j; k < f; ++k)
      if (IsTitleHead(L(k)) || IsHonorific(L(k)) || (k + 1 == f && IsPluralTitle(L(k))))
        *has_title = true;
    // a chunk made only of capitalised words with no title is not a title
    if (!*has_title) return f;
    // drop capitalised words after the last title word that are not title words: they
    // belong to the name run (already excluded) — nothing to do here.
    return j;
  }

  // Office after the name: ", the Secretary of State," / ", head of U.S. Northern Command,".
  std::string Appositive(uint32_t l, uint32_t* span_end) const {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    if (l >= n || s_.Text(l) != "," || !Same(l - 1, l)) return {};
    uint32_t a = l + 1;
    if (a < n && (L(a) == "the" || L(a) == "a" || L(a) == "an" || L(a) == "its" ||
                  L(a) == "his" || L(a) == "her" || L(a) == "their"))
      ++a;
    uint32_t e = a;
    bool head = false;
    while (e < n && Same(l, e) && e - a < 14) {
      std::string_view tx = s_.Text(e);
      if (tx == "," || tx == "." || tx == ";" || tx == "(" || tx == ")" || tx == ":" ||
          s_.toks[e].kind == TokKind::kQuote || L(e) == "who" || L(e) == "which" ||
          L(e) == "said" || L(e) == "says" || L(e) == "told")
        break;
      if (e - a < 4 && IsTitleHead(L(e))) head = true;
      ++e;
    }
    if (!head || e == a || e - a > 12) return {};
    // must be followed by a comma, a sentence end, or a verb-like word: accept any end
    *span_end = e;
    return std::string(s_.TextRange(a, e));
  }

  int PersonByName(const std::string& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? -1 : it->second;
  }

  // The known person whose name ends with (or is) this single word.
  int PersonBySurname(std::string_view word, uint32_t at) const {
    int best = -1;
    uint32_t best_pos = 0;
    auto it = by_surname_.find(std::string(word));
    if (it == by_surname_.end()) {
      // a later part of a longer name ("Lula" for "Luiz Inácio Lula da Silva")
      for (size_t i = 0; i < res_.people.size() && word.size() >= 3; ++i) {
        const std::string& nm = res_.people[i].name;
        size_t sp = nm.find(' ');
        if (sp == std::string::npos) continue;
        std::string rest = " " + nm.substr(sp + 1) + " ";
        if (rest.find(" " + std::string(word) + " ") != std::string::npos &&
            std::count(nm.begin(), nm.end(), ' ') >= 2)
          return static_cast<int>(i);
      }
      // a given name or a family name written first ("Li" for "Li Qiang"), when unambiguous
      int found = -1;
      for (size_t i = 0; i < res_.people.size(); ++i) {
        const std::string& nm = res_.people[i].name;
        size_t sp = nm.find(' ');
        if (sp != std::string::npos && std::string_view(nm).substr(0, sp) == word) {
          if (found >= 0) return -1;
          found = static_cast<int>(i);
        }
      }
      return found;
    }
    for (int i : it->second) {
      uint32_t pos = first_pos_[i];
      // prefer the most recently introduced person before `at`
      if (best < 0 || (pos <= at && pos >= best_pos)) {
        best = static_cast<int>(i);
        best_pos = pos;
      }
    }
    return best;
  }

  bool CueAfter(uint32_t l) const {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    if (l >= n) return false;
    const std::string& w = L(l);
    return w == "said" || w == "says" || w == "told" || w == "added" || w == "stated" ||
           w == "acknowledged" || w == "warned" || w == "explained" || w == "wrote" ||
           w == "tweeted" || w == "noted" || w == "argued" || w == "claimed" ||
           w == "insisted" || w == "responded" || w == "replied" || w == "cautioned" ||
           w == "cautions" || w == "reiterated" || w == "announced" || w == "asked" ||
           w == "admitted" || w == "confirmed";
  }

  void AddThing(std::vector<NamedThing>& v, uint32_t f, uint32_t l) {
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

  void Classify(const struct Run& r, int pass) {
    if (Byline(r)) return;
    uint32_t nf = r.nf, nl = r.nl;
    // leading sentence-initial function words are not part of any name
    uint32_t rf = r.first;
    while (rf < r.last && IsFunctionWord(L(rf)) && !IsTitleModifier(L(rf))) ++rf;
    if (nf >= nl) {
      // only title words/demonyms/countries: maybe a place or an organisation
      if (pass == 1 && rf < r.last) ThingOrPlace(rf, r.last);
      return;
    }
    bool org_word = false, common = true;
    for (uint32_t k = nf; k < nl; ++k) {
      const std::string& l = L(k);
      if (IsOrganisationWord(l)) org_word = true;
      if (!IsCommonCapitalised(l) && !IsPlaceWord(l) && CountryOfDemonym(l).empty()) common = false;
    }
    bool has_title = false;
    uint32_t tf = TitleChunk(nf, &has_title);
    uint32_t app_end = 0;
    std::string app = Appositive(nl, &app_end);
    const uint32_t count = nl - nf;
    std::string name(s_.TextRange(nf, nl));
    if (pass == 1) {
      if (org_word) {
        ThingOrPlace(rf, r.last);
        return;
      }
      if (common || IsPlaceWord(Lower(name)) || !CountryOfDemonym(Lower(name)).empty() ||
          !CountryOfOrganisation(Lower(name)).empty()) {
        ThingOrPlace(rf, r.last);
        return;
      }
      if (count == 1) {
        // titled single names become people in pass 2 unless they are aliases
        return;
      }
      bool acronym = false;
      for (uint32_t k = nf; k < nl; ++k) {
        std::string_view tx = s_.Text(k);
        if (tx.size() > 1 && std::all_of(tx.begin(), tx.end(), [](char c) {
              return (c >= 'A' && c <= 'Z') || c == '.' || c == '&';
            }))
          acronym = true;
      }
      if (acronym && !has_title) {
        ThingOrPlace(rf, r.last);
        return;
      }
      // a name followed by "of" ("University of X", "Bank of Y") reads as an organisation
      if (nl < s_.toks.size() && L(nl) == "of" && !has_title && app.empty()) {
        ThingOrPlace(rf, r.last);
        return;
      }
      // "Le Pen" after "Marine Le Pen": the end of a known name
      if (PersonByName(name) < 0) {
        for (size_t i = 0; i < res_.people.size(); ++i) {
          const std::string& full = res_.people[i].name;
          if (full.size() > name.size() + 1 &&
              full.compare(full.size() - name.size(), name.size(), name) == 0 &&
              full[full.size() - name.size() - 1] == ' ') {
            AddMention(static_cast<int>(i), nf, nl, tf, has_title, app, app_end);
            return;
          }
        }
      }
      // no title, no appositive: the statistical tagger must call it a person
      if (ner_ && !ner_->empty()) {
        int type = NerType(s_.toks[nf].start, s_.toks[nl - 1].end);
        bool titled = has_title || !app.empty();
        if (!titled && type != static_cast<int>(EntityType::kPerson) && !trusted_.count(name)) {
          ThingOrPlace(rf, r.last);
          return;
        }
      }
      AddPerson(name, nf, nl, tf, has_title, app, app_end);
      return;
    }
    // pass 2: single words
    if (count != 1) return;
    const std::string& w = L(nf);
    if (IsCommonCapitalised(w) || IsPlaceWord(w) || IsFunctionWord(w)) return;
    int p = PersonBySurname(s_.Text(nf), nf);
    if (p < 0) {
      std::string_view tx = s_.Text(nf);
      bool acronym = tx.size() > 1 && std::all_of(tx.begin(), tx.end(), [](char c) {
                       return (c >= 'A' && c <= 'Z') || c == '.';
                     });
      bool honorific_only = has_title && nf > 0 &&
                            (IsTitleHead(L(nf - 1)) || IsHonorific(L(nf - 1)));
      if (org_word || acronym) {
        ThingOrPlace(rf, r.last);
        return;
      }
      if (!honorific_only && !CueAfter(nl)) {
        if (s_.toks[nf].sentence_start || nf != r.first) return;
        return;
      }
      if (s_.toks[nf].in_quote) return;
      AddPerson(name, nf, nl, tf, has_title, app, app_end);
      return;
    }
    AddMention(p, nf, nl, tf, has_title, app, app_end);
  }

  void ThingOrPlace(uint32_t f, uint32_t l) {
    if (f >= l) return;
    // strip trailing title words ("Kremlin" in "Kremlin Spokesperson")
    while (l > f && (IsTitleHead(L(l - 1)) || IsHonorific(L(l - 1)))) --l;
    if (l <= f) return;
    std::string lower = Lower(s_.TextRange(f, l));
    if (l - f == 1 && (IsCommonCapitalised(lower) && !IsPlaceWord(lower))) {
      std::string_view tx = s_.Text(f);
      bool acronym = tx.size() > 1 && std::all_of(tx.begin(), tx.end(), [](char c) {
                       return (c >= 'A' && c <= 'Z') || c == '.';
                     });
      if (acronym) AddThing(res_.organizations, f, l);
      return;
    }
    if (l - f == 1 && !CountryOfDemonym(lower).empty()) return;
    if (IsPlaceWord(lower)) {
      AddThing(res_.places, f, l);
      return;
    }
    bool org = !CountryOfOrganisation(lower).empty();
    for (uint32_t k = f; k < l; ++k)
      if (IsOrganisationWord(L(k))) org = true;
    std::string_view tx = s_.Text(f);
    if (l - f == 1 && tx.size() > 1 &&
        std::all_of(tx.begin(), tx.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; }))
      org = true;
    if (org) AddThing(res_.organizations, f, l);
  }

  void AddPerson(const std::string& name, uint32_t nf, uint32_t nl, uint32_t tf, bool has_title,
                 const std::string& app, uint32_t app_end) {
    int p = PersonByName(name);
    if (p < 0) {
      // a longer form of a known single-word person ("Monti" then "Mario Monti")
      p = static_cast<int>(res_.people.size());
      res_.people.push_back(Person{});
      res_.people.back().name = name;
      first_pos_.push_back(nf);
      by_name_[name] = p;
      size_t sp = name.rfind(' ');
      by_surname_[sp == std::string::npos ? name : name.substr(sp + 1)].push_back(p);
    }
    AddMention(p, nf, nl, tf, has_title, app, app_end);
  }

  void AddMention(int p, uint32_t nf, uint32_t nl, uint32_t tf, bool has_title,
                  const std::string& app, uint32_t app_end) {
    if (office_from_full_.size() <= static_cast<size_t>(p)) office_from_full_.resize(p + 1);
    PersonMention m;
    m.first = nf;
    m.last = nl;
    m.title_first = has_title ? tf : nf;
    m.person = p;
    res_.mentions.push_back(m);
    Person& person = res_.people[p];
    person.mentions.push_back(Mention{std::string(s_.TextRange(m.title_first, nl)),
                                      s_.toks[m.title_first].start, s_.toks[nl - 1].end});
    // office and country
    std::string office, country;
    if (has_title) ReadChunk(tf, nf, &office, &country);
    bool rank_only = !office.empty();
    for (uint32_t k = tf; k < nf && has_title; ++k)
      if (IsTitleHead(L(k)) && !IsRank(L(k))) rank_only = false;
    if (rank_only && !app.empty()) office.clear();
    // "Malaysia's Prime Minister, Najib Razak" / "the president of the Lombardy region,
    // Roberto Maroni" / "a Scientology attorney, Kendrick Moxon"
    if (!has_title && office.empty() && nf > 1 && s_.Text(nf - 1) == "," && Same(nf - 1, nf)) {
      uint32_t c = nf - 1, b = c;
      while (b > 0 && Same(b - 1, c) && c - b < 10) {
        const Tok& k = s_.toks[b - 1];
        if (k.kind != TokKind::kWord && k.kind != TokKind::kPossessive) break;
        if (k.in_quote || Lower(s_.Text(b - 1)) == "and") break;
        if (L(b - 1) == "the" || L(b - 1) == "a" || L(b - 1) == "an") break;
        --b;
      }
      bool head = false;
      for (uint32_t k = b; k < c && k < b + 4; ++k)
        if (IsTitleHead(L(k))) head = true;
      bool verb = false;
      for (uint32_t k = b; k < c; ++k)
        if (IsCueVerb(L(k)) || (L(k).size() > 3 && !s_.toks[k].cap &&
                                L(k).compare(L(k).size() - 2, 2, "ed") == 0))
          verb = true;
      bool list = nl < s_.toks.size() && s_.Text(nl) == "," && app.empty() &&
                  nl + 1 < s_.toks.size() && s_.toks[nl + 1].cap;
      // "For Kevin Allton, a USI instructor in English, Warhol ...": the phrase describes
      // the earlier name
      if (b >= 3 && s_.Text(b - 2) == "," && p_at_(b - 3)) list = true;
      if (head && !verb && !list && c > b) {
        std::string o2, c2;
        ReadChunk(b, c, &o2, &c2);
        if (!o2.empty()) {
          office = o2;
          country = c2;
          uint32_t dummy = 0;
          (void)dummy;
        }
      }
    }
    // "photographers A, B and C": later names of a list share the plural title
    if (!has_title && office.empty() && nf >= 1 && list_office_end_ + 1 == nf &&
        (s_.Text(nf - 1) == "," || L(nf - 1) == "and")) {
      office = list_office_;
      country = list_country_;
    }
    if (has_title && tf + 1 <= nf && IsPluralTitle(L(nf - 1))) {
      list_office_ = office;
      list_country_ = country;
      list_office_end_ = nl;
    } else if (!list_office_.empty() && list_office_end_ + 1 == nf) {
      list_office_end_ = nl;
    }
    if (office.empty() && !app.empty()) {
      office = app;
      std::string ac = CountryInText(app);
      if (country.empty()) country = ac;
    }
    bool full = nl - nf >= 2;
    if (!office.empty() && (person.office.empty() || (full && !office_from_full_[p]))) {
      person.office = office;
      if (office_from_full_.size() <= static_cast<size_t>(p)) office_from_full_.resize(p + 1);
      office_from_full_[p] = full;
    }
    if (office_from_full_.size() <= static_cast<size_t>(p)) office_from_full_.resize(p + 1);
    if (!country.empty() && person.country.empty()) person.country = country;
  }

  // Countries named in a phrase ("head of U.S. Northern Command" -> United States).

  void ReadChunk(uint32_t tf, uint32_t nf, std::string* office, std::string* country) const {
    uint32_t a = tf;
    // leading demonyms, country names and possessive countries give the country
    while (a < nf) {
      const std::string& l = L(a);
      std::string_view c = CountryOfDemonym(l);
      if (c.empty()) c = CountryOfName(l);
      if (!c.empty() && !IsTitleHead(l)) {
        if (country->empty()) *country = std::string(c);
        ++a;
        if (a < nf && s_.toks[a].kind == TokKind::kPossessive) ++a;
        continue;
      }
      // a possessive owner that is not a country ("Labour's Shadow Home Secretary")
      if (a + 1 < nf && s_.toks[a + 1].kind == TokKind::kPossessive && s_.toks[a].cap) {
        a += 2;
        continue;
      }
      // two-word country ("United States", "South Korean")
      if (a + 1 < nf) {
        std::string two = l + " " + L(a + 1);
        c = CountryOfName(two);
        if (c.empty()) c = CountryOfDemonym(two);
        if (!c.empty()) {
          if (country->empty()) *country = std::string(c);
          a += 2;
          if (a < nf && s_.toks[a].kind == TokKind::kPossessive) ++a;
          continue;
        }
      }
      break;
    }
    // trailing honorifics / ranks are not the office
    uint32_t b = nf;
    while (b > a && IsHonorific(L(b - 1))) --b;
    // leading honorifics too ("Mr.")
    while (a < b && IsHonorific(L(a))) ++a;
    bool head = false, plural = false;
    for (uint32_t k = a; k < b; ++k)
      if (IsTitleHead(L(k))) head = true;
    if (!head && b > a && IsPluralTitle(L(b - 1))) head = plural = true;
    if (head) *office = std::string(s_.TextRange(a, b));
    if (plural && !office->empty()) office->pop_back();  // "photographers" -> "photographer"
    if (country->empty()) {
      std::string c = CountryInText(s_.TextRange(tf, nf));
      if (c.empty() && head) c = std::string(CountryOfOrganisation(Lower(s_.TextRange(a, b))));
      *country = c;
    }
  }

  void Finish() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    res_.person_at.assign(n, -1);
    for (auto& m : res_.mentions)
      for (uint32_t k = m.first; k < m.last; ++k) res_.person_at[k] = m.person;
    // a name inside another person's title chunk modifies it ("Zelensky aide X"); mentions
    // are sorted, so the containing one is among the next few
    for (size_t i = 0; i < res_.mentions.size(); ++i) {
      auto& m = res_.mentions[i];
      for (size_t j = i + 1; j < res_.mentions.size() && j < i + 4; ++j) {
        const auto& o = res_.mentions[j];
        if (o.title_first <= m.first && m.last <= o.first) m.modifier = true;
      }
    }
    res_.mention_at.assign(n, -1);
    for (size_t i = 0; i < res_.mentions.size(); ++i) {
      const auto& m = res_.mentions[i];
      if (m.modifier) continue;
      for (uint32_t k = m.title_first; k < m.last && k < n; ++k)
        if (res_.mention_at[k] < 0) res_.mention_at[k] = static_cast<int>(i);
    }
    // countries: from a person named in the office, from the office itself, then the
    // document's home country for national offices
    for (size_t i = 0; i < res_.people.size(); ++i) {
      Person& p = res_.people[i];
      if (p.office.empty()) continue;
      if (p.country.empty()) {
        for (size_t j = 0; j < res_.people.size(); ++j) {
          if (j == i || res_.people[j].country.empty()) continue;
          const std::string& nm = res_.people[j].name;
          std::string last = nm.substr(nm.rfind(' ') == std::string::npos ? 0 : nm.rfind(' ') + 1);
          if (p.office.find(last) != std::string::npos) {
            p.country = res_.people[j].country;
            if (p.office_normalized.empty() && !res_.people[j].office.empty() &&
                (Lower(p.office).find(" aid") != std::string::npos))
              p.office_normalized = "aide to the " + NormaliseOffice(res_.people[j].office);
          }
        }
      }
      if (p.country.empty()) p.country = std::string(CountryOfOrganisation(Lower(p.office)));
      if (p.country.empty() && !home_country_.empty()) {
        std::string lo = Lower(p.office);
        for (const char* national : {"president", "prime minister", "secretary", "minister",
                                     "chancellor", "senator", "governor", "adviser", "advisor",
                                     "ambassador", "spokesperson", "spokesman", "spokeswoman",
                                     "chairman", "general", "admiral", "congress"}) {
          if (lo.find(national) != std::string::npos) {
            p.country = home_country_;
            break;
          }
        }
      }
      if (p.office_normalized.empty()) {
        std::string norm = NormaliseOffice(p.office);
        if (!norm.empty() && norm != p.office) p.office_normalized = norm;
      }
    }
  }

  // The NER type covering most of byte span [b, e), or -1 when none / no model.
  int NerType(uint32_t b, uint32_t e) const {
    if (!ner_) return -1;
    for (const auto& m : *ner_) {
      uint32_t ob = std::max(b, m.start), oe = std::min(e, m.end);
      if (oe > ob && (oe - ob) * 2 >= e - b) return static_cast<int>(m.type);
    }
    return -1;
  }

  const Scan& s_;
  std::set<std::string> trusted_;
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, std::vector<int>> by_surname_;
  std::string list_office_, list_country_;
  uint32_t list_office_end_ = UINT32_MAX - 1;
  const std::vector<EntityMention>* ner_ = nullptr;
  std::vector<struct Run> runs_;
  std::vector<uint32_t> first_pos_;
  std::vector<char> office_from_full_;
  std::string home_country_;
  PeopleResult res_;
};

}  // namespace

PeopleResult FindPeople(const Scan& scan, const std::vector<EntityMention>* ner) {
  PeopleFinder f(scan);
  f.SetNer(ner);
  return f.Run();
}

}  // namespace newsgraph::analyze
