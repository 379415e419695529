// The value finder shared by values.cc (money, counts, durations) and values_dates.cc
// (dates and clock times). Internal.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/internal.h"

namespace newsgraph::analyze {

// More number vocabulary (number_words.cc), for the value finder only.
bool IsAttachedUnit(std::string_view lower);  // "gb" of "256GB", "kw" of "120kW"
// Currency code of a money word after a number ("rupees" -> "INR"), or empty.
std::string_view CurrencyOfWord(std::string_view lower);
// Currency code of a sign or code written before a number ("$", "Rs", "EUR"), or empty.
std::string_view CurrencyOfSign(std::string_view text);

}  // namespace newsgraph::analyze

namespace newsgraph::analyze::values_internal {

class ValueFinder {
 public:
  ValueFinder(const Scan& s, std::string_view published) : s_(s), published_(published) {
    have_pub_ = ParseIso(published, &pub_days_);
  }

  std::vector<ValueMention> Run() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    for (uint32_t t = 0; t < n;) {
      uint32_t next = t + 1;
      if (Date(t, &next) || Money(t, &next) || Age(t, &next) || Score(t, &next) ||
          Vague(t, &next) || Count(t, &next)) {
        t = next;
        continue;
      }
      t = next;
    }
    return std::move(out_);
  }

 private:
  const std::string& L(uint32_t t) const { return s_.toks[t].lower; }
  bool Is(uint32_t t, std::string_view w) const { return t < s_.toks.size() && L(t) == w; }
  bool SameSentence(uint32_t a, uint32_t b) const {
    return b < s_.toks.size() && s_.toks[a].sentence == s_.toks[b].sentence;
  }

  void Emit(ValueKind k, uint32_t first, uint32_t last, double v, double vmax, std::string unit,
            std::string qual, std::string norm) {
    ValueMention m;
    m.kind = k;
    m.start = s_.toks[first].start;
    m.end = s_.toks[last - 1].end;
    m.value = v;
    m.value_max = vmax;
    m.unit = std::move(unit);
    m.qualifier = std::move(qual);
    m.normalized = std::move(norm);
    out_.push_back(std::move(m));
  }

  // "rose from 5 to 8", "slashed from $47 billion to $8 billion": a change between two
  // figures, not a range, when "from" before token t follows a verb of change.
  bool ChangeFrom(uint32_t t) const {
    if (t < 2 || !SameSentence(t - 2, t) || L(t - 1) != "from") return false;
    static const std::string_view kVerbs[] = {
        "rose",     "risen",    "rise",     "rises",    "fell",     "fallen",    "falls",
        "increased", "increase", "decreased", "dropped", "drops",   "declined",  "jumped",
        "climbed",  "grew",     "grown",    "cut",      "slashed",  "reduced",   "raised",
        "lowered",  "boosted",  "soared",   "plunged",  "plummeted", "surged",   "shrank",
        "expanded", "up",       "down",     "revised",  "downgraded", "upgraded", "went",
        "moved",    "changed",  "tumbled",  "slipped",  "edged",    "inched",    "spiked"};
    const std::string& v = L(t - 2);
    for (std::string_view w : kVerbs)
      if (v == w) return true;
    return false;
  }

  // Qualifier words ending just before token t; sets *first to where they start.
  std::string Qualifier(uint32_t t, uint32_t* first) const {
    *first = t;
    auto back = [&](int k) -> std::string_view {
      return t >= static_cast<uint32_t>(k) && SameSentence(t - k, t) ? std::string_view(L(t - k))
                                                                     : std::string_view();
    };
    std::string_view a = back(2), b = back(1), z = back(3);
    if (a == "up" && b == "to") {
      *first = t - 2;
      return "up to";
    }
    // "as many as 80", "as much as $5 million"
    if (z == "as" && (a == "many" || a == "much") && b == "as") {
      *first = t - 3;
      return "up to";
    }
    if ((a == "close" || a == "closer") && b == "to") {  // "close to 1,000 workers"
      *first = t - 2;
      return "about";
    }
    if ((a == "more" || a == "fewer" || a == "less") && b == "than") {
      *first = t - 2;
      if (z == "just" || z == "slightly" || z == "little") *first = t - 3;
      return a == "more" ? "more than" : "less than";
    }
    if (a == "at" && (b == "least" || b == "most")) {
      *first = t - 2;
      return b == "least" ? "at least" : "at most";
    }
    if (a == "an" && b == "estimated") {
      *first = t - 2;
      return "about";
    }
    if (b == "over" || b == "above" || b == "exceeding") {
      *first = t - 1;
      return "more than";
    }
    if (b == "under" || b == "below") {
      *first = t - 1;
      return "less than";
    }
    if (b == "about" || b == "around" || b == "roughly" || b == "some" || b == "nearly" ||
        b == "almost" || b == "approximately" || b == "approx." || b == "circa" || b == "c." ||
        b == "estimated" || b == "close" || b == "just") {
      if (b == "some" && t + 1 < s_.toks.size() && L(t + 1) == "of") return {};
      if (b == "just") return {};
      *first = t - 1;
      return "about";
    }
    return {};
  }

