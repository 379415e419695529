// One person across documents: each document's people (already grouped within the document by
// the analysis) are resolved to world persons by name (variants, initials, short forms, surnames
// alone) and context (offices, countries, people and organisations named together, time).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "analyze/internal.h"
#include "core/ascii.h"
#include "link/people_text.h"
#include "link/world_state.h"

namespace newsgraph {

namespace world {

// The keys a name is found under: its surname's consonant key, and for a writing of three words
// or more also its second word's (the surname of a name written with words after it).
std::vector<std::string> IndexKeys(const PersonName& n) {
  std::vector<std::string> keys;
  if (n.surname.empty()) return keys;
  keys.push_back(ConsonantKey(n.surname));
  if (n.parts() >= 3) {
    std::string k = ConsonantKey(Parts(n)[1]);
    if (k != keys[0]) keys.push_back(k);
  }
  return keys;
}

// The length of the quotation mark at text[pos] (", ', `, and the curly quotes in UTF-8), 0 when
// there is none.
size_t QuoteAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == '"' || c == '\'' || c == '`') return 1;
  if (text.compare(pos, 2, "\xE2\x80") == 0 && pos + 2 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[pos + 2]);
    if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) return 3;
  }
  return 0;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A name in quotation marks opening at `open`: two to four words, capitalised (small words such
// as "of" aside), letters only, none a title ("Deep Throat", "The Chin", "Son of Sam"); its span
// inside the marks, or {0, 0}.
std::pair<size_t, size_t> QuotedName(std::string_view text, size_t open) {
  const size_t q = QuoteAt(text, open);
  if (q == 0) return {0, 0};
  size_t s = open + q;
  while (s < text.size() && text[s] == ' ') ++s;
  size_t e = s;
  while (e < text.size() && e - s <= 40 && QuoteAt(text, e) == 0 && text[e] != '\n') {
    // an apostrophe inside a word ("O'Brien") is not the closing mark
    if (text[e] == '\'' && e > s && IsAsciiLetter(text[e - 1]) && e + 1 < text.size() &&
        IsAsciiLetter(text[e + 1])) {
      ++e;
      continue;
    }
    ++e;
  }
  if (e >= text.size() || QuoteAt(text, e) == 0 || e - s > 40) return {0, 0};
  size_t end = e;
  while (end > s && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '.')) --end;
  const std::string_view inside = text.substr(s, end - s);
  std::vector<std::string_view> ws = ascii::Split(inside, ' ');
  std::erase_if(ws, [](std::string_view w) { return w.empty(); });
  if (ws.size() < 2 || ws.size() > 4) return {0, 0};
  for (size_t k = 0; k < ws.size(); ++k) {
    const std::string l = ascii::Lower(ws[k]);
    for (char c : ws[k])
      if (!IsAsciiLetter(c) && c != '-' && c != '\'' && static_cast<unsigned char>(c) < 0x80)
        return {0, 0};
    const bool small = k > 0 && k + 1 < ws.size() && analyze::IsFunctionWord(l);
    if (!small && !(ws[k][0] >= 'A' && ws[k][0] <= 'Z')) return {0, 0};
    if (analyze::IsTitleHead(l) || analyze::IsHonorific(l) || analyze::IsOrganisationWord(l))
      return {0, 0};
  }
  return {s, end};
}

}  // namespace world

