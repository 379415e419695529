// The world's state between documents (internal to the world stage): what each person, event and
// claim keeps beyond its public record so that later documents can be matched against it.
// people.cc resolves persons, events.cc merges communications, conflicts.cc keeps the claims and
// finds disagreements; world.cc is the driver. Everything here is bounded per person/event/key
// (see the k* limits), so memory grows with the number of people and events, not with mentions;
// what grows with every document is kept compact: the per-document index (DocIndex), the listed
// mentions and the event records (documents as DocIndex numbers, repeated words interned in a
// StringPool: 16 bytes a mention and some 200 an event with one report, against some 100 and
// 1,000 as WorldPerson and WorldEvent, which World::PersonAt and EventAt make when asked). What
// can no longer change, or is only written out, goes to the spill file (world_spill.h): a closed
// event's record (WorldOptions::event_open_days; what matching keeps of it leaves memory), the
// listed mentions, office claims and quotes beyond the latest few of each list, the index
// entries, ids and records of old documents (found by a DocFinder, 6 bytes a document) and where
// closed events are (EventSlots).
#pragma once

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "link/world_counts.h"
#include "link/world_doc_index.h"
#include "link/world_event_slots.h"
#include "link/world_id_set.h"
#include "link/world_names.h"
#include "link/world_spill.h"
#include "link/world_strings.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace world {

inline constexpr size_t kMaxNameForms = 16;       // distinct full-name forms kept per person
inline constexpr size_t kMaxAliases = 64;         // distinct aliases counted per person
inline constexpr size_t kMaxContext = 64;         // co-occurring people / organisations per person
inline constexpr size_t kMaxOfficeDocs = 100;     // documents listed per office
inline constexpr size_t kMaxOfficeClaims = 256;   // office claims kept per person for conflicts
inline constexpr size_t kMaxEventsPerKey = 64;    // recent events kept and scanned per participant
inline constexpr size_t kMaxCandidates = 256;     // persons scanned per name key (the latest)
inline constexpr size_t kMaxClaimsPerKey = 256;   // figures per unit, quotes per speaker/text
inline constexpr size_t kMaxPendingPerDoc = 64;   // unresolved name spans kept per document

// A listed mention of a person (WorldPerson::mentions): the document as its DocIndex number, the
// words as written interned.
struct MentionRecord {
  uint32_t doc = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t text = 0;
};

// One office of a person (PersonOffice) with its documents by number (DocIndex).
struct OfficeRecord {
  std::string office;
  std::string office_normalized;
  std::string country;
  std::string first;
  std::string last;
  std::vector<uint32_t> documents;  // the first kMaxOfficeDocs
};

// A world person as the world keeps it: WorldPerson with compact mentions (World::PersonAt), the
// older ones on the spill file.
struct PersonRecord {
  std::string id;
  std::string name;
  std::vector<PersonAlias> aliases;
  std::vector<OfficeRecord> offices;
  uint32_t documents = 0;
  SpillList<MentionRecord> mentions;  // the first WorldOptions::max_mentions_per_person
};

// An event participant (EventParticipant): the person index + 1 (0: a group or an unresolved
// participant), the name shown (interned).
struct ParticipantRef {
  uint32_t person = 0;
  uint32_t name = 0;
};

// One report of an event (EventReport): the document as its DocIndex number, the words interned,
// its participants in EventRecord::parts.
struct ReportRecord {
  uint32_t doc = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t kind = 0, when = 0, date = 0, duration = 0, status = 0, published = 0;
  uint32_t parts_at = 0;  // EventRecord::parts[participants + parts_at, + parts)
  uint32_t parts = 0;
};

// An event as the world keeps it (World::EventAt makes the WorldEvent): the summary that needs
// the matching state (kind, date and its counts) kept as it was computed, the rest (status,
// first and last report, the date evidence) made from the reports when asked.
struct EventRecord {
  uint64_t id = 0;            // the 48-bit hash: "E" + 12 hex digits
  uint32_t kind = 0;          // interned, as WorldEvent::kind
  uint32_t date = 0;          // interned, as WorldEvent::date
  uint32_t date_best = 0;     // reports resolving to `date`
  uint32_t dated = 0;         // reports resolving to any date
  uint32_t participants = 0;  // parts[0, participants): the event's participants
  std::vector<ReportRecord> reports;  // in link order, the first WorldOptions::max_reports_per_event
  std::vector<ParticipantRef> parts;  // the event's participants, then its reports'
};

