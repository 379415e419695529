// JSON forms of the link stage's records (docs/formats/link.md); shared by the CLI, the HTTP API
// and the Python module.
#include <nlohmann/json.hpp>

#include "newsgraph/link.h"

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string CopyRelationToJson(const CopyRelation& r) {
  Json changes = Json::array();
  for (const FactChange& c : r.changes) {
    Json x = {{"kind", c.kind},
              {"fact", c.fact},
              {"source_text", c.source_text},
              {"source_start", c.source_start},
              {"source_end", c.source_end},
              {"copy_text", c.copy_text},
              {"copy_start", c.copy_start},
              {"copy_end", c.copy_end}};
    if (!c.contradicted_claim.empty()) x["contradicted_claim"] = c.contradicted_claim;
    changes.push_back(std::move(x));
  }
  Json j = {{"copy", r.copy},
            {"source", r.source},
            {"relation", r.relation},
            {"direction", r.direction},
            {"similarity", r.similarity},
            {"coverage_copy", r.coverage_copy},
            {"coverage_source", r.coverage_source},
            {"changes", std::move(changes)}};
  return Dump(j);
}

std::string PersonToJson(const WorldPerson& p, bool with_mentions) {
  Json aliases = Json::array();
  for (const PersonAlias& a : p.aliases) aliases.push_back({{"name", a.name}, {"count", a.count}});
  Json offices = Json::array();
  for (const PersonOffice& o : p.offices) {
    offices.push_back({{"office", o.office},
                       {"office_normalized", o.office_normalized},
                       {"country", o.country},
                       {"first", o.first},
                       {"last", o.last},
                       {"documents", o.documents}});
  }
  Json j = {{"id", p.id}, {"name", p.name}, {"aliases", std::move(aliases)}, {"offices", std::move(offices)},
            {"documents", p.documents}};
  if (with_mentions) {
    Json mentions = Json::array();
    for (const PersonMentionRef& m : p.mentions)
      mentions.push_back({{"doc", m.doc}, {"text", m.text}, {"start", m.start}, {"end", m.end}});
    j["mentions"] = std::move(mentions);
  }
  return Dump(j);
}

std::string EventToJson(const WorldEvent& e) {
  Json participants = Json::array();
  for (const EventParticipant& p : e.participants) participants.push_back({{"id", p.id}, {"name", p.name}});
  Json reports = Json::array();
  for (const EventReport& r : e.reports) {
    reports.push_back({{"doc", r.doc},
                       {"start", r.start},
                       {"end", r.end},
                       {"kind", r.kind},
                       {"when", r.when},
                       {"date", r.date},
                       {"duration", r.duration},
                       {"status", r.status},
                       {"published", r.published}});
  }
  Json j = {{"id", e.id},
            {"kind", e.kind},
            {"participants", std::move(participants)},
            {"date", e.date},
            {"date_evidence", e.date_evidence},
            {"status", e.status},
            {"reports", std::move(reports)},
            {"first_report", e.first_report},
            {"last_report", e.last_report}};
  return Dump(j);
}

std::string ConflictToJson(const Conflict& c) {
  Json sides = Json::array();
  for (const ConflictSide& s : c.sides)
    sides.push_back({{"value", s.value}, {"documents", s.documents}, {"evidence", s.evidence}});
  Json j = {{"id", c.id}, {"kind", c.kind}, {"subject", c.subject}, {"description", c.description},
            {"sides", std::move(sides)}};
  return Dump(j);
}

std::string StoryToJson(const Story& s, const std::map<std::string, std::string>* person_names) {
  Json ppl = Json::array();
  for (const std::string& id : s.people) {
    std::string name;
    if (person_names) {
      auto it = person_names->find(id);
      if (it != person_names->end()) name = it->second;
    }
    ppl.push_back({{"id", id}, {"name", name}});
  }
  Json j = {{"id", s.id},          {"title", s.title},          {"first", s.first},
            {"last", s.last},      {"documents", s.documents},  {"people", std::move(ppl)},
            {"events", s.events}};
  return Dump(j);
}

}  // namespace newsgraph
