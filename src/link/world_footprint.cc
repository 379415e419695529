// WorldFootprint: walks the world's containers and adds up what they allocate (an estimate: glibc
// malloc's chunk sizes, libstdc++'s node and block layouts).
#include "link/world_footprint.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/world_state.h"

namespace newsgraph {
namespace {

// One malloc'd chunk of n bytes: 8 bytes of header, 16-byte aligned, 32 at least.
size_t Chunk(size_t n) { return n == 0 ? 0 : std::max<size_t>(32, (n + 8 + 15) & ~size_t{15}); }

size_t Deep(const std::string& s) { return s.capacity() > 15 ? Chunk(s.capacity() + 1) : 0; }
template <typename T>
requires std::is_arithmetic_v<T> size_t Deep(const T&) { return 0; }
template <typename A, typename B>
size_t Deep(const std::pair<A, B>& p);
template <typename T>
size_t Deep(const std::vector<T>& v);
template <typename K, typename V>
size_t Deep(const std::map<K, V>& m);
template <typename K, typename V>
size_t Deep(const std::unordered_map<K, V>& m);
template <typename T>
size_t Deep(const std::deque<T>& d);
template <typename T>
size_t Deep(const std::unique_ptr<T>& p);
template <typename T>
size_t Deep(const absl::flat_hash_set<T>& s);
size_t Deep(const world::SmallCounts& c) { return Chunk(c.MemoryBytes()); }
template <typename T>
size_t Deep(const world::SpillList<T>& l) {
  return Chunk(l.MemoryBytes());  // the tail in memory
}

size_t Deep(const world::PersonName& n);
size_t Deep(const PersonAlias& a) { return Deep(a.name); }
size_t Deep(const world::OfficeRecord& o);
size_t Deep(const world::ParticipantRef&) { return 0; }
size_t Deep(const world::ReportRecord&) { return 0; }
size_t Deep(const world::FigureClaim& c);
size_t Deep(const world::PendingSpan& p);
size_t Deep(const world::PersonRecord& p);
size_t Deep(const world::PersonState& s);
size_t Deep(const world::EventRecord& e);
size_t Deep(const world::EventState& s);

template <typename A, typename B>
size_t Deep(const std::pair<A, B>& p) {
  return Deep(p.first) + Deep(p.second);
}
template <typename T>
size_t Deep(const std::vector<T>& v) {
  size_t n = Chunk(v.capacity() * sizeof(T));
  for (const T& x : v) n += Deep(x);
  return n;
}
template <typename K, typename V>
size_t Deep(const std::map<K, V>& m) {
  size_t n = 0;
  for (const auto& kv : m) n += Chunk(32 + sizeof(kv)) + Deep(kv.first) + Deep(kv.second);
  return n;
}
template <typename K, typename V>
size_t Deep(const std::unordered_map<K, V>& m) {
  // node: next pointer, the pair, the cached hash (strings)
  const size_t node = 8 + sizeof(std::pair<const K, V>) + (std::is_arithmetic_v<K> ? 0 : 8);
  size_t n = m.bucket_count() > 1 ? Chunk(m.bucket_count() * sizeof(void*)) : 0;
  for (const auto& kv : m) n += Chunk(node) + Deep(kv.first) + Deep(kv.second);
  return n;
}
template <typename T>
size_t Deep(const std::unique_ptr<T>& p) {
  return p ? Chunk(sizeof(T)) + Deep(*p) : 0;
}
template <typename T>
size_t Deep(const absl::flat_hash_set<T>& s) {
  return s.capacity() ? Chunk(s.capacity() * (sizeof(T) + 1) + 16) : 0;  // slots, control bytes
}
template <typename T>
size_t Deep(const std::deque<T>& d) {
  // blocks of 512 bytes (one element when larger), a map of 8 block pointers at least
  const size_t per = sizeof(T) < 512 ? 512 / sizeof(T) : 1;
  const size_t blocks = d.size() / per + 1;
  size_t n =
      Chunk(std::max<size_t>(8, blocks + 2) * sizeof(void*)) + blocks * Chunk(per * sizeof(T));
  for (const T& x : d) n += Deep(x);
  return n;
}

size_t Deep(const world::PersonName& n) {
  return Deep(n.given) + Deep(n.surname) + Deep(n.display) + Deep(n.display_words);
}
size_t Deep(const world::OfficeRecord& o) {
  return Deep(o.office) + Deep(o.office_normalized) + Deep(o.country) + Deep(o.first) +
         Deep(o.last) + Deep(o.documents);
}
size_t Deep(const world::FigureClaim& c) {
  return Deep(c.text) + Deep(c.qualifier) + Deep(c.context) + Deep(c.people) + Deep(c.doc);
}
size_t Deep(const world::PendingSpan& p) {
  return Deep(p.doc) + Deep(p.written) + Deep(p.key) + Deep(p.name);
}
size_t Deep(const world::PersonRecord& p) {  // but its mentions
  return Deep(p.id) + Deep(p.name) + Deep(p.aliases) + Deep(p.offices);
}
size_t Deep(const world::PersonState& s) {
  return Deep(s.names) + Deep(s.display_counts) + Deep(s.alias_at) + Deep(s.offices) +
         Deep(s.countries) + Deep(s.co_people) + Deep(s.orgs) + Deep(s.office_wordings);
}
size_t Deep(const world::EventRecord& e) { return Deep(e.reports) + Deep(e.parts); }
size_t Deep(const world::EventState& s) { return Deep(s.cls) + Deep(s.keys) + Deep(s.dates); }

}  // namespace

WorldFootprint WorldFootprint::Of(const World& world) {
  const World::Impl& w = *world.impl_;
  WorldFootprint f;
  f.people = Deep(w.people) + Deep(w.person_state) + Deep(w.by_surname) + Deep(w.person_ids);
  f.office_claims = Deep(w.office_claims);
  for (const world::PersonRecord& p : w.people) f.mentions += Deep(p.mentions);
  f.events = Chunk(w.event_at.MemoryBytes()) + Chunk(w.event_ids.MemoryBytes()) + Deep(w.free_open) +
             Chunk(w.open_events.capacity() * sizeof(World::Impl::OpenEvent));
  for (const World::Impl::OpenEvent& o : w.open_events) {
    f.events += Deep(o.record);
    f.event_state += Deep(o.state);
  }
  f.event_state += Deep(w.events_by_key) + Deep(w.event_clock);
  f.documents = w.docs.MemoryBytes();
  f.claims = Deep(w.figures) + Deep(w.quotes_by_words) + Deep(w.quotes_by_speaker);
  f.pending = Deep(w.pending) + Deep(w.pending_by_key) + Deep(w.pending_orgs);
  f.strings = w.strings.MemoryBytes();
  f.spill = Chunk(w.spill.MemoryBytes());
  return f;
}

}  // namespace newsgraph
