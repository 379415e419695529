// Where sources disagree: within an event (duration, date, kind, participants), office claims
// about one person at one date, figures about one quantity, and quotes credited to different
// speakers or worded differently. Differences that are not contradictions — a range that holds
// the other value, "about" an amount close to an exact one, a later update, an excerpt of a
// longer quote — are compatible and not flagged.
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include "analyze/internal.h"
#include "core/ascii.h"
#include "link/world_state.h"

namespace newsgraph {
namespace world {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Qual { kExact, kApprox, kAtLeast, kAtMost };

Qual QualifierOf(std::string_view lower) {
  for (const char* w : {"about", "around", "roughly", "approximately", "some", "nearly", "almost",
                        "close to", "an estimated", "estimated", "approx", "circa", "just under",
                        "just over", "~"})
    if (lower.find(w) != std::string_view::npos) return Qual::kApprox;
  for (const char* w : {"more than", "over", "at least", "longer than", "upwards of", "in excess of",
                        "above", "exceeding"})
    if (lower.find(w) != std::string_view::npos) return Qual::kAtLeast;
  for (const char* w : {"up to", "less than", "under", "at most", "fewer than", "below", "no more than",
                        "shorter than"})
    if (lower.find(w) != std::string_view::npos) return Qual::kAtMost;
  return Qual::kExact;
}

Amount Apply(double lo, double hi, Qual q) {
  Amount a;
  a.ok = true;
  a.lo = lo;
  a.hi = hi;
  switch (q) {
    case Qual::kApprox:
      a.lo = lo * 0.85;
      a.hi = hi * 1.15;
      break;
    case Qual::kAtLeast:
      a.hi = kInf;
      break;
    case Qual::kAtMost:
      a.lo = 0;
      break;
    case Qual::kExact:
      break;
  }
  return a;
}

bool IsStopWord(std::string_view w) {
  return analyze::IsFunctionWord(w) || w == "s" || w == "were" || w == "was" || w == "are" ||
         w == "is" || w == "been" || w == "have" || w == "had" || w == "has";
}

// The content words (lower case, up to five) after byte `end` of `text`, within the sentence.
std::vector<std::string> ContextAfter(std::string_view text, uint32_t end) {
  std::vector<std::string> out;
  if (end > text.size()) return out;
  std::string_view rest = text.substr(end, std::min<size_t>(80, text.size() - end));
  size_t stop = rest.find_first_of(".;!?\n");
  if (stop != std::string_view::npos) rest = rest.substr(0, stop);
  std::string words = NormalWords(rest);
  for (std::string_view w : ascii::Split(words, ' ')) {
    if (w.empty() || IsStopWord(w)) continue;
    std::string s(w);
    if (s.size() > 3 && s.back() == 's') s.pop_back();  // troops / troop
    out.push_back(std::move(s));
    if (out.size() == 5) break;
  }
  return out;
}

bool SharesPerson(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(size_t a, size_t b) { parent[Find(a)] = Find(b); }
};

// Sides keyed by value, each with its documents and words, in first-seen order.
class Sides {
 public:
  void Add(const std::string& value, const std::string& doc, const std::string& evidence) {
    auto it = index_.find(value);
    if (it == index_.end()) {
      it = index_.emplace(value, sides_.size()).first;
      sides_.push_back({value, {}, {}});
    }
    ConflictSide& s = sides_[it->second];
    if (std::find(s.documents.begin(), s.documents.end(), doc) != s.documents.end()) return;
    s.documents.push_back(doc);
    s.evidence.push_back(evidence);
  }
  size_t size() const { return sides_.size(); }
  std::vector<ConflictSide> Take() { return std::move(sides_); }

