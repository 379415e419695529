// An estimate of the world's heap bytes by component (internal; tests/bench/world_bench.cc): what
// each container holds, its elements' own allocations, and malloc's per-allocation overhead.
#pragma once

#include <cstddef>

#include "newsgraph/world.h"

namespace newsgraph {

struct WorldFootprint {
  size_t people = 0;       // WorldPerson records, their state, the name index, office claims
  size_t events = 0;       // WorldEvent records (reports included) and their ids
  size_t event_state = 0;  // what matching keeps per event: EventState, events by participant
  size_t documents = 0;    // the per-document index (PersonIdOf, EventIdsOf)
  size_t claims = 0;       // figures and quotes kept for conflicts
  size_t pending = 0;      // pending name spans of earlier documents
  size_t total() const { return people + events + event_state + documents + claims + pending; }

  static WorldFootprint Of(const World& world);
};

}  // namespace newsgraph
