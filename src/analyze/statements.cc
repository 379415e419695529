// Statements: who reported something, with which word, and when. One entry per speaker,
// reporting word and time, from the attributed quotes and from unquoted reporting
// ("X said on Monday that ...", "according to X").
#include <algorithm>
#include <map>

#include <absl/container/flat_hash_map.h>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

// Present and participle forms of a reporting verb as its past ("states", "stating" ->
// "stated"); other words unchanged.
std::string PastOf(const std::string& w) {
  static const char* const kForms[][3] = {{"stated", "states", "stating"},
                                          {"noted", "notes", "noting"},
                                          {"added", "adds", "adding"},
                                          {"claimed", "claims", "claiming"},
                                          {"explained", "explains", "explaining"},
                                          {"argued", "argues", "arguing"},
                                          {"insisted", "insists", "insisting"},
                                          {"warned", "warns", "warning"},
                                          {"stressed", "stresses", "stressing"},
                                          {"denied", "denies", "denying"},
                                          {"confirmed", "confirms", "confirming"},
                                          {"admitted", "admits", "admitting"},
                                          {"announced", "announces", "announcing"},
                                          {"wrote", "writes", "writing"},
                                          {"told", "tells", "telling"},
                                          {"said", "says", "saying"},
                                          {"emphasized", "emphasizes", "emphasizing"},
                                          {"reiterated", "reiterates", "reiterating"},
                                          {"concluded", "concludes", "concluding"},
                                          {"acknowledged", "acknowledges", "acknowledging"},
                                          {"cautioned", "cautions", "cautioning"},
                                          {"tweeted", "tweets", "tweeting"},
                                          {"reported", "reports", "reporting"},
                                          {"described", "describes", "describing"}};
  for (const auto& f : kForms)
    if (w == f[1] || w == f[2]) return f[0];
  if (w == "say") return "said";
  if (w == "tell") return "told";
  return w;
}

std::string NormKind(std::string k) {
  size_t sp = k.find(' ');
  if (k.rfind("in a ", 0) != 0) {
    std::string head = PastOf(sp == std::string::npos ? k : k.substr(0, sp));
    k = sp == std::string::npos ? head : head + k.substr(sp);
  }
  if (k == "says" || k == "say" || k == "saying") return "said";
  if (k == "in a tweet" || k == "tweeted") return "tweet";
  if (k == "in a statement") return "statement";
  if (k == "adds") return "added";
  if (k == "tells") return "told";
  return k;
}

bool Reporting(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "announced" || w == "stated" ||
         w == "wrote" || w == "tweeted" || w == "added" || w == "acknowledged" || w == "warned" ||
         w == "explained" || w == "confirmed" || w == "claimed" || w == "argued" ||
         w == "commented" || w == "reported" || w == "testified" || w == "insisted" ||
         w == "noted" || w == "replied" || w == "responded" || w == "admitted" || w == "denied" ||
         w == "concluded" || w == "stressed" || w == "reiterated";
}

class StatementFinder {
 public:
  StatementFinder(const Scan& s, const PeopleResult& p, const std::vector<ValueMention>& v)
      : s_(s), p_(p), v_(v) {}

  void Add(const std::string& speaker, const std::string& kind, uint32_t sentence, uint32_t start,
           uint32_t end) {
    if (speaker.empty() || kind.empty()) return;
    Statement st;
    st.speaker = speaker;
    st.kind = NormKind(kind);
    st.start = start;
    st.end = end;
    When(sentence, &st);
    // one entry per speaker, word and time; an undated repeat adds nothing, and a dated one
    // dates the earliest undated entry unless an earlier one has its time (found through
    // indexes, not a scan of every entry: long texts stay linear)
    constexpr size_t kNone = static_cast<size_t>(-1);
    Group& g = groups_[st.speaker + '\x1f' + st.kind];
    if (!g.undated.empty() || !g.by_when.empty()) {  // the speaker and word have entries
      if (st.when.empty()) return;
      auto same = g.by_when.find(st.when);
      const size_t dated = same == g.by_when.end() ? kNone : same->second;
      const size_t undated = g.next_undated < g.undated.size() ? g.undated[g.next_undated] : kNone;
      if (undated < dated) {
        out_[undated].when = st.when;
        out_[undated].date = st.date;
        ++g.next_undated;
        g.by_when.insert_or_assign(st.when, undated);  // now the earliest with this time
        return;
      }
      if (dated != kNone) return;
    }
    const size_t idx = out_.size();
    if (st.when.empty())
      g.undated.push_back(idx);
    else
      g.by_when.emplace(st.when, idx);
    out_.push_back(std::move(st));
  }

  void FromQuotes(const std::vector<Quote>& quotes) {
    uint32_t outer_end = 0;  // the end of the quotes so far: one inside another is quoted
    for (const auto& q : quotes) {
      // words quoted inside someone's quote were reported by the witness, not stated to the
      // reporter ("“I heard Trump ask, ‘...’” Holmes testified": Holmes's statement only)
      const bool nested = q.end <= outer_end;
      outer_end = std::max(outer_end, q.end);
      if (nested) continue;
      // the quote's sentence: the token starting at q.start
      const uint32_t t = s_.TokenFrom(q.start);
      if (t == s_.toks.size()) continue;
      Add(q.speaker, q.cue.empty() ? "said" : q.cue, s_.toks[t].sentence, q.start, q.end);
    }
  }

