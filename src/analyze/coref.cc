// Pronoun speakers and subjects ("he said", "She met ..."): the person a third-person pronoun
// refers to. Within its own sentence the pronoun takes the nearest person named before it
// ("Peskov said Putin looked forward to his meeting"); a pronoun that opens its clause takes the
// subject (the first person named outside quotation marks) of the nearest earlier sentence naming
// someone, looking back at most three sentences ("Harry Kane won the award. He said, ..."). People
// named later in the pronoun's own sentence are not candidates ("He phoned Olsen" is not Olsen
// phoning).
#include <algorithm>
#include <string_view>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

// 'm' for he/him/his/himself, 'f' for she/her/hers/herself, else 0.
char PronounGender(std::string_view l) {
  if (l == "he" || l == "him" || l == "his" || l == "himself") return 'm';
  if (l == "she" || l == "her" || l == "hers" || l == "herself") return 'f';
  return 0;
}

// Whether person p may be what a pronoun of gender g refers to.
bool Agrees(const PeopleResult& people, int p, char g) {
  return g == 0 || p < 0 || static_cast<size_t>(p) >= people.gender.size() ||
         people.gender[p] == 0 || people.gender[p] == g;
}

bool IsSubordinator(std::string_view l) {
  return l == "while" || l == "when" || l == "after" || l == "before" || l == "although" ||
         l == "though" || l == "because" || l == "since" || l == "if" || l == "until" ||
         l == "once" || l == "whereas" || l == "as";
}

