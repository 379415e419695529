// World: the people and events that documents report, resolved across documents, and where the
// sources disagree. Documents are added one at a time in link order (LinkOrderLess); the world
// grows with them:
//
//   newsgraph::World world;
//   for (const LinkDocument& d : docs_in_link_order) world.AddDocument(d);
//   for (const WorldPerson& p : world.people()) ...     // "Volodymyr Zelensky", aliases, offices
//   for (const WorldEvent& e : world.events()) ...      // one call, every report of it
//   for (const Conflict& c : world.Conflicts()) ...     // where the reports disagree
//
// The world keeps its people and events compactly (documents by number, repeated words once),
// and what can no longer change (closed events, listed mentions, claims, old documents' entries)
// on a temporary spill file; people() and events() make each record when it is read
// (WorldRecords).
//
// Ids are stable: the same documents added in the same order give the same ids. The method and
// its measured figures are in docs/world.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "newsgraph/checks.h"
#include "newsgraph/link_document.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct PersonAlias {
  std::string name;    // as written, without titles or a possessive ("Zelenskiy")
  uint32_t count = 0;  // mentions written so
};

// One office a person is said to hold, over the documents that say so.
struct PersonOffice {
  std::string office;             // as worded, the most frequent wording
  std::string office_normalized;
  std::string country;
  std::string first;              // first and last publication date (YYYY-MM-DD) saying so
  std::string last;
  std::vector<std::string> documents;
};

struct PersonMentionRef {
  std::string doc;   // document id
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;
};

struct WorldPerson {
  std::string id;    // "P" + 12 hex digits
  std::string name;  // the fullest, most frequent name
  std::vector<PersonAlias> aliases;  // most frequent first
  std::vector<PersonOffice> offices;
  uint32_t documents = 0;
  std::vector<PersonMentionRef> mentions;  // the first WorldOptions::max_mentions_per_person
};

struct EventParticipant {
  std::string id;    // WorldPerson::id; empty for a group or an unresolved participant
  std::string name;
};

// One document's report of an event (one Communication of its analysis).
struct EventReport {
  std::string doc;
  uint32_t start = 0;   // the evidence span
  uint32_t end = 0;
  std::string kind;     // as the report words it: "phone call", "video call", "meeting"
  std::string when;     // the report's date words
  std::string date;     // the date the report resolves to, empty when none
  std::string duration;
  std::string status;   // happened | planned
  std::string published;  // the reporting document's publication date
  std::vector<EventParticipant> participants;  // as this report names them
};

struct WorldEvent {
  std::string id;       // "E" + 12 hex digits
  std::string kind;     // call | video call | meeting | talk ...: the most specific agreed kind
  std::vector<EventParticipant> participants;
  std::string date;     // the date most reports resolve to, empty when none does
  std::string date_evidence;  // why: "3 of 4 reports", "reported as 'on Tuesday' in the week of ..."
  std::string status;   // happened when any report says so, else planned
  std::vector<EventReport> reports;  // in link order
  std::string first_report;  // publication date of the first and last report
  std::string last_report;
};

struct ConflictSide {
  std::string value;                  // "30 to 40 minutes", "2021-12-07", "video call"
  std::vector<std::string> documents;
  std::vector<std::string> evidence;  // the words used, one per document
};

struct Conflict {
  std::string id;       // "C" + 12 hex digits
  // event-duration | event-date | event-kind | event-participants | office | figure |
  // quote-speaker | quote-words
  std::string kind;
  std::string subject;  // the event, person or quantity it is about (an id, or words)
  std::string description;
  std::vector<ConflictSide> sides;  // two or more
};

struct WorldOptions {
  // An unresolved relative date ("on Tuesday") joins an event only within this many days of
  // the report's publication date.
  int relative_date_window_days = 7;
  // Two reports of one communication whose resolved dates differ by at most this many days are
  // still one event (time zones, late-night calls); the difference is an event-date conflict.
  int date_tolerance_days = 1;
  // Figures about one quantity conflict only when published within this many days of each other;
  // a later figure is an update, not a contradiction.
  int figure_window_days = 1;
  // Also find, in each document's text, mentions of known persons the analysis missed: full names
  // of persons known from any document, surnames of persons the document names (listed in
  // WorldPerson::mentions and answered by PersonIdOf under the words written).
  bool recover_mentions = true;
  // With recover_mentions: spans of earlier documents that may name a person nobody was known by
  // yet (capitalised names, words alone), kept so that a later document teaching the name finds
  // them there too, whatever the order the documents come in. At most this many in all (the
  // latest; 64 per document).
  size_t max_pending_spans = 1u << 16;
  // Memory bounds: mentions listed per person and reports listed per event (counts go on).
  size_t max_mentions_per_person = 1000;
  size_t max_reports_per_event = 1000;
  // An event is closed when its last report and the latest date its reports resolve to are more
  // than this many days before the newest publication date: its record stays (events(),
  // EventIdsOf, Conflicts) but what matching keeps of it leaves memory, so a world fed for years
  // keeps matching state for about this many days of events. A later report could have joined
  // such an event only by giving its old date (an undated report joins events of its own week
  // only); it starts a new event instead. 0: events are never closed.
  int event_open_days = 365;
  // The world's spill file (docs/world.md "Speed and memory"): what can no longer change (closed
  // events, the listed mentions and the claims beyond the latest few, the index of old documents)
  // is written there and read back when records are made. Its folder ("": $TMPDIR, else /tmp).
  std::string spill_dir;
  // Records a list keeps in memory before it writes them to the spill file as one block (a
  // person's mentions and office claims, the quotes of a speaker); 1 writes each at once. The
  // ids of old documents and where closed events are go there in blocks of 32 times as many.
  size_t spill_block = 32;
  // The per-document index keeps this many latest documents in memory (and those with spans
  // still pending); older ones are on the spill file. 0 keeps none but the current one.
  size_t spill_after_documents = 4096;
};

