// Offices and countries of people: the title chunk written before a name ("Russian Foreign
// Minister"), appositives after it (", head of U.S. Northern Command,"), fronted
// descriptions ("a Scientology attorney, Kendrick Moxon"), plural titles over lists, and
// the final pass that fills countries and normalised offices.
#include <algorithm>

#include "analyze/people_finder.h"

namespace newsgraph::analyze {
namespace people_internal {
namespace {

// Words that open a time phrase after an office ("named chief executive last year", "elected
// mayor in 2018" has its "in" stop already): the office ends before them.
bool IsTimeWord(std::string_view l) {
  return l == "last" || l == "next" || l == "this" || l == "earlier" || l == "until" ||
         l == "from" || l == "during" || l == "yesterday" || l == "today" || IsWeekday(l);
}

// Common irregular past forms that open a clause after a name: "X, met the owner".
bool IsIrregularPast(std::string_view l) {
  static constexpr std::string_view kPast[] = {
      "met", "said", "told", "held", "spoke", "made", "took", "went", "came", "left", "gave",
      "got", "won", "lost", "became", "began", "sent", "saw", "ran", "led", "wrote", "thought",
      "felt", "kept", "brought", "bought", "paid", "sat", "stood", "threw", "hit", "shot",
      "fell"};
  return std::find(std::begin(kPast), std::end(kPast), l) != std::end(kPast);
}

// The words that open a verb's object: "met the owner", "created a speaker".
bool IsClauseObjectStart(std::string_view l) {
  return l == "the" || l == "a" || l == "an" || l == "his" || l == "her" || l == "its" ||
         l == "their" || l == "him" || l == "them" || l == "it" || l == "to" || l == "with";
}

// The verbs that give someone an office: "was named acting secretary", "who was elected mayor".
bool IsNamingVerb(std::string_view l) {
  return l == "named" || l == "appointed" || l == "elected" || l == "nominated";
}

// A dash written between phrases: an em or en dash, or a double hyphen.
bool IsDashText(std::string_view t) { return t == "\u2014" || t == "\u2013" || t == "--"; }

}  // namespace

// Where a name of a list ends with what it carries: "Jann Wenner of Rolling Stone", "Jack
// Nicklaus (golf)" — the next name after "," or "and" shares the list's title.
uint32_t PeopleFinder::ListMemberEnd(uint32_t nl) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (nl >= n || nl == 0 || !Same(nl - 1, nl)) return nl;
  if (s_.Text(nl) == "(") {
    for (uint32_t k = nl + 1; k < n && k < nl + 5 && Same(nl, k); ++k)
      if (s_.Text(k) == ")") return k + 1;
    return nl;
  }
  if (L(nl) != "of" || nl + 1 >= n || !s_.toks[nl + 1].cap) return nl;
  uint32_t e = nl + 1;
  while (e < n && e < nl + 8 && Same(nl, e) &&
         ((s_.toks[e].kind == TokKind::kWord && s_.toks[e].cap) ||
          s_.toks[e].kind == TokKind::kPossessive ||
          // a lower-case particle inside a name ("la Repubblica")
          (s_.toks[e].kind == TokKind::kWord && IsParticle(L(e)) && e + 1 < n &&
           s_.toks[e + 1].cap)))
    ++e;
  return e;
}

// The title chunk written directly before token `f` (the name's first token).
bool PeopleFinder::OrgNameConnector(uint32_t p, uint32_t j, uint32_t f) const {
  const std::string& l = L(p);
  if (j >= f || p == 0 || s_.toks[p].cap) return false;
  if (l != "of" && l != "for" && l != "on" && l != "and" && l != "the" && l != "&") return false;
  // a capitalised word follows (over "the"), itself no title ("the Government of Prime
  // Minister X" is "Prime Minister")
  uint32_t next = j;
  if (L(next) == "the" && l != "the" && next + 1 < f) ++next;
  if (!s_.toks[next].cap || HeadAt(next) || IsHonorific(L(next)) ||
      (IsTitleModifier(L(next)) && next + 1 < f && HeadAt(next + 1)))
    return false;
  // "the" only after a connector: "for the Welfare"
  if (l == "the" && L(p - 1) != "for" && L(p - 1) != "of" && L(p - 1) != "on") return false;
  // an organisation's word within the few capitalised words and connectors before it
  for (uint32_t q = p; q > 0 && p - q < 5 && Same(q - 1, p); --q) {
    const Tok& k = s_.toks[q - 1];
    if (k.kind != TokKind::kWord) return false;
    if (k.cap && (IsOrganisationWord(k.lower) ||
                  (k.lower.size() > 4 && k.lower.back() == 's' &&
                   IsOrganisationWord(std::string_view(k.lower).substr(0, k.lower.size() - 1)))))
      return true;
    if (!k.cap && k.lower != "of" && k.lower != "for" && k.lower != "on" && k.lower != "and" &&
        k.lower != "the")
      return false;
  }
  return false;
}

uint32_t PeopleFinder::TitleChunk(uint32_t f, bool* has_title) const {
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
    // an office as the owner: "the president's lawyer X", "the governor's spokeswoman X" (the
    // normalised office is the role)
    if (k.kind == TokKind::kPossessive && p > 0 && j < f && !s_.toks[p - 1].cap &&
        IsTitleHead(L(p - 1)) && HeadAt(j) && Same(p - 1, f)) {
      j = p - 1;
      steps += 2;
      continue;
    }
    // "chairman, CEO and president X": a comma between the titles of a list of them that
    // "and" ends
    if (s_.Text(p) == "," && j < f && p > 0 && Same(p - 1, f) && HeadAt(j) && HeadAt(p - 1) &&
        std::any_of(s_.toks.begin() + j, s_.toks.begin() + f,
                    [](const Tok& t) { return t.lower == "and"; })) {
      j = p;
      ++steps;
      continue;
    }
    if (k.kind != TokKind::kWord) break;
    bool ok = HeadAt(p) || PositionAt(p) || IsHonorific(l) || IsTitleModifier(l) ||
              (l == "and" && j < f && (IsTitleModifier(L(j)) || HeadAt(j)) && p > 0 &&
               (IsTitleModifier(L(p - 1)) || HeadAt(p - 1))) ||
              // "Apple founder and legendary CEO X": a lower-case word before the second
              // role's title, and the "and" before it
              (j < f && p >= 2 && L(p - 1) == "and" && !k.cap && !IsFunctionWord(l) &&
               HeadAt(j) && HeadAt(p - 2)) ||
              (l == "and" && j + 1 < f && p > 0 && !s_.toks[j].cap &&
               s_.toks[j].kind == TokKind::kWord && !IsFunctionWord(L(j)) && HeadAt(j + 1) &&
               HeadAt(p - 1)) ||
              (j == f && !PluralHeadAt(p).empty()) || !CountryOfDemonym(l).empty() ||
              (j < f && PositionAt(j) && L(j) == "baseman") ||  // "third baseman"
              ((l == "to" || l == "for" || l == "the" || l == "of") && j < f && p > 0 &&
               (IsTitleHead(L(p - 1)) || IsTitleModifier(L(p - 1)) ||
                (l == "the" && p > 1 && IsTitleHead(L(p - 2))))) ||
              // an organisation's name with "of" inside ("University of Texas Arlington
              // Muslim Student Association president")
              (l == "of" && j < f && p > 0 && s_.toks[j].cap && s_.toks[p - 1].cap &&
               s_.toks[p - 1].kind == TokKind::kWord && IsOrganisationWord(L(p - 1)) &&
               !HeadAt(j) && !IsHonorific(L(j)) &&
               // (a field before a lower-case title is the organisation's: "Department of
               // Health spokeswoman"; "the Government of Prime Minister X" is not)
               !(IsTitleModifier(L(j)) && j + 1 < f && s_.toks[j + 1].cap && HeadAt(j + 1))) ||
              // ... and with "for the", "on", "and" ("Joint Council for the Welfare of
              // Immigrants campaigner", "Council on Foreign Relations president")
              OrgNameConnector(p, j, f) ||
              (k.cap && !(IsFunctionWord(l) && k.sentence_start) &&
               !(IsFunctionWord(l) && !IsTitleModifier(l)));
    if (!ok) break;
    j = p;
    ++steps;
  }
  // trim leading connectors and lower-case words that are not part of a title
  while (j < f) {
    const std::string& l = L(j);
    // (an ordinal that makes the position stays: "third baseman")
    if (l == "to" || l == "for" || l == "the" || l == "of" ||
        (s_.toks[j].kind == TokKind::kWord && IsFunctionWord(l) && !IsTitleModifier(l) &&
         !(j + 1 < f && PositionAt(j + 1) && L(j + 1) == "baseman")))
      ++j;
    else
      break;
  }
  for (uint32_t k = j; k < f; ++k)
    if (HeadAt(k) || PositionAt(k) || IsHonorific(L(k)) ||
        (k + 1 == f && !PluralHeadAt(k).empty()))
      *has_title = true;
  // lower-case compound words before a lower-case title head ("science fiction writer",
  // "fashion designer", "disco club owner"): at most two, never a function word, a reporting
  // verb, a past form ("questioned") or an adverb
  // (only before the word next to the name or a title word: "beat incumbent Gov. X" is not)
  if (*has_title && j < f && !s_.toks[j].cap && (HeadAt(j) || PositionAt(j)) &&
      (j + 1 == f || IsTitleHead(L(j)))) {
    uint32_t b = j;
    // ("High school math teacher X" opening a sentence: three words, the first capitalised
    // only as the sentence's first)
    while (b > 0 && j - b < 3 && Same(b - 1, f) && s_.toks[b - 1].kind == TokKind::kWord &&
           (!s_.toks[b - 1].cap || (s_.toks[b - 1].sentence_start && j - b == 2)) &&
           (j - b < 2 || s_.toks[b - 1].sentence_start) &&
           !IsFunctionWord(L(b - 1)) && !IsCueVerb(L(b - 1)) &&
           // a modifier opens a compound only before one ("science fiction writer")
           (!IsTitleModifier(L(b - 1)) || b < j) && L(b - 1).size() > 2 &&
           // ("retired" is a status, as "former": "retired aerospace executive X")
           (L(b - 1).compare(L(b - 1).size() - 2, 2, "ed") != 0 || L(b - 1) == "retired") &&
           L(b - 1).compare(L(b - 1).size() - 2, 2, "ly") != 0)
      --b;
    j = b;
  }
  // a chunk made only of capitalised words with no title is not a title
  if (!*has_title) return f;
  // drop capitalised words after the last title word that are not title words: they
  // belong to the name run (already excluded) — nothing to do here.
  return j;
}

