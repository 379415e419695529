// What changed between aligned sentences of a source and its copy (see DiffFacts in
// newsgraph/copies.h, docs/copies.md).
//
// The words of each aligned pair are diffed (longest common subsequence, case-insensitive);
// every differing run ("hunk") is classified with what the analysis found on both sides:
//   person   a hunk inside a person's mention on either side; a fact when both sides name
//            someone and the names differ beyond a dropped first name ("Joe Biden" -> "Biden");
//            "speaker" when the name is a statement's speaker
//   title    Mr./Dr./Sir ...; office: President, Foreign Minister ...
//   date     months and years; weekday: Monday ...
//   number   digits, number words, or a figure whose value or unit differs
//   communication  a call's medium: phone / video / in person / in writing
//   quote    words changed inside a quotation: a fact unless every changed word is a synonym
//   wording  anything else with a content word in it: never a fact
// The fact flag is set when both sides say something and what they say differs; an omission
// ("President Joe Biden" -> "Joe Biden") is wording.
#include <algorithm>
#include <set>
#include <string>

#include "link/copies_words.h"
#include "newsgraph/copies.h"
#include "newsgraph/link.h"

namespace newsgraph {
namespace {

using copies::Word;

constexpr double kMinPairSimilarity = 0.4;  // looser pairs are too unlike to diff word by word
constexpr size_t kMaxPairWords = 400;

struct Tok {
  uint32_t start, end;
  std::string lower;
  bool stop, number, capital, lead;
};

struct Side {
  const LinkDocument* doc;
  std::vector<Tok> toks;
};

Side Words(const LinkDocument& d) {
  Side s{&d, {}};
  for (const Word& w : copies::ScanWords(d.text, 1u << 20)) {
    s.toks.push_back({w.start, w.end, copies::LowerWord(std::string_view(d.text).substr(w.start, w.end - w.start)),
                      w.stop, w.number, w.capital, w.sentence_start});
  }
  return s;
}

// Token index range [first, last) of the tokens inside [start, end).
std::pair<size_t, size_t> Range(const Side& s, uint32_t start, uint32_t end) {
  auto lo = std::lower_bound(s.toks.begin(), s.toks.end(), start,
                             [](const Tok& t, uint32_t v) { return t.start < v; });
  auto hi = std::lower_bound(lo, s.toks.end(), end, [](const Tok& t, uint32_t v) { return t.start < v; });
  return {static_cast<size_t>(lo - s.toks.begin()), static_cast<size_t>(hi - s.toks.begin())};
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsTitle(std::string_view w) {
  return In(w, {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor",
                "rev", "reverend", "madam", "mx"});
}
bool IsOffice(std::string_view w) {
  return In(w, {"president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
                "foreign", "defence", "defense", "interior", "finance", "home", "senator",
                "governor", "mayor", "ambassador", "spokesperson", "spokesman", "spokeswoman",
                "general", "admiral", "chief", "commander", "king", "queen", "prince", "princess",
                "envoy", "director", "chairman", "chairwoman", "chair", "ceo", "leader",
                "speaker", "representative", "congressman", "congresswoman", "attorney",
                "justice", "judge", "pope", "emperor", "sheikh", "emir", "deputy", "undersecretary",
                "treasurer", "commissioner", "president-elect", "sen", "gov", "rep", "gen"});
}
bool IsWeekday(std::string_view w) {
  return In(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}
bool IsMonth(std::string_view w) {
  return In(w, {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
                "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday", "today",
                "tomorrow", "tonight"});
}
bool IsYear(const Tok& t) {
  return t.number && t.lower.size() == 4 && (t.lower.compare(0, 2, "19") == 0 || t.lower.compare(0, 2, "20") == 0);
}
bool IsNumberWord(std::string_view w) {
  return In(w, {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
                "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
                "dozens", "half", "percent", "first", "second", "third"});
}
// A call's medium: 1 phone, 2 video, 3 in person, 4 in writing, 0 none.
int Medium(std::string_view w) {
  if (In(w, {"phone", "telephone", "phoned", "telephoned", "phones", "phone-call"})) return 1;
  if (In(w, {"video", "videoconference", "virtual", "virtually", "zoom", "teleconference",
             "videolink", "video-link", "online", "skype"})) return 2;
  if (In(w, {"meeting", "met", "meet", "summit", "visit", "visited", "in-person", "face-to-face"})) return 3;
  if (In(w, {"letter", "email", "e-mail", "message", "texted", "wrote"})) return 4;
  return 0;
}

struct Hunk {
  size_t s0, s1, c0, c1;  // token ranges [s0, s1) and [c0, c1)
};

// Diffs tokens [sa, sb) of the source against [ca, cb) of the copy.
std::vector<Hunk> Diff(const Side& s, size_t sa, size_t sb, const Side& c, size_t ca, size_t cb) {
  size_t n = sb - sa, m = cb - ca;
  std::vector<uint16_t> dp((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint16_t& { return dp[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = s.toks[sa + i].lower == c.toks[ca + j].lower
                     ? static_cast<uint16_t>(at(i + 1, j + 1) + 1)
                     : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<Hunk> hunks;
  size_t i = 0, j = 0, hi = 0, hj = 0;
  bool open = false;
  auto close = [&] {
    if (open) hunks.push_back({sa + hi, sa + i, ca + hj, ca + j});
    open = false;
  };
  while (i < n || j < m) {
    if (i < n && j < m && s.toks[sa + i].lower == c.toks[ca + j].lower) {
      close();
      ++i;
      ++j;
      continue;
    }
    if (!open) {
      open = true;
      hi = i;
      hj = j;
    }
    if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) ++i;
    else ++j;
  }
  close();
  return hunks;
}

const Person* PersonAt(const Analysis& a, uint32_t start, uint32_t end, const Mention** mention) {
  for (const Person& p : a.people) {
    for (const Mention& m : p.mentions) {
      if (m.start < end && start < m.end) {
        *mention = &m;
        return &p;
      }
    }
  }
  return nullptr;
}

bool InQuote(const Analysis& a, uint32_t start, uint32_t end) {
  for (const Quote& q : a.quotes) {
    if (q.start <= start && end <= q.end && q.start < q.end) return true;
  }
  return false;
}

bool InStatement(const Analysis& a, uint32_t start, uint32_t end) {
  for (const Statement& st : a.statements) {
    if (st.start <= start && end <= st.end) return true;
  }
  return false;
}

struct Part {
  uint32_t start = 0, end = 0;
  bool empty = true;
  void Add(uint32_t s, uint32_t e) {
    if (empty) {
      start = s;
      end = e;
      empty = false;
    } else {
      start = std::min(start, s);
      end = std::max(end, e);
    }
  }
};

// A word that can be part of a person's name: capitalised, not a title, office, weekday or month.
bool NamePart(const Tok& t) {
  return t.capital && !t.stop && !IsOffice(t.lower) && !IsTitle(t.lower) && !IsWeekday(t.lower) &&
         !IsMonth(t.lower);
}

class Differ {
 public:
  Differ(const Side& s, const Side& c, std::vector<FactChange>* out) : s_(s), c_(c), out_(out) {}

  void Classify(const Hunk& h, uint32_t s_anchor, uint32_t c_anchor) {
    const Analysis& sa = s_.doc->analysis;
    const Analysis& ca = c_.doc->analysis;
    // Names first: tokens inside person mentions (or capitalised words mid-sentence when the
    // analysis found no person there) come out as one person change.
    Part sn, cn;
    std::vector<bool> s_name(h.s1 - h.s0, false), c_name(h.c1 - h.c0, false);
    std::string s_person, c_person;
    bool s_has_mention = false, c_has_mention = false;
    auto names = [&](const Side& side, const Analysis& an, size_t t0, size_t t1, Part* part,
                     std::vector<bool>* flag, std::string* who, bool* found) {
      for (size_t t = t0; t < t1; ++t) {
        const Tok& tok = side.toks[t];
        const Mention* m = nullptr;
        if (PersonAt(an, tok.start, tok.end, &m) != nullptr && NamePart(tok)) {
          // The name: the capitalised words around the changed one inside the mention, without
          // the title or office words a mention may hold ("British Prime Minister Boris Johnson").
          size_t b = t, e = t + 1;
          while (b > 0 && side.toks[b - 1].start >= m->start && NamePart(side.toks[b - 1])) --b;
          while (e < side.toks.size() && side.toks[e].end <= m->end && NamePart(side.toks[e])) ++e;
          part->Add(side.toks[b].start, side.toks[e - 1].end);
          (*flag)[t - t0] = true;
          *found = true;
        }
      }
      if (!part->empty) *who = std::string(side.doc->text.substr(part->start, part->end - part->start));
      if (part->empty) {
        for (size_t t = t0; t < t1; ++t) {
          const Tok& tok = side.toks[t];
          if (!tok.lead && NamePart(tok)) {
            part->Add(tok.start, tok.end);
            (*flag)[t - t0] = true;
          }
        }
        if (!part->empty) *who = std::string(side.doc->text.substr(part->start, part->end - part->start));
      }
    };
    names(s_, sa, h.s0, h.s1, &sn, &s_name, &s_person, &s_has_mention);
    names(c_, ca, h.c0, h.c1, &cn, &c_name, &c_person, &c_has_mention);
    if (s_has_mention || c_has_mention) {
      FactChange f;
      bool both = !sn.empty && !cn.empty;
      f.fact = both && !SameName(s_person, c_person);
      f.kind = (InStatement(sa, sn.start, sn.end) || InStatement(ca, cn.start, cn.end)) && f.fact
                   ? "speaker"
                   : "person";
      Emit(f, sn.empty ? Part{s_anchor, s_anchor, false} : sn,
           cn.empty ? Part{c_anchor, c_anchor, false} : cn);
    } else {
      std::fill(s_name.begin(), s_name.end(), false);
      std::fill(c_name.begin(), c_name.end(), false);
    }

    // The rest of the hunk.
    Part sp, cp;
    std::vector<const Tok*> st, ct;
    for (size_t t = h.s0; t < h.s1; ++t) {
      if (s_name[t - h.s0]) continue;
      st.push_back(&s_.toks[t]);
      sp.Add(s_.toks[t].start, s_.toks[t].end);
    }
    for (size_t t = h.c0; t < h.c1; ++t) {
      if (c_name[t - h.c0]) continue;
      ct.push_back(&c_.toks[t]);
      cp.Add(c_.toks[t].start, c_.toks[t].end);
    }
    bool content = false;
    for (const Tok* t : st) content |= !t->stop;
    for (const Tok* t : ct) content |= !t->stop;
    if (!content) return;
    if (sp.empty) sp = Part{s_anchor, s_anchor, false};
    if (cp.empty) cp = Part{c_anchor, c_anchor, false};

    auto words_of = [](const std::vector<const Tok*>& v, auto pred) {
      std::set<std::string> out;
      for (const Tok* t : v) {
        if (pred(*t)) out.insert(t->lower);
      }
      return out;
    };
    auto change = [&](const char* kind, const std::set<std::string>& a, const std::set<std::string>& b) {
      FactChange f;
      f.kind = kind;
      f.fact = !a.empty() && !b.empty() && a != b;
      Emit(f, sp, cp);
    };
    auto title = [](const Tok& t) { return IsTitle(t.lower); };
    auto office = [](const Tok& t) { return IsOffice(t.lower); };
    auto weekday = [](const Tok& t) { return IsWeekday(t.lower); };
    auto date = [](const Tok& t) { return IsMonth(t.lower) || IsYear(t); };
    auto number = [](const Tok& t) { return t.number || IsNumberWord(t.lower); };
    auto medium = [](const Tok& t) { return Medium(t.lower) != 0; };
    std::set<std::string> a, b;
    if (!(a = words_of(st, title)).empty() | !(b = words_of(ct, title)).empty()) {
      if (a.size() == 1 && b.size() == 1 && copies::AreSynonyms(*a.begin(), *b.begin())) b = a;
      return change("title", a, b);
    }
    if (!(a = words_of(st, office)).empty() | !(b = words_of(ct, office)).empty()) {
      if (a.size() == 1 && b.size() == 1 && copies::AreSynonyms(*a.begin(), *b.begin())) b = a;
      return change("office", a, b);
    }
    if (!(a = words_of(st, weekday)).empty() | !(b = words_of(ct, weekday)).empty()) return change("weekday", a, b);
    if (!(a = words_of(st, date)).empty() | !(b = words_of(ct, date)).empty()) return change("date", a, b);
    if (!(a = words_of(st, number)).empty() | !(b = words_of(ct, number)).empty()) {
      NumberChange(sp, cp, a, b);
      return;
    }
    if (!(a = words_of(st, medium)).empty() | !(b = words_of(ct, medium)).empty()) {
      std::set<std::string> ma, mb;
      for (const std::string& w : a) ma.insert(std::to_string(Medium(w)));
      for (const std::string& w : b) mb.insert(std::to_string(Medium(w)));
      return change("communication", ma, mb);
    }
    if (InQuote(sa, sp.start, sp.end) && InQuote(ca, cp.start, cp.end)) {
      FactChange f;
      f.kind = "quote";
      // A word left out or added is a fact change only when it is a negation; replaced words
      // are one unless they are synonyms.
      f.fact = st.empty() || ct.empty() ? Negation(st) != Negation(ct) : !Synonymous(st, ct);
      Emit(f, sp, cp);
      return;
    }
    FactChange f;
    f.kind = "wording";
    f.fact = false;
    Emit(f, sp, cp);
  }

 private:
  static bool SameName(const std::string& a, const std::string& b) {
    std::string la = copies::LowerWord(a), lb = copies::LowerWord(b);
    if (la == lb) return true;
    // One a shorter form of the other ("Biden" / "Joe Biden"): the last word agrees.
    auto last = [](const std::string& s) {
      size_t p = s.find_last_of(' ');
      return p == std::string::npos ? s : s.substr(p + 1);
    };
    return last(la) == last(lb) && (la.find(' ') == std::string::npos || lb.find(' ') == std::string::npos);
  }

  static bool Negation(const std::vector<const Tok*>& v) {
    for (const Tok* t : v) {
      if (t->lower == "not" || t->lower == "no" || t->lower == "never" || t->lower == "nor" ||
          (t->lower.size() > 3 && t->lower.compare(t->lower.size() - 2, 2, "nt") == 0 &&
           In(t->lower, {"dont", "doesnt", "didnt", "wont", "cant", "isnt", "arent", "wasnt",
                         "werent", "hasnt", "havent", "hadnt", "wouldnt", "couldnt", "shouldnt"}))) {
        return true;
      }
    }
    return false;
  }

  // Every changed word is a synonym (or an inflection) of its counterpart, in order; content
  // words are compared first, then all words when their numbers differ.
  static bool Synonymous(const std::vector<const Tok*>& a, const std::vector<const Tok*>& b) {
    if (Negation(a) != Negation(b)) return false;
    std::vector<const Tok*> ca, cb;
    for (const Tok* t : a) if (!t->stop) ca.push_back(t);
    for (const Tok* t : b) if (!t->stop) cb.push_back(t);
    if (ca.size() != cb.size()) {
      ca = a;
      cb = b;
    }
    if (ca.size() != cb.size()) return false;
    std::string buf_a, buf_b;
    for (size_t i = 0; i < ca.size(); ++i) {
      if (copies::Stem(ca[i]->lower, &buf_a) == copies::Stem(cb[i]->lower, &buf_b)) continue;
      if (!copies::AreSynonyms(ca[i]->lower, cb[i]->lower)) return false;
    }
    return true;
  }

  // A number change, widened to the figures the analysis found there; a fact when both sides
  // state a figure and the values or units differ.
  void NumberChange(Part sp, Part cp, const std::set<std::string>& a, const std::set<std::string>& b) {
    const NumberClaim* sc = ClaimAt(s_.doc->analysis, sp, s_.doc->text.size());
    const NumberClaim* cc = ClaimAt(c_.doc->analysis, cp, c_.doc->text.size());
    FactChange f;
    f.kind = "number";
    if (sc != nullptr && cc != nullptr) {
      f.fact = sc->vague != cc->vague || sc->value != cc->value || sc->value_max != cc->value_max ||
               sc->unit != cc->unit || sc->qualifier != cc->qualifier;
      if (!f.fact) return;  // the same figure written differently ("175,000" / "175000")
      sp.Add(sc->start, sc->end);
      cp.Add(cc->start, cc->end);
    } else {
      f.fact = !a.empty() && !b.empty() && a != b;
    }
    Emit(f, sp, cp);
  }

  static const NumberClaim* ClaimAt(const Analysis& an, const Part& p, size_t size) {
    for (const NumberClaim& n : an.numbers) {
      if (n.end > size || n.start >= n.end) continue;
      if (p.start < n.end && n.start < std::max(p.end, p.start + 1)) return &n;
    }
    return nullptr;
  }

  void Emit(FactChange f, const Part& s, const Part& c) {
    std::string_view st = s_.doc->text, ct = c_.doc->text;
    uint32_t s0 = std::min<uint32_t>(s.start, static_cast<uint32_t>(st.size()));
    uint32_t s1 = std::clamp<uint32_t>(s.end, s0, static_cast<uint32_t>(st.size()));
    uint32_t c0 = std::min<uint32_t>(c.start, static_cast<uint32_t>(ct.size()));
    uint32_t c1 = std::clamp<uint32_t>(c.end, c0, static_cast<uint32_t>(ct.size()));
    f.source_start = s0;
    f.source_end = s1;
    f.source_text = std::string(st.substr(s0, s1 - s0));
    f.copy_start = c0;
    f.copy_end = c1;
    f.copy_text = std::string(ct.substr(c0, c1 - c0));
    if (f.source_text == f.copy_text) return;
    out_->push_back(std::move(f));
  }

  const Side& s_;
  const Side& c_;
  std::vector<FactChange>* out_;
};

}  // namespace

std::vector<FactChange> DiffFacts(const LinkDocument& source, const LinkDocument& copy,
                                  const Alignment& alignment) {
  std::vector<FactChange> out;
  if (alignment.pairs.empty()) return out;
  Side s = Words(source), c = Words(copy);
  Differ differ(s, c, &out);
  for (const AlignedSpan& p : alignment.pairs) {
    if (p.a_end > source.text.size() || p.b_end > copy.text.size()) continue;
    auto [sa, sb] = Range(s, p.a_start, p.a_end);
    auto [ca, cb] = Range(c, p.b_start, p.b_end);
    if (sb - sa > kMaxPairWords || cb - ca > kMaxPairWords || sa == sb || ca == cb) continue;
    std::vector<Hunk> hunks = Diff(s, sa, sb, c, ca, cb);
    if (p.similarity < kMinPairSimilarity) {
      // A loose pair is diffed only when most of its words are still in place.
      size_t changed = 0;
      for (const Hunk& h : hunks) changed += std::max(h.s1 - h.s0, h.c1 - h.c0);
      if (changed * 10 > std::min(sb - sa, cb - ca) * 4) continue;
    }
    for (const Hunk& h : hunks) {
      uint32_t s_anchor = h.s0 < sb ? s.toks[h.s0].start : p.a_end;
      uint32_t c_anchor = h.c0 < cb ? c.toks[h.c0].start : p.b_end;
      differ.Classify(h, s_anchor, c_anchor);
    }
  }
  return out;
}

}  // namespace newsgraph
