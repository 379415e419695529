// newsgraph._core.Store: a store (SQLite file, or whatever Store::Open accepts) with ingest, link
// and every query the CLI has, each returning the CLI's --json rows as Python objects.
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <optional>
#include <string>
#include <vector>

#include "bindings.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/store.h"
#include "store/json_view.h"

namespace newsgraph::python {
namespace {

using Json = nlohmann::ordered_json;

// At most this many input errors are kept in ingest()'s result (all are counted in "failed").
constexpr size_t kMaxReportedErrors = 1000;

template <typename T>
T ValueOrThrow(Result<T> r) {
  if (!r.ok()) ThrowStatus(r.status());
  return std::move(r).value();
}

Json ParseRow(const std::string& row) {
  Json j = Json::parse(row, nullptr, false);
  if (j.is_discarded()) ThrowStatus(Status::Internal("the store returned a row that is not JSON"));
  return j;
}

std::vector<Json> ParseRows(Result<std::vector<std::string>> rows) {
  std::vector<Json> out;
  for (const std::string& row : ValueOrThrow(std::move(rows))) out.push_back(ParseRow(row));
  return out;
}

py::list ToList(const std::vector<Json>& rows) {
  py::list out(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) out[i] = ToPython(rows[i]);
  return out;
}

Json LinkStats(const LinkRunStats& s) {
  Json j = {{"documents", s.documents}, {"copies", s.copies},       {"people", s.people},
            {"events", s.events},       {"conflicts", s.conflicts}, {"stories", s.stories},
            {"seconds", s.seconds}};
  if (!s.warnings.empty()) j["warnings"] = s.warnings;  // e.g. the world's spill file
  return j;
}

// Calls a Python progress callback from the pipeline's threads, taking the GIL only for the call.
// The first exception the callback raises stops further calls and is re-raised when the run
// ends (the run itself cannot be interrupted).
class Progress {
 public:
  // `calling` holds the id of the thread running the callback while it runs (see PyStore::With).
  Progress(py::object callback, std::atomic<std::thread::id>& calling)
      : callback_(std::move(callback)), calling_(calling) {}
  bool wanted() const { return !callback_.is_none(); }

  void Call(const Json& totals) {
    if (!wanted() || failed_) return;
    py::gil_scoped_acquire gil;
    calling_ = std::this_thread::get_id();
    try {
      callback_(ToPython(totals));
    } catch (py::error_already_set& e) {
      error_ = std::move(e);
      failed_ = true;
    }
    calling_ = std::thread::id();
  }
  // With the GIL held: re-raises what the callback raised.
  void RethrowIfFailed() {
    if (error_) {
      py::error_already_set e = std::move(*error_);
      error_.reset();
      throw e;
    }
  }

 private:
  py::object callback_;  // touched with the GIL held only
  std::atomic<std::thread::id>& calling_;
  bool failed_ = false;  // calls are serialised by the pipeline
  std::optional<py::error_already_set> error_;
};

class Observer : public PipelineObserver {
 public:
  explicit Observer(Progress& progress) : progress_(progress) {}
  void OnError(const InputError& e) override {
    if (errors_.size() >= kMaxReportedErrors) return;
    Json j = {{"source", e.source}, {"record", nullptr}, {"offset", nullptr},
              {"reason", e.reason}, {"message", e.ToString()}};
    if (e.record) j["record"] = *e.record;
    if (e.offset) j["offset"] = *e.offset;
    errors_.push_back(std::move(j));
  }
  void OnProgress(const PipelineStats& s) override {
    if (progress_.wanted()) progress_.Call(Totals(s, "ingest"));
  }
  static Json Totals(const PipelineStats& s, const char* stage) {
    return {{"stage", stage},         {"records", s.records},       {"added", s.added},
            {"already_stored", s.already_stored}, {"not_english", s.not_english},
            {"failed", s.failed},
            {"bytes_read", s.bytes_read}, {"seconds", s.seconds}};
  }
  Json errors() const { return Json(errors_); }

 private:
  Progress& progress_;
  std::vector<Json> errors_;
};

class PyStore {
 public:
  PyStore(std::string path, bool read_only) : path_(std::move(path)) {
    StoreOptions options;
    options.read_only = read_only;
    py::gil_scoped_release nogil;
    store_ = ValueOrThrow(Store::Open(path_, options));
  }

  const std::string& path() const { return path_; }
  bool closed() {
    if (InCallback()) return false;  // its store is open while a callback runs
    py::gil_scoped_release nogil;
    std::lock_guard<std::mutex> lock(mu_);
    return store_ == nullptr;
  }
  void Close() {
    if (InCallback()) ThrowBusy();
    py::gil_scoped_release nogil;
    std::lock_guard<std::mutex> lock(mu_);
    store_.reset();
  }

