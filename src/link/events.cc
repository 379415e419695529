// One event across documents: each document's communications are merged into the events already
// known when their participants (resolved people), kinds and dates are compatible; a planned call
// and its later reports are one event. An event closes when its reports and dates are old
// (WorldOptions::event_open_days): its record stays, its matching state leaves memory.
#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <string>

#include "analyze/internal.h"
#include "core/ascii.h"
#include "link/world_state.h"

namespace newsgraph {
namespace world {
namespace {

bool Has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

}  // namespace

std::string KindClass(std::string_view kind) {
  const std::string k = ascii::Lower(kind);
  if (Has(k, "call") || Has(k, "phone") || Has(k, "video") || Has(k, "conversation") ||
      Has(k, "conference"))
    return "call";
  if (Has(k, "meet") || Has(k, "summit") || Has(k, "visit")) return "meeting";
  if (k == "talk" || k == "talks" || k.empty()) return "talk";
  return k;
}

std::string KindSpecific(std::string_view kind) {
  const std::string k = ascii::Lower(kind);
  if (Has(k, "video")) return "video call";
  if (Has(k, "phone") || Has(k, "telephone")) return "phone call";
  if (Has(k, "conference call")) return "conference call";
  if (Has(k, "summit")) return "summit";
  if (Has(k, "visit")) return "visit";
  return "";
}

bool KindsCompatible(std::string_view a, std::string_view b) {
  return a == b || a == "talk" || b == "talk";
}

}  // namespace world

namespace {

using world::EventState;

// The kind an event shows (the single specific form its reports agree on, else the class) and
// the date most reports resolve to (ties: the earliest), with the counts that explain it.
void Summarise(world::EventRecord& e, const EventState& st, world::StringPool& strings) {
  std::set<std::string> specific;
  for (const world::ReportRecord& r : e.reports) {
    std::string s = world::KindSpecific(strings.Get(r.kind));
    if (!s.empty()) specific.insert(s);
  }
  e.kind = strings.Intern(specific.size() == 1 ? *specific.begin() : st.cls);
  uint32_t best = 0, dated = 0;
  const std::string* date = nullptr;
  for (const auto& [d, n] : st.dates) {
    dated += n;
    if (n > best) best = n, date = &d;
  }
  e.date = date ? strings.Intern(*date) : 0;
  e.date_best = best;
  e.dated = dated;
}

bool ParticipantsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b,
                            bool* equal) {
  *equal = a == b;
  if (*equal) return !a.empty();
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  // one side names more people (a third leader on the line): one event when two are shared and
  // one side holds the other
  return common.size() >= 2 && (common.size() == a.size() || common.size() == b.size());
}

}  // namespace

