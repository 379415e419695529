// Internal pieces of the analyzer: a light scanner (words with byte offsets, sentences,
// paragraphs, quotation spans) and the vocabularies the recognisers share.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analyze.h"
#include "newsgraph/entities.h"

namespace newsgraph::analyze {

enum class TokKind : uint8_t { kWord, kNumber, kPunct, kQuote, kPossessive, kSymbol };

struct Tok {
  uint32_t start = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kWord;
  bool cap = false;           // starts with an upper-case letter
  bool sentence_start = false;
  bool in_quote = false;      // inside a quotation span
  uint32_t sentence = 0;      // index into Scan::sentences
  std::string lower;          // lower-cased text (ASCII folding; curly apostrophes made straight)
};

struct Span {
  uint32_t first = 0;  // token indexes [first, last)
  uint32_t last = 0;
};

struct QuoteSpan {
  uint32_t open = 0;   // byte offset of the opening mark
  uint32_t start = 0;  // quoted text [start, end) (marks excluded)
  uint32_t end = 0;
  uint32_t close = 0;  // byte offset just after the closing mark (== end when unclosed)
  uint32_t first_tok = 0, last_tok = 0;  // tokens inside
  uint32_t paragraph = 0;
  // the span goes on with a quotation left open at the end of the previous paragraph: no mark
  // opens it (a text written one sentence a line)
  bool continued = false;
};

struct Scan {
  std::string_view text;
  std::vector<Tok> toks;
  std::vector<Span> sentences;
  std::vector<uint32_t> sentence_paragraph;  // paragraph number of each sentence
  std::vector<QuoteSpan> quotes;
  std::string_view Text(uint32_t i) const {
    return text.substr(toks[i].start, toks[i].end - toks[i].start);
  }
  std::string_view TextRange(uint32_t first, uint32_t last) const {  // tokens [first, last)
    if (first >= last) return {};
    return text.substr(toks[first].start, toks[last - 1].end - toks[first].start);
  }
  // The first token starting at or after byte b; toks.size() when none.
  uint32_t TokenFrom(uint32_t b) const {
    return static_cast<uint32_t>(
        std::lower_bound(toks.begin(), toks.end(), b,
                         [](const Tok& t, uint32_t v) { return t.start < v; }) - toks.begin());
  }
  // The first token ending after byte b: the one covering b, else the next; toks.size() when
  // none.
  uint32_t TokenThrough(uint32_t b) const {
    return static_cast<uint32_t>(
        std::lower_bound(toks.begin(), toks.end(), b,
                         [](const Tok& t, uint32_t v) { return t.end <= v; }) - toks.begin());
  }
};

Scan ScanText(std::string_view text);

// --- vocabularies (lexicon.cc); every lookup takes lower-case text ---
// Country for a demonym ("british" -> "United Kingdom") or a country name/abbreviation
// ("u.s.", "ukraine"); empty when unknown.
std::string_view CountryOfDemonym(std::string_view lower);
std::string_view CountryOfName(std::string_view lower);
// Country of an organisation known by a metonym ("pentagon" -> "United States").
std::string_view CountryOfOrganisation(std::string_view lower);
bool IsPlaceWord(std::string_view lower);        // countries, big cities, regions, continents
bool IsTitleHead(std::string_view lower);        // president, minister, spokesperson, aide ...
bool IsPersonNoun(std::string_view lower);       // quarterback, geologist, host (WordNet persons)
char GivenNameGender(std::string_view lower);    // 'f' anna, 'm' tom, 0 unknown or both (Faker)
// The built-in NER model's lexicon flags of a lower-case word (ner::LexFlags: how the word is
// cased in the model's unlabelled corpus, whether the dictionary lists it in lower case or as a
// proper noun, whether it is a first name); 0 when the model has none.
uint16_t ModelWordFlags(std::string_view lower);
bool IsMilitaryRank(std::string_view lower);     // gen., lt., col., adm. ...
bool IsAcronym(std::string_view text);           // "IBM", "U.S.", "F.": two or more of A-Z and "."
bool IsTitleModifier(std::string_view lower);    // foreign, defense, deputy, senior, top ...
bool IsHonorific(std::string_view lower);        // gen., mr., dr., lt. ... (not an office)
bool IsOrganisationWord(std::string_view lower); // department, command, university, party ...
bool IsFunctionWord(std::string_view lower);     // the, during, before, and, ...
bool IsCommonCapitalised(std::string_view lower);// days, months, "god", "internet" ...
bool IsRoleNoun(std::string_view lower);         // official, officials, source, analyst ...
bool IsWeekday(std::string_view lower, int* index = nullptr);  // 0 = Monday
int MonthIndex(std::string_view lower);          // 1..12, 0 when not a month
// Quote cue verbs and nouns: said, says, told, added, warned, ... ; "statement", "tweet".
bool IsCueVerb(std::string_view lower);
// Canonical office for a title as worded ("defense secretary" -> "Secretary of Defense"), or
// empty when no rule applies.
std::string NormaliseOffice(std::string_view office);
// The office's role without the organisation or place written with it: the canonical form when
// NormaliseOffice has one, else "teacher at Richmond High School" -> "teacher", "Lakers
// assistant coach" -> "assistant coach", "T-Mobile CEO" -> "CEO", a player's position
// abbreviation -> the position ("Cleveland DL" -> "defensive lineman"); empty when nothing is
// removed.
std::string RoleOfOffice(std::string_view office);

std::string Lower(std::string_view s);
// The singular of a lower-case plural ending in "s": "deputies" -> "deputy", "witnesses" ->
// "witness", "officials" -> "official" (the last "s" dropped otherwise); "" when it ends in no
// "s". Callers set their own minimum length.
std::string SingularOf(std::string_view plural);
// The sentence's verbs point to the future ("will", "is likely to", "plans to" ...).
bool SentenceIsFuture(const Scan& scan, uint32_t sentence);
// The tense around token `tok`: whether the nearest future marker in its sentence is closer
// than the nearest past-tense verb ("They met on Monday and will meet on Friday").
bool FutureAt(const Scan& scan, uint32_t tok);

// --- number vocabulary (number_words.cc) ---
bool WordValue(std::string_view lower, double* v);   // "twenty-five" -> 25
int FractionDenominator(std::string_view w);  // "third(s)" -> 3, "quarter" -> 4; 0 if none
double Multiplier(std::string_view lower);           // "million" -> 1e6, else 0
bool DigitsValue(std::string_view text, double* v);  // "175,000" -> 175000
bool IsDurationUnit(std::string_view lower);         // "minutes", "year" ...
bool IsMeasureUnit(std::string_view lower);          // "km", "miles", "times" ...
std::string FormatNumber(double v);                  // 125000000 -> "125000000"

// --- values (values.cc) ---
std::vector<ValueMention> FindValues(const Scan& scan, std::string_view published);
// Resolves a date phrase to ISO; `future` selects the next occurrence of a weekday.
bool ShiftDate(std::string_view iso, int days, std::string* out);
bool ParseIso(std::string_view iso, long* days);  // days since 1970-01-01
long DaysFromCivil(long y, unsigned m, unsigned d);  // days since 1970-01-01 of a civil date
std::string IsoFromDays(long days);
int WeekdayOfDays(long days);  // 0 = Monday

// --- people (people.cc) ---
struct PersonMention {
  uint32_t first = 0, last = 0;       // tokens of the name itself
  uint32_t title_first = 0;           // tokens of the title chunk before it (== first if none)
  int person = -1;                    // index into people
  bool modifier = false;              // the name modifies another person's title ("Zelensky aide X")
};
struct PeopleResult {
  std::vector<Person> people;
  std::vector<PersonMention> mentions;  // sorted by first token
  std::vector<NamedThing> organizations;
  std::vector<NamedThing> places;
  std::vector<int> person_at;           // per token: index of the person whose name covers it, or -1
  std::vector<int> mention_at;          // per token: index into mentions of the mention whose
                                        // [title_first, last) covers it, or -1
  // per person: 'm' or 'f' when the text says so (a title such as "Mr." or "Queen", or the
  // pronouns of sentences that name no one else), else 0 (InferGenders, coref.cc)
  std::vector<char> gender;
  // The mention covering token t (title included), or null.
  const PersonMention* MentionCovering(uint32_t t) const {
    if (t >= mention_at.size() || mention_at[t] < 0) return nullptr;
    return &mentions[mention_at[t]];
  }
};
// `ner` (may be null): statistical entity mentions (byte spans) that confirm or veto
// untitled name candidates; the rules work without them.
// The first country a phrase names through a demonym, a country or city name, or an
// institution ("head of U.S. Northern Command" -> "United States"); empty if none.
std::string CountryInText(std::string_view phrase);
// The document's home country: the United States when it is mentioned at least a third as often
// as the most mentioned country, else a clear most-mentioned country (at least twice), else "".
std::string HomeCountry(const Scan& scan);
PeopleResult FindPeople(const Scan& scan, const std::vector<EntityMention>* ner = nullptr);

// The person a "he"/"she" at token t refers to (coref.cc); -1 if none. A person the text
// gives the other gender is passed over ("he said" after "Omar ... her office" is not Omar).
int PronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t);
// The person an object pronoun ("called her") at token t refers to, never the clause's subject
// `subject` (a person index, or -1): "Tao called her" is not Tao calling himself (coref.cc).
int ObjectPronounAntecedent(const Scan& scan, const PeopleResult& people, uint32_t t,
                            int subject);
// Fills people->gender (coref.cc).
void InferGenders(const Scan& scan, PeopleResult* people);

// --- quotes and communications ---
std::vector<Quote> FindQuotes(const Scan& scan, const PeopleResult& people);
// Quotes inside attributed quotes, said by the person named before them there
// ("“I heard Trump ask, ‘So he’s going to do it?’” Holmes testified"; quotes_nested.cc).
void AddNestedQuotes(const Scan& scan, const PeopleResult& people, std::vector<Quote>* quotes);
std::vector<Statement> FindStatements(const Scan& scan, const PeopleResult& people,
                                      const std::vector<Quote>& quotes,
                                      const std::vector<ValueMention>& values);
// Quote and statement speakers and communication parties written as a definite description
// ("the political counselor") become the one person named earlier whose office the description
// words (coref_descriptions.cc).
void NameDescribedPeople(const Scan& scan, const PeopleResult& people, Analysis* a);
// `published` (YYYY-MM-DD or empty) moves a date written without its year to the year its
// tense asks for: a call that happened is not next October.
std::vector<Communication> FindCommunications(const Scan& scan, const PeopleResult& people,
                                              const std::vector<ValueMention>& values,
                                              std::string_view published = {});

}  // namespace newsgraph::analyze
