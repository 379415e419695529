// Named-entity training data from GUM's entity layer (CoNLL-U, `Entity=` brackets in MISC).
// GUM annotates every mention (pronouns, common nouns, nested spans); this keeps only the
// CoNLL-2003-like ones: named mentions whose syntactic head is a proper noun, cut to the run of
// proper nouns around the head (`the University of Toronto` -> `University of Toronto`), outer
// mentions over nested ones. person -> PER, place -> LOC, organization -> ORG, a named event,
// object or abstract -> MISC, other types O; a capitalised adjective outside any mention
// (`American`, `French`) not at the start of a sentence -> MISC, as in CoNLL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ner_conll_io.h"

namespace newsgraph::ner {

// Converts one CoNLL-U document (text of a GUM .conllu file) into a CoNLL document with
// internal (BIOES) tags. Multi-word token ranges and empty nodes are skipped; malformed rows are skipped too
// (GUM is read only by the trainer). `names` (may be null) receives each kept mention as
// (type, words joined by spaces).
ConllDocument GumToConll(std::string_view conllu,
                         std::vector<std::pair<int, std::string>>* names = nullptr);

}  // namespace newsgraph::ner
