// `newsgraph export`: the people-and-events network for graph tools (GraphML, CSV, JSON Lines).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct Edge {
  std::string source, target, event, kind, date;
  size_t reports = 0;
};

std::string Xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

std::string Csv(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void AddExportCommand(CLI::App& app) {
  struct Args {
    std::string db, format = "jsonl", out;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "export",
      "Export the network of who spoke with whom: people as nodes (id, name, documents), events as\n"
      "edges between every two participants (event id, kind, date, reports). GraphML opens in\n"
      "Gephi, yEd and networkx; csv writes OUT/nodes.csv and OUT/edges.csv; jsonl writes one\n"
      "{\"type\":\"node\"|\"edge\",...} object a line.");
  cmd->add_option("--db", a->db, "SQLite database file")->required();
  cmd->add_option("--format", a->format, "graphml | csv | jsonl (default jsonl)")
      ->check(CLI::IsMember({"graphml", "csv", "jsonl"}));
  cmd->add_option("--out", a->out, "Output file (graphml, jsonl; default stdout) or folder (csv, required)");
  cmd->callback([a] {
    auto store = OpenStoreOrReport(a->db);
    if (!store) return;
    auto people = store->PeopleJson("", false, UINT64_MAX >> 1, 0);
    EventQuery q;
    q.limit = UINT64_MAX >> 1;
    auto events = store->EventsJson(q);
    if (ReportFailure(people.status()) || ReportFailure(events.status())) return;
    std::vector<Json> nodes;
    for (const std::string& p : *people) nodes.push_back(Json::parse(p, nullptr, false));
    std::vector<Edge> edges;
    for (const std::string& row : *events) {
      Json e = Json::parse(row, nullptr, false);
      std::vector<std::string> ids;
      for (const auto& p : e.value("participants", Json::array()))
        if (!p.value("id", "").empty()) ids.push_back(p.value("id", ""));
      for (size_t i = 0; i < ids.size(); ++i)
        for (size_t j = i + 1; j < ids.size(); ++j)
          edges.push_back({ids[i], ids[j], e.value("id", ""), e.value("kind", ""), e.value("date", ""),
                           e.value("reports", Json::array()).size()});
    }
    if (a->format == "csv") {
      if (a->out.empty()) {
        ReportFailure(Status::InvalidArgument("--format csv needs --out FOLDER"));
        return;
      }
      std::ofstream n(a->out + "/nodes.csv"), e(a->out + "/edges.csv");
      if (!n || !e) {
        ReportFailure(Status::IOError(a->out + ": cannot write nodes.csv and edges.csv there"));
        return;
      }
      n << "id,name,documents\n";
      for (const Json& p : nodes) n << p.value("id", "") << "," << Csv(p.value("name", "")) << "," << p.value("documents", 0) << "\n";
      e << "source,target,event,kind,date,reports\n";
      for (const Edge& x : edges)
        e << x.source << "," << x.target << "," << x.event << "," << Csv(x.kind) << "," << x.date << "," << x.reports << "\n";
      return;
    }
    std::ofstream file;
    if (!a->out.empty()) {
      file.open(a->out);
      if (!file) {
        ReportFailure(Status::IOError(a->out + ": cannot write"));
        return;
      }
    }
    std::ostream& out = a->out.empty() ? std::cout : file;
    if (a->format == "jsonl") {
      for (const Json& p : nodes)
        out << Json{{"type", "node"}, {"id", p.value("id", "")}, {"name", p.value("name", "")},
                    {"documents", p.value("documents", 0)}}.dump() << "\n";
      for (const Edge& x : edges)
        out << Json{{"type", "edge"}, {"source", x.source}, {"target", x.target}, {"event", x.event},
                    {"kind", x.kind}, {"date", x.date}, {"reports", x.reports}}.dump() << "\n";
      return;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"documents\" for=\"node\" attr.name=\"documents\" attr.type=\"int\"/>\n"
           "  <key id=\"event\" for=\"edge\" attr.name=\"event\" attr.type=\"string\"/>\n"
           "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
           "  <key id=\"date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
           "  <key id=\"reports\" for=\"edge\" attr.name=\"reports\" attr.type=\"int\"/>\n"
           "  <graph id=\"newsgraph\" edgedefault=\"undirected\">\n";
    for (const Json& p : nodes)
      out << "    <node id=\"" << Xml(p.value("id", "")) << "\"><data key=\"name\">" << Xml(p.value("name", ""))
          << "</data><data key=\"documents\">" << p.value("documents", 0) << "</data></node>\n";
    for (const Edge& x : edges)
      out << "    <edge source=\"" << Xml(x.source) << "\" target=\"" << Xml(x.target) << "\"><data key=\"event\">"
          << Xml(x.event) << "</data><data key=\"kind\">" << Xml(x.kind) << "</data><data key=\"date\">" << Xml(x.date)
          << "</data><data key=\"reports\">" << x.reports << "</data></edge>\n";
    out << "  </graph>\n</graphml>\n";
  });
}

}  // namespace newsgraph::cli