  // Runs fn(Store&) with the GIL released and the store locked; returns what fn returns.
  template <typename Fn>
  auto With(Fn&& fn) {
    if (InCallback()) ThrowBusy();
    py::gil_scoped_release nogil;
    std::lock_guard<std::mutex> lock(mu_);
    if (!store_) ThrowStatus(Status::InvalidArgument("the store " + path_ + " is closed"));
    return fn(*store_);
  }

  py::dict Ingest(const std::vector<std::string>& paths, py::object progress_fn, bool link, bool analyze,
                  unsigned threads, const std::string& published) {
    if (!published.empty() && !ValidDate(published))
      ThrowStatus(Status::InvalidArgument("published: expected YYYY-MM-DD, got '" + published + "'"));
    PipelineOptions options;
    options.analyze = analyze;
    options.threads = threads;
    options.default_published = published;
    Progress progress(std::move(progress_fn), in_callback_);
    Observer observer(progress);
    std::optional<LinkRunStats> linked;
    PipelineStats stats = With([&](Store& store) {
      PipelineStats s = ValueOrThrow(RunIngest(store, path_, paths, options, observer));
      if (link && s.added > 0) linked = ValueOrThrow(Relink(store, progress));
      return s;
    });
    progress.RethrowIfFailed();
    Json j = Observer::Totals(stats, "done");
    j.erase("stage");
    j["errors"] = observer.errors();
    j["linked"] = linked ? LinkStats(*linked) : Json(nullptr);
    return ToPython(j);
  }

  py::dict Link(py::object progress_fn) {
    Progress progress(std::move(progress_fn), in_callback_);
    LinkRunStats stats = With([&](Store& store) { return ValueOrThrow(Relink(store, progress)); });
    progress.RethrowIfFailed();
    return ToPython(LinkStats(stats));
  }

  py::dict Stats() {
    nlohmann::json j = With([](Store& s) { return StatsJson(ValueOrThrow(s.Stats())); });
    return ToPython(j);
  }

  py::list Documents(uint64_t limit, uint64_t offset) {
    return Summaries(With([&](Store& s) { return ValueOrThrow(s.ListDocuments(limit, offset)); }));
  }

  py::list Search(const std::string& query, uint64_t limit) {
    return Summaries(With([&](Store& s) { return ValueOrThrow(s.Search(query, limit)); }));
  }

  // As `newsgraph show`: the document, its places, analysis and office checks.
  py::dict Document(const std::string& id) {
    nlohmann::json j = With([&](Store& s) {
      nlohmann::json d = DocumentJson(ValueOrThrow(s.GetDocument(id)));
      d["places"] = PlacesJson(ValueOrThrow(s.GetPlaces(id)));
      d["analysis"] = AnalysisJson(ValueOrThrow(s.GetAnalysis(id)));
      d["checks"] = ChecksJson(ValueOrThrow(s.GetChecks(id)));
      return d;
    });
    return ToPython(j);
  }

  py::list People(const std::string& name, uint64_t limit, uint64_t offset, bool mentions) {
    return ToList(With([&](Store& s) { return ParseRows(s.PeopleJson(name, mentions, limit, offset)); }));
  }

  // As `newsgraph person --json`: the person with mentions, events and quotes.
  py::dict Person(const std::string& id_or_name) {
    Json j = With([&](Store& s) {
      std::string id = Resolve(s, id_or_name);
      std::optional<std::string> row = ValueOrThrow(s.PersonJson(id, true));
      if (!row) ThrowStatus(Status::NotFound("no person '" + id_or_name + "' in the store"));
      Json p = ParseRow(*row);
      EventQuery q;
      q.person = id;
      q.limit = 1000;
      p["events"] = Json(ParseRows(s.EventsJson(q)));
      Json quotes = Json::array();
      for (const QuoteRow& x : ValueOrThrow(s.PersonQuotes(id, 1000)))
        quotes.push_back({{"doc", x.doc_id}, {"text", x.text}, {"cue", x.cue}, {"start", x.start}, {"end", x.end}});
      p["quotes"] = std::move(quotes);
      return p;
    });
    return ToPython(j);
  }

  py::list Events(const std::optional<std::string>& person, const std::optional<std::string>& from,
                  const std::optional<std::string>& to, uint64_t limit, uint64_t offset) {
    for (const auto* d : {&from, &to})
      if (*d && !(*d)->empty() && !ValidDate(**d))
        ThrowStatus(Status::InvalidArgument("date: expected YYYY-MM-DD, got '" + **d + "'"));
    return ToList(With([&](Store& s) {
      EventQuery q;
      if (person && !person->empty()) q.person = Resolve(s, *person);
      q.from = from.value_or("");
      q.to = to.value_or("");
      q.limit = limit;
      q.offset = offset;
      return ParseRows(s.EventsJson(q));
    }));
  }