struct PersonState {
  std::vector<PersonName> names;                        // distinct parsed forms
  std::map<std::string, uint32_t> display_counts;       // full display names -> documents
  std::unordered_map<std::string, uint32_t> alias_at;   // alias -> index in WorldPerson::aliases
  std::vector<std::string> offices;                     // normalised offices, lower case
  std::vector<std::string> countries;                   // stated (not inferred) countries
  world::SmallCounts co_people;                         // other person index -> documents together
  std::unordered_map<std::string, uint32_t> orgs;       // organisation (lower case) -> documents
  std::vector<std::map<std::string, uint32_t>> office_wordings;  // per WorldPerson::offices entry
  long last_day = -1;                                   // last publication day seen (-1: none)
  uint32_t mentions_seen = 0;
  uint32_t names_checked = 0;  // names[0, names_checked) were looked up among the pending spans
};

// A span of an earlier document that may name a person nobody was known by when the document
// was added: a full name of two or three capitalised words ("Deep Throat" before the document
// saying "Mark Felt, known as 'Deep Throat'"), or a capitalised word alone that may be a surname
// ("Bush" before Bush is known from two documents). A later document that teaches the name
// resolves it, as if the earlier document had come after (order does not matter).
struct PendingSpan {
  std::string doc;
  uint32_t start = 0, end = 0;
  std::string written;     // the span's text
  std::string key;         // the consonant key of its (last) word
  uint8_t words = 1;       // 1: a word alone; 2 or 3: a full name of that many words
  bool parsed = false;     // a full name: `name` is parsed (when first looked at)
  PersonName name;         // given names and surname (skeletons); a word alone: the surname only
  bool given_ok = false;   // a word alone that may also be a given name
  bool done = false;       // resolved, or overlapping a span resolved, or no name
  uint64_t first = 0;      // sequence numbers of the document's first and last pending span
  uint64_t last = 0;
};

// An office claim, its words interned (World::Impl::strings) and its document by number
// (World::Impl::docs): 24 bytes.
struct OfficeClaim {
  uint32_t office = 0;      // as worded
  uint32_t normalized = 0;  // lower case
  uint32_t country = 0;     // 0: none stated
  uint32_t doc = 0;
  long day = -1;
};

struct EventState {
  std::string cls;                      // call | meeting | talk | <kind>
  std::vector<std::string> keys;        // sorted participant keys
  std::map<std::string, uint32_t> dates;  // resolved date -> reports
  long pub_min = -1, pub_max = -1;      // publication days of its reports
  long date_max = -1;                   // the latest resolved date (days)
};

struct FigureClaim {
  std::string text;
  std::string qualifier;
  double lo = 0, hi = 0;
  std::vector<std::string> context;  // content words after the figure ("troops", "border")
  std::vector<uint32_t> people;      // world persons of the document (a few)
  long day = -1;
  std::string doc;
};

struct QuoteClaim {
  std::string words;     // normalised: lower-case words joined by one space
  std::string text;      // as written
  std::string speaker;   // world person id, or the speaker's name when unresolved
  std::string speaker_name;
  std::string doc;
};
// A quote claim on the spill file (written once, listed under its words and its speaker).
uint64_t SpillQuote(SpillFile& file, const QuoteClaim& q);
QuoteClaim ReadQuote(const SpillFile& file, uint64_t at);

// A date as days since 1970-01-01, or -1 when it is not YYYY-MM-DD (timestamps are cut to the day).
long DayOf(std::string_view iso);
// "P"/"E"/"C" + 12 hex digits of a 64-bit hash of `key`.
std::string MakeId(char prefix, std::string_view key);
// `prefix` + the 12 hex digits of the low 48 bits of `hash` (MakeId's form).
std::string IdText(char prefix, uint64_t hash);
// Lower-case words (letters and digits) of `text`, joined by one space.
std::string NormalWords(std::string_view text);

