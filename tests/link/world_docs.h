// Hand-built documents for the people-across-documents tests: a person whose mentions are found
// in a text, and a document carrying those people as its analysis.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "newsgraph/world.h"

namespace newsgraph::world_test {

// A person whose mentions are the given writings (the name itself when none), found in `text`
// in order.
inline Person At(const std::string& text, const std::string& name,
                 const std::vector<std::string>& writings = {}) {
  Person p;
  p.name = name;
  size_t from = 0;
  for (const std::string& w : writings.empty() ? std::vector<std::string>{name} : writings) {
    size_t at = text.find(w, from);
    if (at == std::string::npos) continue;
    p.mentions.push_back({w, static_cast<uint32_t>(at), static_cast<uint32_t>(at + w.size())});
    from = at + w.size();
  }
  return p;
}

inline LinkDocument Doc(const std::string& id, const std::string& text, std::vector<Person> people) {
  LinkDocument d;
  d.id = id;
  d.text = text;
  d.analysis.people = std::move(people);
  return d;
}

// `p`, a person of world `w` as just read, kept: one record per person of a world, so that
// pointers to them compare as the persons do (World::people() makes its records when read).
inline const WorldPerson* Kept(const World& w, WorldPerson p) {
  static std::map<std::pair<const World*, std::string>, WorldPerson> kept;
  WorldPerson& k = kept[{&w, p.id}];
  k = std::move(p);
  return &k;
}

}  // namespace newsgraph::world_test