  py::dict Event(const std::string& id) {
    Json j = With([&](Store& s) {
      std::optional<std::string> row = ValueOrThrow(s.EventJson(id));
      if (!row) ThrowStatus(Status::NotFound("no event with id " + id));
      return ParseRow(*row);
    });
    return ToPython(j);
  }

  py::list Copies(const std::optional<std::string>& doc, uint64_t limit, uint64_t offset) {
    return ToList(With([&](Store& s) { return ParseRows(s.CopiesJson(doc.value_or(""), limit, offset)); }));
  }

  py::list Conflicts(const std::optional<std::string>& kind, uint64_t limit, uint64_t offset) {
    return ToList(With([&](Store& s) { return ParseRows(s.ConflictsJson(kind.value_or(""), limit, offset)); }));
  }

  py::list Stories(uint64_t limit, uint64_t offset, bool recent) {
    return ToList(With([&](Store& s) { return ParseRows(s.StoriesJson(limit, offset, recent)); }));
  }

  // As `newsgraph story --json`: the story with its documents' summaries and its events.
  py::dict Story(const std::string& id) {
    Json j = With([&](Store& s) {
      std::optional<std::string> row = ValueOrThrow(s.StoryJson(id));
      if (!row) ThrowStatus(Status::NotFound("no story with id " + id));
      Json story = ParseRow(*row);
      std::vector<std::string> ids;
      for (const auto& d : story.value("documents", Json::array()))
        if (d.is_string()) ids.push_back(d.get<std::string>());
      Json docs = Json::array();
      for (const DocumentSummary& x : ValueOrThrow(s.Summaries(ids)))
        docs.push_back({{"id", x.id}, {"title", x.title}, {"url", x.url}, {"published", x.published}, {"site", x.site}});
      Json events = Json::array();
      for (const auto& e : story.value("events", Json::array())) {
        if (!e.is_string()) continue;
        std::optional<std::string> ev = ValueOrThrow(s.EventJson(e.get<std::string>()));
        if (ev) events.push_back(ParseRow(*ev));
      }
      story["document_summaries"] = std::move(docs);
      story["event_details"] = std::move(events);
      return story;
    });
    return ToPython(j);
  }

  py::list Quotes(const std::string& speaker, uint64_t limit) {
    std::vector<QuoteRow> rows = With([&](Store& s) { return ValueOrThrow(s.Quotes(speaker, limit)); });
    Json out = Json::array();
    for (const QuoteRow& x : rows)
      out.push_back({{"doc_id", x.doc_id}, {"speaker", x.speaker}, {"text", x.text}, {"cue", x.cue},
                     {"start", x.start}, {"end", x.end}});
    return ToPython(out);
  }

  py::list Checks(const std::string& verdict, uint64_t limit) {
    std::vector<CheckRow> rows = With([&](Store& s) { return ValueOrThrow(s.Checks(verdict, limit)); });
    Json out = Json::array();
    for (const CheckRow& x : rows) {
      Json j = CheckJson(x.check);  // then the document, as /api/checks has it
      j["doc_id"] = x.doc_id;
      j["title"] = x.title;
      j["url"] = x.url;
      out.push_back(std::move(j));
    }
    return ToPython(out);
  }

 private:
  // Whether this thread is running one of this store's progress callbacks: calling the store from
  // there would wait for the store's own lock forever.
  bool InCallback() const { return in_callback_.load() == std::this_thread::get_id(); }
  [[noreturn]] void ThrowBusy() const {
    ThrowStatus(Status::InvalidArgument("the store " + path_ + " is busy: a progress callback cannot use its own store"));
  }

  static Result<LinkRunStats> Relink(Store& store, Progress& progress) {
    return RelinkStore(store, {}, [&progress](uint64_t done, uint64_t total) {
      if (progress.wanted()) progress.Call({{"stage", "link"}, {"linked", done}, {"documents", total}});
    });
  }

  // A person id, or the id of the person best known by that name (as the CLI resolves them).
  static std::string Resolve(Store& s, const std::string& id_or_name) {
    std::vector<std::string> ids = ValueOrThrow(s.FindPeople(id_or_name));
    if (ids.empty()) ThrowStatus(Status::NotFound("no person '" + id_or_name + "' in the store"));
    return ids.front();
  }

  static py::list Summaries(const std::vector<DocumentSummary>& docs) {
    py::list out(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) out[i] = ToPython(SummaryJson(docs[i]));
    return out;
  }

