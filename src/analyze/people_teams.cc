// Names of teams and clubs written like a plural of people: "the Red Sox have made an offer",
// "the Yankees signed him", "the Angels' offer". Sports reports name a club by its plural
// nickname after "the", and the club acts: it signs, offers, wins, has, is. Such a name with
// such a verb (or a plural possessive) anywhere in the text is an organisation wherever the
// text names it (PeopleFinder::Classify), unless a title or an appositive introduces it as a
// person. A city before the nickname ("the Boston Red Sox") may be left out later ("the Red
// Sox"): both names count.
#include <algorithm>
#include <string>
#include <string_view>

#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// A verb that agrees only with a plural subject: "the Red Sox have", "the Nationals are".
bool IsPluralVerb(std::string_view l) {
  return l == "have" || l == "are" || l == "were" || l == "do" || l == "haven't" ||
         l == "aren't" || l == "weren't" || l == "don't";
}

// A verb any subject takes: a modal, an auxiliary or a past tense ("the Yankees signed",
// "the Angels might", "the Mets won").
bool IsAgentVerb(std::string_view l) {
  static constexpr std::string_view kVerbs[] = {
      "will", "would", "can", "could", "might", "may", "must", "should", "had", "did",
      "made", "won", "lost", "beat", "took", "gave", "got", "sent", "paid", "sold",
      "bought", "struck", "swept", "won't", "can't", "didn't", "hadn't", "wouldn't"};
  for (std::string_view v : kVerbs)
    if (l == v) return true;
  // a regular past tense: "signed", "offered", "traded", "acquired" (not "red", "bed")
  return l.size() > 4 && l.ends_with("ed");
}