  void Unquoted() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    for (uint32_t t = 0; t < n; ++t) {
      if (s_.toks[t].in_quote || (s_.toks[t].cap && s_.toks[t].lower != "according")) continue;
      const std::string& w = s_.toks[t].lower;
      if (w == "according" && t + 2 < n && s_.toks[t + 1].lower == "to") {
        if (const PersonMention* m = p_.MentionCovering(t + 2)) {
          Add(p_.people[m->person].name, "according to", s_.toks[t].sentence, s_.toks[t].start,
              s_.toks[m->last - 1].end);
        }
        continue;
      }
      if (!Reporting(w)) continue;
      // subject right before ("Lavrov said", "Lavrov also said") or after ("said Lavrov")
      uint32_t k = t;
      if (k > 0 && (s_.toks[k - 1].lower == "also" || s_.toks[k - 1].lower == "later")) --k;
      const PersonMention* m = k > 0 ? p_.MentionCovering(k - 1) : nullptr;
      if (m && m->last != k) m = nullptr;
      // "X, a member of the panel, admitted", "X, who chairs it, said": the person before an
      // appositive between commas (no other person, quote or reporting word inside it)
      if (!m && k >= 3 && s_.Text(k - 1) == ",") {
        for (uint32_t j = k - 2; j > 0 && k - j < 16; --j) {
          const Tok& tj = s_.toks[j];
          if (tj.in_quote || tj.kind == TokKind::kQuote || tj.sentence != s_.toks[t].sentence ||
              Reporting(tj.lower) || p_.MentionCovering(j))
            break;
          if (s_.Text(j) != ",") continue;
          const PersonMention* a = p_.MentionCovering(j - 1);
          if (a && a->last == j && !a->modifier) m = a;
          break;
        }
      }
      if (!m && t + 1 < n) {
        m = p_.MentionCovering(t + 1);
        if (m && m->title_first != t + 1 && m->first != t + 1) m = nullptr;
      }
      if (!m) {
        // an organisation or a country reporting: "Microsoft announced", "said KCNA"
        std::string org;
        if (k > 0) org = ThingEndingAt(s_.toks[k - 1].end, s_.toks[k - 1].sentence_start);
        uint32_t b = k > 0 ? k - 1 : 0;
        if (org.empty() && t + 1 < n) {
          org = ThingStartingAt(s_.toks[t + 1].start);
          b = t;
        }
        if (!org.empty() && w != "reported")
          Add(org, w, s_.toks[t].sentence, s_.toks[b].start, s_.toks[std::max(b, t)].end);
        continue;
      }
      std::string kind = w;
      if (w == "told" && t + 1 < n &&
          (s_.toks[t + 1].lower == "reporters" || s_.toks[t + 1].lower == "journalists"))
        kind += " " + s_.toks[t + 1].lower;
      // "told CBC News", "told the press": the outlet told, not a person
      if (w == "told" && kind == "told" && t + 1 < n) {
        uint32_t b = t + 1;
        if (s_.toks[b].lower == "the" && b + 1 < n) ++b;
        uint32_t e = b;
        while (e < n && e < b + 4 && s_.toks[e].cap && s_.toks[e].kind == TokKind::kWord &&
               !p_.MentionCovering(e) && s_.toks[e].sentence == s_.toks[t].sentence)
          ++e;
        if (e == b && b < n && s_.toks[b].lower == "press") e = b + 1;
        if (e > b) kind += " " + std::string(s_.TextRange(t + 1, e));
      }
      Add(p_.people[m->person].name, kind, s_.toks[t].sentence,
          s_.toks[std::min(m->title_first, t)].start, s_.toks[std::max(m->last - 1, t)].end);
    }
  }

  std::vector<Statement> Take() { return std::move(out_); }
  // the entries of one speaker and reporting word
  struct Group {
    std::vector<size_t> undated;  // entries without a time, in order
    size_t next_undated = 0;      // the first of them still undated
    absl::flat_hash_map<std::string, size_t> by_when;
  };
  absl::flat_hash_map<std::string, Group> groups_;

  void IndexThings() {
    for (const auto* list : {&p_.organizations, &p_.places})
      for (const auto& th : *list)
        for (const auto& mm : th.mentions) {
          thing_end_[mm.end] = th.name;
          thing_start_[mm.start] = th.name;
        }
  }

 private:
  void When(uint32_t sentence, Statement* st) const {
    if (sentence >= s_.sentences.size()) return;
    const Span& sp = s_.sentences[sentence];
    uint32_t b = s_.toks[sp.first].start, e = s_.toks[sp.last - 1].end;
    for (const auto& v : v_) {
      if (v.kind != ValueKind::kDate || v.start < b || v.end > e) continue;
      // dates inside quotation marks are what was said, not when
      bool quoted = false;
      for (const auto& q : s_.quotes)
        if (v.start >= q.start && v.end <= q.end) quoted = true;
      if (quoted) continue;
      std::string_view tx = s_.text.substr(v.start, v.end - v.start);
      if (tx.size() == 4) continue;  // a bare year
      st->when = std::string(tx);
      st->date = v.normalized.size() == 10 ? v.normalized : std::string();
      return;
    }
  }

  std::string ThingEndingAt(uint32_t byte, bool) const {
    auto it = thing_end_.find(byte);
    return it == thing_end_.end() ? std::string() : it->second;
  }
  std::string ThingStartingAt(uint32_t byte) const {
    auto it = thing_start_.find(byte);
    return it == thing_start_.end() ? std::string() : it->second;
  }

  const Scan& s_;
  const PeopleResult& p_;
  const std::vector<ValueMention>& v_;
  std::vector<Statement> out_;
  std::map<uint32_t, std::string> thing_end_, thing_start_;
};

}  // namespace

std::vector<Statement> FindStatements(const Scan& scan, const PeopleResult& people,
                                      const std::vector<Quote>& quotes,
                                      const std::vector<ValueMention>& values) {
  StatementFinder f(scan, people, values);
  f.IndexThings();
  f.FromQuotes(quotes);
  f.Unquoted();
  return f.Take();
}

}  // namespace newsgraph::analyze