void World::Impl::AddEvents(const LinkDocument& doc, const std::vector<uint32_t>& local) {
  const std::string pub_text = doc.published.empty() ? doc.analysis.published : doc.published;
  const long pub = world::DayOf(pub_text);
  const std::string published = pub >= 0 ? pub_text.substr(0, 10) : "";
  const int window = options.relative_date_window_days;
  if (pub > newest_day) {
    newest_day = pub;
    CloseEvents();
  }
  std::vector<uint32_t> doc_events;
  const uint32_t doc_number = docs.Number(doc.id);
  for (const Communication& c : doc.analysis.communications) {
    std::vector<std::string> keys;
    std::vector<world::ParticipantRef> parts;
    for (const std::string& name : c.participants) {
      int p = LocalPerson(doc, local, name);
      world::ParticipantRef ep;
      if (p >= 0) {
        ep.person = static_cast<uint32_t>(p) + 1;
        ep.name = strings.Intern(people[p].name);
        keys.push_back(people[p].id);
      } else {
        ep.name = strings.Intern(name);
        keys.push_back("n:" + ascii::Lower(name));
      }
      if (std::find(keys.begin(), keys.end() - 1, keys.back()) != keys.end() - 1) {
        keys.pop_back();
        continue;
      }
      parts.push_back(ep);
    }
    const std::vector<std::string> part_keys = keys;  // parts[j]'s key
    std::sort(keys.begin(), keys.end());
    if (keys.empty()) continue;
    const std::string cls = world::KindClass(c.kind);
    long date = world::DayOf(c.date);
    const bool planned = c.status == "planned";
    std::string date_text = date >= 0 ? c.date.substr(0, 10) : "";
    // A plan is about the future: a planned "on Thursday" resolved to the Thursday before its
    // publication means the next one; a plan dated further back is not trusted.
    if (planned && date >= 0 && pub >= 0 && date < pub) {
      date = pub - date < 7 ? date + 7 : -1;
      date_text = date >= 0 ? analyze::IsoFromDays(date) : "";
    }

    // candidates: recent events of any participant
    int best = -1;
    double best_score = -1;
    std::set<uint32_t> seen;
    for (const std::string& k : keys) {
      auto it = events_by_key.find(k);
      if (it == events_by_key.end()) continue;
      const auto& list = it->second;  // the latest kMaxEventsPerKey
      for (size_t i = list.size(); i-- > 0;) {
        uint32_t e = list[i];
        const EventState* open = StateOf(e);
        if (!open || !seen.insert(e).second) continue;
        const EventState& st = *open;
        if (!world::KindsCompatible(st.cls, cls)) continue;
        bool equal = false;
        if (!ParticipantsCompatible(st.keys, keys, &equal)) continue;
        double score = equal ? 2 : 0;
        bool ok = false;
        if (date >= 0 && !st.dates.empty()) {
          long nearest = -1;
          for (const auto& [d, n] : st.dates) {
            long dd = std::abs(world::DayOf(d) - date);
            if (nearest < 0 || dd < nearest) nearest = dd;
          }
          ok = nearest <= options.date_tolerance_days;
          score += nearest == 0 ? 4 : 1;
        } else if (date >= 0) {  // the event's reports gave no date: their publication window
          ok = st.pub_min >= 0 && date >= st.pub_min - window && date <= st.pub_max + window;
          score += 1;
        } else if (!st.dates.empty()) {  // this report gives no date: its publication window
          for (const auto& [d, n] : st.dates) {
            long dd = world::DayOf(d);
            if (pub < 0) break;
            if (planned ? (dd >= pub - 1 && dd <= pub + window) : (dd >= pub - window && dd <= pub + 1))
              ok = true;
          }
          score += 1;
        } else {  // neither is dated
          ok = pub < 0 ? st.pub_min < 0 : (st.pub_max >= 0 && std::abs(pub - st.pub_max) <= window);
          score += 0.5;
        }
        if (ok && score > best_score) {
          best_score = score;
          best = static_cast<int>(e);
        }
      }
    }
    uint32_t idx;
    if (best < 0) {
      idx = static_cast<uint32_t>(event_at.size());
      world::EventRecord e;
      std::string key = doc.id + '\x1f' + std::to_string(c.start) + '\x1f' + c.kind;
      std::string id = world::MakeId('E', key);
      auto hash = [](const std::string& id) { return std::stoull(id.substr(1), nullptr, 16); };
      for (int salt = 1; event_ids.contains(hash(id)); ++salt)
        id = world::MakeId('E', key + '\x1f' + std::to_string(salt));
      e.id = hash(id);
      event_ids.insert(e.id);
      e.parts = parts;
      e.participants = static_cast<uint32_t>(parts.size());
      uint32_t slot;
      if (!free_open.empty()) {
        slot = free_open.back();
        free_open.pop_back();
      } else {
        slot = static_cast<uint32_t>(open_events.size());
        open_events.emplace_back();
      }
      OpenEvent& o = open_events[slot];
      o.record = std::move(e);
      o.state = std::make_unique<EventState>();
      o.state->cls = cls;
      o.state->keys = keys;
      o.refs = 0;
      event_at.AddOpen(slot);
      for (const std::string& k : keys) IndexEvent(k, idx);
    } else {
      idx = static_cast<uint32_t>(best);
      EventState& st = *StateOf(idx);
      world::EventRecord& e = Open(idx)->record;
      if (st.cls == "talk" && cls != "talk") st.cls = cls;
      // a report naming more people widens the event
      for (size_t k = 0; k < keys.size(); ++k) {
        if (std::binary_search(st.keys.begin(), st.keys.end(), keys[k])) continue;
        st.keys.insert(std::upper_bound(st.keys.begin(), st.keys.end(), keys[k]), keys[k]);
        IndexEvent(keys[k], idx);
        for (size_t j = 0; j < parts.size(); ++j)
          if (part_keys[j] == keys[k]) {
            // before the reports' participants, which are counted from the event's end
            e.parts.insert(e.parts.begin() + e.participants, parts[j]);
            ++e.participants;
          }
      }
    }
    EventState& st = *StateOf(idx);
    world::EventRecord& e = Open(idx)->record;
    if (date >= 0) {
      ++st.dates[date_text];
      st.date_max = std::max(st.date_max, date);
    }
    if (pub >= 0) {
      st.pub_min = st.pub_min < 0 ? pub : std::min(st.pub_min, pub);
      st.pub_max = std::max(st.pub_max, pub);
    }
    if (options.event_open_days > 0 && std::max(st.pub_max, st.date_max) >= 0) {
      event_clock.emplace_back(std::max(st.pub_max, st.date_max), idx);
      std::push_heap(event_clock.begin(), event_clock.end(), std::greater<>());
    }
    if (e.reports.size() < options.max_reports_per_event) {
      world::ReportRecord r;
      r.doc = doc_number;
      r.start = c.start;
      r.end = c.end;
      r.kind = strings.Intern(c.kind);
      r.when = strings.Intern(c.when);
      r.date = strings.Intern(date_text);
      r.duration = strings.Intern(c.duration);
      r.status = strings.Intern(c.status);
      r.published = strings.Intern(published);
      r.parts_at = static_cast<uint32_t>(e.parts.size()) - e.participants;
      r.parts = static_cast<uint32_t>(parts.size());
      e.parts.insert(e.parts.end(), parts.begin(), parts.end());
      e.reports.push_back(r);
    }
    // participant names follow the persons' current names
    for (uint32_t k = 0; k < e.participants; ++k)
      if (e.parts[k].person) e.parts[k].name = strings.Intern(people[e.parts[k].person - 1].name);
    Summarise(e, st, strings);
    doc_events.push_back(idx);
  }
  docs.SetEvents(doc.id, doc_events);
}