// Plural names of things that are not organisations: events and gatherings ("the Olympics
// will", "the Oscars were", "the talks have").
bool IsEventPlural(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "olympics", "games",  "oscars",     "grammys",   "emmys",     "championships",
      "playoffs", "finals", "elections",  "midterms",  "primaries", "talks",
      "meetings", "series", "paralympics", "awards",   "hearings",  "negotiations"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

// The word is written as a plural: "Yankees", "Angels" (not "Texas", "Paris", "Congress").
bool LooksPlural(std::string_view l) {
  return l.size() > 3 && l.back() == 's' && !l.ends_with("ss") && !l.ends_with("us") &&
         !l.ends_with("is") && !l.ends_with("'s");
}

// A preposition whose object the name would be: "of the Tar Heels have" reads the verb with
// the phrase's head.
bool IsPreposition(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "of",    "in",      "on",     "at",      "to",      "for",     "from",  "with",
      "by",    "under",   "over",   "against", "about",   "into",    "onto",  "between",
      "among", "behind",  "near",   "without", "through", "across",  "like",  "beyond",
      "above", "below",   "toward", "towards", "upon",    "within",  "despite"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

// A word after which a clause, with its own subject, may start: "that the Red Sox have",
// "and the Red Sox are".
bool OpensClause(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "and",    "but",   "or",     "that",  "as",    "when",     "if",      "while",
      "because", "since", "after", "before", "although", "though", "unless", "until",
      "whether", "so",    "then",  "now",   "said",  "says",     "reported", "reports",
      "believe", "believes", "think", "thinks", "hear", "heard", "say",   "means"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

}  // namespace

void PeopleFinder::FindTeamNames() {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  auto word = [&](uint32_t t) { return t < n && s_.toks[t].kind == TokKind::kWord; };
  for (const auto& r : runs_) {
    // the name with the words the run puts before it ("Boston" of "the Boston Red Sox")
    const uint32_t nl = r.nl;
    uint32_t nf = r.first;
    if (L(nf) == "the" && s_.toks[nf].sentence_start) ++nf;  // "The Yankees signed"
    if (nl <= nf || nl - nf > 3 || r.nf < nf) continue;
    // "the" right before the name, or "The" opening the sentence and the run
    const uint32_t the = nf > r.first ? r.first : nf - 1;
    if (nf == r.first && (nf == 0 || !word(nf - 1) || s_.toks[nf - 1].cap || L(nf - 1) != "the" ||
                          !Same(nf - 1, nf)))
      continue;
    if (nl >= n || !Same(nl - 1, nl)) continue;
    const std::string& last = L(nl - 1);
    const bool plural = LooksPlural(last);
    // what follows: a verb of the club's doing, or the plural's possessive ("the Yankees' offer")
    const Tok& after = s_.toks[nl];
    bool acts = false;
    if (after.kind == TokKind::kWord && !after.cap)
      acts = IsPluralVerb(after.lower) || (plural && IsAgentVerb(after.lower));
    else if (after.kind == TokKind::kPossessive)
      acts = plural;
    if (!acts) continue;
    // the name opens a clause: not the object of a preposition or a verb ("the cafes under
    // the Acropolis were busy", "attempts to revise the Endangered Species Act have been
    // rebuffed"); a plural nickname may follow a verb ("say the Corvettes signed")
    if (the > 0 && Same(the - 1, the) && !s_.toks[the].sentence_start) {
      const Tok& b = s_.toks[the - 1];
      if (b.kind == TokKind::kWord &&
          (IsPreposition(b.lower) || (!plural && !OpensClause(b.lower))))
        continue;
    }
    // the words are a name of its own, not titles, roles, places, peoples or events
    bool ok = true;
    for (uint32_t k = nf; k < nl && ok; ++k) {
      const std::string& l = L(k);
      // one capital a word: "TVs", "Joy-Cons" are things
      const std::string_view tx = s_.Text(k);
      const auto capitals =
          std::count_if(tx.begin(), tx.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      ok = word(k) && s_.toks[k].cap && capitals == 1 && !IsTitleHead(l) && !IsHonorific(l) &&
           !IsRoleNoun(l) && !IsOrganisationWord(l) && !IsFunctionWord(l) &&
           !IsCommonCapitalised(l) &&
           !IsWeekday(l) && MonthIndex(l) == 0;
    }
    if (!ok || IsEventPlural(last)) continue;
    const std::string lower = Lower(s_.TextRange(nf, nl));
    std::string one = last.substr(0, last.size() - (plural ? 1 : 0));
    if (IsPlaceWord(lower) || !CountryOfName(lower).empty() || !CountryOfDemonym(lower).empty() ||
        !CountryOfDemonym(one).empty() || !CountryOfOrganisation(lower).empty() ||
        IsPersonNoun(one) || !PluralHeadAt(nl - 1).empty())
      continue;
    // the tagger's person or place ("the Kennedys", "the Philippines")
    const int type = NerType(s_.toks[nf].start, s_.toks[nl - 1].end);
    if (type == static_cast<int>(EntityType::kPerson) ||
        type == static_cast<int>(EntityType::kLocation))
      continue;
    // a family: the name, or its singular, is the surname of someone the text names with a
    // given name ("the Obamas have"; not "the New Orleans Saints")
    bool family = false;
    if (plural && nl - nf == 1) {
      for (const auto& o : runs_)
        if (o.nl - o.nf >= 2 && GivenNameGender(L(o.nf)) != 0 &&
            (L(o.nl - 1) == one || L(o.nl - 1) == last))
          family = true;
    }
    if (family) continue;
    team_names_.insert(std::string(s_.TextRange(nf, nl)));
    // "the Boston Red Sox" -> also "Red Sox" (the name the run's classification reads)
    while (nl - nf >= 2 && IsPlaceWord(L(nf))) {
      ++nf;
      team_names_.insert(std::string(s_.TextRange(nf, nl)));
    }
    if (r.nf > nf && r.nf < nl) team_names_.insert(std::string(s_.TextRange(r.nf, nl)));
  }
}

}  // namespace newsgraph::analyze::people_internal