// Office after the name: ", the Secretary of State," / ", head of U.S. Northern Command,".
std::string PeopleFinder::Appositive(uint32_t l, uint32_t* span_end, bool* predicate) const {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  if (predicate) *predicate = false;
  if (l >= n || l == 0 || !Same(l - 1, l)) return {};
  l = AfterPartyTag(l);  // "Rep. Ann Cole (R-TX), ranking member of ..."
  if (l >= n) return {};
  // a predicate: "Hege is the CEO of DH", "Wolf has been named acting secretary", "Ruiz was
  // appointed as head of the agency"
  // a dash opens an appositive as a comma does when a determiner follows: "Harper — a young
  // British filmmaker — ..." ("Harper — who ..." and "Harper — and ..." are no description)
  const bool dash = IsDashText(s_.Text(l)) && l + 1 < n && Same(l, l + 1) &&
                    (L(l + 1) == "a" || L(l + 1) == "an" || L(l + 1) == "the");
  if (s_.Text(l) != "," && !dash) {
    uint32_t a = l;
    bool named = false;
    // "X served as ambassador", "X was forced to resign as minister", "X stepped down as
    // chief executive": the office held, worded after "as"
    {
      uint32_t v = a;
      while (v < n && v < l + 4 && Same(l, v) && !s_.toks[v].cap &&
             (L(v) == "was" || L(v) == "has" || L(v) == "had" || L(v) == "been" ||
              L(v) == "forced" || L(v) == "to" || L(v) == "also" || L(v) == "later" ||
              L(v) == "previously" || L(v) == "once" || L(v) == "briefly" || L(v) == "will"))
        ++v;
      if (v < n && (L(v) == "stepped" || L(v) == "steps" || L(v) == "step" || L(v) == "took" ||
                    L(v) == "takes" || L(v) == "take") &&
          v + 1 < n && (L(v + 1) == "down" || L(v + 1) == "over"))
        ++v;
      static constexpr std::string_view kAsVerbs[] = {
          "served", "serves", "serving", "serve", "resigned", "resign", "resigns", "retired",
          "retire", "retires", "quit", "quits", "worked", "works", "work", "down", "over"};
      if (v + 1 < n && Same(l, v + 1) && L(v + 1) == "as" &&
          std::find(std::begin(kAsVerbs), std::end(kAsVerbs), L(v)) != std::end(kAsVerbs)) {
        a = v + 2;
        if (a < n && (L(a) == "the" || L(a) == "a" || L(a) == "an")) ++a;
        named = true;
      }
    }
    // otherwise a copula: "is the CEO of DH", "has been named acting secretary"
    if (!named) {
      if (L(a) == "is" || L(a) == "was") {
        ++a;
      } else if (L(a) == "has" && a + 1 < n && L(a + 1) == "been") {
        a += 2;
      } else if (L(a) == "became" || L(a) == "becomes" ||
                 (L(a) == "has" && a + 1 < n && L(a + 1) == "become")) {
        // "X became mayor in 2019", "became Alaska's governor": the office taken, as "was
        // named"; with an article it is mostly a record or a description ("became the first
        // coach to ...", "became a trusted member of ...")
        a += L(a) == "has" ? 2 : 1;
        named = true;
        if (a >= n || L(a) == "the" || L(a) == "a" || L(a) == "an") return {};
        // after an owner ("became Alaska's governor"; a country stays with the office, as
        // after "is"), the office's title opens it ("became UNC's all-time leading scorer" is
        // a record)
        uint32_t t = a;
        if (a + 2 < n && Same(l, a + 2) && s_.toks[a + 1].kind == TokKind::kPossessive &&
            s_.toks[a].cap) {
          t = a + 2;
          if (CountryOfName(L(a)).empty()) a = t;
        }
        if (t >= n || !(HeadAt(t) || (IsTitleModifier(L(t)) && t + 1 < n && HeadAt(t + 1))))
          return {};
      } else {
        return {};
      }
      if (!named) {
        if (a < n && (L(a) == "now" || L(a) == "also")) ++a;
        if (a < n && IsNamingVerb(L(a))) {
          named = true;
          ++a;
          if (a < n && L(a) == "as") ++a;
          if (a < n && (L(a) == "new" || L(a) == "the" || L(a) == "a" || L(a) == "an")) ++a;
        } else if (a < n && (L(a) == "the" || L(a) == "a" || L(a) == "an")) {
          ++a;
        } else if (!(a + 2 < n && Same(l, a + 2) &&
                     s_.toks[a + 1].kind == TokKind::kPossessive &&
                     !CountryOfName(L(a)).empty())) {
          // (a country's office is kept with its owner: "is Ukraine's foreign minister")
          return {};
        }
      }
    }
    if (a >= n || !Same(l, a)) return {};
    uint32_t e = a;
    bool head = false;
    while (e < n && Same(l, e) && e - a < 10) {
      std::string_view tx = s_.Text(e);
      if (tx == "," || tx == "." || tx == ";" || tx == "(" || tx == ":" ||
          s_.toks[e].kind == TokKind::kQuote || L(e) == "who" || L(e) == "which" ||
          L(e) == "that" || L(e) == "and" || L(e) == "since" || L(e) == "in" ||
          L(e) == "when" || L(e) == "after" || L(e) == "on" || L(e) == "without" ||
          IsTimeWord(L(e)))
        break;
      // "resigned as attorney general to head the committee": "to" before a verb ends it
      // ("ambassador to France", "assistant to the president" go on)
      if (L(e) == "to" && e + 1 < n && s_.toks[e + 1].kind == TokKind::kWord &&
          !s_.toks[e + 1].cap && L(e + 1) != "the" && L(e + 1) != "a" && L(e + 1) != "an")
        break;
      if (HeadAt(e)) head = true;
      ++e;
    }
    // the title is the last word or followed by "of ...": "the CEO of DH", not "a teacher
    // who ..."; a named-to office may be any title phrase
    if (!head || e == a || (!named && !HeadAt(e - 1) &&
                            std::none_of(s_.toks.begin() + a, s_.toks.begin() + e,
                                         [](const Tok& t) { return t.lower == "of"; })))
      return {};
    *span_end = e;
    if (predicate) *predicate = true;
    return std::string(s_.TextRange(a, e));
  }
  uint32_t a = l + 1;
  // ", who heads the Alliance for American Manufacturing,"
  if (a + 1 < n && L(a) == "who" && Same(a, a + 1)) {
    std::string led = OfficeOfVerb(a + 1, span_end);
    if (!led.empty()) return led;
  }
  // a relative clause: ", who is Ukraine's foreign minister," / ", who was the acting director
  // of ...", ", who serves as chief of staff,"
  bool relative = false;
  if (a + 1 < n && L(a) == "who" && Same(a, a + 1) &&
      (L(a + 1) == "is" || L(a + 1) == "was" || L(a + 1) == "serves" || L(a + 1) == "served")) {
    a += 2;
    if (a < n && (L(a - 1) == "serves" || L(a - 1) == "served") && L(a) == "as") ++a;
    if (a < n && L(a) == "now") ++a;
    // ", who was elected mayor in 2018,": the office named
    if (a + 1 < n && IsNamingVerb(L(a))) {
      ++a;
      if (L(a) == "as") ++a;
    } else if (a < n && L(a).size() > 3 && L(a).compare(L(a).size() - 2, 2, "ed") == 0 &&
               !s_.toks[a].cap && L(a - 1) != "serves" && L(a - 1) != "served") {
      return {};  // ", who was killed by an officer": a passive, no description
    }
    relative = true;
  }
  // ", now a staff scientist at X,", ", currently the head of Y,"
  if (a + 1 < n && !relative && (L(a) == "now" || L(a) == "currently") && Same(a, a + 1)) ++a;
  const bool determiner =
      a < n && (L(a) == "the" || L(a) == "a" || L(a) == "an" || L(a) == "its" || L(a) == "his" ||
                L(a) == "her" || L(a) == "their");
  if (determiner) ++a;
  // a verb, not a description: "Teixeira's agent, Scott Boras, met the owner" (a participle
  // before a noun describes: ", acclaimed London-based designer", ", alleged boss of ...")
  if (!determiner && !relative && a + 1 < n && !s_.toks[a].cap &&
      s_.toks[a].kind == TokKind::kWord &&
      (((IsCueVerb(L(a)) || IsIrregularPast(L(a))) &&
        (IsClauseObjectStart(L(a + 1)) || !HeadAt(a + 1))) ||
       (L(a).size() > 4 && L(a).compare(L(a).size() - 2, 2, "ed") == 0 &&
        IsClauseObjectStart(L(a + 1)))))
    return {};
  // a clause, not a description: ", while X ...", ", when ...", ", but ..."
  // ... or a clause with a pronoun as its subject: "walking on Coney Island, she met police
  // officer X"
  if (a < n && (L(a) == "while" || L(a) == "when" || L(a) == "but" || L(a) == "and" ||
                L(a) == "as" || L(a) == "although" || L(a) == "because" || L(a) == "after" ||
                L(a) == "before" || L(a) == "if" || L(a) == "where" || L(a) == "whose" ||
                L(a) == "he" || L(a) == "she" || L(a) == "they" || L(a) == "we" ||
                L(a) == "i" || L(a) == "it" || L(a) == "you"))
    return {};
  // an owner before the office: "PG&E's principal meteorologist", "Carlineo's attorney" (the
  // office is the role; a country owner stays, it gives the country: "Ukraine's foreign
  // minister")
  for (uint32_t k = a; k < n && k < a + 5 && Same(l, k); ++k) {
    const Tok& tk = s_.toks[k];
    if (tk.kind == TokKind::kPossessive) {
      if (k > a && k + 1 < n && Same(l, k + 1) &&
          CountryOfName(Lower(s_.TextRange(a, k))).empty())
        a = k + 1;
      break;
    }
    if (!(tk.cap || tk.kind == TokKind::kSymbol || s_.Text(k) == "&")) break;
  }
  uint32_t e = a;
  bool head = false;
  // the head may come after a capitalised organisation name: "the Health and Human Services
  // secretary"
  uint32_t reach = 4;
  for (uint32_t k = a; k < n && k < a + 7 && Same(l, k); ++k) {
    if (!s_.toks[k].cap && L(k) != "and" && L(k) != "of") break;
    reach = std::max<uint32_t>(reach, k - a + 4);  // and up to three words after the name
  }
  bool stopped = false;
  while (e < n && Same(l, e) && e - a < 24) {
    std::string_view tx = s_.Text(e);
    if (tx == "," || tx == "." || tx == ";" || tx == "(" || tx == ")" || tx == ":" ||
        IsDashText(tx) || s_.toks[e].kind == TokKind::kQuote || L(e) == "who" ||
        L(e) == "which" || L(e) == "said" ||
        L(e) == "says" || L(e) == "told" || L(e) == "where" || L(e) == "whose" ||
        // "manager of a phone store that was attacked": a relative clause after a noun
        (L(e) == "that" && e > a && !s_.toks[e - 1].cap &&
         s_.toks[e - 1].kind == TokKind::kWord && !IsFunctionWord(L(e - 1)))) {
      stopped = true;
      break;
    }
    // (a position too, when it ends its phrase: ", the Purple Aces forward,", not ", center
    // of the damaged area," or ", looking forward to ...")
    if (e - a < reach &&
        (HeadAt(e) || (PositionAt(e) && !(e + 1 < n && (L(e + 1) == "of" || L(e + 1) == "to")) &&
                       !(e > a && L(e - 1).size() > 4 &&
                         L(e - 1).compare(L(e - 1).size() - 3, 3, "ing") == 0))))
      head = true;
    ++e;
  }
  if (e == n || !Same(l, e)) stopped = true;
  // two roles joined by "and" in a long description, or by "and now": the first is the
  // office ("associate professor of physics at the University of Florida and co-author of the
  // study", "former director of the Service and a vice president of X", "former director of
  // X and now a consultant"); "and" inside one role's field ("expert in drug use and mental
  // health") joins no second role
  uint32_t role_end = e;
  bool cut = false;
  {
    bool seen = false;
    for (uint32_t k = a; k < e && !cut; ++k) {
      // a role held at another time, of any length: "former director of X and now a
      // consultant"
      if (seen && L(k) == "and" && k + 1 < e &&
          (L(k + 1) == "now" || L(k + 1) == "currently" || L(k + 1) == "later")) {
        role_end = k;
        cut = true;
        break;
      }
      if (seen && e - a > 12 && L(k) == "and" && !s_.toks[k].cap) {
        uint32_t r = k + 1;
        if (r < e && (L(r) == "a" || L(r) == "an" || L(r) == "the")) ++r;
        if (r < e && !s_.toks[r].cap && !HeadAt(r) && r + 1 < e) ++r;  // "the other witness"
        if (r < e && !s_.toks[r].cap && HeadAt(r)) {
          role_end = k;
          cut = true;
        }
      }
      if (k - a < reach && HeadAt(k)) seen = true;
    }
  }
  // a long description goes on only with the places where the role is held, from its first
  // "at" or "of" ("an expert in drug use and mental health at the Department of Health
  // Sciences at the U.K.'s University of York")
  bool whole = (cut || stopped) && head;
  if (whole && role_end - a > 12) {
    uint32_t from = a;
    while (from < a + 12 && L(from) != "at" && L(from) != "of") ++from;
    for (uint32_t k = from; k < role_end && whole; ++k) {
      const Tok& t = s_.toks[k];
      whole = from < a + 12 &&
              ((t.kind == TokKind::kWord && t.cap) || t.kind == TokKind::kPossessive ||
               L(k) == "of" || L(k) == "at" || L(k) == "the" || L(k) == "in" || L(k) == "for" ||
               L(k) == "and" || s_.Text(k) == "&");
    }
  }
  if (whole) {
    e = role_end;
  } else {
    // else the first 14 words, cut at an "and" before a lower-case word
    e = std::min(e, a + 14);
    if (head && e - a > 12) {
      bool seen = false;
      for (uint32_t k = a; k < e; ++k) {
        if (seen && L(k) == "and" && !s_.toks[k].cap && k + 1 < e && !s_.toks[k + 1].cap) {
          e = k;
          break;
        }
        if (k - a < reach && HeadAt(k)) seen = true;
      }
    }
  }
  const uint32_t longest = whole ? 24 : 12;
  if (!head || e == a || e - a > longest) return {};
  // the next name of a list with its own title: "Williams, strength coach Jonas Sahratian, ..."
  // (a lower-case title and two capitalised words end the phrase)
  // (or "and" after the name: "Reyes, strength coach Tom Alder and two players")
  for (uint32_t k = a; k + 3 <= e; ++k)
    if (!s_.toks[k].cap && HeadAt(k) && NameTok(k + 1) && NameTok(k + 2) &&
        (k + 3 == e || L(k + 3) == "and") && !IsOrganisationWord(L(k + 2)) &&
        !IsPlaceWord(L(k + 1)) && !IsPlaceWord(L(k + 2)))
      return {};
  // a clause, not a description: "Already without X, coach Sean Payton will now rely on Y",
  // "With Sonos Move, the company created a speaker"
  if (!relative)
    for (uint32_t k = a; k < e; ++k) {
      const std::string& w = L(k);
      if (!s_.toks[k].cap &&
          (w == "will" || w == "would" || w == "can" || w == "could" || w == "should" ||
           w == "must" || w == "might" || w == "has" || w == "have" || w == "had" || w == "is" ||
           w == "are" || w == "was" || w == "were" || w == "did" || w == "does"))
        return {};
      if (k > a && k + 1 < e && !s_.toks[k].cap && w.size() > 4 &&
          w.compare(w.size() - 2, 2, "ed") == 0 && IsClauseObjectStart(L(k + 1)) &&
          L(k + 1) != "to" && L(k + 1) != "with")
        return {};
    }
  // a clause inside the description: "a wealthy hotelier Trump tapped as his ambassador to
  // the EU" — the role the clause gives after "as" is the office, else the noun phrase before
  // the clause's subject
  if (!relative)
    for (uint32_t k = a + 1; k + 1 < e; ++k) {
      const std::string& v = L(k + 1);
      if (!(s_.toks[k].cap && NameTok(k) && !s_.toks[k - 1].cap && HeadAt(k - 1) &&
            !s_.toks[k + 1].cap && v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0))
        continue;
      uint32_t r = k + 2;
      if (r < e && L(r) == "as") {
        ++r;
        if (r < e && (L(r) == "his" || L(r) == "her" || L(r) == "its" || L(r) == "their" ||
                      L(r) == "the" || L(r) == "a" || L(r) == "an"))
          ++r;
        if (r < e && HeadAt(r)) {
          a = r;
          break;
        }
      }
      e = k;
      break;
    }
  // a relative clause holds a verb phrase after the office: keep the noun phrase
  if (relative) {
    for (uint32_t k = a; k < e; ++k)
      if (!s_.toks[k].cap && k > a &&
          (L(k) == "and" || L(k) == "when" || L(k) == "until" || L(k) == "in" || L(k) == "on" ||
           L(k) == "since" || L(k) == "after" || IsTimeWord(L(k)))) {
        e = k;
        break;
      }
  }
  // between dashes the description is the noun phrase and its "of"/"at" places: "Harper — a
  // young British filmmaker hot off directing an adaptation — ..." is a filmmaker
  if (dash)
    for (uint32_t k = a; k + 1 < e; ++k)
      if (HeadAt(k)) {
        const std::string& nx = L(k + 1);
        if (nx != "of" && nx != "at" && nx != "for" && nx != "to" && !HeadAt(k + 1)) e = k + 1;
        break;
      }
  // must be followed by a comma, a sentence end, or a verb-like word: accept any end
  *span_end = e;
  return std::string(s_.TextRange(a, e));
}

