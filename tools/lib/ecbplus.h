// ECB+ (Cybulska & Vossen 2014) reader for the evaluation tools: documents with their tokens,
// a text rebuilt from the tokens (with byte offsets), mentions and coreference chains.
// Evaluation code, not runtime code: only tools/ and tests link it. ../shared/data/ecbplus/README.md
// describes the format.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::eval {

struct EcbMention {
  uint32_t id = 0;           // m_id
  std::string type;          // HUMAN_PART_PER, ACTION_OCCURRENCE, ...
  std::vector<uint32_t> tokens;  // indexes into EcbDocument::tokens, in order
  std::string chain;         // the coreference chain: a cross-document instance id, or
                             // "<doc>#<r_id>" for a chain inside one document, or
                             // "<doc>#m<m_id>" for a mention in no chain (a singleton)
  uint32_t start = 0, end = 0;  // byte span of the tokens in EcbDocument::text
  uint32_t sentence = 0;
};

struct EcbDocument {
  std::string name;   // "1_10ecbplus.xml"
  int topic = 0;      // 1
  bool plus = false;  // an *ecbplus.xml document: the topic's second story
  std::vector<std::string> tokens;
  std::vector<uint32_t> token_sentence;
  std::vector<uint32_t> token_start, token_end;  // byte spans in `text`
  std::string text;   // tokens detokenised; sentences on lines of their own
  std::vector<EcbMention> mentions;  // token-anchored mentions only
  // The story (subtopic) label: "<topic>" + ("+" if plus).
  std::string story() const { return std::to_string(topic) + (plus ? "+" : ""); }
};

inline const std::vector<int> kEcbTrainTopics = {1,  3,  4,  6,  7,  8,  9,  10, 11, 13, 14, 16, 19,
                                                 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33};
inline const std::vector<int> kEcbDevTopics = {2, 5, 12, 18, 21, 23, 34, 35};

// Reads one document file. Corruption naming the file when it is not ECB+ XML.
Result<EcbDocument> ReadEcbDocument(const std::string& path);
// Reads every document of the given topics under `dir` (../shared/data/ecbplus), sorted by name.
Result<std::vector<EcbDocument>> ReadEcbTopics(const std::string& dir, const std::vector<int>& topics);
// The (topic, file stem, sentence) triples of ECBplus_coreference_sentences.csv: the sentences
// whose mentions were fully annotated. File stems are like "10ecbplus".
Result<std::set<std::tuple<int, std::string, uint32_t>>> ReadEcbAnnotatedSentences(const std::string& dir);

}  // namespace newsgraph::eval
