// Analyze: reads one document and writes down the world it describes: people with offices and
// countries, organisations, places, quotes with speakers, communications between people, and
// figures claimed. All offsets are byte offsets into the document text.
//
//   newsgraph::AnalyzeOptions opts;
//   opts.published = "2021-12-06";
//   newsgraph::Analysis a = newsgraph::AnalyzeText(text, opts);
//   std::cout << newsgraph::AnalysisToJson(a, 2) << "\n";
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct Mention {
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Person {
  std::string name;               // the fullest form in the document
  std::vector<Mention> mentions;
  std::string office;             // as the text words it ("Defense Secretary")
  std::string office_normalized;  // canonical ("Secretary of Defense")
  std::string country;            // "United States", from demonyms too (British -> United Kingdom)
  // The country is the document's home country, guessed for a national office stated without
  // one ("President Joe Biden" in an article about the United States), not read from the text.
  bool country_inferred = false;
};

struct NamedThing {
  std::string name;
  std::vector<Mention> mentions;
};

struct Quote {
  std::string speaker;  // a person's name, or the text's own description when unnamed
  std::string text;
  uint32_t start = 0;   // the quoted text (without the quote marks)
  uint32_t end = 0;
  std::string cue;      // "said", "told reporters", "according to", "in a tweet" ...
};

// Someone reporting something: one entry per speaker, reporting word and time ("said",
// "told reporters", "statement", "tweet", "according to").
struct Statement {
  std::string speaker;  // as in Quote::speaker
  std::string kind;     // the reporting word, "says"/"say" folded into "said"
  std::string when;     // the text's date words in the statement's sentence, empty if none
  std::string date;     // resolved ISO date, empty when unknown
  uint32_t start = 0;   // the evidence span (speaker and reporting word)
  uint32_t end = 0;
};

struct Communication {
  std::vector<std::string> participants;  // names as in `people`
  std::string kind;      // "phone call", "video call", "conference call", "meeting", "talk" ...
  std::string when;      // the text's words ("on Tuesday"), empty when not stated
  std::string date;      // resolved ISO date, empty when unknown
  std::string status;    // "happened" or "planned"
  std::string duration;  // "30 to 40 minutes"
  uint32_t start = 0;    // the evidence span
  uint32_t end = 0;
};

struct NumberClaim {
  std::string text;       // "up to 175,000 troops"
  double value = 0;       // the low end of a range ("30 to 40 minutes" -> 30)
  std::string unit;
  std::string qualifier;  // "up to", "more than", "at least" ...
  uint32_t start = 0;
  uint32_t end = 0;
  double value_max = 0;   // the high end of a range (40); 0 or == value when not a range
  // A vague figure: the words give no exact value ("hundreds of people", "tens of thousands of
  // troops", "dozens of officers", "several times"). Then value == value_max is the lower bound
  // the words imply ("hundreds" 200, "thousands" 2000, "tens of thousands" 20000, "dozens" 24,
  // "several thousand" 2000) and qualifier is "at least", so that a reader of value and
  // qualifier alone still reads a true claim. The JSON form writes "value": null and the bound
  // as "at_least" (docs/formats/analysis.md).
  bool vague = false;
  // A result or tally written "a-b" ("won 112-107", "the court ruled 5-4", "lead the series
  // 2-1"): value is the first side and value_max the second, in the order written, so either
  // may be the larger and the pair is no range. A tennis match's sets ("6-4, 7-6 (5)") are one
  // score with vague set: the JSON form writes "value": null and no bound.
  bool score = false;
};

struct Analysis {
  std::string published;
  uint64_t text_length = 0;
  std::vector<Person> people;
  std::vector<NamedThing> organizations;
  std::vector<NamedThing> places;
  std::vector<Quote> quotes;
  std::vector<Communication> communications;
  std::vector<NumberClaim> numbers;
  std::vector<Statement> statements;
};

struct AnalyzeOptions {
  std::string published;  // YYYY-MM-DD: the anchor for relative dates; empty when unknown
  // Texts longer than this are analysed only up to it. Default 8 MiB.
  size_t max_text_bytes = 8u << 20;
  // Confirm untitled name candidates with the statistical tagger (NerModel::Default()). When
  // false, or when the model finds nothing, the rules decide alone.
  bool use_ner = true;
  // The rules read English. A text GuessLanguage() finds to be in another language gets an
  // empty analysis (no people, quotes, communications, statements or figures) unless false.
  bool english_only = true;
  // The text's language when the caller has guessed it already (GuessLanguage()'s answer),
  // so that it is not guessed again; empty: AnalyzeText guesses.
  std::string language{};
};

// The language of a text as far as the analysis needs it: "en", a code for a language written
// in Latin letters whose function words clearly outnumber English ones ("de", "fr", "es",
// "pt", "it", "nl", "id"), or the script most letters are in ("cyrillic", "zh", "ja", "ko",
// "arabic", "he", "devanagari", "el", "th"). Short texts, tables and lists of names are "en".
std::string GuessLanguage(std::string_view text);

Analysis AnalyzeText(std::string_view text, const AnalyzeOptions& options = {});

// The JSON form documented in docs/formats/analysis.md (indent < 0: one line).
std::string AnalysisToJson(const Analysis& analysis, int indent = -1);

}  // namespace newsgraph