 private:
  std::map<std::string, size_t> index_;
  std::vector<ConflictSide> sides_;
};

std::string Count(size_t n) { return std::to_string(n) + (n == 1 ? " document" : " documents"); }

void Emit(std::vector<Conflict>* out, const std::string& kind, const std::string& subject,
          const std::string& what, Sides& sides) {
  if (sides.size() < 2) return;
  Conflict c;
  c.kind = kind;
  c.subject = subject;
  c.sides = sides.Take();
  std::string key = kind + '\x1f' + subject;
  c.description = what + ": ";
  for (size_t i = 0; i < c.sides.size(); ++i) {
    key += '\x1f' + c.sides[i].value;
    if (i) c.description += " vs ";
    c.description += "'" + c.sides[i].value + "' (" + Count(c.sides[i].documents.size()) + ")";
  }
  c.id = MakeId('C', key);
  out->push_back(std::move(c));
}

std::set<std::string> WordSet(const std::string& words) {
  std::set<std::string> s;
  for (std::string_view w : ascii::Split(words, ' '))
    if (!w.empty()) s.emplace(w);
  return s;
}

// One quote worded differently: most words shared, neither an excerpt of the other.
bool Reworded(const QuoteClaim& a, const QuoteClaim& b) {
  if (a.words == b.words) return false;
  if (a.words.find(b.words) != std::string::npos || b.words.find(a.words) != std::string::npos)
    return false;
  std::set<std::string> x = WordSet(a.words), y = WordSet(b.words);
  if (x.size() < 4 || y.size() < 4) return false;
  size_t common = 0;
  for (const std::string& w : x) common += y.count(w);
  return common * 10 >= (x.size() + y.size() - common) * 6;  // Jaccard >= 0.6
}

}  // namespace

Amount ParseDuration(std::string_view text) {
  std::string lower = ascii::Lower(text);
  std::string spaced;
  for (char c : lower) spaced += c == '-' ? ' ' : c;
  std::vector<std::string> words;
  for (std::string_view w : ascii::Split(spaced, ' '))
    if (!w.empty()) words.emplace_back(w);
  double unit = 0;
  size_t unit_at = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "minute" || w == "minutes" || w == "min" || w == "mins") unit = 1;
    else if (w == "hour" || w == "hours" || w == "hr" || w == "hrs") unit = 60;
    else if (w == "second" || w == "seconds" || w == "secs") unit = 1.0 / 60;
    if (unit > 0) {
      unit_at = i;
      break;
    }
  }
  Amount none;
  if (unit == 0) return none;
  std::vector<double> nums;
  bool half = false, article = false;
  for (size_t i = 0; i < unit_at; ++i) {
    double v = 0;
    const std::string& w = words[i];
    if (w == "half") half = true;
    else if (w == "a" || w == "an") article = true;
    else if (analyze::DigitsValue(w, &v) || analyze::WordValue(w, &v)) nums.push_back(v);
  }
  bool and_a_half = false;
  for (size_t i = unit_at + 1; i + 1 < words.size(); ++i)
    if (words[i] == "and" && words[i + 1] == "half") and_a_half = true;
  for (size_t i = unit_at + 1; i + 2 < words.size(); ++i)
    if (words[i] == "and" && words[i + 2] == "half") and_a_half = true;
  double lo, hi;
  if (!nums.empty()) {
    lo = *std::min_element(nums.begin(), nums.end());
    hi = *std::max_element(nums.begin(), nums.end());
  } else if (half && article) {
    lo = hi = 0.5;
  } else {
    lo = hi = 1;  // "an hour", "hour-long"
  }
  if (and_a_half) lo += 0.5, hi += 0.5;
  return Apply(lo * unit, hi * unit, QualifierOf(lower));
}

Amount FigureAmount(double value, double value_max, std::string_view qualifier) {
  double hi = value_max > value ? value_max : value;
  return Apply(value, hi, QualifierOf(ascii::Lower(qualifier)));
}

bool AmountsCompatible(const Amount& a, const Amount& b) {
  if (!a.ok || !b.ok) return true;
  const double eps = 1e-9 * std::max({1.0, std::abs(a.hi == kInf ? a.lo : a.hi), std::abs(b.hi == kInf ? b.lo : b.hi)});
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

uint64_t SpillQuote(SpillFile& file, const QuoteClaim& q) {
  SpillWriter w;
  w.PutString(q.words);
  w.PutString(q.text);
  w.PutString(q.speaker);
  w.PutString(q.speaker_name);
  w.PutString(q.doc);
  return w.WriteTo(file);
}

QuoteClaim ReadQuote(const SpillFile& file, uint64_t at) {
  SpillReader r(file, at);
  QuoteClaim q;
  q.words = r.GetString();
  q.text = r.GetString();
  q.speaker = r.GetString();
  q.speaker_name = r.GetString();
  q.doc = r.GetString();
  return q;
}

}  // namespace world

