// Builds the gazetteer and the word-list flags of the named-entity model from name lists that
// Debian packages install (used by tools/train_ner.cc only; nothing here is read at run time):
//   iso-codes           /usr/share/iso-codes/json/iso_3166-1/-2/-3.json (LOC), iso_639-2 (MISC)
//   wordnet-base        /usr/share/wordnet/data.noun, data.adj (instance nouns: PER/LOC/ORG/MISC)
//   libgeonames-common  /usr/share/locale/en/LC_MESSAGES/geonames.mo (city names, LOC)
//   python3-fake-factory  Faker person providers (first names, surnames of Latin-script locales)
//   wamerican-insane    /usr/share/dict/american-english-insane (lower-case / proper-noun words)
//   tzdata              /usr/share/zoneinfo/zone1970.tab (time-zone cities, LOC)
// A missing source is reported and skipped.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "analyze/ner_features.h"
#include "analyze/ner_gazetteer.h"

namespace newsgraph::ner {

struct ExternalSources {
  std::string root = "/";  // prefix of the /usr/share paths (tests point it elsewhere)
  bool iso = true, wordnet = true, geonames = true, faker = true, dictionary = true, tz = true;
};

struct ExternalLists {
  // Lower-cased phrase (tokens joined by one space) -> GazFlags types.
  std::unordered_map<std::string, uint16_t> phrases;
  // Lower-cased word -> kFirstName / kLastName / kDictLower / kDictCap.
  std::unordered_map<std::string, uint16_t> word_flags;
};

// Reads every enabled source; `log` receives one line per source (entries read or why skipped).
ExternalLists LoadExternalLists(const ExternalSources& sources, std::string* log);

// Adds one name (and its diacritic-free form) of the given GazFlags types, split into CoNLL-like
// tokens; names that do not start with a capital or have more than kMaxGazTokens tokens are
// ignored. Returns whether it was added.
bool AddGazetteerName(const std::string& name, uint16_t types, ExternalLists* lists);

// Compiles phrases into the model's gazetteer table (entries and their prefixes).
Lexicon CompileGazetteer(const std::unordered_map<std::string, uint16_t>& phrases);

}  // namespace newsgraph::ner
