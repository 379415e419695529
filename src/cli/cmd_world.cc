// `newsgraph people`, `person`, `events`, `conflicts`: the world across documents.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

Json ParseRow(const std::string& s) { return Json::parse(s, nullptr, false); }

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// A person id, or the id of the person best known by that name; prints an error when none.
std::string ResolvePerson(Store& store, const std::string& id_or_name) {
  auto ids = store.FindPeople(id_or_name);
  if (ReportFailure(ids.status())) return "";
  if (ids->empty()) {
    std::fprintf(stderr, "newsgraph: no person '%s' in the store\n", id_or_name.c_str());
    ExitCode() = kExitInputFailed;
    return "";
  }
  return ids->front();
}

std::string Participants(const Json& e) {
  std::string out;
  for (const auto& p : e.value("participants", Json::array())) {
    if (!out.empty()) out += ", ";
    out += Str(p, "name");
  }
  return out;
}

void PrintEventLine(const Json& e) {
  std::string date = Str(e, "date");
  std::cout << (date.empty() ? "(no date)  " : date) << "  " << Str(e, "kind") << ": " << Participants(e) << "  ["
            << Counted(e.value("reports", Json::array()).size(), "report");
  size_t conflicts = e.value("conflicts", Json::array()).size();
  if (conflicts) std::cout << ", " << Counted(conflicts, "conflict");
  std::cout << "]  " << Str(e, "id") << "\n";
}

// A YYYY-MM-DD date, for --from and --to.
const CLI::Validator kIsoDate(
    [](std::string& v) -> std::string {
      bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
      for (size_t i = 0; ok && i < v.size(); ++i) ok = i == 4 || i == 7 || (v[i] >= '0' && v[i] <= '9');
      return ok ? "" : "must be a date YYYY-MM-DD, got '" + v + "'";
    },
    "DATE");

}  // namespace