  // Parses a number at t: digits (with an optional scale word) or number words.
  bool Number(uint32_t t, double* v, uint32_t* end) const {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    if (t >= n) return false;
    const Tok& k = s_.toks[t];
    double base;
    if (k.kind == TokKind::kNumber) {
      if (!DigitsValue(L(t), &base)) {
        // a scale written onto the digits: "22.6bn", "449K", "5m", "1.2tn"
        const std::string& w = L(t);
        size_t cut = w.find_first_not_of("0123456789.,");
        if (cut == std::string::npos || cut == 0 || !DigitsValue(w.substr(0, cut), &base))
          return false;
        // the short scale words only ("m", "bn", "tn"), and "k"
        std::string_view suffix = std::string_view(w).substr(cut);
        // "$21MM": the money trade's million
        const bool mm = suffix == "mm" && t > 0 && s_.Text(t - 1) == "$";
        double m = suffix == "k" ? 1e3 : mm ? 1e6 : suffix.size() <= 2 ? Multiplier(suffix) : 0;
        if (m == 0) return false;
        base *= m;
      }
    } else if (k.kind == TokKind::kWord) {
      if (!WordValue(L(t), &base)) return false;
    } else {
      return false;
    }
    uint32_t e = t + 1;
    while (e < n && SameSentence(t, e)) {
      double m = Multiplier(L(e));
      if (m == 0 || (L(e) == "m" || L(e) == "b") != (s_.toks[e].start == s_.toks[e - 1].end)) break;
      if (m == 1e2 && base >= 100) break;
      base *= m;
      ++e;
    }
    *v = base;
    *end = e;
    return true;
  }

  bool Date(uint32_t t, uint32_t* next);

  bool Money(uint32_t t, uint32_t* next);

  bool Count(uint32_t t, uint32_t* next);