// The class a communication kind belongs to: "call" (phone, video, conference call), "meeting",
// "talk" (generic talks, compatible with either), else the lower-cased kind itself.
std::string KindClass(std::string_view kind);
// The specific form of a kind within its class ("video call", "phone call"), "" when generic.
std::string KindSpecific(std::string_view kind);
bool KindsCompatible(std::string_view class_a, std::string_view class_b);

// A stated amount as an interval: "30 to 40 minutes" -> [30, 40]; "about an hour" -> [51, 69]
// (approximate words widen by 15%); "more than 100" -> [100, inf); "up to 175,000" -> [0, 175000].
struct Amount {
  double lo = 0, hi = 0;
  bool ok = false;
};
// A duration in minutes.
Amount ParseDuration(std::string_view text);
// A figure from the analysis (value, value_max and qualifier).
Amount FigureAmount(double value, double value_max, std::string_view qualifier);
// Whether two amounts may describe the same quantity (their intervals overlap).
bool AmountsCompatible(const Amount& a, const Amount& b);

}  // namespace world

struct World::Impl {
  explicit Impl(const WorldOptions& o) : options(o), spill(o.spill_dir) {}
  WorldOptions options;
  const OfficeTable* table = nullptr;
  // What can no longer change, or is only written out (world_spill.h).
  mutable world::SpillFile spill;

  world::StringPool strings;  // mention texts, participants' names, event words

  // Documents (ids and records) and event slots a block of the spill file holds:
  // 32 × WorldOptions::spill_block (1,024 by default).
  uint32_t SpillBlock32() const {
    return static_cast<uint32_t>(std::clamp<size_t>(options.spill_block, 1, 1u << 16) * 32);
  }

  std::vector<world::PersonRecord> people;
  std::vector<world::PersonState> person_state;
  std::unordered_map<std::string, std::vector<uint32_t>> by_surname;  // consonant key -> persons
  std::unordered_map<std::string, uint32_t> person_ids;               // id -> index

  // Per document: local name -> person index, events; the old documents' on the spill file.
  world::DocIndex docs{&spill, SpillBlock32()};

  // An open event: its record, what matching keeps of it and the entries of events_by_key
  // naming it.
  struct OpenEvent {
    world::EventRecord record;
    std::unique_ptr<world::EventState> state;
    uint32_t refs = 0;
  };
  // Event e is open_events[event_at.At(e) - kOpen] while open; once closed (no later report can
  // join it, see CloseEvents) its record is on the spill file at event_at.At(e).
  static constexpr uint64_t kOpen = world::EventSlots::kOpen;
  world::EventSlots event_at{&spill, SpillBlock32()};
  std::vector<OpenEvent> open_events;
  std::vector<uint32_t> free_open;  // open_events entries no event uses
  // By participant key, the latest kMaxEventsPerKey events (older ones are never scanned). An
  // event in none is closed.
  std::unordered_map<std::string, std::vector<uint32_t>> events_by_key;
  world::IdSet event_ids;  // the 48-bit hashes of the event ids given
  // (a day, an event): the event stays open at least until that day is older than
  // WorldOptions::event_open_days before the newest publication day; the earliest first.
  std::vector<std::pair<long, uint32_t>> event_clock;
  long newest_day = -1;  // the latest publication day of the documents added

  // Spans of earlier documents no person's name matched yet (see PendingSpan), oldest first;
  // pending[k] has sequence number pending_base + k. By the consonant key of their last word.
  std::deque<world::PendingSpan> pending;
  uint64_t pending_base = 0;
  std::unordered_map<std::string, std::deque<uint64_t>> pending_by_key;
  // Organisations (lower case) of the documents with pending words alone, a few per document.
  std::unordered_map<std::string, std::vector<std::string>> pending_orgs;

  // Office claims per person (the latest kMaxOfficeClaims count; all are on the spill file).
  std::vector<world::SpillList<world::OfficeClaim>> office_claims;
  std::unordered_map<std::string, std::deque<world::FigureClaim>> figures;      // by unit
  // Quotes (spilled: their offsets) by their words and by speaker; the latest kMaxClaimsPerKey
  // of each count.
  std::unordered_map<std::string, world::SpillList<uint64_t>> quotes_by_words;
  std::unordered_map<std::string, world::SpillList<uint64_t>> quotes_by_speaker;