namespace {

// A closed event's record on the spill file.
uint64_t SpillEvent(world::SpillFile& file, const world::EventRecord& e) {
  world::SpillWriter w;
  w.Put(e.id);  // first: EventIdAt reads it alone
  w.Put(e.kind);
  w.Put(e.date);
  w.Put(e.date_best);
  w.Put(e.dated);
  w.Put(e.participants);
  w.PutVector(e.reports);
  w.PutVector(e.parts);
  return w.WriteTo(file);
}

world::EventRecord ReadEvent(const world::SpillFile& file, uint64_t at) {
  world::SpillReader r(file, at);
  world::EventRecord e;
  e.id = r.Get<uint64_t>();
  e.kind = r.Get<uint32_t>();
  e.date = r.Get<uint32_t>();
  e.date_best = r.Get<uint32_t>();
  e.dated = r.Get<uint32_t>();
  e.participants = r.Get<uint32_t>();
  e.reports = r.GetVector<world::ReportRecord>();
  e.parts = r.GetVector<world::ParticipantRef>();
  return e;
}

}  // namespace

world::EventRecord World::Impl::EventRecordAt(uint32_t e) const {
  const uint64_t at = event_at.At(e);
  if (at & kOpen) return open_events[at - kOpen].record;
  return ReadEvent(spill, at);
}

uint64_t World::Impl::EventIdAt(uint32_t e) const {
  const uint64_t at = event_at.At(e);
  if (at & kOpen) return open_events[at - kOpen].record.id;
  uint64_t id = 0;
  spill.Read(at + sizeof(uint32_t), &id, sizeof id);  // after the record's length
  return id;
}

