// LinkDocument: one stored document as the link stage sees it — its text, metadata and the
// analysis of it — and DocumentFetcher, how the link stage reads an earlier document back when it
// needs its text (to align a copy with its source, say) without keeping every text in memory.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "newsgraph/analyze.h"

namespace newsgraph {

struct LinkDocument {
  std::string id;         // the document id (16 hex digits, DocId::hex)
  std::string title;
  std::string url;
  std::string site;
  std::string published;  // ISO 8601 date or timestamp; empty when unknown
  std::string text;       // every offset below points into it
  Analysis analysis;      // AnalyzeText(text) as stored
};

// Loads an earlier document by id; nullptr when it is not there. Called from the linking thread.
using DocumentFetcher = std::function<std::shared_ptr<const LinkDocument>(const std::string& id)>;

// The order documents are linked in, so that a rebuild gives the same answer whatever order
// they were ingested in: by publication date (undated ones last), then by id.
bool LinkOrderLess(const LinkDocument& a, const LinkDocument& b);

}  // namespace newsgraph
