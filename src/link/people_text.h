// Text helpers shared by the two halves of people across documents (internal to the world
// stage): people.cc resolves each document's people, people_recover.cc finds the mentions the
// analysis missed. Both add persons with NewPerson.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "link/world_names.h"
#include "link/world_state.h"

namespace newsgraph::world {

// The keys a person is indexed under: the consonant key of the surname, and of a middle name
// when the name has three parts or more.
std::vector<std::string> IndexKeys(const PersonName& n);
// The length of the quotation mark at text[pos] (", ', `, and the curly quotes in UTF-8), 0 when
// there is none.
size_t QuoteAt(std::string_view text, size_t pos);
bool IsAsciiLetter(char c);
// A name in quotation marks opening at `open` ("Deep Throat", "The Chin"): its span inside the
// marks, or {0, 0}.
std::pair<size_t, size_t> QuotedName(std::string_view text, size_t open);

// A new world person first named `name` in document `doc_id` (its id: a hash of both).
template <typename WorldImpl>  // World::Impl (private to World)
uint32_t NewPerson(WorldImpl& w, const std::string& doc_id, const std::string& name) {
  const uint32_t idx = static_cast<uint32_t>(w.people.size());
  PersonRecord wp;
  const std::string key = doc_id + '\x1f' + name;
  wp.id = MakeId('P', key);
  for (int salt = 1; w.person_ids.count(wp.id); ++salt)
    wp.id = MakeId('P', key + '\x1f' + std::to_string(salt));
  w.person_ids.emplace(wp.id, idx);
  w.people.push_back(std::move(wp));
  w.person_state.emplace_back();
  w.office_claims.emplace_back();
  return idx;
}


}  // namespace newsgraph::world