namespace {

using world::CompareNames;
using world::IndexKeys;
using world::IsAsciiLetter;
using world::NewPerson;
using world::QuoteAt;
using world::QuotedName;
using world::NameRelation;
using world::PersonName;
using world::PersonState;

bool HasWord(std::string_view phrase, std::string_view word) {
  for (std::string_view w : ascii::Split(phrase, ' '))
    if (w == word) return true;
  return false;
}

// The office of the dated table that a wording names, "" when the table cannot say.
std::string TableOffice(const std::string& wording, const std::string& country) {
  const std::string o = ascii::Lower(ascii::Trim(wording));
  for (const char* w : {"former", "ex", "acting", "interim", "deputy", "vice", "late", "then",
                        "shadow", "candidate", "designate", "elect", "assistant", "opposition"})
    if (HasWord(o, w)) return "";
  if (country == "United Kingdom") return o == "prime minister" ? "Prime Minister" : "";
  if (o == "prime minister" || o == "premier" || o == "head of government") return "Head of Government";
  if ((o == "chancellor" || o == "federal chancellor") && (country == "Germany" || country == "Austria"))
    return "Head of Government";
  if (o == "president") return "President";
  return "";
}

// Whether a national office (normalised, lower case) has one holder at a time.
bool SingleSeat(std::string_view office) {
  for (const char* o : {"president",
                        "prime minister",
                        "premier",
                        "chancellor",
                        "federal chancellor",
                        "head of government",
                        "head of state",
                        "vice president",
                        "foreign minister",
                        "minister of foreign affairs",
                        "foreign secretary",
                        "secretary of state",
                        "defence minister",
                        "defense minister",
                        "minister of defence",
                        "minister of defense",
                        "defence secretary",
                        "defense secretary",
                        "king",
                        "queen"})
    if (office == o) return true;
  return false;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Adds one to a bounded counter map (new keys are ignored once it is full).
template <typename Map, typename Key>
void Bump(Map& m, const Key& k, size_t limit) {
  auto it = m.find(k);
  if (it != m.end()) {
    ++it->second;
  } else if (m.size() < limit) {
    m.emplace(k, 1);
  }
}

// The display name: full names before surnames alone, then the most frequent, then the longer,
// then the first in the alphabet.
bool BetterDisplay(const std::string& a, uint32_t ca, const std::string& b, uint32_t cb) {
  size_t wa = std::count(a.begin(), a.end(), ' '), wb = std::count(b.begin(), b.end(), ' ');
  if ((wa > 0) != (wb > 0)) return wa > 0;
  if (ca != cb) return ca > cb;
  if (wa != wb) return wa > wb;
  return a < b;
}

// Words that introduce another name of a person: "known as", "nicknamed", "dubbed".
bool NamesAnother(std::string_view lower_gap) {
  for (const char* cue : {"known as", "nicknamed", "nickname", "dubbed", "alias", "a.k.a", "aka"})
    for (size_t at = lower_gap.find(cue); at != std::string_view::npos;
         at = lower_gap.find(cue, at + 1)) {
      const size_t e = at + std::strlen(cue);
      if ((at == 0 || !IsAsciiLetter(lower_gap[at - 1])) &&
          (e >= lower_gap.size() || !IsAsciiLetter(lower_gap[e])))
        return true;
    }
  return false;
}

// Nicknames a document gives its people: a quoted name after a person's mention introduced as
// another name of theirs ("Mark Felt, who was known as Watergate informant 'Deep Throat'"), or
// between a given name and the person's mention ("Mark 'Deep Throat' Felt"). Pairs of analysis
// person index and nickname.
std::vector<std::pair<size_t, std::string>> Nicknames(std::string_view text,
                                                      const std::vector<Person>& ps) {
  std::vector<std::pair<size_t, std::string>> out;
  if (text.size() > (4u << 20)) return out;
  auto other_mention_in = [&](size_t self, size_t s, size_t e) {
    for (size_t j = 0; j < ps.size(); ++j)
      for (const Mention& m : ps[j].mentions)
        if (j != self && m.start < e && s < m.end) return true;
    return false;
  };
  auto add = [&](size_t i, std::pair<size_t, size_t> span) {
    if (span.second <= span.first || other_mention_in(i, span.first, span.second)) return;
    std::string nick(text.substr(span.first, span.second - span.first));
    for (const auto& [j, n] : out)
      if (j == i && n == nick) return;
    out.emplace_back(i, std::move(nick));
  };
  for (size_t i = 0; i < ps.size(); ++i) {
    for (const Mention& m : ps[i].mentions) {
      if (m.end > text.size() || m.start >= m.end) continue;
      // after the mention, in its sentence, within ten words
      size_t k = m.end;
      int spaces = 0;
      while (k < text.size() && k - m.end < 100 && spaces <= 10 && QuoteAt(text, k) == 0) {
        const char c = text[k];
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '(' || c == ')')
          break;
        if (c == ' ') ++spaces;
        ++k;
      }
      if (k < text.size() && QuoteAt(text, k) > 0 &&
          (k == 0 || text[k - 1] == ' ' || text[k - 1] == ',')) {
        const std::string gap = ascii::Lower(text.substr(m.end, k - m.end));
        if (NamesAnother(gap) && !other_mention_in(i, m.end, k)) add(i, QuotedName(text, k));
      }
      // inside the mention ("Mark 'Deep Throat' Felt" taken whole)
      for (size_t q = m.start + 1; q < m.end; ++q) {
        if (text[q - 1] != ' ' || QuoteAt(text, q) == 0) continue;
        std::pair<size_t, size_t> span = QuotedName(text, q);
        if (span.second > 0 && span.second < m.end) add(i, span);
        break;
      }
      // before the mention: a given name, then the quoted name
      size_t b = m.start;
      while (b > 0 && text[b - 1] == ' ') --b;
      size_t close = b;
      while (close > 0 && (static_cast<unsigned char>(text[close - 1]) & 0xC0) == 0x80) --close;
      if (close > 0 && QuoteAt(text, close - 1) > 0) --close;
      if (close == b || QuoteAt(text, close) == 0) continue;
      for (size_t open = close; open > 0 && close - open < 44;) {
        --open;
        if (QuoteAt(text, open) == 0 || (open > 0 && text[open - 1] != ' ')) continue;
        std::pair<size_t, size_t> span = QuotedName(text, open);
        if (span.second == 0 || span.second > close) break;
        // the word before the opening mark: a capitalised given name
        size_t we = open;
        while (we > 0 && text[we - 1] == ' ') --we;
        size_t ws = we;
        while (ws > 0 && IsAsciiLetter(text[ws - 1])) --ws;
        if (we - ws >= 2 && text[ws] >= 'A' && text[ws] <= 'Z' &&
            !analyze::IsTitleHead(ascii::Lower(text.substr(ws, we - ws))) &&
            !analyze::IsHonorific(ascii::Lower(text.substr(ws, we - ws))))
          add(i, span);
        break;
      }
    }
  }
  return out;
}

// A writing of more than four name words is a headline run the analysis took for a name
// ("Obama Overturns Endangered Species Rule Bush Instated"): the person's name is its other
// writing found among those words ("President Obama" later in the text), the longest, then the
// most frequent; else the run as it is.
PersonName NameWithin(const PersonName& run, const Person& p) {
  const std::vector<std::string> words = world::Parts(run);
  PersonName best = run;
  size_t best_count = 0;
  for (const Mention& m : p.mentions) {
    PersonName n = world::ParseName(m.text);
    if (n.surname.empty() || n.parts() > 4) continue;
    bool inside = true;
    for (const std::string& w : world::Parts(n)) inside = inside && Contains(words, w);
    if (!inside) continue;
    size_t count = 0;
    for (const Mention& o : p.mentions) count += world::ParseName(o.text).display == n.display;
    if (best.parts() > 4 || n.parts() > best.parts() ||
        (n.parts() == best.parts() && count > best_count)) {
      best = std::move(n);
      best_count = count;
    }
  }
  return best;
}

}  // namespace

