// Statements: who reported something, with which word, and when. One entry per speaker,
// reporting word and time, from the attributed quotes and from unquoted reporting
// ("X said on Monday that ...", "according to X").
#include <algorithm>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

std::string NormKind(std::string k) {
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
         w == "noted" || w == "replied" || w == "responded" || w == "admitted";
}

class StatementFinder {
 public:
  StatementFinder(const Scan& s, const PeopleResult& p, const std::vector<ValueMention>& v)
      : s_(s), p_(p), v_(v) {}

  void Add(const std::string& speaker, const std::string& kind, uint32_t sentence,
           uint32_t start, uint32_t end) {
    if (speaker.empty() || kind.empty()) return;
    Statement st;
    st.speaker = speaker;
    st.kind = NormKind(kind);
    st.start = start;
    st.end = end;
    When(sentence, &st);
    // one entry per speaker, word and time; an undated repeat adds nothing
    for (auto& o : out_)
      if (o.speaker == st.speaker && o.kind == st.kind &&
          (o.when == st.when || st.when.empty() || o.when.empty())) {
        if (o.when.empty() && !st.when.empty()) {
          o.when = st.when;
          o.date = st.date;
        }
        return;
      }
    out_.push_back(std::move(st));
  }

  void FromQuotes(const std::vector<Quote>& quotes) {
    for (const auto& q : quotes) {
      // the quote's sentence: the token starting at q.start
      auto it = std::lower_bound(s_.toks.begin(), s_.toks.end(), q.start,
                                 [](const Tok& t, uint32_t v) { return t.start < v; });
      if (it == s_.toks.end()) continue;
      Add(q.speaker, q.cue.empty() ? "said" : q.cue, it->sentence, q.start, q.end);
    }
  }

  void Unquoted() {
    const uint32_t n = static_cast<uint32_t>(s_.toks.size());
    for (uint32_t t = 0; t < n; ++t) {
      if (s_.toks[t].in_quote || (s_.toks[t].cap && s_.toks[t].lower != "according")) continue;
      const std::string& w = s_.toks[t].lower;
      if (w == "according" && t + 2 < n && s_.toks[t + 1].lower == "to") {
        if (const PersonMention* m = p_.MentionCovering(t + 2)) {
          Add(p_.people[m->person].name, "according to", s_.toks[t].sentence,
              s_.toks[t].start, s_.toks[m->last - 1].end);
        }
        continue;
      }
      if (!Reporting(w)) continue;
      // subject right before ("Lavrov said", "Lavrov also said") or after ("said Lavrov")
      uint32_t k = t;
      if (k > 0 && (s_.toks[k - 1].lower == "also" || s_.toks[k - 1].lower == "later")) --k;
      const PersonMention* m = k > 0 ? p_.MentionCovering(k - 1) : nullptr;
      if (m && m->last != k) m = nullptr;
      if (!m && t + 1 < n) {
        m = p_.MentionCovering(t + 1);
        if (m && m->title_first != t + 1 && m->first != t + 1) m = nullptr;
      }
      if (!m) continue;
      std::string kind = w;
      if (w == "told" && t + 1 < n &&
          (s_.toks[t + 1].lower == "reporters" || s_.toks[t + 1].lower == "journalists"))
        kind += " " + s_.toks[t + 1].lower;
      Add(p_.people[m->person].name, kind, s_.toks[t].sentence,
          s_.toks[std::min(m->title_first, t)].start, s_.toks[std::max(m->last - 1, t)].end);
    }
  }

  std::vector<Statement> Take() { return std::move(out_); }

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

  const Scan& s_;
  const PeopleResult& p_;
  const std::vector<ValueMention>& v_;
  std::vector<Statement> out_;
};

}  // namespace

std::vector<Statement> FindStatements(const Scan& scan, const PeopleResult& people,
                                      const std::vector<Quote>& quotes,
                                      const std::vector<ValueMention>& values) {
  StatementFinder f(scan, people, values);
  f.FromQuotes(quotes);
  f.Unquoted();
  return f.Take();
}

}  // namespace newsgraph::analyze
