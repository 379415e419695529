// People across documents, second half: mentions of known people that the analysis missed
// (surnames in headlines, possessives, given names alone) and persons it missed altogether (a
// full name whose surname the document writes alone again), added to the document's people;
// and the spans nobody matched, kept so that a later document teaching the name (a nickname, a
// surname becoming known) finds them too, whatever the order the documents come in.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "analyze/internal.h"
#include "core/ascii.h"
#include "link/people_text.h"
#include "link/world_state.h"

namespace newsgraph {

using world::CompareNames;
using world::IndexKeys;
using world::IsAsciiLetter;
using world::NameRelation;
using world::NewPerson;
using world::PersonName;
using world::PersonState;
using world::QuoteAt;
using world::QuotedName;

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
    // capitalised: A-Z, or a Latin-1 capital in UTF-8 (À-Þ but ×: "Émile", "Özil")
    const unsigned char c2 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    w.cap = (c >= 'A' && c <= 'Z') || (c == 0xC3 && c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97);
    std::string l = ascii::Lower(text.substr(i, j - i));
    w.title = analyze::IsTitleHead(l) || analyze::IsHonorific(l);
    w.org = analyze::IsOrganisationWord(l);
    out.push_back(w);
    i = j;
  }
  return out;
}

// Whether word i stands among words mostly capitalised, as in a headline written in title case:
// of the words of four letters or more on its line within four words either side, at least three
// and three in four are capitalised.
bool TitleCaseAround(std::string_view text, const std::vector<Word>& words, size_t i) {
  auto same_line = [&](size_t a, size_t b) {
    const size_t lo = std::min(words[a].start, words[b].start),
                 hi = std::max(words[a].start, words[b].start);
    return text.substr(lo, hi - lo).find('\n') == std::string_view::npos;
  };
  int cap = 0, all = 0;
  for (size_t j = i >= 4 ? i - 4 : 0; j < words.size() && j <= i + 4; ++j) {
    if (j == i || words[j].end - words[j].start < 4 || !same_line(i, j)) continue;
    ++all;
    if (words[j].cap) ++cap;
  }
  return cap >= 3 && cap * 4 >= all * 3;
}

