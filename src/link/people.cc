// One person across documents: each document's people (already grouped within the document by
// the analysis) are resolved to world persons by name (variants, initials, short forms, surnames
// alone) and context (offices, countries, people and organisations named together, time).
#include <algorithm>

#include "analyze/internal.h"
#include "core/ascii.h"
#include "link/world_state.h"

namespace newsgraph {
namespace {

using world::CompareNames;
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

// The keys a name is found under: its surname's consonant key, and for a writing of three words
// or more also its second word's (the surname of a name written with words after it).
std::vector<std::string> IndexKeys(const PersonName& n) {
  std::vector<std::string> keys;
  if (n.surname.empty()) return keys;
  keys.push_back(world::ConsonantKey(n.surname));
  if (n.parts() >= 3) {
    std::string k = world::ConsonantKey(world::Parts(n)[1]);
    if (k != keys[0]) keys.push_back(k);
  }
  return keys;
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

void World::Impl::AddPeople(const LinkDocument& doc, std::vector<uint32_t>* local) {
  const std::vector<Person>& ps = doc.analysis.people;
  const long day = world::DayOf(doc.published.empty() ? doc.analysis.published : doc.published);
  const std::string published = day >= 0 ? (doc.published.empty() ? doc.analysis.published : doc.published).substr(0, 10) : "";
  local->assign(ps.size(), 0);
  std::vector<PersonName> parsed(ps.size());
  std::vector<bool> from_table(ps.size(), false);
  std::vector<size_t> order;
  for (size_t i = 0; i < ps.size(); ++i) {
    parsed[i] = world::ParseName(ps[i].name);
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
  std::vector<int> resolved(ps.size(), -1);
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
      bool has_full = false, same_length = false;
      for (const PersonName& n : st.names) {
        has_full = has_full || n.full();
        NameRelation r = world::RelateNames(name, n);
        if (r == NameRelation::kFull) {
          rel = r;
          same_length = same_length || n.parts() == name.parts();
        } else if (r == NameRelation::kSurname && rel == NameRelation::kDifferent) {
          rel = r;
        }
      }
      // a full name meets a person known by full names only through a full match
      if (name.full() && has_full && rel != NameRelation::kFull) continue;
      if (rel == NameRelation::kDifferent) continue;
      // two people of one document written in full alike are two people (the analysis kept
      // them apart); a longer writing of the same name is not
      bool apart = false;
      for (const auto& [t, tn] : taken_full)
        apart = apart || (t == c && name.full() && rel == NameRelation::kFull && same_length &&
                          (tn->given != name.given || tn->surname != name.surname));
      if (apart) continue;
      // context
      double ctx = 0;
      bool conflict = false;
      int together = 0;
      for (size_t j = 0; j < ps.size(); ++j) {
        if (resolved[j] < 0 || static_cast<uint32_t>(resolved[j]) == c) continue;
        if (st.co_people.count(static_cast<uint32_t>(resolved[j]))) ++together;
      }
      ctx += std::min(together, 3);
      int orgs = 0;
      for (const std::string& o : doc_orgs)
        if (st.orgs.count(o)) ++orgs;
      ctx += std::min(orgs, 2) * 0.5;
      if (!office_norm.empty() && Contains(st.offices, office_norm)) ctx += 2;
      if (!p.country.empty() && !p.country_inferred) {
        if (Contains(st.countries, p.country)) ctx += 1;
        else if (!st.countries.empty()) conflict = true;
      }
      const double evidence = ctx;  // what the document shares with the person
      if (day >= 0 && st.last_day >= 0 && std::abs(day - st.last_day) <= 30) ctx += 0.5;
      // namesakes: the same name with another country and nothing else in common
      if (conflict && together == 0 && orgs == 0 &&
          (office_norm.empty() || !Contains(st.offices, office_norm)))
        continue;
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
    uint32_t idx;
    if (best < 0) {
      idx = static_cast<uint32_t>(people.size());
      WorldPerson wp;
      std::string key = doc.id + '\x1f' + p.name;
      wp.id = world::MakeId('P', key);
      for (int salt = 1; person_ids.count(wp.id); ++salt)
        wp.id = world::MakeId('P', key + '\x1f' + std::to_string(salt));
      person_ids.emplace(wp.id, idx);
      people.push_back(std::move(wp));
      person_state.emplace_back();
      office_claims.emplace_back();

    } else {
      idx = static_cast<uint32_t>(best);
    }
    resolved[i] = static_cast<int>(idx);
    (*local)[i] = idx;
    if (name.full()) taken_full.emplace_back(idx, &parsed[i]);
  }

  // Record what the document says of each person.
  std::vector<uint32_t> seen;
  for (size_t i = 0; i < ps.size(); ++i) {
    const Person& p = ps[i];
    const uint32_t idx = (*local)[i];
    WorldPerson& wp = people[idx];
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
      ++st.mentions_seen;
      if (wp.mentions.size() < options.max_mentions_per_person)
        wp.mentions.push_back({doc.id, m.text, m.start, m.end});
      // the alias is the name as written, without titles or a possessive
      std::string alias = world::ParseName(m.text).display;
      if (alias.empty()) alias = m.text;
      auto a = st.alias_at.find(alias);
      if (a != st.alias_at.end()) {
        ++wp.aliases[a->second].count;
      } else if (wp.aliases.size() < world::kMaxAliases) {
        st.alias_at.emplace(alias, static_cast<uint32_t>(wp.aliases.size()));
        wp.aliases.push_back({alias, 1});
      }
    }
    // offices
    if (!p.office.empty()) {
      const std::string norm = p.office_normalized.empty() ? p.office : p.office_normalized;
      const std::string lower = ascii::Lower(norm);
      size_t k = 0;
      for (; k < wp.offices.size(); ++k)
        if (ascii::Lower(wp.offices[k].office_normalized) == lower && wp.offices[k].country == p.country) break;
      if (k == wp.offices.size()) {
        PersonOffice o;
        o.office = p.office;
        o.office_normalized = norm;
        o.country = p.country;
        wp.offices.push_back(std::move(o));
        st.office_wordings.emplace_back();
      }
      PersonOffice& o = wp.offices[k];
      Bump(st.office_wordings[k], p.office, world::kMaxAliases);
      uint32_t best_count = 0;
      for (const auto& [w, c] : st.office_wordings[k])
        if (c > best_count) best_count = c, o.office = w;
      if (!published.empty()) {
        if (o.first.empty() || published < o.first) o.first = published;
        if (o.last.empty() || published > o.last) o.last = published;
      }
      if ((o.documents.empty() || o.documents.back() != doc.id) && o.documents.size() < world::kMaxOfficeDocs)
        o.documents.push_back(doc.id);
      if (!Contains(st.offices, lower) && st.offices.size() < world::kMaxContext) st.offices.push_back(lower);
    }
    if (!p.country.empty() && !p.country_inferred && !Contains(st.countries, p.country) &&
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
    WorldPerson& wp = people[a];
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
  DocInfo& info = docs[doc.id];
  info.people.clear();
  for (size_t i = 0; i < ps.size(); ++i) info.people.emplace_back(ps[i].name, (*local)[i]);
}

namespace {

struct Word {
  uint32_t start, end;
  bool cap;         // capitalised or all capitals
  bool title;       // a title or honorific ("President", "Mr.")
  bool org;         // an organisation word ("Clinic", "Department")
  bool break_after; // punctuation other than a dot of an initial follows
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!letter) {
      if (!out.empty() && c != ' ' && c != '.' && c != '-') out.back().break_after = true;
      if (!out.empty() && c == '\n') out.back().break_after = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[j]);
      bool part = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d >= 0x80 ||
                  ((d == '\'' || d == '-') && j + 1 < text.size() &&
                   std::isalpha(static_cast<unsigned char>(text[j + 1])));
      if (!part) break;
      ++j;
    }
    Word w{static_cast<uint32_t>(i), static_cast<uint32_t>(j), false, false, false, false};
    w.cap = c >= 'A' && c <= 'Z';
    std::string l = ascii::Lower(text.substr(i, j - i));
    w.title = analyze::IsTitleHead(l) || analyze::IsHonorific(l);
    w.org = analyze::IsOrganisationWord(l);
    out.push_back(w);
    i = j;
  }
  return out;
}

}  // namespace

void World::Impl::RecoverMentions(const LinkDocument& doc, const std::vector<uint32_t>& local) {
  const std::string_view text = doc.text;
  if (text.size() > (4u << 20)) return;
  // spans the analysis already gave a person
  std::vector<std::pair<uint32_t, uint32_t>> taken;
  for (const Person& p : doc.analysis.people)
    for (const Mention& m : p.mentions) taken.emplace_back(m.start, m.end);
  auto overlaps = [&](uint32_t s, uint32_t e) {
    for (const auto& [a, b] : taken)
      if (a < e && s < b) return true;
    return false;
  };
  std::vector<uint32_t> present(local.begin(), local.end());
  std::vector<Word> words = Words(text);
  DocInfo& info = docs[doc.id];
  auto record = [&](uint32_t idx, uint32_t s, uint32_t e) {
    std::string written(text.substr(s, e - s));
    WorldPerson& wp = people[idx];
    PersonState& st = person_state[idx];
    ++st.mentions_seen;
    if (wp.mentions.size() < options.max_mentions_per_person) wp.mentions.push_back({doc.id, written, s, e});
    auto a = st.alias_at.find(written);
    if (a != st.alias_at.end()) {
      ++wp.aliases[a->second].count;
    } else if (wp.aliases.size() < world::kMaxAliases) {
      st.alias_at.emplace(written, static_cast<uint32_t>(wp.aliases.size()));
      wp.aliases.push_back({written, 1});
    }
    bool listed = false;
    for (const auto& [n, i] : info.people) listed = listed || (n == written && i == idx);
    if (!listed) info.people.emplace_back(written, idx);
    if (std::find(present.begin(), present.end(), idx) == present.end()) {
      present.push_back(idx);
      ++wp.documents;
    }
    taken.emplace_back(s, e);
  };
  // Pass 1: full names (two or three words) of known persons.
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].cap) continue;
    for (size_t n = 3; n >= 2; --n) {
      if (i + n > words.size()) continue;
      bool ok = true;
      for (size_t k = i; k < i + n; ++k) {
        ok = ok && words[k].cap && !words[k].title && !words[k].org;
        if (k + 1 < i + n) ok = ok && !words[k].break_after;
      }
      // not the start of a longer name or an organisation ("Betty Ford Clinic")
      if (ok && i + n < words.size() && !words[i + n - 1].break_after && words[i + n].org) ok = false;
      if (!ok) continue;
      const uint32_t s = words[i].start, e = words[i + n - 1].end;
      if (overlaps(s, e)) continue;
      PersonName name = world::ParseName(text.substr(s, e - s));
      if (!name.full() || name.parts() != n) continue;
      auto it = by_surname.find(world::ConsonantKey(name.surname));
      if (it == by_surname.end()) continue;
      int found = -1;
      bool ambiguous = false;
      for (uint32_t c : it->second) {
        bool match = false;
        for (const PersonName& pn : person_state[c].names)
          match = match || (pn.full() && CompareNames(name, pn) == NameRelation::kFull &&
                            pn.given.front().size() > 1 && name.given.front().size() > 1);
        if (!match) continue;
        if (found >= 0 && found != static_cast<int>(c)) ambiguous = true;
        found = static_cast<int>(c);
      }
      if (found < 0 || ambiguous) continue;
      record(static_cast<uint32_t>(found), s, e);
      i += n - 1;
      break;
    }
  }
  // Pass 1b: a full name with a nickname in quotes between ("Vincent 'The Chin' Gigante").
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!words[i].cap || words[i].title) continue;
    size_t q = words[i].end;
    while (q < text.size() && text[q] == ' ') ++q;
    if (q >= text.size() || (text[q] != '\'' && text[q] != '"')) continue;
    const char quote = text[q];
    size_t close = text.find(quote, q + 1);
    if (close == std::string_view::npos || close - q > 40) continue;
    size_t j = i + 1;
    while (j < words.size() && words[j].start < close) ++j;
    if (j >= words.size() || !words[j].cap || j - i > 4) continue;
    const uint32_t s = words[i].start, e = words[j].end;
    if (overlaps(s, e)) continue;
    std::string plain = std::string(text.substr(words[i].start, words[i].end - words[i].start)) + " " +
                        std::string(text.substr(words[j].start, words[j].end - words[j].start));
    PersonName name = world::ParseName(plain);
    if (!name.full()) continue;
    auto it = by_surname.find(world::ConsonantKey(name.surname));
    if (it == by_surname.end()) continue;
    int found = -1;
    bool ambiguous = false;
    for (uint32_t c : it->second) {
      bool match = false;
      for (const PersonName& pn : person_state[c].names)
        match = match || (pn.full() && CompareNames(name, pn) == NameRelation::kFull);
      if (!match) continue;
      if (found >= 0 && found != static_cast<int>(c)) ambiguous = true;
      found = static_cast<int>(c);
    }
    if (found >= 0 && !ambiguous) record(static_cast<uint32_t>(found), s, e);
  }
  // Pass 2: surnames of the persons the document names, when only one of them has that surname;
  // else of the one person known by that surname from at least two documents who shares a person
  // or an organisation with this document.
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].cap || words[i].title || words[i].org) continue;
    if (overlaps(words[i].start, words[i].end)) continue;
    // a surname alone: not the end of a longer name (a capitalised word before it, unless a title
    // or a headline in capitals), nor, for persons the document does not name, followed by one
    const std::string_view w = text.substr(words[i].start, words[i].end - words[i].start);
    const bool caps = w.size() > 1 && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (i > 0 && words[i - 1].cap && !words[i - 1].break_after && !words[i - 1].title && !caps) continue;
    const bool followed = i + 1 < words.size() && words[i + 1].cap && !words[i].break_after;
    std::string sk = world::Skeleton(text.substr(words[i].start, words[i].end - words[i].start));
    if (sk.size() < 3) continue;
    int found = -1;
    bool ambiguous = false;
    for (uint32_t c : present) {
      bool match = false;
      for (const PersonName& pn : person_state[c].names) match = match || (pn.full() && pn.surname == sk);
      if (!match) continue;
      if (found >= 0 && found != static_cast<int>(c)) ambiguous = true;
      found = static_cast<int>(c);
    }
    if (ambiguous) continue;
    if (found < 0 && followed) continue;
    if (found < 0) {
      // a surname of one person known from at least two other documents who shares a person or
      // an organisation with this document (the only such person)
      auto it = by_surname.find(world::ConsonantKey(sk));
      if (it == by_surname.end()) continue;
      for (uint32_t c : it->second) {
        const PersonState& st = person_state[c];
        bool match = false;
        for (const PersonName& pn : st.names) match = match || pn.surname == sk;
        if (!match || people[c].documents < 2) continue;
        bool shared = false;
        for (uint32_t p : present) shared = shared || st.co_people.count(p) > 0;
        for (const NamedThing& o : doc.analysis.organizations)
          shared = shared || st.orgs.count(ascii::Lower(o.name)) > 0;
        if (!shared) continue;
        if (found >= 0 && found != static_cast<int>(c)) ambiguous = true;
        found = static_cast<int>(c);
      }
      if (found < 0 || ambiguous) continue;
    }
    record(static_cast<uint32_t>(found), words[i].start, words[i].end);
  }
}

}  // namespace newsgraph