  // people.cc: resolves the document's people; local[i] is the person index of analysis person i.
  // `guessed[i]`: person i's country is the analysis's guess, not stated (people.cc).
  void AddPeople(const LinkDocument& doc, std::vector<uint32_t>* local, std::vector<bool>* guessed);
  // people.cc: finds mentions of known persons that the analysis missed ("Lindsay Lohan" in a
  // headline, "GARY ROSS"): full names of persons known from any document, and surnames of
  // persons this document names.
  void RecoverMentions(const LinkDocument& doc, const std::vector<uint32_t>& local);
  // people_recover.cc: resolves the pending spans of earlier documents that the names learnt
  // from this document (people new or with new name forms, nicknames) or its context now match,
  // then keeps `own`, this document's unresolved spans (a few, the first).
  void ResolvePending(const LinkDocument& doc, std::vector<world::PendingSpan> own,
                      std::vector<std::string> orgs);
  // people_recover.cc: counts a mention of person `idx` written `text` at [s, e) of the document
  // numbered `doc` (DocIndex): listed in its mentions (up to the bound), `alias` counted among the
  // aliases.
  void CountMention(uint32_t idx, uint32_t doc, const std::string& text, uint32_t s, uint32_t e,
                    const std::string& alias);
  // people_recover.cc: a mention of person `idx` at [s, e) of document `doc_id`, found by the
  // world (WorldPerson::mentions, aliases, the document's people).
  void AddMention(const std::string& doc_id, uint32_t idx, uint32_t s, uint32_t e,
                  const std::string& written);
  // people_recover.cc: the one known person a full name agrees with (by surname key, then full
  // names); -1 when none or several. `no_initials`: neither side's first given name may be an
  // initial.
  int OneNamed(const world::PersonName& name, bool no_initials) const;
  // people_recover.cc: the one person known from two documents or more by the surname (or,
  // `given_ok`, the given name) `sk` who shares a person of `present` or an organisation of
  // `orgs`; -1 when none, -2 when several.
  int OneKnownAlone(const std::string& sk, bool given_ok, const std::vector<uint32_t>& present,
                    const std::vector<std::string>& orgs) const;
  // world.cc: the public record of person i; events.cc: of an event's record.
  WorldPerson MakePerson(uint32_t i) const;
  WorldEvent MakeEvent(const world::EventRecord& rec) const;
  // events.cc: event e's record (read back when closed), its id's hash; whether it is open and
  // what matching keeps of it (null when closed).
  world::EventRecord EventRecordAt(uint32_t e) const;
  uint64_t EventIdAt(uint32_t e) const;
  OpenEvent* Open(uint32_t e) {
    return event_at.IsOpen(e) ? &open_events[event_at.At(e) - kOpen] : nullptr;
  }
  world::EventState* StateOf(uint32_t e) {
    OpenEvent* o = Open(e);
    return o ? o->state.get() : nullptr;
  }
  // events.cc: merges the document's communications into events.
  void AddEvents(const LinkDocument& doc, const std::vector<uint32_t>& local);
  // events.cc: adds an entry for event e to events_by_key[key], dropping the oldest beyond
  // kMaxEventsPerKey (an event left in no list is closed).
  void IndexEvent(const std::string& key, uint32_t e);
  // events.cc: closes the events whose last report and latest resolved date are more than
  // WorldOptions::event_open_days before the newest publication day.
  void CloseEvents();
  // events.cc: drops what matching keeps of event e (its keys' lists when only closed events
  // are left in them).
  void CloseEvent(uint32_t e);
  // conflicts.cc: keeps the document's office, figure and quote claims.
  void AddClaims(const LinkDocument& doc, const std::vector<uint32_t>& local, const std::vector<bool>& guessed);
  std::vector<Conflict> FindConflicts() const;

  // The person index a document's name (a participant or speaker) refers to, or -1.
  int LocalPerson(const LinkDocument& doc, const std::vector<uint32_t>& local,
                  std::string_view name) const;
};

}  // namespace newsgraph