  std::string path_;
  std::mutex mu_;  // taken with the GIL released (see bindings.h)
  std::atomic<std::thread::id> in_callback_;  // the thread running a progress callback, if any
  std::unique_ptr<Store> store_;
};

}  // namespace

void BindStore(py::module_& m) {
  using py::arg;
  py::class_<PyStore>(m, "Store", R"doc(A newsgraph store.

Store(path, read_only=False) opens (creating if needed) the store at `path`: a SQLite file, or
any location Store::Open accepts. One store may be shared by Python threads (calls are
serialised); every call releases the GIL while the engine works. Rows are the JSON objects of
`newsgraph ... --json` (docs/formats/link.md) as dicts.)doc")
      .def(py::init<std::string, bool>(), arg("path"), arg("read_only") = false)
      .def_property_readonly("path", &PyStore::path, "The path the store was opened with.")
      .def_property_readonly("closed", &PyStore::closed, "Whether close() was called.")
      .def("close", &PyStore::Close, "Close the store; later calls raise newsgraph.InvalidArgument.")
      .def("ingest", &PyStore::Ingest, arg("paths"), arg("progress") = py::none(), arg("link") = true,
           arg("analyze") = true, arg("threads") = 0u, arg("published") = "",
           R"doc(Read files, folders (recursive), JSON Lines, WARC(.gz) into the store, as
`newsgraph ingest` does, then run the link stage when documents were added (link=True).

progress(totals) is called about 10 times a second with a dict of running totals
({"stage": "ingest", "records", "added", "already_stored", "failed", "bytes_read", "seconds"},
then {"stage": "link", "linked", "documents"}); an exception it raises is re-raised at the end.
Returns {"records", "added", "already_stored", "not_english" (new documents in another language:
stored, not analysed), "failed", "bytes_read", "seconds", "errors":
[{"source", "record", "offset", "reason", "message"}, ...] (the first 1000), "linked": the
link run's counts or None}.)doc")
      .def("link", &PyStore::Link, arg("progress") = py::none(),
           "Rebuild the link tables (copies, people, events, conflicts, stories) over the whole "
           "store, as `newsgraph link`. Returns the run's counts.")
      .def("stats", &PyStore::Stats, "Counts of what the store holds (`newsgraph stats --json`).")
      .def("documents", &PyStore::Documents, arg("limit") = 20, arg("offset") = 0,
           "Document summaries, newest first (`newsgraph list`).")
      .def("search", &PyStore::Search, arg("query"), arg("limit") = 20,
           "Full-text search (FTS5 syntax: words ANDed, \"a phrase\", OR, NOT, prefix*), best first.")
      .def("document", &PyStore::Document, arg("id"),
           "One document with its places, analysis and office checks (`newsgraph show`). "
           "Raises NotFound for an unknown id.")
      .def("people", &PyStore::People, arg("name") = "", arg("limit") = 50, arg("offset") = 0,
           arg("mentions") = false,
           "People resolved across documents whose name or alias contains `name`, most documents first.")
      .def("person", &PyStore::Person, arg("person"),
           "One person (id or name) with mentions, events and quotes (`newsgraph person --json`).")
      .def("events", &PyStore::Events, arg("person") = py::none(), arg("date_from") = py::none(),
           arg("date_to") = py::none(), arg("limit") = 50, arg("offset") = 0,
           "Events (calls, meetings, talks) by date; `person` is an id or a name; dates are "
           "YYYY-MM-DD bounds (inclusive; dateless events are left out when one is given).")
      .def("event", &PyStore::Event, arg("id"), "One event by id.")
      .def("copies", &PyStore::Copies, arg("doc") = py::none(), arg("limit") = 50, arg("offset") = 0,
           "Copy relations with what each copy changed, most similar first; `doc` keeps those it is in.")
      .def("conflicts", &PyStore::Conflicts, arg("kind") = py::none(), arg("limit") = 50, arg("offset") = 0,
           "Where sources disagree; `kind` filters (event-duration, event-date, office, figure, ...).")
      .def("stories", &PyStore::Stories, arg("limit") = 50, arg("offset") = 0, arg("recent") = false,
           "Stories, largest first (recent=True: most recent first).")
      .def("story", &PyStore::Story, arg("id"),
           "One story with its documents' summaries and its events (`newsgraph story --json`).")
      .def("quotes", &PyStore::Quotes, arg("speaker") = "", arg("limit") = 50,
           "Quotes whose speaker contains `speaker`, in document order.")
      .def("checks", &PyStore::Checks, arg("verdict") = "", arg("limit") = 50,
           "Office checks (verdict \"contradicted\", \"supported\" or \"\" for all), newest first.");
}

}  // namespace newsgraph::python