// The first person mention in sentence `s` that starts before token `limit` and lies outside
// quotation marks (or, with `last`, the last such mention ending before `limit`), of a person
// who agrees with gender g; -1 if none. The first one skips the subject of an opening
// subordinate clause when another person follows.
int PersonIn(const Scan& scan, const PeopleResult& people, uint32_t s, uint32_t limit,
             char g, bool last = false, int except = -1) {
  const Span& sp = scan.sentences[s];
  auto it = std::lower_bound(people.mentions.begin(), people.mentions.end(), sp.first,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  int found = -1, subordinate = -1;
  for (; it != people.mentions.end() && it->first < sp.last && it->last <= limit; ++it) {
    if (it->modifier || it->person == except || scan.toks[it->first].in_quote ||
        !Agrees(people, it->person, g))
      continue;
    if (last) {
      found = it->person;
      continue;
    }
    // the subject of a clause opening with "while", "when", "after" ... is not the sentence's
    // subject: "While Neal served abroad, Page lived in Miami" -- a later "she" is Page
    const uint32_t b = it->title_first;
    if (subordinate < 0 && b > sp.first && IsSubordinator(scan.toks[b - 1].lower)) {
      subordinate = it->person;
      continue;
    }
    found = it->person;
    break;
  }
  return found >= 0 ? found : subordinate;
}

// Title words that say a person's gender.
char TitleGender(std::string_view l) {
  static const std::string_view kMale[] = {
      "mr",     "mr.",     "sir",     "king",    "prince",   "duke",     "lord",
      "father", "brother", "son",     "husband", "congressman", "spokesman", "chairman",
      "businessman", "councilman", "assemblyman", "boyfriend", "uncle", "grandfather",
      "nephew", "actor", "emperor", "archduke", "baron", "count"};
  static const std::string_view kFemale[] = {
      "mrs",    "mrs.",     "ms",       "ms.",     "miss",     "madam",    "dame",
      "lady",   "queen",    "princess", "duchess", "mother",   "sister",   "daughter",
      "wife",   "congresswoman", "spokeswoman", "chairwoman", "businesswoman",
      "councilwoman", "assemblywoman", "girlfriend", "aunt", "grandmother", "niece",
      "actress", "empress", "baroness", "countess"};
  for (std::string_view w : kMale)
    if (w == l) return 'm';
  for (std::string_view w : kFemale)
    if (w == l) return 'f';
  return 0;
}

// The first "he"/"she" of sentence `s` outside quotation marks, before any person named
// there; the sentence's token count when none.
uint32_t LeadingPronoun(const Scan& scan, const PeopleResult& people, uint32_t s) {
  const Span& sp = scan.sentences[s];
  auto it = std::lower_bound(people.mentions.begin(), people.mentions.end(), sp.first,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  uint32_t first_person = sp.last;
  for (; it != people.mentions.end() && it->first < sp.last; ++it)
    if (!it->modifier && !scan.toks[it->first].in_quote) {
      first_person = it->first;
      break;
    }
  for (uint32_t t = sp.first; t < first_person; ++t) {
    const Tok& k = scan.toks[t];
    if (k.in_quote || k.kind != TokKind::kWord) continue;
    if (k.lower == "he" || k.lower == "she") return t;
  }
  return sp.last;
}

// Where the last mention of person p before token `limit` in sentence s starts (outside
// quotation marks); the sentence's first token when none.
uint32_t LastMentionStart(const Scan& scan, const PeopleResult& people, uint32_t s,
                          uint32_t limit, int p) {
  const Span& sp = scan.sentences[s];
  auto it = std::lower_bound(people.mentions.begin(), people.mentions.end(), sp.first,
                             [](const PersonMention& m, uint32_t v) { return m.first < v; });
  uint32_t at = sp.first;
  for (; it != people.mentions.end() && it->first < sp.last && it->last <= limit; ++it)
    if (it->person == p && !it->modifier && !scan.toks[it->first].in_quote) at = it->title_first;
  return at;
}

// Every word of sentence s stands inside quotation marks ("We have no votes. There is nothing
// left to do."): a quoted sentence, no narration.
bool WhollyQuoted(const Scan& scan, uint32_t s) {
  const Span& sp = scan.sentences[s];
  bool words = false;
  for (uint32_t t = sp.first; t < sp.last; ++t) {
    const Tok& k = scan.toks[t];
    if (k.kind != TokKind::kWord && k.kind != TokKind::kNumber) continue;
    if (!k.in_quote) return false;
    words = true;
  }
  return words;
}

int Antecedent(const Scan& scan, const PeopleResult& people, uint32_t t, int depth) {
  if (t >= scan.toks.size() || scan.sentences.empty()) return -1;
  uint32_t s = scan.toks[t].sentence;
  const char g = PronounGender(scan.toks[t].lower);
  int p = PersonIn(scan, people, s, t, g, /*last=*/true);
  if (p >= 0) {
    // the same pronoun earlier in the sentence, before a person who is an object there:
    // "after she divorced Neal in 1947 when she met ..." -- both "she" are one person
    const uint32_t at = LastMentionStart(scan, people, s, t, p);
    const uint32_t first = scan.sentences[s].first;
    const bool object = at > first && at < scan.toks.size() &&
                        scan.toks[at - 1].kind == TokKind::kWord && !scan.toks[at - 1].cap &&
                        scan.toks[at - 1].lower != "and";
    if (object && depth < 3)
      for (uint32_t k = at; k > first; --k) {
        const Tok& e = scan.toks[k - 1];
        if (e.in_quote || e.kind != TokKind::kWord || e.lower != scan.toks[t].lower) continue;
        const int q = Antecedent(scan, people, k - 1, depth + 1);
        if (q >= 0) return q;
        break;
      }
    return p;
  }
  // (sentences wholly inside quotation marks are the quoted speaker's words, not the
  // narration: they do not count among the three)
  uint32_t counted = 0;
  for (uint32_t back = 1; counted < 3 && back <= s && back <= 12; ++back) {
    if (WhollyQuoted(scan, s - back)) continue;
    ++counted;
    // a chain of pronouns: "He was arrested for the call to Omar's office. During the call,
    // he said ..." -- the earlier "He" is the subject, not Omar
    uint32_t lead = LeadingPronoun(scan, people, s - back);
    if (depth < 3 && lead < scan.sentences[s - back].last &&
        (g == 0 || PronounGender(scan.toks[lead].lower) == g))
      return Antecedent(scan, people, lead, depth + 1);
    p = PersonIn(scan, people, s - back, UINT32_MAX, g);
    if (p >= 0) return p;
  }
  return -1;
}

}  // namespace

int PronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t) {
  return Antecedent(scan, people, t, 0);
}

int ObjectPronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t,
                            int subject) {
  if (t >= scan.toks.size() || scan.sentences.empty()) return -1;
  const char g = PronounGender(scan.toks[t].lower);
  const uint32_t s = scan.toks[t].sentence;
  // its own sentence: the last other person before it; an earlier one: its first (the subject)
  int p = PersonIn(scan, people, s, t, g, /*last=*/true, subject);
  for (uint32_t back = 1; p < 0 && back <= 3 && back <= s; ++back)
    p = PersonIn(scan, people, s - back, UINT32_MAX, g, /*last=*/false, subject);
  return p;
}

// The gender of a name's given name ("Anna Berg": 'f'), initials skipped ("J. Robert
// Oppenheimer"); 0 for a name of one word (a surname) or a given name of either gender.
static char GivenNameGenderOf(std::string_view name) {
  size_t b = 0;
  while (b < name.size()) {
    size_t e = name.find(' ', b);
    if (e == std::string_view::npos) return 0;  // the last word is the surname
    std::string_view w = name.substr(b, e - b);
    if (w.size() > 2 && w.find('.') == std::string_view::npos) return GivenNameGender(Lower(w));
    b = e + 1;
  }
  return 0;
}

void InferGenders(const Scan& scan, PeopleResult* people) {
  std::vector<int> male(people->people.size(), 0), female(people->people.size(), 0);
  std::vector<char> titled(people->people.size(), 0);
  // titles: "Mr. Li", "Queen Margrethe", "Congresswoman Omar"
  for (const PersonMention& m : people->mentions) {
    if (m.person < 0 || static_cast<size_t>(m.person) >= titled.size()) continue;
    for (uint32_t k = m.title_first; k < m.first && k < scan.toks.size(); ++k)
      if (char g = TitleGender(scan.toks[k].lower)) titled[m.person] = g;
  }
  // pronouns outside quotation marks in sentences that name one person only, after the name
  // ("Omar said her office ...")
  auto it = people->mentions.begin();
  for (uint32_t s = 0; s < scan.sentences.size(); ++s) {
    const Span& sp = scan.sentences[s];
    while (it != people->mentions.end() && it->first < sp.first) ++it;
    int only = -1;
    uint32_t after = sp.last;
    bool several = false;
    for (auto m = it; m != people->mentions.end() && m->first < sp.last; ++m) {
      if (m->modifier || scan.toks[m->first].in_quote) continue;
      if (only >= 0 && only != m->person) several = true;
      if (only < 0) after = m->last;
      only = m->person;
    }
    if (only < 0 || several || static_cast<size_t>(only) >= male.size()) continue;
    bool embedded = false;  // a clause reported or begun after the name ("X said police ...")
    for (uint32_t k = after; k < sp.last; ++k) {
      if (scan.toks[k].in_quote || scan.toks[k].kind != TokKind::kWord) continue;
      const std::string& l = scan.toks[k].lower;
      if (l == "that" || l == "when" || l == "after" || l == "because" || l == "if" ||
          l == "before" || l == "until" || IsCueVerb(l))
        embedded = true;
      // an object pronoun in the name's own clause is someone else ("Elise Matthesen found
      // him"); a possessive "her" is followed by its noun ("Omar lost her seat")
      const bool object = l == "him" || (l == "her" && (k + 1 >= sp.last ||
                                                         scan.toks[k + 1].kind != TokKind::kWord ||
                                                         IsFunctionWord(scan.toks[k + 1].lower)));
      if (object && !embedded) continue;
      // a possessive opening an appositive right after the name is someone else's ("Tom
      // Reed, her deputy, spoke")
      if (k == after + 1 && scan.toks[after].kind == TokKind::kPunct &&
          scan.toks[after].lower == ",")
        continue;
      const char g = PronounGender(l);
      if (g == 'm') ++male[only];
      if (g == 'f') ++female[only];
    }
  }
  people->gender.assign(people->people.size(), 0);
  for (size_t i = 0; i < people->gender.size(); ++i) {
    if (titled[i]) people->gender[i] = titled[i];
    else if (male[i] > female[i]) people->gender[i] = 'm';
    else if (female[i] > male[i]) people->gender[i] = 'f';
    else people->gender[i] = GivenNameGenderOf(people->people[i].name);
  }
}

}  // namespace newsgraph::analyze