  // (values_counts.cc) "once", "twice", "thrice", "once or twice" as a number of times; "once"
  // only where it counts ("only once", "more than once", "met once before"), not "once again",
  // "once upon", "at once" or the conjunction.
  bool Times(uint32_t t, uint32_t* next);
  // An age written without "aged" or "-year-old" (number tokens [t, e), value v): "at the age
  // of 35", "age 12", "died at 95", "the suspect, 23, was", "At 16, he went".
  bool AgeAt(uint32_t t, uint32_t e, double v, uint32_t* next);
  // (values_singles.cc) Whether a lone "one" at t before a counted noun counts it: after a
  // limit ("only one toilet", "just one problem") or a word of having ("with one launch", "had
  // one meeting"); not the indefinite "one official said", "one night".
  bool OneCounts(uint32_t t) const;
  // The counted noun of a lone "one" whose first word is at u: the last of up to three lower-case
  // words ("only one political party" -> "party"), or the token count when u is a pronoun ("I
  // have one myself").
  uint32_t OneHead(uint32_t u) const;
  // (values_singles.cc) Whether a lone "one" at t with its counted noun at head counts by its
  // place in the sentence: in a list beside other counts ("two warrants, one summons", "three
  // men and one woman", "one dog and two cats"), or told as what is left ("with one game
  // remaining", "with one lap to go").
  bool OneAmongCounts(uint32_t t, uint32_t head) const;
  // (values_singles.cc) "minute" at u begins "a minute of silence", "a minute's silence" or "a
  // minute silence" (one minute, no qualifier needed); *end is set past "silence".
  bool MinuteOfSilence(uint32_t u, uint32_t* end) const;
  // (values_models.cc) Whether the number token u, written after a count, is a model's number
  // before the model's name ("400 737 Max jets", "five 787 Dreamliner sales"): the counted noun
  // is looked for after it.
  bool ModelNumber(uint32_t u) const;
  // (values_models.cc) Whether the number tokens [t, e) follow a name and precede a lower-case
  // noun as the name's part ("the Apollo 10 crew", "the Euro 2020 playoffs"); unit_tok is the
  // counted noun found, or the token count. A unit of time or measure counts ("left Texas 10
  // years ago").
  bool NameNumber(uint32_t t, uint32_t e, uint32_t unit_tok) const;
  // A unit written onto the digits: "256GB", "120kW", "5km".
  bool AttachedUnit(uint32_t t, uint32_t* next);
  // A number with no counted noun that is still a figure (number tokens [t, e)): the count a
  // verb takes ("Smith scored 20.", "He was 95.", "now has 2,301,"), the subject of a verb in
  // the past ("only two committed"), a run ("won six in a row", "six straight"). Sets *last
  // past the words taken and *unit when the words name one.
  // *with_verb is set when the verb before the number belongs to the figure's words.
  bool BareCount(uint32_t t, uint32_t e, uint32_t* last, std::string* unit, bool* with_verb) const;
  // A number inside a name rather than a count (number tokens [t, e), counted noun at
  // unit_tok, qualifier words ending at qt): a model ("iPhone 7 Plus", "Boeing 787 Dreamliner
  // sales"), a row of a table or a title ("16 Erik Jones", "the 80 Day Obsession"). Sentences
  // written in title case (headlines) are left alone.
  bool PartOfName(uint32_t t, uint32_t e, uint32_t unit_tok, uint32_t qt) const;
  // A number that labels a thing rather than counting (number tokens [t, e)): after a label
  // word ("Phase 1 deal", "Type 2 diabetes", "Week 11 game", "No. 5 seed", "Formula 1"), a
  // clock time with its zone ("1630 GMT"), a decade ("the nineteen sixties").
  bool Label(uint32_t t, uint32_t e) const;
  // Whether the words around token t are written in title case (a headline): most of them
  // capitalised, few numbers (a table's row has many).
  bool TitleCase(uint32_t t) const;

  // Figures written as two numbers joined by a hyphen (values_scores.cc): a result or tally
  // ("won 112-107", "a 5-4 ruling", "lead the series 2-1"), emitted with score set, value the
  // first side and value_max the second as written; a tennis match's sets ("6-4, 7-6 (5)") as
  // one vague score; and a range with its counted noun ("3-5 years"). Anything else written
  // that way (a season "2019-20", a code "24-7", a phone number) is left alone.
  bool Score(uint32_t t, uint32_t* next);
  // A pair at t that states a record or the state of a game without a word of winning (values_
  // scores.cc): after "at" ("serving at 5-4", "At 4-7,"), in brackets after a team's name ("The
  // Eagles (6-5, 3-4)"), or in a list after another result of the sentence ("including 2-6 in
  // the AFC and 0-3 in the West").
  bool Record(uint32_t t) const;

  // A vague figure: "hundreds of people", "tens of thousands of troops", "dozens of officers",
  // "scores of homes", "several thousand teachers", "a few hundred", "several times", "decades
  // in jail". Emitted with vague set, the lower bound the words imply as the value and the
  // qualifier "at least".
  bool Vague(uint32_t t, uint32_t* next);
  // The counted noun after a vague amount (token u onwards, "of" already passed): adjectives
  // and a determiner skipped, the first plural noun. Returns its index, or n when none.
  uint32_t VagueNoun(uint32_t u, uint32_t limit) const;

  // An age written with "aged": "aged 43", "aged 18 to 25", "aged between 5 and 11", "aged 26 or
  // older" (at least), "aged 65 and over", "aged 12 or younger" (at most).
  bool Age(uint32_t t, uint32_t* next);

  const Scan& s_;
  std::string_view published_;
  bool have_pub_ = false;
  long pub_days_ = 0;
  std::vector<ValueMention> out_;
  uint32_t last_score_ = UINT32_MAX;  // the token of the last result or record found
};

}  // namespace newsgraph::analyze::values_internal
