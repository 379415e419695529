// Office checks: who a document says holds an office, against the dated office-holder table
// built into the binary (data/offices/office-holders.tsv, docs/checks.md):
//
//   Analysis a = AnalyzeText(text, {.published = "2021-12-06"});
//   for (const OfficeCheck& c : CheckOffices(a, text)) ...  // c.verdict "contradicted", c.why …
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analyze.h"
#include "newsgraph/status.h"

namespace newsgraph {

// One term of office in the dated office-holder table.
struct OfficeTerm {
  std::string country;  // English short name: "United Kingdom", "Germany"
  std::string office;   // "Prime Minister", "Foreign Secretary", "Head of Government", "President"
  std::string name;     // full name, or a surname alone (heads of government from ParlGov)
  std::string start;    // YYYY-MM-DD, first day in office
  std::string end;      // YYYY-MM-DD, the day office passed on; "" while open in the source
  std::string source;   // "ifg", "parlgov-cabinet", "parlgov-president"
};

// Who held which office when. Terms that are open in their source are taken to last until the
// last date that source mentions anywhere (its snapshot), not beyond: later dates are unknown.
class OfficeTable {
 public:
  // Parses the tab-separated table (header `country office name start end source`). A malformed
  // row is kCorruption naming `name` and the line.
  static Result<OfficeTable> Parse(std::string_view tsv, std::string_view name);
  // The table built into the binary (an empty table, with a message on stderr, if it is unusable).
  static const OfficeTable& Default();

  // The terms of `office` in `country` that include `date` (YYYY-MM-DD). A handover day belongs
  // to both terms. `*covered` (if given) says whether the table knows that office on that date
  // at all; when it is false the result is empty and nothing can be said.
  std::vector<const OfficeTerm*> HoldersAt(std::string_view country, std::string_view office,
                                           std::string_view date, bool* covered = nullptr) const;
  // Every term of `office` in `country` whose holder `person` may name (see NamesMatch).
  std::vector<const OfficeTerm*> TermsOf(std::string_view country, std::string_view office,
                                         std::string_view person) const;
  const std::vector<OfficeTerm>& terms() const { return terms_; }

 private:
  std::vector<OfficeTerm> terms_;
  std::map<std::string, std::string, std::less<>> source_end_;  // source -> last date it names
};

// Whether a name written in a document ("Boris Johnson", "Johnson") may name the holder given
// in the table ("Boris Johnson", or a surname alone, or a peer's title such as "Lord Cameron of
// Chipping Norton"): the surnames agree, compared case- and accent-insensitively.
bool NamesMatch(std::string_view document_name, std::string_view table_name);

// A check of one "X holds office O" claim of a document against the table.
struct OfficeCheck {
  std::string person;        // as the document names them
  std::string office;        // as the document words it ("Prime Minister")
  std::string country;       // as the analysis gives it ("United Kingdom")
  std::string table_office;  // the table's office it was checked against
  std::string as_of;         // the date the claim is about: the publication date
  std::string verdict;       // "supported" or "contradicted"
  std::string claim;         // "David Cameron is Prime Minister of the United Kingdom"
  std::string why;           // the holders the table gives, with their dates
};

// Checks every person the analysis gives a current office and a country for, as of
// `analysis.published`; `text` is the analysed text (the mentions' offsets point into it).
// Claims the table cannot judge give no check: an office or country it does not cover, a date
// outside its sources, "former" or "acting" titles, a title in a sentence that names a year
// in which the person did hold the office ("in 2021, Prime Minister Boris Johnson …"), and a
// title whose country was only guessed (Person::country_inferred) held by someone who never held
// that office.
std::vector<OfficeCheck> CheckOffices(const Analysis& analysis, std::string_view text,
                                      const OfficeTable& table = OfficeTable::Default());

}  // namespace newsgraph