void World::Impl::AddClaims(const LinkDocument& doc, const std::vector<uint32_t>& local,
                            const std::vector<bool>& guessed) {
  const std::string pub_text = doc.published.empty() ? doc.analysis.published : doc.published;
  const long day = world::DayOf(pub_text);
  const auto& ps = doc.analysis.people;
  for (size_t i = 0; i < ps.size() && i < local.size(); ++i) {
    if (ps[i].office.empty()) continue;
    world::OfficeClaim c;
    c.office = strings.Intern(ps[i].office);
    c.normalized =
        strings.Intern(ascii::Lower(ps[i].office_normalized.empty() ? ps[i].office : ps[i].office_normalized));
    // A guessed country (people.cc: inferred, or given alike to two holders of one single-seat
    // office in the document) is no claim: it must not contradict what other documents state.
    c.country = strings.Intern(ps[i].country_inferred || (i < guessed.size() && guessed[i]) ? "" : ps[i].country);
    c.day = day;
    c.doc = docs.Number(doc.id);
    office_claims[local[i]].push_back(spill, c, options.spill_block);
  }
  std::vector<uint32_t> doc_people;
  for (uint32_t p : local)
    if (std::find(doc_people.begin(), doc_people.end(), p) == doc_people.end() && doc_people.size() < 8)
      doc_people.push_back(p);
  for (const NumberClaim& n : doc.analysis.numbers) {
    const std::string unit = ascii::Lower(n.unit);
    // a result ("112-107") is two figures of two sides, no amount of one quantity
    if (n.score || unit.empty() || analyze::IsDurationUnit(unit) || unit == "percent" || unit == "%")
      continue;
    world::FigureClaim f;
    f.text = n.text;
    f.qualifier = n.qualifier;
    world::Amount a = world::FigureAmount(n.value, n.value_max, n.qualifier);
    // A vague figure ("hundreds of people", value the bound 200, "at least") claims only the
    // order of magnitude its words name: from half its bound (100) up, so that it contradicts
    // a figure of another magnitude ("12 people") and no figure its words allow.
    if (n.vague) a.lo = n.value / 2;
    f.lo = a.lo;
    f.hi = a.hi;
    f.context = world::ContextAfter(doc.text, n.end);
    std::string u = unit;
    if (u.size() > 3 && u.back() == 's') u.pop_back();
    if (std::find(f.context.begin(), f.context.end(), u) == f.context.end()) f.context.push_back(u);
    f.people = doc_people;
    f.day = day;
    f.doc = doc.id;
    auto& list = figures[unit];
    if (list.size() >= world::kMaxClaimsPerKey) list.pop_front();
    list.push_back(std::move(f));
  }
  for (const Quote& q : doc.analysis.quotes) {
    if (q.speaker.empty()) continue;
    world::QuoteClaim c;
    c.words = world::NormalWords(q.text);
    if (std::count(c.words.begin(), c.words.end(), ' ') < 3) continue;  // four words at least
    c.text = q.text;
    int p = LocalPerson(doc, local, q.speaker);
    c.speaker = p >= 0 ? people[p].id : "n:" + ascii::Lower(q.speaker);
    c.speaker_name = p >= 0 ? people[p].name : q.speaker;
    c.doc = doc.id;
    const uint64_t at = world::SpillQuote(spill, c);
    quotes_by_words[c.words].push_back(spill, at, options.spill_block);
    quotes_by_speaker[c.speaker].push_back(spill, at, options.spill_block);
  }
}