class World;

// A world's people or events in order, as a read-only range: the records of a World (made from
// its compact state each time one is read, so that a loop over a large world holds one at a
// time), then any listed here (push_back, an initialiser list: outputs built by hand). The
// world's part is its records when the range was made (the first size() of them, as they are
// when read); the range is valid while the world lives, or holds it (shared). An iterator's
// record is valid until the iterator moves; operator[] gives a copy.
template <typename T>
class WorldRecords {
 public:
  WorldRecords() = default;
  WorldRecords(std::initializer_list<T> records) : listed_(records) {}
  WorldRecords(std::vector<T> records) : listed_(std::move(records)) {}
  // The records `world` holds now; `owner`, when given, keeps the world alive.
  explicit WorldRecords(const World& world, std::shared_ptr<const World> owner = nullptr);

  void push_back(T record) { listed_.push_back(std::move(record)); }
  size_t size() const { return count_ + listed_.size(); }
  bool empty() const { return size() == 0; }
  T operator[](size_t i) const { return i < count_ ? Make(i) : listed_[i - count_]; }

  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    const_iterator() = default;
    const T& operator*() const {
      if (i_ >= r_->count_) return r_->listed_[i_ - r_->count_];
      if (!made_ || made_at_ != i_) made_ = r_->Make(i_), made_at_ = i_;
      return *made_;
    }
    const T* operator->() const { return &**this; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    friend class WorldRecords;
    const_iterator(const WorldRecords* r, size_t i) : r_(r), i_(i) {}
    const WorldRecords* r_ = nullptr;
    size_t i_ = 0;
    mutable std::optional<T> made_;
    mutable size_t made_at_ = 0;
  };
  using iterator = const_iterator;
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

 private:
  T Make(size_t i) const;

  const World* world_ = nullptr;
  std::shared_ptr<const World> owner_;
  size_t count_ = 0;  // the world's records in the range
  std::vector<T> listed_;
};
using WorldPeople = WorldRecords<WorldPerson>;
using WorldEvents = WorldRecords<WorldEvent>;

class World {
 public:
  explicit World(const WorldOptions& options = {}, const OfficeTable* table = nullptr);
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  // Resolves the document's people to world persons (new ones when nobody matches) and merges
  // its communications into events. Documents must come in link order.
  void AddDocument(const LinkDocument& doc);

  // The people and events so far, each record made when read (see WorldRecords).
  WorldPeople people() const { return WorldPeople(*this); }
  WorldEvents events() const { return WorldEvents(*this); }
  size_t PeopleCount() const;
  size_t EventCount() const;
  // Person or event i (< PeopleCount(), < EventCount()), made from the world's compact state.
  WorldPerson PersonAt(size_t i) const;
  WorldEvent EventAt(size_t i) const;
  // The world person a document's person (Person::name in its analysis) was resolved to; empty
  // when the document or name is unknown.
  std::string PersonIdOf(const std::string& doc_id, const std::string& local_name) const;
  // The events a document reports, in its order.
  std::vector<std::string> EventIdsOf(const std::string& doc_id) const;
  // Where the documents added so far disagree: within events, office claims, figures, quotes.
  std::vector<Conflict> Conflicts() const;

  // Ok, or why the spill file could not be made or written (WorldOptions::spill_dir): the world
  // then keeps its records in memory; its results are the same.
  const Status& spill_status() const;
  // Bytes written to the spill file so far (in memory when spill_status() is not Ok).
  uint64_t SpillBytes() const;

 private:
  friend struct WorldFootprint;  // memory estimates by component (src/link/world_footprint.h)
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

template <typename T>
WorldRecords<T>::WorldRecords(const World& world, std::shared_ptr<const World> owner)
    : world_(&world), owner_(std::move(owner)) {
  if constexpr (std::is_same_v<T, WorldPerson>) count_ = world.PeopleCount();
  else count_ = world.EventCount();
}

template <typename T>
T WorldRecords<T>::Make(size_t i) const {
  if constexpr (std::is_same_v<T, WorldPerson>) return world_->PersonAt(i);
  else return world_->EventAt(i);
}

}  // namespace newsgraph
