// Office checks: "X is the O of C" claims of an analysed document against the dated
// office-holder table (docs/checks.md).
#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string>

#include "core/ascii.h"
#include "newsgraph/checks.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace {

bool HasWord(const std::string& text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool left = at == 0 || text[at - 1] == ' ' || text[at - 1] == '-';
    const size_t e = at + word.size();
    const bool right = e == text.size() || text[e] == ' ' || text[e] == '-';
    if (left && right) return true;
  }
  return false;
}

// The table office a document's wording of an office names in `country`, or "" when the table
// cannot judge it. A title that is not a claim about the present ("former", "acting",
// "designate", "candidate") or a different office ("deputy", "vice", "spokesperson", "aide")
// gives "".
std::string TableOffice(const std::string& wording, const std::string& country) {
  const std::string o = ascii::Lower(ascii::Trim(wording));
  static const char* const kNotTheHolder[] = {
      "former", "ex", "acting", "interim", "caretaker", "late", "then", "shadow", "candidate",
      "designate", "elect", "hopeful", "would-be", "vice", "spokesperson", "spokesman",
      "spokeswoman", "aide", "adviser", "advisor", "press", "secretary-general", "to",
      "deputy", "assistant", "junior", "opposition", "party", "leader"};
  const bool deputy_pm = o == "deputy prime minister";
  if (!deputy_pm) {
    for (const char* w : kNotTheHolder) {
      if (HasWord(o, w)) return "";
    }
  }
  if (country == "United Kingdom") {
    if (o == "prime minister" || o == "premier" || o == "pm") return "Prime Minister";
    if (deputy_pm) return "Deputy Prime Minister";
    if (o == "chancellor" || o == "chancellor of the exchequer" || o == "finance minister")
      return "Chancellor of the Exchequer";
    if (o == "foreign secretary" || o == "foreign minister" || o == "minister of foreign affairs" ||
        o == "secretary of state for foreign affairs")
      return "Foreign Secretary";
    if (o == "home secretary" || o == "interior minister") return "Home Secretary";
    if (o == "defence secretary" || o == "defense secretary" || o == "defence minister" ||
        o == "defense minister" || o == "minister of defence" || o == "secretary of defense")
      return "Defence Secretary";
    return "";
  }
  if (deputy_pm) return "";
  if (o == "prime minister" || o == "premier" || o == "taoiseach" || o == "head of government")
    return "Head of Government";
  // "Chancellor" heads the government in Germany and Austria; elsewhere it is another office.
  if ((o == "chancellor" || o == "federal chancellor") &&
      (country == "Germany" || country == "Austria"))
    return "Head of Government";
  if (o == "president") return "President";
  return "";
}

// The years (1900-2100) written in the sentences of the person's mentions (sentences from the
// text stage): a title in a sentence about an earlier time ("in September 2021 … Prime Minister
// Boris Johnson") is a claim about that time, not about the publication date.
std::vector<int> YearsNearMentions(const Person& p, std::string_view text,
                                   const TokenizedText& tokens) {
  std::vector<int> years;
  for (const Mention& m : p.mentions) {
    if (m.start > text.size() || m.end > text.size() || m.start > m.end) continue;
    auto after = std::upper_bound(
        tokens.sentences.begin(), tokens.sentences.end(), m.start,
        [](uint32_t at, const Sentence& sentence) { return at < sentence.start; });
    if (after == tokens.sentences.begin()) continue;
    const Sentence& sentence = *std::prev(after);
    if (m.start >= sentence.end || sentence.end > text.size()) continue;
    std::string_view s = text.substr(sentence.start, sentence.end - sentence.start);
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
      const bool left = i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
      const bool right = i + 4 == s.size() || !std::isalnum(static_cast<unsigned char>(s[i + 4]));
      if (!left || !right) continue;
      int y = 0;
      bool digits = true;
      for (size_t k = i; k < i + 4; ++k) {
        digits = digits && s[k] >= '0' && s[k] <= '9';
        y = y * 10 + (s[k] - '0');
      }
      if (digits && y >= 1900 && y <= 2100) years.push_back(y);
    }
  }
  return years;
}

// Whether the person held `office` during one of `years` (so an older claim may be true).
bool HeldInYears(const std::vector<const OfficeTerm*>& terms, const std::vector<int>& years) {
  for (const OfficeTerm* t : terms) {
    const int from = std::stoi(t->start.substr(0, 4));
    const int to = t->end.empty() ? 9999 : std::stoi(t->end.substr(0, 4));
    for (int y : years) {
      if (from <= y && y <= to) return true;
    }
  }
  return false;
}

std::string Term(const OfficeTerm& t) {
  return t.name + " held it from " + t.start +
         (t.end.empty() ? " (still in office in the source, " + t.source + ")"
                        : " to " + t.end + " (" + t.source + ")");
}

}  // namespace

std::vector<OfficeCheck> CheckOffices(const Analysis& analysis, std::string_view text,
                                      const OfficeTable& table) {
  std::vector<OfficeCheck> out;
  if (analysis.published.size() < 10) return out;
  const std::string as_of = analysis.published.substr(0, 10);
  std::optional<TokenizedText> tokens;
  for (const Person& p : analysis.people) {
    if (p.name.empty() || p.country.empty()) continue;
    std::string office = TableOffice(p.office, p.country);
    if (office.empty() && !p.office_normalized.empty()) {
      office = TableOffice(p.office_normalized, p.country);
    }
    if (office.empty()) continue;
    bool covered = false;
    std::vector<const OfficeTerm*> holders = table.HoldersAt(p.country, office, as_of, &covered);
    if (!covered || holders.empty()) continue;
    OfficeCheck c;
    c.person = p.name;
    c.office = p.office;
    c.country = p.country;
    c.table_office = office;
    c.as_of = as_of;
    c.claim = p.name + " is " + (p.office.empty() ? office : p.office) + " of " +
              (p.country == "United Kingdom" || p.country == "United States" ? "the " : "") +
              p.country;
    const bool match = std::any_of(holders.begin(), holders.end(), [&](const OfficeTerm* t) {
      return NamesMatch(p.name, t->name);
    });
    std::vector<const OfficeTerm*> own;
    if (!match) {
      own = table.TermsOf(p.country, office, p.name);
      // Held it in a year the sentence names: the title may refer to that time; no verdict.
      // (The text is split into sentences only when a claim gets this far.)
      if (!own.empty() && !tokens) tokens = Tokenize(text);
      if (!own.empty() && HeldInYears(own, YearsNearMentions(p, text, *tokens))) continue;
      // A country guessed from the document (not written with the title) is only evidence
      // enough when the person did hold this office at some time: otherwise they more likely
      // hold the same title in another country.
      if (p.country_inferred && own.empty()) continue;
    }
    c.verdict = match ? "supported" : "contradicted";
    std::string why;
    for (const OfficeTerm* t : holders) {
      if (!why.empty()) why += "; ";
      why += Term(*t);
    }
    if (!match) {
      if (own.empty()) {
        why += "; " + p.name + " is not listed for this office";
      } else {
        for (const OfficeTerm* t : own) why += "; " + Term(*t);
      }
    }
    c.why = std::move(why);
    // One check per claim: the same person and office may be named by several Person entries.
    const bool seen = std::any_of(out.begin(), out.end(), [&](const OfficeCheck& o) {
      return o.table_office == c.table_office && o.country == c.country &&
             NamesMatch(o.person, c.person);
    });
    if (!seen) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace newsgraph