// Whether the text at `pos` starts a sentence or a line (after a full stop, quote or bracket).
bool SentenceStart(std::string_view text, size_t pos) {
  size_t k = pos;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '\'' ||
                   text[k - 1] == '(' || text[k - 1] == '`'))
    --k;
  if (k == 0) return true;
  const char c = text[k - 1];
  // a closing quote written in UTF-8 ends in a continuation byte
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' ||
         (static_cast<unsigned char>(c) & 0xC0) == 0x80;
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
  std::vector<std::string> doc_orgs;
  for (const NamedThing& o : doc.analysis.organizations) doc_orgs.push_back(ascii::Lower(o.name));
  std::vector<world::PendingSpan> own;  // capitalised words alone no person matched (Pass 2)
  auto the_one_named = [&](const PersonName& name, bool no_initials) {
    return OneNamed(name, no_initials);
  };
  auto record = [&](uint32_t idx, uint32_t s, uint32_t e) {
    AddMention(doc.id, idx, s, e, std::string(text.substr(s, e - s)));
    if (std::find(present.begin(), present.end(), idx) == present.end()) present.push_back(idx);
    taken.emplace_back(s, e);
  };
  // Words i..i+n-1 may be a full name: capitalised, no title or organisation word among them, no
  // punctuation between them, and not the start of an organisation ("Betty Ford Clinic").
  auto name_words = [&](size_t i, size_t n) {
    for (size_t k = i; k < i + n; ++k) {
      if (!words[k].cap || words[k].title || words[k].org) return false;
      if (k + 1 < i + n && words[k].break_after) return false;
    }
    return !(i + n < words.size() && !words[i + n - 1].break_after && words[i + n].org);
  };
  // Pass 1: full names (two or three words) of known persons.
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].cap) continue;
    for (size_t n = 3; n >= 2; --n) {
      if (i + n > words.size()) continue;
      if (!name_words(i, n)) continue;
      const uint32_t s = words[i].start, e = words[i + n - 1].end;
      if (overlaps(s, e)) continue;
      PersonName name = world::ParseName(text.substr(s, e - s));
      if (!name.full() || name.parts() != n) continue;
      const int found = the_one_named(name, /*no_initials=*/true);
      if (found < 0) continue;
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
    const int found = the_one_named(name, /*no_initials=*/false);
    if (found >= 0) record(static_cast<uint32_t>(found), s, e);
  }
  auto word_text = [&](size_t k) {
    return text.substr(words[k].start, words[k].end - words[k].start);
  };
  // the words the document writes in lower case, and where it writes each capitalised word
  // (a line holding a web address, "http://news.example.com/2013/05/lohan-checks-into-rehab",
  // writes names in lower case as words of its path: no sign that they are words)
  std::unordered_set<std::string_view> lower_words;
  std::unordered_map<std::string_view, std::vector<uint32_t>> cap_at;
  size_t address_end = 0;  // the end of the line of the current word when it holds an address
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view v = word_text(k);
    if (words[k].cap) {
      cap_at[v].push_back(static_cast<uint32_t>(k));
      continue;
    }
    if (words[k].start >= address_end && (v == "http" || v == "https" || v == "www")) {
      const size_t line_end = text.find('\n', words[k].start);
      address_end = line_end == std::string_view::npos ? text.size() : line_end;
    }
    if (words[k].start < address_end) continue;
    lower_words.insert(v);
    if (v.size() > 2 && v.ends_with("'s")) lower_words.insert(v.substr(0, v.size() - 2));
  }
  auto written_in_lower_case = [&](std::string_view lower) { return lower_words.count(lower) > 0; };
  // a word in capitals ("RB", "GM")
  auto abbreviation = [&](size_t k) {
    const std::string_view v = word_text(k);
    return v.size() >= 2 &&
           std::none_of(v.begin(), v.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  };
  // how often the surname (word j) is written alone as a surname is; none when, ending in "s", it
  // is written after "the" ("the Colts", "the Smiths": a team, a band, a family)
  auto alone_count = [&](size_t j) {
    const std::string_view surname = word_text(j);
    int alone = 0;
    for (uint32_t k : cap_at[surname])
      if (k > 0 && surname.back() == 's' && ascii::Lower(word_text(k - 1)) == "the") return 0;
    for (uint32_t k : cap_at[surname]) {
      if (k == j || overlaps(words[k].start, words[k].end)) continue;
      // first in its sentence ("Felt died at his home") is fine; after a capitalised word is not
      if (TitleCaseAround(text, words, k)) continue;
      if (k > 0 && words[k - 1].cap && !words[k - 1].break_after && !abbreviation(k - 1) &&
          !SentenceStart(text, words[k].start))
        continue;
      if (k + 1 < words.size() && words[k + 1].cap && !words[k].break_after) continue;
      if (k > 0) {
        const std::string before = ascii::Lower(word_text(k - 1));
        if (before == "the" || before == "a" || before == "an" || before == "in" ||
            before == "at" || before == "of" || before == "near")
          continue;
      }
      ++alone;
    }
    return alone;
  };
  // Pass 1c: a person the analysis missed and nobody is known by: a name of two capitalised words
  // ("running back Reggie Bush (knee)") whose second word the document also writes alone, twice at
  // least, as a surname is written ("place Bush on Injured Reserve"): mid-sentence, not after a
  // capitalised word, an article ("the Colts" is a team) or a preposition of place ("in
  // Manhattan"). A name of two words is not first in its sentence; no word of it is a title, an
  // organisation, place or common word; its given names are never written in lower case in the
  // document. A name with a nickname in quotes between ("Vincent "The Chin" Gigante") needs its
  // surname alone once.
  {
    auto plain_word = [&](size_t k, bool surname = false) {
      const std::string_view v = text.substr(words[k].start, words[k].end - words[k].start);
      if (v.size() < 2 || !words[k].cap || words[k].title || words[k].org) return false;
      if (std::none_of(v.begin() + 1, v.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
        return false;
      for (char ch : v)
        if (!IsAsciiLetter(ch) && ch != '-' && ch != '\'' && static_cast<unsigned char>(ch) < 0x80)
          return false;
      const std::string l = ascii::Lower(v);
      return !analyze::IsFunctionWord(l) && !analyze::IsCommonCapitalised(l) &&
             !analyze::IsPlaceWord(l) && analyze::CountryOfName(l).empty() &&
             analyze::CountryOfDemonym(l).empty() && !analyze::IsRoleNoun(l) &&
             !analyze::IsHonorific(l) && !analyze::IsWeekday(l) && analyze::MonthIndex(l) == 0 &&
             (surname || !written_in_lower_case(l));
    };
    // an initial of a name ("C." of "Frederick C. LaRue")
    auto initial = [&](size_t k) {
      return words[k].end - words[k].start == 1 && words[k].cap && words[k].end < text.size() &&
             text[words[k].end] == '.';
    };
    auto gap = [&](size_t k) {
      return text.substr(words[k].end, words[k + 1].start - words[k].end);
    };
    // words i..j written again elsewhere in the text, a whole word sequence no mention holds;
    // `alone`: not after the word before word i
    auto written_again = [&](size_t i, size_t j, bool alone) {
      const std::string_view whole = text.substr(words[i].start, words[j].end - words[i].start);
      const std::string_view before = i > 0 ? word_text(i - 1) : std::string_view();
      for (size_t at = text.find(whole); at != std::string_view::npos; at = text.find(whole, at + 1)) {
        const size_t end = at + whole.size();
        if (at == words[i].start || (at > 0 && IsAsciiLetter(text[at - 1])) ||
            (end < text.size() && IsAsciiLetter(text[end])) ||
            overlaps(static_cast<uint32_t>(at), static_cast<uint32_t>(end)))
          continue;
        size_t b = at;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (alone && !before.empty() && b >= before.size() &&
            text.substr(b - before.size(), before.size()) == before)
          continue;
        return true;
      }
      return false;
    };
    // the word before word k, in its sentence, names a person: a title ("Coach") or a person
    // noun ("sportscaster", "Moviemaker")
    auto role_before = [&](size_t k) {
      if (k == 0 || words[k - 1].break_after || gap(k - 1) != " ") return false;
      const std::string l = ascii::Lower(word_text(k - 1));
      return words[k - 1].title || analyze::IsTitleHead(l) || analyze::IsPersonNoun(l);
    };
    std::vector<uint32_t> created;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (!plain_word(i) && !initial(i)) continue;
      // the first word of the name: after no capitalised word but a title, a word in capitals
      // or a word naming a person ("Sportscaster Mike Lynch"); a capitalised word that starts the
      // sentence ("Moviemaker Gary Ross has ...") when the name is written again without it
      const bool after_cap = i > 0 && words[i - 1].cap && !words[i - 1].break_after &&
                             !words[i - 1].title && !abbreviation(i - 1) && gap(i - 1) == " " &&
                             !role_before(i);
      if (after_cap && !SentenceStart(text, words[i - 1].start)) continue;
      // the surname: the last of up to four words and initials, or the word after a nickname in
      // quotes
      size_t j = i;
      std::pair<size_t, size_t> nick{0, 0};
      if (plain_word(i) && gap(i) != " ") {
        size_t q = words[i].end;
        if (q < text.size() && text[q] == ' ') ++q;
        nick = QuotedName(text, q);
        if (nick.second == 0) continue;
        j = i + 1;
        while (j < words.size() && words[j].start < nick.second) ++j;
        size_t close = nick.second;
        while (close < text.size() &&
               (text[close] == ',' || text[close] == '.' || text[close] == ' '))
          ++close;
        const size_t after = close + QuoteAt(text, close);
        if (j >= words.size() || after == close || words[j].start != after + 1 ||
            text[after] != ' ')
          continue;
      } else {
        while (j + 1 < words.size() && j - i < 3 && gap(j) == (initial(j) ? ". " : " ") &&
               (plain_word(j + 1, true) || initial(j + 1)))
          ++j;
        // the given names are never written in lower case ("Will", "Mark" as words); the surname
        // may be ("Felt", "Bush")
        for (size_t k = i; k < j && j > i; ++k)
          if (!initial(k) && !plain_word(k)) j = i;
      }
      if (j == i || !plain_word(j, true)) continue;
      if (j + 1 < words.size() && words[j + 1].cap && !words[j].break_after && gap(j) == " ")
        continue;
      if (overlaps(words[i].start, words[j].end) || TitleCaseAround(text, words, i)) continue;
      std::string plain =
          nick.second == 0 ? std::string(text.substr(words[i].start, words[j].end - words[i].start))
                           : std::string(word_text(i)) + " " + std::string(word_text(j));
      PersonName name = world::ParseName(plain);
      if (!name.full() || name.parts() != (nick.second == 0 ? j - i + 1 : 2)) continue;
      if (std::none_of(name.given.begin(), name.given.end(),
                       [](const std::string& g) { return g.size() >= 3; }))
        continue;
      int found = -1;  // a person of that name: known (pass 1 left it, ambiguous) or just found
      bool known = false;
      if (auto it = by_surname.find(world::ConsonantKey(name.surname)); it != by_surname.end())
        for (size_t l = it->second.size() > world::kMaxCandidates
                            ? it->second.size() - world::kMaxCandidates
                            : 0;
             l < it->second.size(); ++l)
          for (const PersonName& pn : person_state[it->second[l]].names)
            if (CompareNames(name, pn) == NameRelation::kFull) {
              known = true;
              const uint32_t c = it->second[l];
              if (std::find(created.begin(), created.end(), c) != created.end())
                found = static_cast<int>(c);
            }
      if (known && found < 0) continue;
      if (found < 0) {
        // the full name of the one person of the document the analysis knew by the surname alone
        // ("family friend John D. O'Connor" beside "O'Connor said"): that person, now with a full
        // name
        int alone_person = -1;
        for (size_t k = 0; k < doc.analysis.people.size() && k < local.size(); ++k) {
          const PersonName n = world::ParseName(doc.analysis.people[k].name);
          if (n.full() || n.surname.empty() || !world::WordsMatch(n.surname, name.surname))
            continue;
          bool full_known = false;  // a person with a full name is no surname alone
          for (const PersonName& f : person_state[local[k]].names)
            full_known = full_known || f.full();
          if (full_known || (alone_person >= 0 && alone_person != static_cast<int>(local[k]))) {
            alone_person = -2;
            break;
          }
          alone_person = static_cast<int>(local[k]);
        }
        if (alone_person >= 0 && nick.second == 0) {
          found = alone_person;
          created.push_back(static_cast<uint32_t>(found));
          PersonState& st = person_state[found];
          if (st.names.size() < world::kMaxNameForms) {
            st.names.push_back(name);
            for (const std::string& k : IndexKeys(name))
              by_surname[k].push_back(static_cast<uint32_t>(found));
          }
          if (st.display_counts.size() < world::kMaxNameForms) {
            st.display_counts.emplace(name.display, 1);
            people[found].name = name.display;  // full writings first
          }
        }
      }
      if (found < 0) {
        // first in its sentence, two words may be anything ("Considering Lionsgate"); a name with
        // an initial or of three words less so ("W. Mark Felt")
        if (nick.second == 0 && SentenceStart(text, words[i].start) && j == i + 1) continue;
        // evidence that the words name a person: the surname written alone as surnames are, the
        // whole name written again (a headline and the text), a word naming a person before it
        // ("sportscaster Mike Lynch", "Moviemaker Gary Ross")
        int evidence = alone_count(j);
        if (nick.second == 0) {
          const bool again = written_again(i, j, after_cap);
          if (after_cap && !again) continue;
          evidence += again + role_before(i);
        }
        if (evidence < (nick.second == 0 ? 2 : 1)) continue;
        found = static_cast<int>(NewPerson(*this, doc.id, plain));
        created.push_back(static_cast<uint32_t>(found));
        PersonState& st = person_state[found];
        st.names.push_back(name);
        st.display_counts.emplace(name.display, 1);
        people[found].name = name.display;
        for (const std::string& k : IndexKeys(name))
          by_surname[k].push_back(static_cast<uint32_t>(found));
      }
      if (nick.second > 0) {
        PersonName n = world::ParseName(text.substr(nick.first, nick.second - nick.first));
        PersonState& st = person_state[found];
        bool has = false;
        for (const PersonName& f : st.names)
          has = has || (f.given == n.given && f.surname == n.surname);
        if (n.full() && !has && st.names.size() < world::kMaxNameForms) {
          st.names.push_back(n);
          for (const std::string& k : IndexKeys(n))
            by_surname[k].push_back(static_cast<uint32_t>(found));
        }
      }
      record(static_cast<uint32_t>(found), words[i].start, words[j].end);
      i = j;
    }
    // the other writings of the names found, wherever they are (a headline, a sentence's start)
    for (uint32_t c : created) {
      const PersonName& full = person_state[c].names.front();
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (!words[k].cap) continue;
        for (size_t e = k + 1; e < words.size() && e <= k + 3 && words[e].cap; ++e) {
          if (gap(e - 1) != (initial(e - 1) ? ". " : " ")) break;
          if (overlaps(words[k].start, words[e].end)) break;
          PersonName n =
              world::ParseName(text.substr(words[k].start, words[e].end - words[k].start));
          if (n.given != full.given || n.surname != full.surname) continue;
          record(c, words[k].start, words[e].end);
          k = e;
          break;
        }
      }
    }
  }
  // Pass 2: surnames of the persons the document names, when only one of them has that surname;
  // else of the one person known by that surname from at least two documents who shares a person
  // or an organisation with this document. A given name alone ("Jermayne fired the shot") is read
  // the same way, when it stands alone (no capitalised word around it), does not start a sentence
  // and is not a word the document also writes in lower case ("Mark", "Will").
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].cap || words[i].title || words[i].org) continue;
    if (overlaps(words[i].start, words[i].end)) continue;
    std::string_view w = text.substr(words[i].start, words[i].end - words[i].start);
    // a possessive is not part of the name ("Bush's", "Bush’s")
    if (w.size() > 3 && (w.ends_with("'s") || w.ends_with("'S")))
      w.remove_suffix(2);
    else if (w.size() > 5 && w.ends_with("\xE2\x80\x99s"))
      w.remove_suffix(4);
    const uint32_t w_end = words[i].start + static_cast<uint32_t>(w.size());
    const bool caps = w.size() > 1 && std::none_of(w.begin(), w.end(),
                                                   [](char ch) { return ch >= 'a' && ch <= 'z'; });
    // in a headline written in title case ("Obama Reverses Bush on Species Protection") the
    // capitalised words around a surname say nothing
    const bool title_case = TitleCaseAround(text, words, i);
    // a surname alone: not the end of a longer name (a capitalised word before it, unless a title
    // or a headline in capitals), nor, for persons the document does not name, followed by one
    const bool preceded =
        i > 0 && words[i - 1].cap && !words[i - 1].break_after && !words[i - 1].title &&
        !(SentenceStart(text, words[i].start) && words[i - 1].end - words[i - 1].start > 1);
    if (preceded && !caps && !title_case) continue;
    const bool followed = i + 1 < words.size() && words[i + 1].cap && !words[i].break_after;
    std::string sk = world::Skeleton(w);
    if (sk.size() < 3) continue;
    // a given name alone: standing alone in running text, not first in its sentence, never written
    // in lower case in the document, not a place
    const std::string lower = ascii::Lower(w);
    const bool given_ok = !caps && !title_case && !preceded && !followed &&
                          !written_in_lower_case(lower) && !analyze::IsPlaceWord(lower) &&
                          analyze::CountryOfName(lower).empty() &&
                          !analyze::IsFunctionWord(lower) && !analyze::IsCommonCapitalised(lower) &&
                          !analyze::IsRoleNoun(lower);
    // of a person the document does not name, a given name alone must not start a sentence
    const bool given_elsewhere_ok = given_ok && !SentenceStart(text, words[i].start);
    auto names_it = [&](const PersonState& st) {
      for (const PersonName& pn : st.names) {
        if (!pn.full()) continue;
        if (pn.surname == sk) return true;
        if (given_ok && pn.full() && pn.given.front() == sk) return true;
      }
      return false;
    };
    int found = -1;
    bool ambiguous = false;
    for (uint32_t c : present) {
      if (!names_it(person_state[c])) continue;
      if (found >= 0 && found != static_cast<int>(c)) ambiguous = true;
      found = static_cast<int>(c);
    }
    if (ambiguous) continue;
    if (found < 0 && followed && !title_case) continue;
    if (found < 0) {
      // a name of one person known from at least two other documents who shares a person or
      // an organisation with this document (the only such person)
      found = OneKnownAlone(sk, given_elsewhere_ok, present, doc_orgs);
      if (found == -1 && own.size() < world::kMaxPendingPerDoc && !caps &&
          !analyze::IsFunctionWord(lower) && !analyze::IsCommonCapitalised(lower) &&
          !analyze::IsWeekday(lower) && analyze::MonthIndex(lower) == 0) {
        // nobody yet: a later document may make the word a surname (or given name) known
        world::PendingSpan p;
        p.doc = doc.id;
        p.start = words[i].start;
        p.end = w_end;
        p.written = std::string(w);
        p.name.surname = sk;
        p.key = world::ConsonantKey(sk);
        p.given_ok = given_elsewhere_ok;
        own.push_back(std::move(p));
      }
      if (found < 0) continue;
    }
    record(static_cast<uint32_t>(found), words[i].start, w_end);
  }
  // Full names of two or three capitalised words that nobody known is named (Pass 1's spans
  // that no pass gave a person): a later document may teach the name.
  std::vector<world::PendingSpan> full;
  for (size_t i = 0; i < words.size() && full.size() < world::kMaxPendingPerDoc; ++i) {
    if (!words[i].cap) continue;
    for (size_t n = 3; n >= 2; --n) {
      if (i + n > words.size()) continue;
      if (!name_words(i, n)) continue;
      const uint32_t s = words[i].start, e = words[i + n - 1].end;
      if (overlaps(s, e) || full.size() >= world::kMaxPendingPerDoc) continue;
      // (parsed when a name of its key is first learnt; an initial first is no full name here)
      if (words[i].end - words[i].start < 2) continue;
      std::string_view last = word_text(i + n - 1);
      if (last.size() > 3 && (last.ends_with("'s") || last.ends_with("'S"))) last.remove_suffix(2);
      const std::string sk = world::Skeleton(last);
      if (sk.size() < 2) continue;
      world::PendingSpan p;
      p.key = world::ConsonantKey(sk);
      p.words = static_cast<uint8_t>(n);
      p.doc = doc.id;
      p.start = s;
      p.end = e;
      p.written = std::string(text.substr(s, e - s));
      full.push_back(std::move(p));
    }
  }
  // full names first (a name written twice in the document is kept twice)
  own.resize(std::min(own.size(), world::kMaxPendingPerDoc - full.size()));
  full.insert(full.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
  ResolvePending(doc, std::move(full), std::move(doc_orgs));
}