void PeopleFinder::AddMention(int p, uint32_t nf, uint32_t nl, uint32_t tf, bool has_title,
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
  // an abbreviated title alone ("Rep.", "Sen.") says less than the description after the name:
  // "Rep. Ann Cole (R-TX), ranking member of the panel"
  if (has_title && office.size() > 1 && office.back() == '.' &&
      office.find(' ') == std::string::npos)
    rank_only = true;
  if (rank_only && !app.empty()) office.clear();
  // "Malaysia's Prime Minister, Najib Razak" / "the president of the Lombardy region,
  // Roberto Maroni" / "a Scientology attorney, Kendrick Moxon"
  if (!has_title && office.empty() && nf > 1 && s_.Text(nf - 1) == "," && Same(nf - 1, nf)) {
    uint32_t c = nf - 1, b = c;
    std::string_view owner_country;
    while (b > 0 && Same(b - 1, c) && c - b < 10) {
      const Tok& k = s_.toks[b - 1];
      if (k.kind != TokKind::kWord && k.kind != TokKind::kPossessive) break;
      if (k.in_quote) break;
      // an owner before the role that is no country ("WeWork's founder, X", "its president,
      // X"): the role starts after it
      // (one inside an "of" phrase stays: "the head of the Interior Ministry's unit, X")
      const uint32_t from = b > 6 ? b - 6 : 0;
      const bool of_after = std::any_of(s_.toks.begin() + from, s_.toks.begin() + c,
                                        [](const Tok& t) { return t.lower == "of"; });
      if (!of_after && (L(b - 1) == "its" || L(b - 1) == "his" || L(b - 1) == "her" ||
                        L(b - 1) == "their"))
        break;
      if (!of_after && k.kind == TokKind::kPossessive && b >= 2 &&
          CountryOfName(L(b - 2)).empty() && CountryOfDemonym(L(b - 2)).empty()) {
        // the owner's nationality is the person's ("the Afghan team's coach, X")
        for (uint32_t q = b - 2; q > 0 && q + 3 > b - 2 && Same(q - 1, c) &&
                                 owner_country.empty() && s_.toks[q - 1].cap;
             --q)
          owner_country = CountryOfDemonym(L(q - 1));
        break;
      }
      // "and" joins two roles of one person ("WeWork's founder and former CEO, X"), not two
      // people
      if (L(b - 1) == "and" &&
          !(b >= 2 && b < c && Same(b - 2, c) && HeadAt(b - 2) &&
            (HeadAt(b) || (IsTitleModifier(L(b)) && b + 1 < c && HeadAt(b + 1)))))
        break;
      // "the president of the Lombardy region, X": an article after "of" is inside the phrase
      // (and after "at": "a lung biologist at the university, X")
      const bool inner = b >= 3 && Same(b - 3, c) &&
                         (L(b - 2) == "of" || L(b - 2) == "for" || L(b - 2) == "to" ||
                          L(b - 2) == "at") &&
                         (HeadAt(b - 3) || IsTitleModifier(L(b - 3)));
      if ((L(b - 1) == "the" || L(b - 1) == "a" || L(b - 1) == "an") && !inner) break;
      --b;
    }
    // "the prospects of Taiwan's incumbent president, Tsai Ing-wen": the description starts
    // after an "of" that follows a word which is no title ("president of the region" keeps it)
    // (not an "of" inside a name: "former House of Representatives Speaker, X")
    for (uint32_t k = b + 1; k + 1 < c; ++k)
      if ((L(k) == "of" || L(k) == "for" || L(k) == "to") && !HeadAt(k - 1) &&
          !IsTitleModifier(L(k - 1)) && !(s_.toks[k - 1].cap && s_.toks[k + 1].cap))
        b = k + 1;
    bool head = false;
    // (or last, after a name: "former House of Representatives Speaker, X")
    for (uint32_t k = b; k < c && (k < b + 4 || k + 1 == c); ++k)
      if (IsTitleHead(L(k))) head = true;
    bool verb = false;
    for (uint32_t k = b; k < c; ++k) {
      const std::string& w = L(k);
      if (IsCueVerb(w) ||
          (w.size() > 3 && !s_.toks[k].cap && w.compare(w.size() - 2, 2, "ed") == 0) ||
          // a clause ("had his partner been with him, X"), not a noun phrase
          w == "been" || w == "be" || w == "is" || w == "are" || w == "was" || w == "were" ||
          w == "him" || w == "them" || w == "it" || w == "will" || w == "would")
        verb = true;
    }
    // the phrase ends in its title or goes on with the title's "of" phrase: "official
    // website" is no role
    bool ends_role = c > b && (HeadAt(c - 1) || PositionAt(c - 1));
    for (uint32_t k = b; k + 1 < c && !ends_role; ++k)
      if (HeadAt(k) && (L(k + 1) == "of" || L(k + 1) == "for" || L(k + 1) == "to" ||
                        L(k + 1) == "at" || L(k + 1) == "in" || L(k + 1) == "on"))
        ends_role = true;
    if (!ends_role) verb = true;
    // (a next name with its own title is no list of this one: "President of the Senate, X,
    // Senator Y and Senator Z")
    bool list = nl < s_.toks.size() && s_.Text(nl) == "," && app.empty() &&
                nl + 1 < s_.toks.size() && s_.toks[nl + 1].cap && !HeadAt(nl + 1) &&
                !IsHonorific(L(nl + 1));
    // "For Kevin Allton, a USI instructor in English, Warhol ...": the phrase describes
    // the earlier name
    if (b >= 3 && s_.Text(b - 2) == "," && p_at_(b - 3)) list = true;
    if (head && !verb && !list && c > b) {
      std::string o2, c2;
      ReadChunk(b, c, &o2, &c2);
      if (!o2.empty()) {
        office = o2;
        country = c2.empty() ? std::string(owner_country) : c2;
      }
    }
  }
  // "photographers such as A, B and C" / "artists including A and B": the plural title
  // before "such as"/"including" opens the list
  if (!has_title && office.empty() && nf >= 3) {
    uint32_t k = nf;
    if (L(k - 1) == "as" && L(k - 2) == "such")
      k -= 2;
    else if (L(k - 1) == "including" || L(k - 1) == "like")
      k -= 1;
    // "photographers who used the camera, such as A, B and C": over a relative clause
    if (k < nf && k >= 3 && s_.Text(k - 1) == "," && Same(k - 1, nf)) {
      for (uint32_t q = k - 2; q >= 1 && q + 10 > k && Same(q, nf); --q) {
        if (p_at_(q) || s_.toks[q].in_quote) break;
        if ((L(q) == "who" || L(q) == "that") && !PluralHeadAt(q - 1).empty()) {
          k = q;
          break;
        }
      }
    }
    std::string one = k < nf && k >= 1 && Same(k - 1, nf) ? PluralHeadAt(k - 1) : std::string();
    if (!one.empty()) {
      office = std::move(one);
      list_office_ = office;
      list_country_.clear();
      list_office_end_ = ListMemberEnd(nl);
    }
  }
  // "photographers A, B and C": later names of a list share the plural title
  // (", and" too: "A, B, and C")
  const bool oxford_and = nf >= 2 && list_office_end_ + 2 == nf && s_.Text(nf - 2) == "," &&
                          L(nf - 1) == "and";
  if (!has_title && office.empty() && nf >= 1 &&
      ((list_office_end_ + 1 == nf && (s_.Text(nf - 1) == "," || L(nf - 1) == "and")) ||
       oxford_and)) {
    office = list_office_;
    country = list_country_;
  }
  if (has_title && tf + 1 <= nf && !PluralHeadAt(nf - 1).empty()) {
    list_office_ = office;
    list_country_ = country;
    list_office_end_ = ListMemberEnd(nl);
  } else if (!list_office_.empty() && (list_office_end_ + 1 == nf || oxford_and)) {
    list_office_end_ = ListMemberEnd(nl);
  }
  if (office.empty() && !app.empty()) {
    office = app;
    std::string ac = CountryInText(app);
    if (country.empty()) country = ac;
  }
  // leading words that are not the office: "then UK Home Secretary", "their nominee for governor"
  // ("His lawyer, X": the role; any case)
  for (const char* lead : {"then ", "their ", "his ", "her ", "its "}) {
    const size_t n = std::char_traits<char>::length(lead);
    if (office.size() > n && Lower(office.substr(0, n)) == lead) office.erase(0, n);
  }
  // a country or nationality opening an office of more words gives the country ("the then UK
  // Home Secretary, Sajid Javid"), and so does a compound of nationalities ("Hungarian-American
  // investor"), which names none
  for (int round = 0; round < 2; ++round) {
    const size_t sp = office.find(' ');
    if (sp == std::string::npos) break;
    const std::string first = Lower(office.substr(0, sp));
    // a nationality, or a country written in capitals ("UK", "U.S."); not a state or a city
    // ("Oregon State Department of Health ...")
    std::string_view c = CountryOfDemonym(first);
    const std::string_view written = std::string_view(office).substr(0, sp);
    if (c.empty() && written.size() <= 4 &&
        std::all_of(written.begin(), written.end(),
                    [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.'; }))
      c = CountryOfName(first);
    bool compound = false;
    if (c.empty() && first.find('-') != std::string::npos) {
      compound = true;
      for (size_t b = 0; b <= first.size();) {
        size_t e = first.find('-', b);
        if (e == std::string::npos) e = first.size();
        if (CountryOfDemonym(first.substr(b, e - b)).empty()) compound = false;
        b = e + 1;
      }
    }
    if (c.empty() && !compound) break;
    if (!c.empty() && country.empty()) country = std::string(c);
    const std::string rest = Lower(office.substr(sp + 1));
    if (rest.rfind("attorney", 0) == 0 || rest.rfind("marshal", 0) == 0) break;  // "U.S. Attorney"
    office.erase(0, sp + 1);
  }
  bool full = nl - nf >= 2;
  // the first office read, one read with the full name over one read with a surname, and the
  // most specific one of those that word each other
  if (!office.empty() &&
      (person.office.empty() ||
       (full && !office_from_full_[p] && !MoreSpecificOffice(person.office, office)) ||
       MoreSpecificOffice(office, person.office))) {
    person.office = office;
    if (office_from_full_.size() <= static_cast<size_t>(p)) office_from_full_.resize(p + 1);
    office_from_full_[p] = full;
  }
  if (office_from_full_.size() <= static_cast<size_t>(p)) office_from_full_.resize(p + 1);
  if (!country.empty() && person.country.empty()) person.country = country;
}

void PeopleFinder::ReadChunk(uint32_t tf, uint32_t nf, std::string* office,
                             std::string* country) const {
  uint32_t a = tf;
  // leading demonyms, country names and possessive countries give the country
  while (a < nf) {
    const std::string& l = L(a);
    std::string_view c = CountryOfDemonym(l);
    if (c.empty()) c = CountryOfName(l);
    if (!c.empty() && !IsTitleHead(l)) {
      if (country->empty()) *country = std::string(c);
      // a state or a city opening an organisation's name stays in the office ("Indiana State
      // Teachers Association President"); a city's "City" goes with it ("Oklahoma City coach")
      if (CountryOfDemonym(l).empty() && Lower(c) != l && s_.toks[a].cap) {
        bool org = false;
        for (uint32_t q = a + 1; q < nf && s_.toks[q].cap && !HeadAt(q) && !org; ++q)
          // (a state's chamber is where the office is: "Indiana House Speaker")
          org = IsOrganisationWord(L(q)) && L(q) != "house" && L(q) != "senate" &&
                L(q) != "assembly" && L(q) != "legislature";
        if (org) break;
        if (a + 1 < nf && L(a + 1) == "city" && s_.toks[a + 1].cap) ++a;
      }
      // "U.S. Attorney", "U.S. Marshal": the country is part of the office's name
      if (a + 1 < nf && (L(a + 1) == "attorney" || L(a + 1) == "marshal")) break;
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
  // ... unless a military rank is all the title there is ("Lt. Col. Alexander Vindman")
  if (b == a || std::all_of(s_.toks.begin() + a, s_.toks.begin() + b,
                            [](const Tok& t) { return IsHonorific(t.lower); })) {
    uint32_t r = a;
    while (r < nf && IsHonorific(L(r)) && !IsMilitaryRank(L(r))) ++r;
    uint32_t e = r;
    while (e < nf && IsMilitaryRank(L(e))) ++e;
    if (e > r && e == nf) {
      *office = std::string(s_.TextRange(r, e));
      return;
    }
  }
  // leading honorifics too ("Mr."), and a party or a status before a title: "Republican Gov.",
  // "GOP Sen.", "incumbent President" hold the office of governor, senator, president (a
  // party's own office keeps it: "Democratic candidate", "Labour leader" end in no title)
  while (a < b && IsHonorific(L(a))) ++a;
  while (a + 1 < b && (L(a) == "republican" || L(a) == "democratic" || L(a) == "gop" ||
                       L(a) == "democrat" || L(a) == "incumbent" || L(a) == "sitting") &&
         (IsTitleHead(L(a + 1)) || IsHonorific(L(a + 1)) || IsTitleModifier(L(a + 1))) &&
         HeadAt(b - 1))
    ++a;
  bool head = false, plural = false;
  for (uint32_t k = a; k < b; ++k)
    if (HeadAt(k) || PositionAt(k)) head = true;
  // (a plural title last: "veteran politicians X and Y")
  std::string one;
  if (b > a) one = PluralHeadAt(b - 1);
  if (!one.empty()) head = plural = true;
  if (head) *office = std::string(s_.TextRange(a, b));
  // a force's words before a rank: "Woodburn Police Sgt. X" holds the rank in the police
  if (!head && b > a && b < nf && IsMilitaryRank(L(b)) && s_.toks[b - 1].cap &&
      (IsOrganisationWord(L(b - 1)) || L(b - 1) == "police"))
    *office = std::string(s_.TextRange(b - 1, nf));
  // "photographers" -> "photographer", "actresses" -> "actress"
  if (plural && !office->empty())
    office->replace(office->size() - L(b - 1).size(), L(b - 1).size(), one);
  if (country->empty()) {
    std::string c = CountryInText(s_.TextRange(tf, nf));
    if (c.empty() && head) c = std::string(CountryOfOrganisation(Lower(s_.TextRange(a, b))));
    *country = c;
  }
}

void PeopleFinder::Finish() {
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
    // (not an office that owns the role: "the president's lawyer")
    if (p.country.empty() && !home_country_.empty() &&
        p.office.find("'s ") == std::string::npos &&
        p.office.find("\xE2\x80\x99s ") == std::string::npos) {
      std::string lo = Lower(p.office);
      for (const char* national :
           {"president", "prime minister", "secretary", "minister", "chancellor", "senator",
            "governor", "adviser", "advisor", "ambassador", "spokesperson", "spokesman",
            "spokeswoman", "chairman", "general", "admiral", "congress"}) {
        if (lo.find(national) != std::string::npos) {
          p.country = home_country_;
          p.country_inferred = true;
          break;
        }
      }
    }
    if (p.office_normalized.empty()) {
      std::string norm = RoleOfOffice(p.office);
      if (norm.empty()) norm = RoleWithoutOrganisation(p.office);
      if (!norm.empty() && norm != p.office) p.office_normalized = norm;
    }
  }
}

}  // namespace people_internal

}  // namespace newsgraph::analyze
