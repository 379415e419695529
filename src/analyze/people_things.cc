// Names of things written like people's names: "Wells Fargo analyst Zachary Fadem", "vice
// president of advanced development programs at Blue Origin", "the film Easy Rider", "Good
// Ventures, a large foundation", "Piper Jaffray & Co.". The tagger reads two capitalised words
// as a person when it does not know the firm; the rest of the document often says what the name
// is. A name with such a sign anywhere in the text, and never introduced with a title or an
// appositive of a person, is not a person (PeopleFinder::Classify).
#include <string>
#include <string_view>

#include "analyze/people_finder.h"

namespace newsgraph::analyze::people_internal {
namespace {

// A lower-case noun that says what kind of thing the name right after it (or its appositive)
// names: "the film Easy Rider", "the schools Santo Spirito and Immacolata", "a large foundation".
bool IsThingNoun(std::string_view l) {
  static constexpr std::string_view kNouns[] = {
      "film",      "films",      "movie",      "movies",    "documentary", "book",
      "novel",     "album",      "song",       "band",      "company",     "companies",
      "firm",      "firms",      "startup",    "start-up",  "bank",        "banks",
      "brand",     "app",        "platform",   "school",    "schools",     "college",
      "hospital",  "ship",       "vessel",     "magazine",  "newspaper",   "website",
      "agency",    "fund",       "foundation", "charity",   "nonprofit",   "non-profit",
      "label",     "studio",     "restaurant", "hotel",     "venue",       "arena",
      "stadium",   "airline",    "carrier",    "channel",   "network",     "retailer",
      "manufacturer", "maker",   "automaker",  "carmaker",  "chipmaker",   "publisher",
      "broadcaster", "insurer",  "lender",     "brokerage", "conglomerate", "subsidiary",
      "franchise", "game",       "series",     "podcast",   "console",     "device",
      "smartphone", "software",  "program",    "programme", "organization", "organisation",
      "consultancy", "outlet",   "shop",       "store",     "chain",       "supermarket"};
  for (std::string_view n : kNouns)
    if (l == n) return true;
  return false;
}

// A word after the name that only a firm takes: "Wells Fargo analyst", "Piper Jaffray & Co.",
// "Acme Widgets shares".
bool IsFirmWordAfter(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "inc",        "inc.",        "corp",     "corp.",      "corporation", "co",
      "co.",        "llc",         "ltd",      "ltd.",       "plc",         "&",
      "analyst",    "analysts",    "shares",   "stock",      "shareholders", "stockholders",
      "employees",  "executives",  "engineers", "subscribers", "stores"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

// After "Name's": what only a firm has ("Blue Widgets's shares", "its headquarters").
bool IsFirmPossession(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "shares",   "stock",     "earnings",     "revenue",      "revenues",  "profit",
      "profits",  "subsidiary", "subsidiaries", "headquarters", "shareholders",
      "stockholders", "workforce", "valuation"};
  for (std::string_view w : kWords)
    if (l == w) return true;
  return false;
}

}  // namespace

void PeopleFinder::FindThingNames() {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  auto word = [&](uint32_t t) { return t < n && s_.toks[t].kind == TokKind::kWord; };
  // two tokens on one line (a title line without a full stop runs into the next sentence)
  auto joined = [&](uint32_t a, uint32_t b) {
    if (!Same(a, b)) return false;
    for (uint32_t i = s_.toks[a].end; i < s_.toks[b].start; ++i)
      if (s_.text[i] == '\n') return false;
    return true;
  };
  for (const auto& r : runs_) {
    if (r.nl <= r.nf || r.nl - r.nf < 2) continue;
    const uint32_t nf = r.nf, nl = r.nl;
    bool thing = false;
    // before: a kind of thing right before the run ("the film Easy Rider")
    if (nf == r.first && nf > 0 && word(nf - 1) && !s_.toks[nf - 1].cap && joined(nf - 1, nf) &&
        IsThingNoun(L(nf - 1)))
      thing = true;
    // after: a firm's word, or a firm's possession
    if (!thing && nl < n && joined(nl - 1, nl)) {
      const std::string& a = L(nl);
      if (IsFirmWordAfter(a) && (a == "&" || !s_.toks[nl].cap || a.size() <= 5)) thing = true;
      if (!thing && s_.toks[nl].kind == TokKind::kPossessive && nl + 1 < n && Same(nl, nl + 1) &&
          IsFirmPossession(L(nl + 1)))
        thing = true;
    }
    // an appositive that says what it is: "Good Ventures, a large foundation"
    if (!thing && nl + 2 < n && s_.Text(nl) == "," && Same(nl, nl + 1) &&
        (L(nl + 1) == "a" || L(nl + 1) == "an" || L(nl + 1) == "the")) {
      for (uint32_t k = nl + 2; k < n && k < nl + 6 && word(k) && Same(nl, k); ++k) {
        if (IsThingNoun(L(k))) {
          // "a firm lawyer", "the band's singer": the noun must end the phrase (a function
          // word or a participle may follow: "a foundation based in Ohio")
          const bool more = k + 1 < n && Same(k, k + 1) &&
                            (s_.toks[k + 1].kind == TokKind::kPossessive ||
                             (word(k + 1) && !IsFunctionWord(L(k + 1)) &&
                              !(L(k + 1).size() > 3 && L(k + 1).ends_with("ed"))));
          thing = !more;
          break;
        }
        if (IsTitleHead(L(k)) || IsPersonNoun(L(k))) break;
      }
    }
    // where someone works: "an analyst at Piper Jaffray", "vice president of advanced
    // development programs at Blue Origin" (a title before "at", or before an "of" phrase
    // leading to it); not "lashed out at X" (no title right there)
    if (!thing && nf == r.first && nf >= 2 && L(nf - 1) == "at" && Same(nf - 2, nf) &&
        !(nl < n && s_.toks[nl].kind == TokKind::kPossessive)) {
      auto works = [&](uint32_t t) {
        const std::string& l = L(t);
        return IsTitleHead(l) || IsRoleNoun(l) || (IsPersonNoun(l) && !s_.toks[t].cap) ||
               l == "works" || l == "worked" || l == "working" || l == "employed" ||
               l == "job" || l == "career" || l == "stint" || l == "internship";
      };
      if (word(nf - 2) && works(nf - 2)) {
        thing = true;
      } else {
        for (uint32_t k = nf - 2; k > 0 && nf - k < 8 && word(k) && Same(k, nf); --k)
          if (L(k) == "of" && word(k - 1) && works(k - 1)) {
            thing = true;
            break;
          }
      }
    }
    if (thing) thing_names_.insert(std::string(s_.TextRange(nf, nl)));
  }
}

}  // namespace newsgraph::analyze::people_internal