int World::Impl::OneNamed(const PersonName& name, bool no_initials) const {
  auto it = by_surname.find(world::ConsonantKey(name.surname));
  if (it == by_surname.end()) return -1;
  int found = -1;
  for (uint32_t c : it->second) {
    bool match = false;
    for (const PersonName& pn : person_state[c].names)
      match = match || (pn.full() && CompareNames(name, pn) == NameRelation::kFull &&
                        (!no_initials || (pn.given.front().size() > 1 && name.given.front().size() > 1)));
    if (!match) continue;
    if (found >= 0 && found != static_cast<int>(c)) return -1;
    found = static_cast<int>(c);
  }
  return found;
}

int World::Impl::OneKnownAlone(const std::string& sk, bool given_ok,
                               const std::vector<uint32_t>& present,
                               const std::vector<std::string>& orgs) const {
  std::vector<uint32_t> cands;
  if (auto it = by_surname.find(world::ConsonantKey(sk)); it != by_surname.end()) cands = it->second;
  if (given_ok) {
    // persons are indexed by surname: those named with this given name are found among the
    // people named together with the document's persons
    for (uint32_t p : present)
      for (const auto& [other, n] : person_state[p].co_people)
        if (std::find(cands.begin(), cands.end(), other) == cands.end()) cands.push_back(other);
  }
  int found = -1;
  for (uint32_t c : cands) {
    const PersonState& st = person_state[c];
    bool match = false;
    for (const PersonName& pn : st.names)
      match = match || pn.surname == sk || (given_ok && pn.full() && pn.given.front() == sk);
    if (!match || people[c].documents < 2) continue;
    bool shared = false;
    for (uint32_t p : present) shared = shared || st.co_people.count(p) > 0;
    for (const std::string& o : orgs) shared = shared || st.orgs.count(o) > 0;
    if (!shared) continue;
    if (found >= 0 && found != static_cast<int>(c)) return -2;
    found = static_cast<int>(c);
  }
  return found;
}