std::vector<Conflict> World::Impl::FindConflicts() const {
  using world::Sides;
  std::vector<Conflict> out;
  // Within events.
  for (uint32_t i = 0; i < event_at.size(); ++i) {
    const world::EventRecord rec = EventRecordAt(i);
    if (rec.reports.size() < 2) continue;
    const WorldEvent e = MakeEvent(rec);
    // duration: sides whose amounts cannot all be one
    {
      std::vector<std::pair<std::string, world::Amount>> values;
      for (const EventReport& r : e.reports) {
        if (r.duration.empty()) continue;
        std::string v = ascii::Lower(ascii::Trim(r.duration));
        bool known = false;
        for (const auto& [x, a] : values) known = known || x == v;
        if (!known) values.emplace_back(v, world::ParseDuration(v));
      }
      bool clash = false;
      for (size_t i = 0; i < values.size(); ++i)
        for (size_t j = i + 1; j < values.size(); ++j)
          clash = clash || !world::AmountsCompatible(values[i].second, values[j].second);
      if (clash) {
        Sides s;
        for (const EventReport& r : e.reports)
          if (!r.duration.empty()) s.Add(ascii::Lower(ascii::Trim(r.duration)), r.doc, r.duration);
        world::Emit(&out, "event-duration", e.id, "reports disagree on how long it lasted", s);
      }
    }
    {
      Sides s;
      for (const EventReport& r : e.reports)
        if (!r.date.empty()) s.Add(r.date, r.doc, r.when.empty() ? r.date : r.when);
      world::Emit(&out, "event-date", e.id, "reports disagree on the date", s);
    }
    {
      Sides s;
      for (const EventReport& r : e.reports) {
        std::string k = world::KindSpecific(r.kind);
        if (!k.empty()) s.Add(k, r.doc, r.kind);
      }
      world::Emit(&out, "event-kind", e.id, "reports disagree on what kind of contact it was", s);
    }
    {
      Sides s;
      for (const EventReport& r : e.reports) {
        std::vector<std::string> names;
        for (const EventParticipant& p : r.participants) {
          auto it = person_ids.find(p.id);
          names.push_back(it != person_ids.end() ? people[it->second].name : p.name);
        }
        std::sort(names.begin(), names.end());
        std::string v;
        for (const std::string& n : names) v += (v.empty() ? "" : ", ") + n;
        std::string words;
        for (const EventParticipant& p : r.participants) words += (words.empty() ? "" : ", ") + p.name;
        s.Add(v, r.doc, words);
      }
      world::Emit(&out, "event-participants", e.id, "reports disagree on who took part", s);
    }
  }
  // Office claims about one person at one date.
  for (size_t p = 0; p < office_claims.size(); ++p) {
    if (office_claims[p].size() < 2) continue;
    const std::vector<world::OfficeClaim> claims =
        office_claims[p].Last(spill, world::kMaxOfficeClaims);
    auto current = [&](const world::OfficeClaim& c) {
      const std::string office = world::NormalWords(strings.Get(c.office));
      for (const char* w : {"former", "ex", "late", "then", "acting", "interim", "designate", "elect"})
        if (office.find(w) == 0 || (" " + office + " ").find(std::string(" ") + w + " ") != std::string::npos)
          return false;
      return c.day >= 0;
    };
    world::UnionFind uf(claims.size());
    std::vector<bool> in(claims.size(), false);
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!current(claims[i])) continue;
      for (size_t j = i + 1; j < claims.size(); ++j) {
        const auto &a = claims[i], &b = claims[j];
        if (a.doc == b.doc || !current(b) || std::abs(a.day - b.day) > 1) continue;
        const std::string_view an = strings.Get(a.normalized), bn = strings.Get(b.normalized);
        bool same_office = a.normalized == b.normalized || an.find(bn) != std::string_view::npos ||
                           bn.find(an) != std::string_view::npos;
        bool country_clash = a.country != 0 && b.country != 0 && a.country != b.country;
        if (same_office && !country_clash) continue;
        if (!same_office && country_clash) continue;  // two offices in two countries: no claim on one
        uf.Join(i, j);
        in[i] = in[j] = true;
      }
    }
    std::map<size_t, Sides> groups;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!in[i]) continue;
      const auto& c = claims[i];
      std::string v = strings.Str(c.normalized) + (c.country == 0 ? "" : " (" + strings.Str(c.country) + ")");
      groups[uf.Find(i)].Add(v, std::string(docs.Id(c.doc)), strings.Str(c.office));
    }
    for (auto& [root, s] : groups)
      world::Emit(&out, "office", people[p].id, "documents give " + people[p].name + " different offices", s);
  }
  // Figures about one quantity.
  std::vector<std::string> units;
  for (const auto& [u, list] : figures) units.push_back(u);
  std::sort(units.begin(), units.end());
  for (const std::string& u : units) {
    const auto& list = figures.at(u);
    world::UnionFind uf(list.size());
    std::vector<bool> in(list.size(), false);
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        const auto &a = list[i], &b = list[j];
        if (a.doc == b.doc || a.day < 0 || b.day < 0) continue;
        if (std::abs(a.day - b.day) > options.figure_window_days) continue;  // a later update
        if (!world::SharesPerson(a.people, b.people)) continue;
        // the same quantity: a content word besides the unit in common
        bool shared = false;
        std::string unit1 = u.size() > 3 && u.back() == 's' ? u.substr(0, u.size() - 1) : u;
        for (const std::string& w : a.context)
          if (w != unit1 && std::find(b.context.begin(), b.context.end(), w) != b.context.end()) shared = true;
        if (!shared) continue;
        world::Amount x{a.lo, a.hi, true}, y{b.lo, b.hi, true};
        if (world::AmountsCompatible(x, y)) continue;
        uf.Join(i, j);
        in[i] = in[j] = true;
      }
    }
    std::map<size_t, Sides> groups;
    for (size_t i = 0; i < list.size(); ++i)
      if (in[i]) groups[uf.Find(i)].Add(list[i].text, list[i].doc, list[i].text);
    for (auto& [root, s] : groups) {
      std::string subject = u;
      for (const std::string& w : list[root].context)
        if (w != u) subject += " " + w;
      world::Emit(&out, "figure", subject, "documents give different figures for " + subject, s);
    }
  }
  // Quotes: one text, several speakers.
  auto quotes = [&](const world::SpillList<uint64_t>& list) {
    std::vector<world::QuoteClaim> out;
    for (uint64_t at : list.Last(spill, world::kMaxClaimsPerKey))
      out.push_back(world::ReadQuote(spill, at));
    return out;
  };
  std::vector<std::pair<std::string, std::vector<world::QuoteClaim>>> texts;
  for (const auto& [w, refs] : quotes_by_words) {
    if (refs.size() < 2) continue;
    std::vector<world::QuoteClaim> list = quotes(refs);
    for (const auto& q : list) {
      if (q.speaker != list.front().speaker) {
        texts.emplace_back(w, std::move(list));
        break;
      }
    }
  }
  std::sort(texts.begin(), texts.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [w, list] : texts) {
    Sides s;
    for (const auto& q : list) s.Add(q.speaker_name, q.doc, q.text);
    world::Emit(&out, "quote-speaker", w.substr(0, 80), "one quote credited to different speakers", s);
  }
  // Quotes: one speaker, one quote, different words.
  std::vector<std::string> speakers;
  for (const auto& [sp, list] : quotes_by_speaker)
    if (list.size() >= 2) speakers.push_back(sp);
  std::sort(speakers.begin(), speakers.end());
  for (const std::string& sp : speakers) {
    const std::vector<world::QuoteClaim> list = quotes(quotes_by_speaker.at(sp));
    world::UnionFind uf(list.size());
    std::vector<bool> in(list.size(), false);
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size(); ++j)
        if (list[i].doc != list[j].doc && world::Reworded(list[i], list[j])) {
          uf.Join(i, j);
          in[i] = in[j] = true;
        }
    std::map<size_t, Sides> groups;
    for (size_t i = 0; i < list.size(); ++i)
      if (in[i]) groups[uf.Find(i)].Add(list[i].text, list[i].doc, list[i].text);
    for (auto& [root, s] : groups)
      world::Emit(&out, "quote-words", sp, list[root].speaker_name + " is quoted in different words", s);
  }
  return out;
}

}  // namespace newsgraph