void AddWorldCommands(CLI::App& app) {
  struct Args {
    std::string db, name, person, from, to, kind;
    bool json = false, mentions = false;
    uint64_t limit = 50, offset = 0;
  };
  auto a = std::make_shared<Args>();

  auto* people = app.add_subcommand(
      "people", "People resolved across documents, most documents first (JSON Lines with --json:\n"
                "{\"id\",\"name\",\"aliases\",\"offices\",\"documents\",\"mentions\"})");
  people->add_option("--db", a->db, "SQLite database file")->required();
  people->add_option("name", a->name, "Keep people whose name or an alias contains this");
  people->add_flag("--json", a->json, "JSON Lines, one person a line, with their mentions");
  people->add_option("--limit", a->limit, "How many (default 50)");
  people->add_option("--offset", a->offset, "Skip this many");
  people->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    auto rows = store->PeopleJson(a->name, a->json, a->limit, a->offset);
    if (ReportFailure(rows.status())) return;
    for (const std::string& row : *rows) {
      if (a->json) {
        std::cout << row << "\n";
        continue;
      }
      Json p = ParseRow(row);
      std::cout << Str(p, "id") << "  " << Str(p, "name") << "  (" << Counted(p.value("documents", 0u), "document") << ")";
      for (const auto& o : p.value("offices", Json::array())) {
        std::cout << "; " << Str(o, "office");
        if (!Str(o, "country").empty()) std::cout << " (" << Str(o, "country") << ")";
      }
      std::cout << "\n";
    }
  });

  auto* person = app.add_subcommand("person", "One person's timeline: offices, events, quotes (--json: one object)");
  person->add_option("--db", a->db, "SQLite database file")->required();
  person->add_option("person", a->person, "Person id (P...) or name")->required();
  person->add_flag("--json", a->json, "One JSON object: the person with mentions, events and quotes");
  person->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    std::string id = ResolvePerson(*store, a->person);
    if (id.empty()) return;
    auto row = store->PersonJson(id, true);
    if (ReportFailure(row.status()) || !*row) return;
    Json p = ParseRow(**row);
    EventQuery q;
    q.person = id;
    q.limit = 1000;
    auto events = store->EventsJson(q);
    auto quotes = store->PersonQuotes(id, 1000);
    if (ReportFailure(events.status()) || ReportFailure(quotes.status())) return;
    if (a->json) {
      Json ev = Json::array(), qs = Json::array();
      for (const std::string& e : *events) ev.push_back(ParseRow(e));
      for (const QuoteRow& x : *quotes)
        qs.push_back({{"doc", x.doc_id}, {"text", x.text}, {"cue", x.cue}, {"start", x.start}, {"end", x.end}});
      p["events"] = std::move(ev);
      p["quotes"] = std::move(qs);
      std::cout << p.dump(2) << "\n";
      return;
    }
    std::cout << Str(p, "name") << "  " << id << "  (" << Counted(p.value("documents", 0u), "document") << ")\n";
    std::cout << "aliases:";
    for (const auto& al : p.value("aliases", Json::array()))
      std::cout << " " << Str(al, "name") << " (" << al.value("count", 0) << ")";
    std::cout << "\noffices:\n";
    for (const auto& o : p.value("offices", Json::array()))
      std::cout << "  " << Str(o, "first") << " .. " << Str(o, "last") << "  " << Str(o, "office")
                << (Str(o, "country").empty() ? "" : " (" + Str(o, "country") + ")") << "  ["
                << Counted(o.value("documents", Json::array()).size(), "document") << "]\n";
    std::cout << "events:\n";
    for (const std::string& e : *events) {
      std::cout << "  ";
      PrintEventLine(ParseRow(e));
    }
    std::cout << "quotes:\n";
    for (const QuoteRow& x : *quotes) std::cout << "  \"" << x.text << "\" (" << x.cue << ", " << x.doc_id << ")\n";
  });

  auto* events = app.add_subcommand(
      "events", "Events (calls, meetings, talks) merged across the documents that report them, by date\n"
                "(JSON Lines with --json: {\"id\",\"kind\",\"participants\",\"date\",\"status\",\"reports\",\"conflicts\"})");
  events->add_option("--db", a->db, "SQLite database file")->required();
  events->add_option("--person", a->person, "Only events with this person (id or name)");
  events->add_option("--from", a->from, "Only events on or after this date (YYYY-MM-DD)")->check(kIsoDate);
  events->add_option("--to", a->to, "Only events on or before this date (YYYY-MM-DD)")->check(kIsoDate);
  events->add_flag("--json", a->json, "JSON Lines, one event a line");
  events->add_option("--limit", a->limit, "How many (default 50)");
  events->add_option("--offset", a->offset, "Skip this many");
  events->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    EventQuery q;
    if (!a->person.empty()) {
      q.person = ResolvePerson(*store, a->person);
      if (q.person.empty()) return;
    }
    q.from = a->from;
    q.to = a->to;
    q.limit = a->limit;
    q.offset = a->offset;
    auto rows = store->EventsJson(q);
    if (ReportFailure(rows.status())) return;
    for (const std::string& row : *rows) {
      if (a->json) {
        std::cout << row << "\n";
      } else {
        PrintEventLine(ParseRow(row));
      }
    }
  });

  auto* conflicts = app.add_subcommand(
      "conflicts", "Where sources disagree: within events, office claims, figures, quotes (JSON Lines with --json)");
  conflicts->add_option("--db", a->db, "SQLite database file")->required();
  conflicts->add_option("--kind", a->kind, "Only this kind (event-duration, event-date, office, figure, ...)");
  conflicts->add_flag("--json", a->json, "JSON Lines, one conflict a line");
  conflicts->add_option("--limit", a->limit, "How many (default 50)");
  conflicts->add_option("--offset", a->offset, "Skip this many");
  conflicts->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    auto rows = store->ConflictsJson(a->kind, a->limit, a->offset);
    if (ReportFailure(rows.status())) return;
    for (const std::string& row : *rows) {
      if (a->json) {
        std::cout << row << "\n";
        continue;
      }
      Json c = ParseRow(row);
      std::cout << Str(c, "kind") << ": " << Str(c, "description") << "\n";
      for (const auto& s : c.value("sides", Json::array())) {
        std::cout << "    " << Str(s, "value") << "  (" << Counted(s.value("documents", Json::array()).size(), "document")
                  << ")\n";
      }
    }
  });
}

}  // namespace newsgraph::cli