int World::Impl::LocalPerson(const LinkDocument& doc, const std::vector<uint32_t>& local,
                             std::string_view name) const {
  const auto& ps = doc.analysis.people;
  for (size_t i = 0; i < ps.size() && i < local.size(); ++i)
    if (ps[i].name == name) return static_cast<int>(local[i]);
  PersonName n = world::ParseName(name);
  int found = -1;
  for (size_t i = 0; i < ps.size() && i < local.size(); ++i) {
    if (CompareNames(n, world::ParseName(ps[i].name)) == NameRelation::kDifferent) continue;
    if (found >= 0 && static_cast<uint32_t>(found) != local[i]) return -1;  // ambiguous
    found = static_cast<int>(local[i]);
  }
  return found;
}

void World::Impl::AddPeople(const LinkDocument& doc, std::vector<uint32_t>* local, std::vector<bool>* guessed_out) {
  const std::vector<Person>& ps = doc.analysis.people;
  const long day = world::DayOf(doc.published.empty() ? doc.analysis.published : doc.published);
  const std::string published = day >= 0 ? (doc.published.empty() ? doc.analysis.published : doc.published).substr(0, 10) : "";
  local->assign(ps.size(), 0);
  std::vector<PersonName> parsed(ps.size());
  // the name is not the analysis's (the office-holder table's, or found inside a headline run)
  std::vector<bool> from_table(ps.size(), false);
  std::vector<size_t> order;
  for (size_t i = 0; i < ps.size(); ++i) {
    parsed[i] = world::ParseName(ps[i].name);
    if (parsed[i].parts() > 4) {
      parsed[i] = NameWithin(parsed[i], ps[i]);
      from_table[i] = parsed[i].parts() <= 4;  // the display name is the one found
    }
    // "Prime Minister Johnson" in 2021: the table's holder gives the full name
    if (!parsed[i].full() && !parsed[i].surname.empty() && !ps[i].country.empty() && day >= 0) {
      std::string office = TableOffice(ps[i].office, ps[i].country);
      if (office.empty()) office = TableOffice(ps[i].office_normalized, ps[i].country);
      if (!office.empty()) {
        std::string holder;
        for (const OfficeTerm* t : table->HoldersAt(ps[i].country, office, published)) {
          if (!NamesMatch(ps[i].name, t->name)) continue;
          if (!holder.empty() && holder != t->name) {
            holder.clear();
            break;
          }
          holder = t->name;
        }
        PersonName h = world::ParseName(holder);
        if (h.full() && CompareNames(h, parsed[i]) == NameRelation::kSurname) {
          parsed[i] = h;
          from_table[i] = true;
        }
      }
    }
    order.push_back(i);
  }
  // Full names first, so that surnames alone can lean on the people already resolved.
  // Full names first, shorter writings before longer ones ("Lindsay Lohan" before "Lindsay Lohan
  // Leaves Betty Ford", a headline run the analysis took for a name).
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (parsed[a].full() != parsed[b].full()) return parsed[a].full();
    return parsed[a].parts() < parsed[b].parts();
  });

  std::vector<std::string> doc_orgs;
  for (const NamedThing& o : doc.analysis.organizations) doc_orgs.push_back(ascii::Lower(o.name));
  // Countries the analysis guessed: inferred from the document's home country, or given alike to
  // two people named with one single-seat office ("President Joe Biden and President Vladimir
  // Putin" in an American article: at most one of them is President of the United States).
  std::vector<bool> guessed(ps.size(), false);
  for (size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].country.empty()) continue;
    guessed[i] = ps[i].country_inferred;
    const std::string office =
        ascii::Lower(ps[i].office_normalized.empty() ? ps[i].office : ps[i].office_normalized);
    if (!SingleSeat(office)) continue;
    for (size_t j = 0; j < ps.size() && !guessed[i]; ++j) {
      if (j == i || ps[j].country != ps[i].country || ps[j].name == ps[i].name) continue;
      const std::string other =
          ascii::Lower(ps[j].office_normalized.empty() ? ps[j].office : ps[j].office_normalized);
      guessed[i] =
          other == office && CompareNames(parsed[j], parsed[i]) == NameRelation::kDifferent;
    }
  }
  std::vector<int> resolved(ps.size(), -1);
  // Before resolution, for context: the one known person written exactly as each person is.
  std::vector<int> exact(ps.size(), -3);  // -3: not looked up yet; -2: several; -1: none
  auto exact_of = [&](size_t j) {
    if (exact[j] != -3) return exact[j];
    exact[j] = -1;
    if (!parsed[j].full()) return exact[j];
    auto it = by_surname.find(world::ConsonantKey(parsed[j].surname));
    if (it == by_surname.end()) return exact[j];
    const auto& list = it->second;  // the persons added last under the key, as below
    for (size_t l = list.size() > world::kMaxCandidates ? list.size() - world::kMaxCandidates : 0;
         l < list.size(); ++l) {
      const uint32_t c = list[l];
      bool same = false;
      for (const PersonName& n : person_state[c].names)
        same = same || (n.given == parsed[j].given && n.surname == parsed[j].surname);
      if (!same) continue;
      exact[j] = exact[j] == -1 ? static_cast<int>(c) : -2;
    }
    return exact[j];
  };
  // persons already given a full-name person of this document, with that name
  std::vector<std::pair<uint32_t, const PersonName*>> taken_full;

  for (size_t i : order) {
    const Person& p = ps[i];
    const PersonName& name = parsed[i];
    const std::string office_norm = ascii::Lower(p.office_normalized.empty() ? p.office : p.office_normalized);
    int best = -1;
    double best_score = -1e9;
    int surname_candidates = 0;
    std::vector<uint32_t> cands;
    for (const std::string& k : IndexKeys(name)) {
      auto it = by_surname.find(k);
      if (it == by_surname.end()) continue;
      const auto& list = it->second;  // bounded time: the persons added last under the key
      for (size_t j = list.size() > world::kMaxCandidates ? list.size() - world::kMaxCandidates : 0;
           j < list.size(); ++j)
        if (std::find(cands.begin(), cands.end(), list[j]) == cands.end()) cands.push_back(list[j]);
    }
    int surname_only = -1;  // a person known by this surname alone
    for (uint32_t c : cands) {
      const PersonState& st = person_state[c];
      if (!name.full() && surname_only < 0) {
        bool only = !st.names.empty();
        for (const PersonName& n : st.names) only = only && !n.full() && n.surname == name.surname;
        if (only) surname_only = static_cast<int>(c);
      }
      NameRelation rel = NameRelation::kDifferent;
      bool has_full = false, same_length = false, variant = false;
      for (const PersonName& n : st.names) {
        has_full = has_full || n.full();
        // given names of one stem (Alexis / Alexandros): the same person only with context, below
        if (name.full() && n.full() && name.parts() == 2 && n.parts() == 2 &&
            name.given[0].size() >= 4 && n.given[0].size() >= 4 &&
            name.given[0].compare(0, 4, n.given[0], 0, 4) == 0 &&
            world::WordsMatch(name.surname, n.surname))
          variant = true;
        NameRelation r = world::RelateNames(name, n);
        if (r == NameRelation::kFull) {
          rel = r;
          same_length = same_length || n.parts() == name.parts();
        } else if (r == NameRelation::kSurname && rel == NameRelation::kDifferent) {
          rel = r;
        }
      }
      // a full name meets a person known by full names only through a full match
      if (name.full() && has_full && rel != NameRelation::kFull && !variant) continue;
      variant = variant && rel != NameRelation::kFull;
      if (rel == NameRelation::kDifferent && !variant) continue;
      // two people of one document written in full alike are two people (the analysis kept
      // them apart); a longer writing of the same name is not, whatever the person's other
      // writings ("Arcade Joseph Comeaux" beside "Joseph Comeaux")
      bool apart = false;
      for (const auto& [t, tn] : taken_full)
        apart = apart || (t == c && name.full() && rel == NameRelation::kFull && same_length &&
                          (tn->given != name.given || tn->surname != name.surname) &&
                          !(tn->parts() != name.parts() &&
                            world::RelateNames(name, *tn) == NameRelation::kFull));
      if (apart) continue;
      // context
      double ctx = 0;
      bool conflict = false;
      int together = 0;
      std::vector<uint32_t> counted;
      for (size_t j = 0; j < ps.size(); ++j) {
        // (looked up only when there is a choice to make)
        const int other = resolved[j] >= 0 ? resolved[j] : cands.size() > 1 || variant ? exact_of(j) : -1;
        if (j == i || other < 0 || static_cast<uint32_t>(other) == c) continue;
        // another writing of this name is no context for it
        if (resolved[j] < 0 && CompareNames(parsed[j], name) != NameRelation::kDifferent) continue;
        if (std::find(counted.begin(), counted.end(), static_cast<uint32_t>(other)) !=
            counted.end())
          continue;
        counted.push_back(static_cast<uint32_t>(other));
        if (st.co_people.count(static_cast<uint32_t>(other))) ++together;
      }
      ctx += std::min(together, 3);
      int orgs = 0;
      for (const std::string& o : doc_orgs)
        if (st.orgs.count(o)) ++orgs;
      ctx += std::min(orgs, 2) * 0.5;
      if (!office_norm.empty() && Contains(st.offices, office_norm)) ctx += 2;
      if (!p.country.empty() && !guessed[i]) {
        if (Contains(st.countries, p.country)) ctx += 1;
        else if (!st.countries.empty()) conflict = true;
      }
      const double evidence = ctx;  // what the document shares with the person
      if (day >= 0 && st.last_day >= 0 && std::abs(day - st.last_day) <= 30) ctx += 0.5;
      // namesakes: the same name with another country and nothing else in common
      if (conflict && together == 0 && orgs == 0 &&
          (office_norm.empty() || !Contains(st.offices, office_norm)))
        continue;
      if (variant && together + orgs == 0) continue;
      double score = (rel == NameRelation::kFull ? 10 : 3) + ctx +
                     std::min<double>(people[c].documents, 20) * 0.01;
      if (rel == NameRelation::kSurname) {
        ++surname_candidates;
        if (evidence < 0.5) score -= 2;  // a surname alone with nothing else: weaker
      }
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(c);
      }
    }
    // A surname alone shared by several persons needs context to choose.
    // Unresolved, it joins the person known by that surname alone (one per surname, so that
    // "Johnson" written alone a thousand times is not a thousand people).
    if (best >= 0 && !name.full() && surname_candidates > 1 && best_score < 3) best = surname_only;
    // Within the document first: a surname alone that the analysis kept apart from the one person
    // of this document written in full with that surname is that person.
    if (!name.full()) {
      int here = -1;
      for (size_t j = 0; j < ps.size(); ++j) {
        if (resolved[j] < 0 || !parsed[j].full() ||
            world::RelateNames(name, parsed[j]) != NameRelation::kSurname)
          continue;
        if (here >= 0 && here != resolved[j]) {
          here = -2;
          break;
        }
        here = resolved[j];
      }
      if (here >= 0) best = here;
    }
    uint32_t idx;
    if (best < 0) {
      idx = NewPerson(*this, doc.id, p.name);
      // found at once by the document's other writings of the name that the analysis kept apart
      // ("Pierre Thomas Placed on Injured Reserve" in a headline, then "Pierre Thomas")
      if (!name.surname.empty()) {
        person_state[idx].names.push_back(name);
        for (const std::string& k : IndexKeys(name)) by_surname[k].push_back(idx);
      }
    } else {
      idx = static_cast<uint32_t>(best);
    }
    resolved[i] = static_cast<int>(idx);
    (*local)[i] = idx;
    if (name.full()) taken_full.emplace_back(idx, &parsed[i]);
  }

  // Record what the document says of each person.
  const uint32_t doc_number = docs.Number(doc.id);
  std::vector<uint32_t> seen;
  for (size_t i = 0; i < ps.size(); ++i) {
    const Person& p = ps[i];
    const uint32_t idx = (*local)[i];
    world::PersonRecord& wp = people[idx];
    PersonState& st = person_state[idx];
    const PersonName& name = parsed[i];
    const bool first_in_doc = std::find(seen.begin(), seen.end(), idx) == seen.end();
    if (first_in_doc) {
      seen.push_back(idx);
      ++wp.documents;
    }
    bool known = false;
    for (const PersonName& n : st.names)
      known = known || (n.given == name.given && n.surname == name.surname);
    if (!known && st.names.size() < world::kMaxNameForms) {
      st.names.push_back(name);
      for (const std::string& k : IndexKeys(name)) {
        auto& list = by_surname[k];
        if (std::find(list.begin(), list.end(), idx) == list.end()) list.push_back(idx);
      }
    }
    const std::string display = from_table[i] ? name.display : world::ParseName(p.name).display;
    if (!display.empty()) {
      auto it = st.display_counts.find(display);
      if (it != st.display_counts.end()) ++it->second;
      else if (st.display_counts.size() < world::kMaxNameForms) st.display_counts.emplace(display, 1);
    }
    for (const Mention& m : p.mentions) {
      // the alias is the name as written, without titles or a possessive
      std::string alias = world::ParseName(m.text).display;
      if (alias.empty()) alias = m.text;
      CountMention(idx, doc_number, m.text, m.start, m.end, alias);
    }
    // offices
    std::string country = p.country;
    if (!p.office.empty()) {
      const std::string norm = p.office_normalized.empty() ? p.office : p.office_normalized;
      const std::string lower = ascii::Lower(norm);
      auto same_office = [&](const world::OfficeRecord& o) {
        return ascii::Lower(o.office_normalized) == lower;
      };
      if (country.empty()) {
        // no country: the one this person's office has elsewhere, when there is one
        int n = 0;
        std::string known;
        for (const world::OfficeRecord& o : wp.offices)
          if (same_office(o) && !o.country.empty()) ++n, known = o.country;
        if (n == 1) country = known;
      } else if (guessed[i]) {
        // a guessed country gives way to the one other documents state for this person's office,
        // else to the one country stated for the person
        std::string stated;
        for (const world::OfficeRecord& o : wp.offices)
          if (same_office(o) && Contains(st.countries, o.country)) {
            stated = o.country;
            break;
          }
        if (stated.empty() && st.countries.size() == 1) stated = st.countries.front();
        if (!stated.empty()) country = stated;
      } else if (!country.empty()) {
        // a stated country corrects this office recorded before under guessed countries only
        // (which never join the person's stated countries)
        for (size_t k = 0; k < wp.offices.size();) {
          world::OfficeRecord& o = wp.offices[k];
          if (!same_office(o) || o.country == country || o.country.empty() ||
              Contains(st.countries, o.country)) {
            ++k;
            continue;
          }
          size_t into = 0;
          while (into < wp.offices.size() &&
                 !(same_office(wp.offices[into]) && wp.offices[into].country == country))
            ++into;
          if (into == wp.offices.size()) {
            o.country = country;
            ++k;
            continue;
          }
          world::OfficeRecord& t = wp.offices[into];
          for (const uint32_t d : o.documents)
            if (std::find(t.documents.begin(), t.documents.end(), d) == t.documents.end() &&
                t.documents.size() < world::kMaxOfficeDocs)
              t.documents.push_back(d);
          if (!o.first.empty() && (t.first.empty() || o.first < t.first)) t.first = o.first;
          if (o.last > t.last) t.last = o.last;
          for (const auto& [w, c] : st.office_wordings[k])
            for (uint32_t n = 0; n < c; ++n) Bump(st.office_wordings[into], w, world::kMaxAliases);
          wp.offices.erase(wp.offices.begin() + static_cast<long>(k));
          st.office_wordings.erase(st.office_wordings.begin() + static_cast<long>(k));
        }
      }
      size_t k = 0;
      for (; k < wp.offices.size(); ++k)
        if (same_office(wp.offices[k]) && wp.offices[k].country == country) break;
      if (k == wp.offices.size()) {
        world::OfficeRecord o;
        o.office = p.office;
        o.office_normalized = norm;
        o.country = country;
        wp.offices.push_back(std::move(o));
        st.office_wordings.emplace_back();
      }
      world::OfficeRecord& o = wp.offices[k];
      Bump(st.office_wordings[k], p.office, world::kMaxAliases);
      uint32_t best_count = 0;
      for (const auto& [w, c] : st.office_wordings[k])
        if (c > best_count) best_count = c, o.office = w;
      if (!published.empty()) {
        if (o.first.empty() || published < o.first) o.first = published;
        if (o.last.empty() || published > o.last) o.last = published;
      }
      if ((o.documents.empty() || o.documents.back() != doc_number) &&
          o.documents.size() < world::kMaxOfficeDocs)
        o.documents.push_back(doc_number);
      if (!Contains(st.offices, lower) && st.offices.size() < world::kMaxContext) st.offices.push_back(lower);
    }
    if (!p.country.empty() && !guessed[i] && !Contains(st.countries, p.country) &&
        st.countries.size() < world::kMaxContext)
      st.countries.push_back(p.country);
    if (day >= 0) st.last_day = std::max(st.last_day, day);
  }
  // Context for later documents: people and organisations named together.
  for (uint32_t a : seen) {
    PersonState& st = person_state[a];
    for (uint32_t b : seen)
      if (a != b) Bump(st.co_people, b, world::kMaxContext);
    for (const std::string& o : doc_orgs) Bump(st.orgs, o, world::kMaxContext);
    // the display name and alias order
    world::PersonRecord& wp = people[a];
    std::string best;
    uint32_t best_count = 0;
    for (const auto& [d, c] : st.display_counts)
      if (best.empty() || BetterDisplay(d, c, best, best_count)) best = d, best_count = c;
    if (!best.empty()) wp.name = best;
    std::stable_sort(wp.aliases.begin(), wp.aliases.end(), [](const PersonAlias& x, const PersonAlias& y) {
      return x.count != y.count ? x.count > y.count : x.name < y.name;
    });
    for (uint32_t k = 0; k < wp.aliases.size(); ++k) st.alias_at[wp.aliases[k].name] = k;
  }
  // Nicknames become name forms of their person, so that later writings of them are found.
  for (const auto& [i, nick] : Nicknames(doc.text, ps)) {
    PersonName n = world::ParseName(nick);
    if (!n.full()) continue;
    const uint32_t idx = (*local)[i];
    PersonState& st = person_state[idx];
    bool known = false;
    for (const PersonName& f : st.names)
      known = known || (f.given == n.given && f.surname == n.surname);
    if (known || st.names.size() >= world::kMaxNameForms) continue;
    st.names.push_back(n);
    for (const std::string& k : IndexKeys(n)) {
      auto& list = by_surname[k];
      if (std::find(list.begin(), list.end(), idx) == list.end()) list.push_back(idx);
    }
  }
  std::vector<std::pair<std::string_view, uint32_t>> listed;
  for (size_t i = 0; i < ps.size(); ++i) listed.emplace_back(ps[i].name, (*local)[i]);
  docs.SetPeople(doc.id, listed);
  *guessed_out = guessed;
}

}  // namespace newsgraph