WorldEvent World::Impl::MakeEvent(const world::EventRecord& rec) const {
  auto participant = [&](const world::ParticipantRef& ref) {
    EventParticipant p;
    if (ref.person) p.id = people[ref.person - 1].id;
    p.name = strings.Str(ref.name);
    return p;
  };
  WorldEvent e;
  e.id = world::IdText('E', rec.id);
  e.kind = strings.Str(rec.kind);
  e.participants.reserve(rec.participants);
  for (uint32_t k = 0; k < rec.participants; ++k) e.participants.push_back(participant(rec.parts[k]));
  e.date = strings.Str(rec.date);
  e.status = "planned";
  e.reports.reserve(rec.reports.size());
  std::vector<uint32_t> numbers;
  numbers.reserve(rec.reports.size());
  for (const world::ReportRecord& r : rec.reports) numbers.push_back(r.doc);
  std::vector<std::string> ids;
  docs.Ids(numbers.data(), numbers.size(), &ids);
  for (size_t k = 0; k < rec.reports.size(); ++k) {
    const world::ReportRecord& r = rec.reports[k];
    EventReport out;
    out.doc = std::move(ids[k]);
    out.start = r.start;
    out.end = r.end;
    out.kind = strings.Str(r.kind);
    out.when = strings.Str(r.when);
    out.date = strings.Str(r.date);
    out.duration = strings.Str(r.duration);
    out.status = strings.Str(r.status);
    out.published = strings.Str(r.published);
    out.participants.reserve(r.parts);
    for (uint32_t k = 0; k < r.parts; ++k)
      out.participants.push_back(participant(rec.parts[rec.participants + r.parts_at + k]));
    if (out.status != "planned") e.status = "happened";
    if (!out.published.empty()) {
      if (e.first_report.empty() || out.published < e.first_report) e.first_report = out.published;
      if (e.last_report.empty() || out.published > e.last_report) e.last_report = out.published;
    }
    e.reports.push_back(std::move(out));
  }
  if (!e.date.empty()) {
    e.date_evidence = std::to_string(rec.date_best) + " of " + std::to_string(e.reports.size()) +
                      (e.reports.size() == 1 ? " report" : " reports") + " resolve to " + e.date;
    if (rec.dated > rec.date_best)
      e.date_evidence += "; " + std::to_string(rec.dated - rec.date_best) + " give another date";
  } else {
    for (const EventReport& r : e.reports) {
      if (r.when.empty()) continue;
      e.date_evidence = "reported as '" + r.when + "'" +
                        (r.published.empty() ? "" : " in the week of " + r.published) +
                        "; no report resolves it";
      break;
    }
    if (e.date_evidence.empty()) e.date_evidence = "no report gives a date";
  }
  return e;
}

void World::Impl::IndexEvent(const std::string& key, uint32_t e) {
  std::vector<uint32_t>& list = events_by_key[key];
  list.push_back(e);
  ++Open(e)->refs;
  if (list.size() <= world::kMaxEventsPerKey) return;
  const uint32_t dropped = list.front();
  list.erase(list.begin());
  // an event no participant's list holds any more is never scanned again
  if (OpenEvent* o = Open(dropped); o && --o->refs == 0) CloseEvent(dropped);
}

void World::Impl::CloseEvents() {
  if (options.event_open_days <= 0 || newest_day < 0) return;
  const long cutoff = newest_day - options.event_open_days;
  while (!event_clock.empty() && event_clock.front().first < cutoff) {
    const uint32_t e = event_clock.front().second;
    std::pop_heap(event_clock.begin(), event_clock.end(), std::greater<>());
    event_clock.pop_back();
    // a later entry stands for an event that had reports or dates since
    const EventState* st = StateOf(e);
    if (st && std::max(st->pub_max, st->date_max) < cutoff) CloseEvent(e);
  }
}

void World::Impl::CloseEvent(uint32_t e) {
  OpenEvent* o = Open(e);
  if (!o) return;
  // the record can no longer change: to the spill file
  const uint32_t slot = static_cast<uint32_t>(event_at.At(e) - kOpen);
  std::unique_ptr<EventState> st = std::move(o->state);
  event_at.Close(e, SpillEvent(spill, o->record));
  open_events[slot] = OpenEvent{};
  free_open.push_back(slot);
  for (const std::string& k : st->keys) {
    auto it = events_by_key.find(k);
    if (it == events_by_key.end()) continue;
    bool open = false;
    for (uint32_t x : it->second) open = open || Open(x) != nullptr;
    if (open) continue;
    events_by_key.erase(it);
  }
}

}  // namespace newsgraph
