// An estimate of the world's heap bytes by component (internal; tests/bench/world_bench.cc): what
// each container holds, its elements' own allocations, and malloc's per-allocation overhead.
#pragma once

#include <cstddef>

#include "newsgraph/world.h"

namespace newsgraph {

struct WorldFootprint {
  size_t people = 0;       // person records but their mentions, their state, the name index
  size_t mentions = 0;     // the persons' listed mentions in memory (the rest are spilled)
  size_t office_claims = 0;  // office claims kept per person for conflicts
  size_t events = 0;       // event records (reports included) and their ids
  size_t event_state = 0;  // what matching keeps per event: EventState, events by participant
  size_t documents = 0;    // the per-document index (PersonIdOf, EventIdsOf)
  size_t claims = 0;       // figures and quotes kept for conflicts
  size_t pending = 0;      // pending name spans of earlier documents
  size_t strings = 0;      // interned strings (mention texts, participants' names, event words)
  size_t spill = 0;        // the spill file's write buffer
  size_t total() const {
    return people + mentions + office_claims + events + event_state + documents + claims + pending +
           strings + spill;
  }

  static WorldFootprint Of(const World& world);
};

}  // namespace newsgraph
