// Texts of the Scrapinghub article-extraction benchmark (../shared/data/article-extraction-benchmark)
// for the analysis scorer: its ground-truth.json maps each page's hash to the article's text
// ("articleBody"). Gold files name a page "<first 16 hex digits of the hash>.txt", as the
// aeb-news texts in ../shared/gold/aeb-news are named. Evaluation code, not runtime code.
#pragma once

#include <map>
#include <string>

#include "newsgraph/status.h"

namespace newsgraph::eval {

// Reads `ground_truth_path` (the benchmark's ground-truth.json) into `texts`: "<16 hex>.txt" ->
// articleBody. Fails, naming the file and the reason, when it is missing or not that shape.
Status LoadAebTexts(const std::string& ground_truth_path, std::map<std::string, std::string>* texts);

}  // namespace newsgraph::eval
