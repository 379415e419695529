// People, organisations and places: capitalised-name runs classified by their context (a title
// before them, an appositive after them, a reporting verb), offices and countries read from the
// title chunk ("Russian Foreign Minister") or the appositive ("head of U.S. Northern Command"),
// and in-document aliases (a surname, or title + surname, resolves to the full-name person).
#include "analyze/ner_features.h"
#include "analyze/people_finder.h"

namespace newsgraph::analyze {
namespace people_internal {
namespace {

// Two or three initials written together, "J.J." or "A.J." (a given name's initials), except
// the ones that stand for a place or a body ("U.S.", "L.A.", "D.C.", "U.N.").
bool GluedInitials(std::string_view tx) {
  if (tx.size() < 4 || tx.size() > 6 || tx.size() % 2) return false;
  for (size_t i = 0; i < tx.size(); i += 2)
    if (tx[i] < 'A' || tx[i] > 'Z' || tx[i + 1] != '.') return false;
  static const std::string_view kPlaces[] = {"U.S.", "U.K.", "U.N.", "E.U.", "L.A.", "D.C.",
                                             "N.Y.", "N.J.", "S.F.", "N.C.", "S.C.", "B.C.",
                                             "U.A.E.", "U.S.A.", "P.R.", "N.H.", "R.I."};
  for (std::string_view p : kPlaces)
    if (tx == p) return false;
  return true;
}

}  // namespace

PeopleResult PeopleFinder::Run() {
  FindRuns();
  FindThingNames();
  FindTeamNames();
  home_country_ = HomeCountry(s_);
  // Names introduced with a title or an appositive somewhere in the document are people
  // wherever they occur.
  for (const auto& r : runs_) {
    if (r.nl - r.nf < 2) continue;
    bool titled = false;
    TitleChunk(r.nf, &titled);
    uint32_t app_end = 0;
    std::string name(s_.TextRange(r.nf, r.nl));
    // a person's possessive is no title of a thing the text shows to be one ("Jeff Bezos's
    // Blue Origin" and later "vice president ... at Blue Origin")
    if (titled && r.nf > 0 && s_.toks[r.nf - 1].kind == TokKind::kPossessive &&
        thing_names_.count(name))
      continue;
    if (titled || !Appositive(r.nl, &app_end).empty()) trusted_.insert(std::move(name));
  }
  // Pass 1: multi-word names and titled single names.
  for (const auto& r : runs_) Classify(r, /*pass=*/1);
  // Pass 2: single words: aliases of known people, or people named once by surname.
  // (a run read as an organisation or a place is not read again: its mention would be added
  // twice)
  std::vector<const struct Run*> unread;
  for (const auto& r : runs_) {
    const size_t before = res_.mentions.size() + thing_mentions_;
    Classify(r, /*pass=*/2);
    if (res_.mentions.size() + thing_mentions_ == before && r.nl - r.nf == 1)
      unread.push_back(&r);
  }
  // ... and a surname written before the sentence that showed it to be a person's ("Trump
  // released ..." before "Trump said ..."): its earlier single words are read again
  for (const struct Run* r : unread) Classify(*r, /*pass=*/2);
  std::sort(res_.mentions.begin(), res_.mentions.end(),
            [](const PersonMention& a, const PersonMention& b) { return a.first < b.first; });
  Finish();
  InferGenders(s_, &res_);
  return std::move(res_);
}

void PeopleFinder::FindRuns() {
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
      // two particles: "Ursula von der Leyen", "Penelope de la Cruz", "Frans van den Berg"
      if (IsParticle(L(e)) && e + 2 < n && IsParticle(L(e + 1)) && NameTok(e + 2) &&
          Same(e, e + 2) && !s_.toks[e].sentence_start && !s_.toks[e + 1].cap) {
        e += 3;
        continue;
      }
      break;
    }
    struct Run r;
    // a nickname between the given names and the surname: 'Vincent "The Chin" Gigante',
    // "Luis Gerardo (Jerry) Ortiz" (one to three capitalised words in quotes or brackets)
    if (e > t && e + 3 < n && Same(t, e) && !NameTok(e)) {
      const bool paren = s_.Text(e) == "(";
      if (paren || s_.toks[e].kind == TokKind::kQuote) {
        uint32_t k = e + 1;
        while (k < n && k < e + 4 && Same(t, k) && s_.toks[k].kind == TokKind::kWord &&
               s_.toks[k].cap)
          ++k;
        const bool closed = k > e + 1 && k + 1 < n && Same(t, k + 1) &&
                            (paren ? s_.Text(k) == ")" : s_.toks[k].kind == TokKind::kQuote) &&
                            s_.toks[k + 1].start > s_.toks[k].end && NameTok(k + 1);
        if (closed) {
          r.nick_first = e;
          r.nick_last = k + 1;
          e = k + 1;
          while (e < n && Same(t, e) && NameTok(e)) ++e;
        }
      }
    }
    // "coach (Frank) Vogel": a given name in brackets before the surname, the opening
    // bracket before the run
    if (r.nick_last == r.nick_first && t > 0 && Same(t - 1, t) && s_.Text(t - 1) == "(" &&
        e > t && e - t <= 2 && e + 1 < n && Same(t, e + 1) && s_.Text(e) == ")" &&
        s_.toks[e + 1].start > s_.toks[e].end && NameTok(e + 1)) {
      r.nick_first = t - 1;
      r.nick_last = e + 1;
      e = e + 1;
      while (e < n && Same(t, e) && NameTok(e)) ++e;
    }
    r.first = t;
    r.last = e;
    // the name part starts after the last title-like or function word
    uint32_t nf = t;
    for (uint32_t k = t; k < (r.nick_last > r.nick_first ? r.nick_first : e); ++k) {
      const std::string& l = L(k);
      // a capitalised modal inside a sentence opening a longer run is a given name: "Will Moy"
      if (k == t && k + 1 < e && !s_.toks[k].sentence_start && (l == "will" || l == "may"))
        continue;
      if (NewOpensPlace(k, e)) continue;
      // a word that opens a sentence or a quotation and that the text also writes in lower
      // case, before one more name word, is no given name: '“Make Trump just go away”'
      if (k == t && e - k == 2 && LowerCaseOpener(k)) {
        nf = k + 1;
        continue;
      }
      // "He" written with a capital after another word of the run is a name, not the pronoun
      // ("Vice Premier He Lifeng", "Liu He")
      if (l == "he" && k > t && !s_.toks[k].sentence_start && s_.toks[k - 1].kind == TokKind::kWord)
        continue;
      // a follower before a name of two words or more: "Scientologist Tom Cruise", "Socialist X Y"
      if (k == t && e - k >= 3 && l.size() > 5 && l.compare(l.size() - 3, 3, "ist") == 0) {
        nf = k + 1;
        continue;
      }
      if (TitleIsSurname(k, t, e)) {
        surname_titles_.insert(l);
        continue;
      }
      if (TitleLike(l) || IsTitleModifier(l) || (IsFunctionWord(l) && !IsParticle(l)) ||
          !CountryOfOrganisation(l).empty() || (PositionAt(k) && k + 2 < e))
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

// Token k opens its sentence or a quotation, is no given name or title, and is a word written in
// lower case: the NER model's lexicon knows it only so ("make"), or the text writes it so
// elsewhere ("meanwhile"). A capital of position, not of a name.
bool PeopleFinder::LowerCaseOpener(uint32_t k) const {
  const bool opens = s_.toks[k].sentence_start ||
                     (k > 0 && s_.toks[k - 1].kind == TokKind::kQuote &&
                      s_.toks[k - 1].end <= s_.toks[k].start && s_.toks[k].in_quote &&
                      (k < 2 || !s_.toks[k - 2].in_quote));
  if (!opens) return false;
  const std::string& l = L(k);
  if (l.size() < 3 || GivenNameGender(l) != 0 || IsTitleHead(l) || l == "will" || l == "may")
    return false;
  // a word the model's dictionary lists in lower case only, and its corpus writes in lower
  // case ("make", "meanwhile"), not a first name
  const uint16_t f = ModelWordFlags(l);
  if ((f & ner::kDictLower) && (f & ner::kCaseMask) == ner::kCaseMostlyLower &&
      !(f & (ner::kDictCap | ner::kFirstName | ner::kPersonFirst | ner::kLastName)))
    return true;
  if (!lower_words_built_) {
    lower_words_built_ = true;
    for (const Tok& tok : s_.toks)
      if (!tok.cap && tok.kind == TokKind::kWord) lower_words_.insert(tok.lower);
  }
  return lower_words_.contains(l);
}

// The known person whose name ends with (or is) this single word.
int PeopleFinder::PersonBySurname(std::string_view word, uint32_t at) const {
  int best = -1;
  uint32_t best_pos = 0;
  const std::string key(word);
  auto it = by_surname_.find(key);
  if (it == by_surname_.end()) {
    // a later part of a longer name ("Lula" for "Luiz Inácio Lula da Silva")
    if (word.size() >= 3) {
      auto later = by_later_part_.find(key);
      if (later != by_later_part_.end()) return later->second;
    }
    // a given name or a family name written first ("Li" for "Li Qiang"), when unambiguous
    auto given = by_given_.find(key);
    return given == by_given_.end() ? -1 : given->second;
  }
  // an office title before the surname ("Vice President Biden" where the text named Joe Biden
  // and later his son Hunter Biden): the one whose office has that title, else the first one
  // the text introduced (the one an article is about), not the latest
  const std::string title =
      at > 0 && it->second.size() > 1 && IsTitleHead(L(at - 1)) && !IsHonorific(L(at - 1))
          ? L(at - 1)
          : std::string();
  if (!title.empty()) {
    int first = -1, titled = -1;
    for (int i : it->second) {
      if (first_pos_[i] > at) continue;
      if (first < 0 || first_pos_[i] < first_pos_[first]) first = i;
      const std::string office = Lower(res_.people[i].office);
      if (office.size() >= title.size() &&
          office.compare(office.size() - title.size(), title.size(), title) == 0)
        titled = titled < 0 ? i : -2;
    }
    if (titled >= 0) return titled;
    if (titled == -1 && first >= 0) return first;
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

void PeopleFinder::Classify(const struct Run& r, int pass) {
  if (Byline(r)) return;
  // the end of an organisation's name read with the one before ("... Office of Emergency
  // Services")
  for (const auto& [b, e] : org_extended_) {
    if (r.first < b || r.first >= e) continue;
    if (r.last <= e || r.nick_last > r.nick_first) return;
    // a name may follow in the same run: "University of Texas Arlington Amneh Jafari"
    struct Run rest = r;
    rest.first = e;
    rest.nf = std::max(r.nf, e);
    Classify(rest, pass);
    return;
  }
  uint32_t nf = r.nf, nl = r.nl;
  // leading sentence-initial function words are not part of any name
  uint32_t rf = r.first;
  while (rf < r.last && IsFunctionWord(L(rf)) && !IsTitleModifier(L(rf)) &&
         !NewOpensPlace(rf, r.last))
    ++rf;
  if (nf >= nl) {
    // only title words/demonyms/countries: maybe a place or an organisation
    if (pass == 1 && rf < r.last) ThingOrPlace(rf, r.last);
    return;
  }
  // an office ending in capitalised nouns ("Deputy Director of Public Prosecution Eva-Marie
  // Persson"): the tagger's person starts the name when it starts later in the run
  // ("Ambassador to the European Union Gordon Sondland")
  if (ner_ && !ner_->empty() && nl - nf >= 3) {
    const uint32_t last_start = s_.toks[nl - 1].start;
    auto it = std::lower_bound(ner_->begin(), ner_->end(), last_start,
                               [](const EntityMention& m, uint32_t v) { return m.end <= v; });
    if (it != ner_->end() && it->start <= last_start && it->type == EntityType::kPerson &&
        it->start > s_.toks[nf].start) {
      uint32_t k = nf + 1;
      while (k + 1 < nl && s_.toks[k].start < it->start) ++k;
      // only when the words left out name something else ("the European Union"), not when
      // the tagger missed the start of a name ("Ka'Loni Marie Flynn")
      // (after a title or a place the run began with, "Prosecutor of Texas Arlington X Y", or
      // when the words are an organisation, a place, a word of a hyphenated description
      // "Pan-democrat", or anything the tagger calls other than a person)
      // a word opening the sentence ("Nonpartisan Paul Tse"), not an initial ("W. Mark Felt")
      bool other = nf > r.first || (s_.toks[nf].sentence_start && s_.Text(nf).size() > 2);
      for (uint32_t q = nf; q < k && !other; ++q) {
        const std::string& w = L(q);
        const size_t h = s_.Text(q).find('-');
        other = h != std::string_view::npos && h + 1 < s_.Text(q).size() &&
                s_.Text(q)[h + 1] >= 'a' && s_.Text(q)[h + 1] <= 'z' && w.find('\'') == std::string::npos;
      }
      const int before = NerType(s_.toks[nf].start, s_.toks[k - 1].end);
      if (before >= 0 && before != static_cast<int>(EntityType::kPerson)) other = true;
      for (uint32_t q = nf; q < k && !other; ++q)
        other = IsOrganisationWord(L(q)) || IsPlaceWord(L(q)) || !CountryOfName(L(q)).empty() ||
                !CountryOfDemonym(L(q)).empty();
      if (s_.toks[k].start == it->start && nl - k >= 2 && other) nf = k;
    }
  }
  // the field of an office is no given name: "Director of Public Prosecution X Y",
  // "Secretary of Homeland Security X Y" (a word ending like an abstract noun, followed by two
  // more words of the name)
  while (nf > r.first && nl - nf >= 3) {
    const std::string& l = L(nf);
    auto ends = [&](std::string_view suf) {
      return l.size() > suf.size() + 2 && l.compare(l.size() - suf.size(), suf.size(), suf) == 0;
    };
    if (!(ends("tion") || ends("sion") || ends("ment") || ends("ity") || ends("ence") ||
          ends("ance") || ends("ship") || ends("ture") || ends("ics")))
      break;
    ++nf;
  }
  // a weekday ends no name: "Prime Minister's Questions Wednesday"
  if (nl > nf && IsWeekday(L(nl - 1))) {
    if (pass == 1 && rf < r.last) ThingOrPlace(rf, nl - 1);
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
  bool app_predicate = false;
  std::string app = Appositive(nl, &app_end, &app_predicate);
  const uint32_t count = nl - nf;
  std::string name(s_.TextRange(nf, nl));
  if (r.nick_last > r.nick_first && r.nick_first > nf && r.nick_last < nl)
    name = std::string(s_.TextRange(nf, r.nick_first)) + " " +
           std::string(s_.TextRange(r.nick_last, nl));
  // "Coach (Frank) Vogel": a given name the writer added in brackets is the given name
  else if (r.nick_last > r.nick_first && r.nick_first + 1 >= nf && nf < r.nick_last &&
           r.nick_last < nl && r.nick_last >= r.nick_first + 3) {
    name = std::string(s_.TextRange(r.nick_first + 1, r.nick_last - 1)) + " " +
           std::string(s_.TextRange(r.nick_last, nl));
    nf = r.nick_first;  // the mention is "(Frank) Vogel"
    // and the title is the one before the bracket ("Coach (Frank) Vogel")
    if (!has_title) tf = TitleChunk(nf, &has_title);
  }
  // the name of a thing that a lower-case noun follows: "the National Iodine Nutrition study"
  // (a person named before such a noun, "the Joe Biden campaign", is rarely written in full)
  if (pass == 1 && nl < s_.toks.size() && Same(nl - 1, nl) && s_.toks[nl].kind == TokKind::kWord &&
      !s_.toks[nl].cap) {
    static const std::string_view kThings[] = {
        "study", "survey", "report", "program", "programme", "project", "initiative", "scheme",
        "act", "bill", "law", "index", "award", "prize", "trial", "strategy", "doctrine",
        // places: "Kalamazoo and Van Buren counties"
        "county", "counties", "township", "parish"};
    const std::string& next = L(nl);
    for (std::string_view w : kThings)
      if (next == w) {
        ThingOrPlace(rf, r.last);
        return;
      }
  }
  // a club the text shows acting ("the Yankees signed"): an organisation wherever it is named
  if (!has_title && app.empty() && !team_names_.empty() && team_names_.count(name) &&
      !trusted_.count(name) && PersonByName(name) < 0) {
    if ((pass == 1) == (count >= 2)) AddThing(res_.organizations, nf, nl);
    return;
  }
  if (pass == 1) {
    // a model or a product: "the RAV4 Hybrid"
    if (HasDigit(nf, nl) && !has_title) {
      ThingOrPlace(rf, r.last);
      return;
    }
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
    // an acronym has two capitals or more ("IBM", "U.S."); a middle initial ("John F.
    // Kennedy") is none
    bool acronym = false;
    for (uint32_t k = nf; k < nl; ++k) {
      std::string_view tx = s_.Text(k);
      // given-name initials written together before a surname: "J.J. Abrams", "A.J. Green"
      // (not a place written so: "U.S. Steel", "L.A. Galaxy", "D.C. Council")
      if (k == nf && count == 2 && GluedInitials(tx) && !IsPlaceWord(L(k)) &&
          CountryOfName(L(k)).empty() && !IsOrganisationWord(L(k + 1)) &&
          !IsCommonCapitalised(L(k + 1)))
        continue;
      // a generational numeral ending a name is no acronym ("Lloyd Austin III")
      if (k + 1 == nl && k > nf + 1 && (tx == "II" || tx == "III" || tx == "IV") &&
          GivenNameGender(L(nf)) != 0)
        continue;
      if (std::count_if(tx.begin(), tx.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2 &&
          std::all_of(tx.begin(), tx.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || c == '.' || c == '&';
          }))
        acronym = true;
    }
    if (acronym && !has_title) {
      ThingOrPlace(rf, r.last);
      return;
    }
    // a name followed by "of" ("University of X", "Bank of Y") reads as an organisation,
    // unless the statistical tagger calls it a person ("Christopher Simpson of Fort Coffee")
    if (nl < s_.toks.size() && L(nl) == "of" && !has_title && app.empty() &&
        !(ner_ && !ner_->empty() && nl - nf >= 2 &&
          NerType(s_.toks[nf].start, s_.toks[nl - 1].end) ==
              static_cast<int>(EntityType::kPerson))) {
      ThingOrPlace(rf, r.last);
      return;
    }
    // "Le Pen" after "Marine Le Pen": the end of a known name
    if (PersonByName(name) < 0) {
      auto ending = by_name_ending_.find(name);
      if (ending != by_name_ending_.end()) {
        AddMention(ending->second, nf, nl, tf, has_title, app, app_end);
        return;
      }
    }
    // a name the document shows to be a firm or a work ("Wells Fargo analyst X"), never
    // introduced as a person
    // (a person's possessive before it is no title: "Jeff Bezos's Blue Origin")
    const bool owned = nf > 0 && s_.toks[nf - 1].kind == TokKind::kPossessive;
    if ((!has_title || owned) && (app.empty() || app_predicate) && !trusted_.count(name) &&
        thing_names_.count(name)) {
      ThingOrPlace(rf, r.last);
      return;
    }
    // no title, no appositive: the statistical tagger must call it a person ... unless a
    // generational suffix ends the name ("Lloyd Austin III", "Patrick Carlineo Jr.")
    const std::string& tail = L(nl - 1);
    // (a numeral only after a given name: "World War II" is none)
    const bool numeral = tail == "ii" || tail == "iii" || tail == "iv";
    const bool generational = count >= 3 && IsGenerationalSuffix(tail) &&
                              (!numeral || GivenNameGender(L(nf)) != 0);
    if (ner_ && !ner_->empty() && !generational) {
      int type = NerType(s_.toks[nf].start, s_.toks[nl - 1].end);
      // an office in a predicate ("Internet Explorer is the #2 browser") is no sign of a person
      bool titled = has_title || (!app.empty() && !app_predicate);
      // (a given name's initials before a surname the tagger left untyped are a person's:
      // "J.J. Abrams said"; the tagger rarely saw initials written together)
      const bool initials = count == 2 && GluedInitials(s_.Text(nf)) && type < 0;
      if (!titled && type != static_cast<int>(EntityType::kPerson) && !trusted_.count(name) &&
          !initials) {
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
    bool acronym = IsAcronym(s_.Text(nf));
    bool honorific_only = has_title && nf > 0 && (IsTitleHead(L(nf - 1)) || IsHonorific(L(nf - 1)));
    // the statistical tagger's organisations: "the Taliban", "Hamas said"
    bool ner_org = !has_title && ner_ && !ner_->empty() &&
                   NerType(s_.toks[nf].start, s_.toks[nl - 1].end) ==
                       static_cast<int>(EntityType::kOrganization);
    if (org_word || acronym) {
      ThingOrPlace(rf, r.last);
      return;
    }
    if (ner_org) {
      AddThing(res_.organizations, nf, nl);
      return;
    }
    // '“Make Trump go away”': the tagger's person after a capital of position is the name
    const bool after_opener =
        nf == r.first + 1 && !IsFunctionWord(L(r.first)) && LowerCaseOpener(r.first) && ner_ &&
        !ner_->empty() &&
        NerType(s_.toks[r.first].start, s_.toks[nl - 1].end) ==
            static_cast<int>(EntityType::kPerson);
    if (!honorific_only && !CueAfter(nl) && !after_opener && !KnownSurnameActs(nf)) return;
    if (s_.toks[nf].in_quote && !after_opener) return;
    // "Authorities said", "Kraft said" beside "Kraft Foods"
    if (!has_title) {
      const NotAPerson no = OneWordIsNoPerson(nf);
      if (no == NotAPerson::kFirm) AddThing(res_.organizations, nf, nl);
      if (no != NotAPerson::kNo) return;
    }
    AddPerson(name, nf, nl, tf, has_title, app, app_end);
    return;
  }
  AddMention(p, nf, nl, tf, has_title, app, app_end);
}

void PeopleFinder::ThingOrPlace(uint32_t f, uint32_t l) {
  if (f >= l) return;
  // strip trailing title words ("Kremlin" in "Kremlin Spokesperson")
  while (l > f && (IsTitleHead(L(l - 1)) || IsHonorific(L(l - 1)))) --l;
  if (l <= f) return;
  std::string lower = Lower(s_.TextRange(f, l));
  if (l - f == 1 && (IsCommonCapitalised(lower) && !IsPlaceWord(lower))) {
    if (IsAcronym(s_.Text(f))) AddThing(res_.organizations, f, l);
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
  if (l - f == 1 && IsAcronym(s_.Text(f))) org = true;
  if (!org) return;
  // "the Department of Homeland Security", "the University of Florida", "Office of Emergency
  // Services": an organisation word followed by "of [the]" and capitalised words is one name
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  // ... and "for" ("Centre for Economic Policy Research", "Center for Disease Control and
  // Prevention": an "and" between capitalised words stays inside)
  const bool of_or_for = l + 1 < n && (L(l) == "of" || (L(l) == "for" && s_.toks[l + 1].cap));
  if (IsOrganisationWord(L(l - 1)) && of_or_for && Same(l, l + 1)) {
    const bool for_ = L(l) == "for";
    uint32_t j = l + 1;
    if (L(j) == "the" && j + 1 < n && Same(j, j + 1)) ++j;
    uint32_t e = j;
    while (e < n && e < j + 6 && Same(e, l) && !s_.toks[e].in_quote &&
           ((s_.toks[e].cap && s_.toks[e].kind == TokKind::kWord && !res_.MentionCovering(e) &&
             !(IsFunctionWord(L(e)) && !IsTitleModifier(L(e))) &&
             // a person named right after ("University of Texas Arlington Amneh Jafari")
             NerType(s_.toks[e].start, s_.toks[e].end) !=
                 static_cast<int>(EntityType::kPerson)) ||
            (for_ && e > j && L(e) == "and" && e + 1 < n && Same(e, e + 1) &&
             s_.toks[e + 1].cap && s_.toks[e + 1].kind == TokKind::kWord &&
             GivenNameGender(L(e + 1)) == 0)))  // "... and Tim Ross"
      ++e;
    while (e > j && L(e - 1) == "and") --e;
    // a long run may go on with a person's name ("University of Texas Arlington Dana Whitfield"):
    // then only its places and organisation words belong to the organisation (a "for" phrase
    // is a field: "Center for Disease Control and Prevention")
    if (e - j > 3 && !for_) {
      uint32_t k = j;
      while (k < e && (IsPlaceWord(L(k)) || IsOrganisationWord(L(k)))) ++k;
      e = k;
    }
    if (e > j) {
      org_extended_.emplace_back(j, e);
      l = e;
    }
  }
  // "the California Governor's Office of Emergency Services", "the Attorney General's Office":
  // an office named after its holder's title is one name with it
  if (IsOrganisationWord(L(f)) && f >= 2 && s_.toks[f - 1].kind == TokKind::kPossessive &&
      Same(f - 2, f) && s_.toks[f - 2].cap && s_.toks[f - 2].kind == TokKind::kWord &&
      IsTitleHead(L(f - 2)) && !res_.MentionCovering(f - 2)) {
    uint32_t b = f - 2;
    while (b > 0 && Same(b - 1, f) && f - b < 5 && s_.toks[b - 1].cap &&
           s_.toks[b - 1].kind == TokKind::kWord && !s_.toks[b - 1].sentence_start &&
           !res_.MentionCovering(b - 1) &&
           (IsPlaceWord(L(b - 1)) || IsTitleHead(L(b - 1)) || IsTitleModifier(L(b - 1))))
      --b;
    // a sentence may open with it: "California Governor's Office ..."
    if (b > 0 && Same(b - 1, f) && s_.toks[b - 1].sentence_start && s_.toks[b - 1].cap &&
        s_.toks[b - 1].kind == TokKind::kWord && IsPlaceWord(L(b - 1)))
      --b;
    f = b;
  }
  AddThing(res_.organizations, f, l);
}

// "Patrick Carlineo Jr." -> "Patrick Carlineo": the name without a generational suffix (a name
// of one word and the suffix keeps it).
std::string PeopleFinder::WithoutSuffix(const std::string& name) {
  const size_t sp = name.rfind(' ');
  if (sp == std::string::npos || name.find(' ') == sp) return name;
  std::string last = Lower(std::string_view(name).substr(sp + 1));
  if (IsGenerationalSuffix(last)) {
    size_t e = sp;
    if (e > 0 && name[e - 1] == ',') --e;
    return name.substr(0, e);
  }
  return name;
}

// "Frederick C. LaRue" -> "Frederick LaRue": the name without its one-letter initials (a name
// made only of initials and a surname keeps them: "J. K. Rowling").
std::string PeopleFinder::WithoutInitials(const std::string& name) {
  std::string out;
  size_t words = 0, kept = 0;
  for (size_t i = 0; i < name.size();) {
    size_t e = name.find(' ', i);
    if (e == std::string::npos) e = name.size();
    std::string_view w = std::string_view(name).substr(i, e - i);
    ++words;
    const bool initial = w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z';
    if (!initial) {
      if (!out.empty()) out += ' ';
      out += w;
      ++kept;
    }
    i = e + 1;
  }
  return kept >= 2 && kept < words ? out : name;
}

// Given name and surname of a name of two words or more, a generational suffix aside ("Patrick
// Carlineo Jr." -> Patrick, Carlineo); false for a single word.
static bool GivenAndSurname(std::string_view name, std::string_view* given, std::string_view* surname) {
  size_t first = name.find(' ');
  if (first == std::string_view::npos) return false;
  std::string_view rest = name;
  for (std::string_view suffix : {" Jr.", " Sr.", " Jr", " Sr", " II", " III", " IV"})
    if (rest.size() > suffix.size() && rest.substr(rest.size() - suffix.size()) == suffix)
      rest.remove_suffix(suffix.size());
  size_t last = rest.rfind(' ');
  if (last == std::string_view::npos || last < first) return false;
  *given = name.substr(0, first);
  *surname = rest.substr(last + 1);
  return true;
}

int PeopleFinder::ShortGivenNameOf(const std::string& name, uint32_t at) const {
  // "Pat Carlineo" and "Patrick Carlineo Jr.", "Alex Ruiz" and "Alexander Ruiz": the same
  // surname and one given name the start of the other (three letters at least), when only one
  // person fits
  std::string_view given, surname;
  if (!GivenAndSurname(name, &given, &surname) || given.size() < 3 || given.back() == '.')
    return -1;
  std::vector<int> candidates;
  if (auto it = by_surname_.find(std::string(surname)); it != by_surname_.end())
    candidates = it->second;
  if (auto it = by_later_part_.find(std::string(surname)); it != by_later_part_.end())
    candidates.push_back(it->second);
  int found = -1;
  for (int q : candidates) {
    std::string_view g, sn;
    if (q == found || !GivenAndSurname(res_.people[q].name, &g, &sn) || sn != surname || g == given)
      continue;
    const std::string_view shorter = g.size() < given.size() ? g : given;
    const std::string_view longer = g.size() < given.size() ? given : g;
    if (shorter.size() < 3 || shorter.back() == '.' || longer.substr(0, shorter.size()) != shorter)
      continue;
    // two people named in one sentence are two ("Dan Smith met his wife Daniela Smith")
    // (runs are read in text order: the sentence's mentions are among the last ones added)
    bool together = false;
    const size_t from = res_.mentions.size() > 64 ? res_.mentions.size() - 64 : 0;
    for (size_t i = from; i < res_.mentions.size(); ++i) {
      const PersonMention& m = res_.mentions[i];
      together = together || (m.person == q && m.first < s_.toks.size() &&
                              s_.toks[m.first].sentence == s_.toks[at].sentence);
    }
    if (together) continue;
    if (found >= 0) return -1;  // two people fit
    found = q;
  }
  return found;
}

int PeopleFinder::InitialsOf(const std::string& name) const {
  // "B. U. Nzeribe" after "Benjamin Nzeribe": given names written as initials, the first one
  // the initial of the one known person with that surname
  std::string_view given, surname;
  if (!GivenAndSurname(name, &given, &surname) || given.size() != 2 || given[1] != '.')
    return -1;
  auto it = by_surname_.find(std::string(surname));
  if (it == by_surname_.end()) return -1;
  int found = -1;
  for (int q : it->second) {
    std::string_view g, sn;
    if (!GivenAndSurname(res_.people[q].name, &g, &sn) || sn != surname || g.size() < 3 ||
        g[0] != given[0] || g.back() == '.')
      continue;
    if (found >= 0 && found != q) return -1;  // two fit
    found = q;
  }
  return found;
}

void PeopleFinder::AddPerson(const std::string& name, uint32_t nf, uint32_t nl, uint32_t tf,
                             bool has_title, const std::string& app, uint32_t app_end) {
  // "Prosecutors said", "Investigators found": a plural noun for a kind of person opening a
  // sentence is a group, not a person's name
  if (nl == nf + 1 && name.find(' ') == std::string::npos) {
    const std::string& l = L(nf);
    if (l.size() > 4 && l.back() == 's') {
      std::string_view one(l.data(), l.size() - 1);
      if (IsPersonNoun(one) || IsTitleHead(one) || IsRoleNoun(one)) return;
    }
  }
  int p = PersonByName(name);
  // the same name with or without middle initials ("Frederick C. LaRue" / "Frederick LaRue",
  // "W. Mark Felt" / "Mark Felt") is one person
  // ... and with or without a generational suffix ("Patrick Carlineo Jr." / "Patrick W.
  // Carlineo")
  const std::string plain = WithoutInitials(WithoutSuffix(name));
  if (p < 0 && plain != name) p = PersonByName(plain);
  if (p < 0) {
    auto it = by_plain_name_.find(plain);
    if (it != by_plain_name_.end()) p = it->second;
  }
  if (p < 0) p = ShortGivenNameOf(name, nf);
  if (p < 0) p = InitialsOf(name);
  if (p < 0) {
    // a longer form of a known single-word person ("Monti" then "Mario Monti")
    p = static_cast<int>(res_.people.size());
    by_plain_name_.emplace(plain, p);
    res_.people.push_back(Person{});
    res_.people.back().name = name;
    first_pos_.push_back(nf);
    by_name_[name] = p;
    const std::string bare = WithoutSuffix(name);  // "Carlineo" of "Patrick Carlineo Jr."
    size_t sp = bare.rfind(' ');
    by_surname_[sp == std::string::npos ? bare : bare.substr(sp + 1)].push_back(p);
    // the endings of the name after a space ("Le Pen" and "Pen" of "Marine Le Pen"): the first
    // person introduced with one keeps it
    for (size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1))
      by_name_ending_.emplace(name.substr(at + 1), p);
    // the words PersonBySurname falls back on: the given name, and the later parts of a name
    // of three words or more
    size_t first_sp = name.find(' ');
    if (first_sp != std::string::npos) {
      auto [g, fresh] = by_given_.emplace(name.substr(0, first_sp), p);
      if (!fresh) g->second = -1;  // two people share it: ambiguous
      if (std::count(name.begin(), name.end(), ' ') >= 2) {
        std::string_view rest = std::string_view(name).substr(first_sp + 1);
        while (!rest.empty()) {
          size_t e = rest.find(' ');
          by_later_part_.emplace(std::string(rest.substr(0, e)), p);  // the first person keeps it
          if (e == std::string_view::npos) break;
          rest.remove_prefix(e + 1);
        }
      }
    }
  }
  AddMention(p, nf, nl, tf, has_title, app, app_end);
}

}  // namespace people_internal

PeopleResult FindPeople(const Scan& scan, const std::vector<EntityMention>* ner) {
  people_internal::PeopleFinder f(scan);
  f.SetNer(ner);
  return f.Run();
}

}  // namespace newsgraph::analyze
