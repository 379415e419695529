// Definite descriptions that refer back to a named person: "David Holmes, a political counselor
// at the embassy, ... The political counselor was having lunch with Sondland" and "President
// Donald Trump ... 'It was a perfect call,' the president said". A quote's speaker, a
// statement's speaker or a communication's party written as "the <role>" becomes the person
// when exactly one person named earlier in the text holds an office whose words include every
// word of the description (a demonym in it must be that person's country: "the Ukrainian
// president" is not President Trump). Indefinite descriptions ("a senior official said") and
// plural ones ("the officials") stay as written: they do not point at anyone named.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/internal.h"
#include "analyze/quotes_finder.h"

namespace newsgraph::analyze {
namespace {

std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '-') {
      w += static_cast<char>(std::tolower(u));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

class DescribedPeople {
 public:
  DescribedPeople(const Scan& scan, const PeopleResult& people) : s_(scan), p_(people) {
    // the byte where each person is first named
    first_named_.assign(p_.people.size(), UINT32_MAX);
    for (const auto& m : p_.mentions)
      if (m.person >= 0 && !m.modifier && m.first < s_.toks.size())
        first_named_[m.person] = std::min(first_named_[m.person], s_.toks[m.first].start);
    office_words_.reserve(p_.people.size());
    for (const auto& person : p_.people) office_words_.push_back(LowerWords(person.office));
  }

  // The person the description `desc` (a quote's speaker, a party) refers to, when it is
  // written definite ("the political counselor") in bytes [from, to) of the text and names a
  // role held by exactly one person named before byte `before`; empty otherwise.
  std::string Resolve(const std::string& desc, uint32_t from, uint32_t to, uint32_t before) const {
    std::vector<std::string> words = LowerWords(desc);
    const bool written_definite = !words.empty() && words[0] == "the";
    if (written_definite) words.erase(words.begin());
    if (words.empty() || words.size() > 4) return {};
    // the head: a singular title or role ("president", "counselor", "executive")
    const std::string& head = words.back();
    if (!IsTitleHead(head) && !IsRoleNoun(head) && !IsPersonNoun(head)) return {};
    for (const auto& w : words)
      if (IsFunctionWord(w) || quotes_internal::IsDeterminer(w)) return {};
    if (!written_definite && !DefiniteIn(words, from, to)) return {};
    int found = -1;
    for (size_t p = 0; p < p_.people.size(); ++p) {
      if (first_named_[p] >= before) continue;
      const auto& office = office_words_[p];
      if (office.empty()) continue;
      bool all = true;
      for (const auto& w : words) {
        if (Contains(office, w)) continue;
        // a demonym the office leaves out but the country says: "the Ukrainian president"
        std::string_view country = CountryOfDemonym(w);
        if (!country.empty() && country == p_.people[p].country) continue;
        all = false;
        break;
      }
      if (!all) continue;
      if (found >= 0 && p_.people[found].name != p_.people[p].name) return {};  // ambiguous
      found = static_cast<int>(p);
    }
    return found < 0 ? std::string() : p_.people[found].name;
  }

  bool IsName(const std::string& s) const {
    for (const auto& person : p_.people)
      if (person.name == s) return true;
    return false;
  }

 private:
  // "the" + the description's words, as a token sequence somewhere in bytes [from, to)
  bool DefiniteIn(const std::vector<std::string>& words, uint32_t from, uint32_t to) const {
    const auto& toks = s_.toks;
    for (size_t t = s_.TokenFrom(from); t < toks.size() && toks[t].end <= to; ++t) {
      if (toks[t].lower != "the" || t + words.size() >= toks.size()) continue;
      bool same = true;
      for (size_t i = 0; i < words.size() && same; ++i) same = toks[t + 1 + i].lower == words[i];
      // the description's head ends the phrase: "the president's aide" is someone else
      if (same && t + 1 + words.size() < toks.size() &&
          toks[t + 1 + words.size()].kind == TokKind::kPossessive)
        same = false;
      if (same) return true;
    }
    return false;
  }

  const Scan& s_;
  const PeopleResult& p_;
  std::vector<uint32_t> first_named_;
  std::vector<std::vector<std::string>> office_words_;
};

// The bytes of the sentence(s) around [b, e): from the start of b's sentence to the end of the
// sentence after e's (an attribution may follow a quote in the next sentence).
void SentenceBytes(const Scan& s, uint32_t b, uint32_t e, uint32_t* from, uint32_t* to) {
  *from = b;
  *to = e;
  if (s.toks.empty()) return;
  auto tok_at = [&](uint32_t byte) {
    return std::min(s.TokenThrough(byte), static_cast<uint32_t>(s.toks.size() - 1));
  };
  const uint32_t sb = s.toks[tok_at(b)].sentence;
  uint32_t se = s.toks[tok_at(e)].sentence;
  if (se + 1 < s.sentences.size()) ++se;
  *from = std::min(*from, s.toks[s.sentences[sb].first].start);
  const uint32_t last = s.sentences[se].last;
  if (last > 0) *to = std::max(*to, s.toks[last - 1].end);
}

}  // namespace

void NameDescribedPeople(const Scan& scan, const PeopleResult& people, Analysis* a) {
  if (people.people.empty()) return;
  DescribedPeople d(scan, people);
  uint32_t from = 0, to = 0;
  for (auto& q : a->quotes) {
    if (q.speaker.empty() || d.IsName(q.speaker)) continue;
    SentenceBytes(scan, q.start, q.end, &from, &to);
    std::string who = d.Resolve(q.speaker, from, to, q.start);
    if (who.empty()) continue;
    // the statement made with the same words goes with it
    for (auto& st : a->statements)
      if (st.speaker == q.speaker && st.start >= from && st.end <= to) st.speaker = who;
    q.speaker = std::move(who);
  }
  for (auto& st : a->statements) {
    if (st.speaker.empty() || d.IsName(st.speaker)) continue;
    std::string who = d.Resolve(st.speaker, st.start, st.end + 1, st.start);
    if (!who.empty()) st.speaker = std::move(who);
  }
  for (auto& c : a->communications) {
    for (auto& party : c.participants) {
      if (party.empty() || d.IsName(party)) continue;
      std::string who = d.Resolve(party, c.start, c.end, c.start);
      if (who.empty()) continue;
      // never the same person on both sides
      if (std::find(c.participants.begin(), c.participants.end(), who) != c.participants.end())
        continue;
      party = std::move(who);
    }
  }
}

}  // namespace newsgraph::analyze