void World::Impl::CountMention(uint32_t idx, uint32_t doc, const std::string& text, uint32_t s,
                               uint32_t e, const std::string& alias) {
  world::PersonRecord& wp = people[idx];
  PersonState& st = person_state[idx];
  ++st.mentions_seen;
  if (wp.mentions.size() < options.max_mentions_per_person)
    wp.mentions.push_back(spill, {doc, s, e, strings.Intern(text)}, options.spill_block);
  auto a = st.alias_at.find(alias);
  if (a != st.alias_at.end()) {
    ++wp.aliases[a->second].count;
  } else if (wp.aliases.size() < world::kMaxAliases) {
    st.alias_at.emplace(alias, static_cast<uint32_t>(wp.aliases.size()));
    wp.aliases.push_back({alias, 1});
  }
}

void World::Impl::AddMention(const std::string& doc_id, uint32_t idx, uint32_t s, uint32_t e,
                             const std::string& written) {
  CountMention(idx, docs.Number(doc_id), written, s, e, written);
  if (!docs.AddPerson(doc_id, written, idx)) ++people[idx].documents;
}

void World::Impl::ResolvePending(const LinkDocument& doc, std::vector<world::PendingSpan> own,
                                 std::vector<std::string> orgs) {
  auto entry = [&](uint64_t seq) -> world::PendingSpan* {
    if (seq < pending_base || seq - pending_base >= pending.size()) return nullptr;
    return &pending[seq - pending_base];
  };
  auto resolve = [&](world::PendingSpan& p, uint32_t idx) {
    AddMention(p.doc, idx, p.start, p.end, p.written);
    for (uint64_t q = p.first; q <= p.last; ++q)
      if (world::PendingSpan* o = entry(q); o && o->start < p.end && p.start < o->end) o->done = true;
  };
  // the pending spans of other documents under a key, the latest kMaxCandidates (resolved ones
  // dropped from them; the older go when the pending spans are too many)
  auto scan = [&](const std::string& key, const auto& fn) {
    auto it = pending_by_key.find(key);
    if (it == pending_by_key.end()) return;
    std::deque<uint64_t>& list = it->second;
    const size_t from = list.size() > world::kMaxCandidates ? list.size() - world::kMaxCandidates : 0;
    list.erase(std::remove_if(list.begin() + static_cast<long>(from), list.end(),
                              [&](uint64_t q) {
                                const world::PendingSpan* o = entry(q);
                                return !o || o->done;
                              }),
               list.end());
    for (size_t l = from; l < list.size(); ++l) {
      world::PendingSpan* o = entry(list[l]);
      if (o && !o->done && o->doc != doc.id) fn(*o);
    }
    if (list.empty()) pending_by_key.erase(it);
  };
  std::vector<uint32_t> touched;
  docs.ForPeople(doc.id, [&](std::string_view, uint32_t i) {
    if (std::find(touched.begin(), touched.end(), i) == touched.end()) touched.push_back(i);
  });
  if (!pending.empty()) {
    for (uint32_t c : touched) {
      PersonState& st = person_state[c];
      // full names the person has been given since last looked up
      for (size_t k = st.names_checked; k < st.names.size(); ++k) {
        const PersonName n = st.names[k];
        if (!n.full() || n.given.front().size() < 2) continue;
        scan(world::ConsonantKey(n.surname), [&](world::PendingSpan& p) {
          if (p.words < 2) return;
          if (!p.parsed) {
            p.parsed = true;
            p.name = world::ParseName(p.written);
            p.name.display.clear();
            p.name.display_words.clear();
            if (!p.name.full() || p.name.parts() != p.words || p.name.given.front().size() < 2) {
              p.done = true;
              return;
            }
          }
          if (CompareNames(p.name, n) != NameRelation::kFull) return;
          const int f = OneNamed(p.name, /*no_initials=*/true);
          if (f >= 0) resolve(p, static_cast<uint32_t>(f));
        });
      }
      st.names_checked = static_cast<uint32_t>(st.names.size());
      // words alone that may be the person's surname or given name, now that the person is known
      // from one more document
      if (people[c].documents < 2) continue;
      std::vector<std::string> keys;
      for (const PersonName& pn : st.names) {
        for (const std::string* w : {&pn.surname, pn.full() ? &pn.given.front() : nullptr}) {
          if (!w || w->empty()) continue;
          std::string k = world::ConsonantKey(*w);
          if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
        }
      }
      for (const std::string& key : keys) {
        scan(key, [&](world::PendingSpan& p) {
          if (p.words > 1) return;
          bool match = false;
          for (const PersonName& pn : person_state[c].names)
            match = match || pn.surname == p.name.surname ||
                    (p.given_ok && pn.full() && pn.given.front() == p.name.surname);
          if (!match) return;
          // the person shares a person or an organisation with the span's document (cheap);
          // then the one such person of all
          static const std::vector<std::string> kNone;
          auto o = pending_orgs.find(p.doc);
          const std::vector<std::string>& orgs = o == pending_orgs.end() ? kNone : o->second;
          std::vector<uint32_t> present;  // the span's document's people
          docs.ForPeople(p.doc, [&](std::string_view, uint32_t i) {
            if (std::find(present.begin(), present.end(), i) == present.end()) present.push_back(i);
          });
          bool shared = false;
          for (uint32_t i : present) shared = shared || st.co_people.count(i) > 0;
          for (const std::string& g : orgs) shared = shared || st.orgs.count(g) > 0;
          if (!shared) return;
          const int f = OneKnownAlone(p.name.surname, p.given_ok, present, orgs);
          if (f >= 0) resolve(p, static_cast<uint32_t>(f));
        });
      }
    }
  }
  // this document's spans, for the documents to come
  if (own.empty()) return;
  const uint64_t first = pending_base + pending.size(), last = first + own.size() - 1;
  bool alone = false;
  for (world::PendingSpan& p : own) {
    p.first = first;
    p.last = last;
    alone = alone || p.words == 1;
    pending_by_key[p.key].push_back(pending_base + pending.size());
    pending.push_back(std::move(p));
  }
  if (alone && !orgs.empty()) {
    if (orgs.size() > 8) orgs.resize(8);
    pending_orgs[doc.id] = std::move(orgs);
  }
  while (pending.size() > options.max_pending_spans) {
    const world::PendingSpan& p = pending.front();
    auto it = pending_by_key.find(p.key);
    if (it != pending_by_key.end()) {
      if (!it->second.empty() && it->second.front() == pending_base) it->second.pop_front();
      if (it->second.empty()) pending_by_key.erase(it);
    }
    if (p.last == pending_base) pending_orgs.erase(p.doc);
    pending.pop_front();
    ++pending_base;
  }
}

}  // namespace newsgraph
