// AnalyzeText: runs the scanner and the recognisers (values, people, quotes, communications)
// over one document and assembles the Analysis.
#include <set>

#include "analyze/internal.h"

namespace newsgraph {

Analysis AnalyzeText(std::string_view text, const AnalyzeOptions& options) {
  Analysis a;
  a.published = options.published;
  if (text.size() > options.max_text_bytes) {
    size_t cut = options.max_text_bytes;
    // do not split a UTF-8 sequence
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  a.text_length = text.size();
  // another language: the English rules would read its nouns as names (language.cc)
  if (options.english_only &&
      (options.language.empty() ? GuessLanguage(text) : options.language) != "en")
    return a;
  analyze::Scan scan = analyze::ScanText(text);
  std::vector<ValueMention> values = analyze::FindValues(scan, options.published);
  std::vector<EntityMention> ner;
  if (options.use_ner) {
    TokenizedText tokens = Tokenize(text);
    ner = NerModel::Default().Recognise(text, tokens);
  }
  analyze::PeopleResult people = analyze::FindPeople(scan, options.use_ner ? &ner : nullptr);
  a.quotes = analyze::FindQuotes(scan, people);
  {
    // the other recognisers read exact values only (a call's duration, a statement's date)
    std::vector<ValueMention> exact;
    exact.reserve(values.size());
    for (const auto& v : values)
      if (!v.vague && !v.score) exact.push_back(v);
    a.communications = analyze::FindCommunications(scan, people, exact, options.published);
    a.statements = analyze::FindStatements(scan, people, a.quotes, exact);
  }
  analyze::NameDescribedPeople(scan, people, &a);

  // Figures: money, percentages, counts and durations (dates and clock times are not claims).
  std::set<std::string> seen;
  for (const auto& v : values) {
    if (v.kind == ValueKind::kDate || v.kind == ValueKind::kTime) continue;
    // "two years ago" counts back from the writing date: a date, not a figure
    size_t after = v.end;
    while (after < text.size() && text[after] == ' ') ++after;
    if (text.compare(after, 3, "ago") == 0) continue;
    // "two people familiar with the call": a description of sources, not a figure
    if (text.compare(after, 8, "familiar") == 0) continue;
    NumberClaim c;
    c.text = std::string(text.substr(v.start, v.end - v.start));
    if (!seen.insert(c.text).second) continue;
    c.value = v.value;
    c.value_max = v.value_max;
    c.unit = v.unit;
    c.qualifier = v.qualifier;
    c.vague = v.vague;
    c.score = v.score;
    c.start = v.start;
    c.end = v.end;
    a.numbers.push_back(std::move(c));
  }
  a.people = std::move(people.people);
  a.organizations = std::move(people.organizations);
  a.places = std::move(people.places);
  return a;
}

}  // namespace newsgraph
