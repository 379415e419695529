// The dated office-holder table: parsing the shipped TSV, lookups by date and by holder, and
// the name comparison used by office checks.
#include <algorithm>
#include <cstdio>

#include "core/ascii.h"
#include "core/utf8.h"
#include "newsgraph/checks.h"

extern "C" const char ng_office_table_begin[];
extern "C" const char ng_office_table_end[];

namespace newsgraph {
namespace {

bool IsDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

// The surname a name gives: its last word (a hyphen separates words too, so "Ben-Gurion" and
// "Mendès France" both end in one), after honorifics are dropped and a peer's territorial
// designation ("Lord Cameron of Chipping Norton") is cut off; a trailing "Jr." or numeral is
// skipped.
std::string Surname(std::string_view name) {
  std::vector<std::string> words;
  for (std::string_view part : ascii::Split(name, ' ')) {
    for (std::string_view w : ascii::Split(part, '-')) {
      if (!w.empty()) words.push_back(utf8::StripMarks(w, /*fold_case=*/true));
    }
  }
  static const char* const kHonorifics[] = {"lord", "lady", "baroness", "baron", "sir", "dame",
                                            "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."};
  size_t b = 0;
  while (b < words.size() &&
         std::find(std::begin(kHonorifics), std::end(kHonorifics), words[b]) != std::end(kHonorifics))
    ++b;
  size_t e = words.size();
  if (b > 0) {  // a peer: "Lord Cameron of Chipping Norton" -> "Cameron"
    for (size_t i = b + 1; i < e; ++i) {
      if (words[i] == "of") {
        e = i;
        break;
      }
    }
  }
  while (e > b + 1 && (words[e - 1] == "jr." || words[e - 1] == "jr" || words[e - 1] == "sr." ||
                       words[e - 1] == "ii" || words[e - 1] == "iii")) {
    --e;
  }
  if (e <= b) return "";
  std::string last = words[e - 1];
  while (!last.empty() && (last.back() == ',' || last.back() == '.')) last.pop_back();
  return last;
}

}  // namespace

bool NamesMatch(std::string_view document_name, std::string_view table_name) {
  std::string a = Surname(document_name), b = Surname(table_name);
  return !a.empty() && a == b;
}

Result<OfficeTable> OfficeTable::Parse(std::string_view tsv, std::string_view name) {
  OfficeTable t;
  size_t line_no = 0;
  for (size_t pos = 0; pos < tsv.size();) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? std::string_view::npos
                                                                         : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& why) {
      return Status::Corruption(std::string(name) + ":" + std::to_string(line_no) + ": " + why);
    };
    std::vector<std::string_view> f = ascii::Split(line, '\t');
    if (line_no == 1) {
      if (f.size() != 6 || f[0] != "country" || f[5] != "source") {
        return bad("expected the header country, office, name, start, end, source");
      }
      continue;
    }
    if (f.size() != 6) return bad("expected 6 tab-separated fields, got " + std::to_string(f.size()));
    if (f[0].empty() || f[1].empty() || f[2].empty()) return bad("empty country, office or name");
    if (!IsDate(f[3])) return bad("start is not YYYY-MM-DD: '" + std::string(f[3]) + "'");
    if (!f[4].empty() && !IsDate(f[4])) return bad("end is not YYYY-MM-DD: '" + std::string(f[4]) + "'");
    if (!f[4].empty() && f[4] < f[3]) return bad("term ends before it starts");
    OfficeTerm term{std::string(f[0]), std::string(f[1]), std::string(f[2]),
                    std::string(f[3]), std::string(f[4]), std::string(f[5])};
    std::string& last = t.source_end_[term.source];
    last = std::max({last, term.start, term.end});
    t.terms_.push_back(std::move(term));
  }
  return t;
}

const OfficeTable& OfficeTable::Default() {
  static const OfficeTable* table = [] {
    std::string_view bytes(ng_office_table_begin,
                           static_cast<size_t>(ng_office_table_end - ng_office_table_begin));
    auto t = Parse(bytes, "built-in office-holder table");
    if (t.ok()) return new OfficeTable(std::move(t).value());
    std::fprintf(stderr, "newsgraph: %s; office checks are off\n", t.status().ToString().c_str());
    return new OfficeTable();
  }();
  return *table;
}

std::vector<const OfficeTerm*> OfficeTable::HoldersAt(std::string_view country,
                                                      std::string_view office,
                                                      std::string_view date, bool* covered) const {
  std::vector<const OfficeTerm*> out;
  bool known = false;
  if (IsDate(date)) {
    for (const OfficeTerm& t : terms_) {
      if (t.country != country || t.office != office) continue;
      auto it = source_end_.find(t.source);
      const std::string& source_end = it == source_end_.end() ? t.end : it->second;
      // The office is known on `date` when some term of it starts on or before it and the
      // source reaches that far.
      if (t.start <= date && date <= source_end) known = true;
      const bool open = t.end.empty();
      if (t.start <= date && (open ? date <= source_end : date <= t.end)) out.push_back(&t);
    }
  }
  if (!known) out.clear();
  if (covered) *covered = known;
  return out;
}

std::vector<const OfficeTerm*> OfficeTable::TermsOf(std::string_view country,
                                                    std::string_view office,
                                                    std::string_view person) const {
  std::vector<const OfficeTerm*> out;
  for (const OfficeTerm& t : terms_) {
    if (t.country == country && t.office == office && NamesMatch(person, t.name)) out.push_back(&t);
  }
  std::sort(out.begin(), out.end(),
            [](const OfficeTerm* a, const OfficeTerm* b) { return a->start < b->start; });
  return out;
}

}  // namespace newsgraph
