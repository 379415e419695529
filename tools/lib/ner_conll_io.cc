// CoNLL-2003 reading and exact-span scoring (tools/lib/ner_conll_io.h).
#include "ner_conll_io.h"

#include <fstream>
#include <sstream>

namespace newsgraph::ner {

Result<std::vector<ConllDocument>> ParseConll(std::string_view text, std::string_view name) {
  std::vector<ConllDocument> docs;
  ConllSentence sent;
  std::vector<std::string> tag_strings;
  auto flush = [&]() {
    if (sent.words.empty()) return;
    std::vector<std::string_view> views(tag_strings.begin(), tag_strings.end());
    sent.tags = StringsToTags(views);
    if (docs.empty()) docs.emplace_back();
    docs.back().sentences.push_back(std::move(sent));
    sent = ConllSentence();
    tag_strings.clear();
  };
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
      flush();
      continue;
    }
    line = line.substr(first);
    size_t sp = line.find_first_of(" \t");
    std::string_view word = line.substr(0, sp);
    if (word == "-DOCSTART-") {
      flush();
      docs.emplace_back();
      continue;
    }
    std::string_view tag = "O";
    if (sp != std::string_view::npos) {
      size_t last_end = line.find_last_not_of(" \t");
      size_t last_start = line.find_last_of(" \t", last_end);
      tag = line.substr(last_start + 1, last_end - last_start);
      char p;
      int t;
      if (!ParseTag(tag, &p, &t)) {
        return Status::Corruption(std::string(name) + ":" + std::to_string(line_no) +
                                  ": unknown NE tag '" + std::string(tag) + "'");
      }
    }
    sent.words.emplace_back(word);
    tag_strings.emplace_back(tag);
  }
  flush();
  return docs;
}

Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseConll(ss.str(), path);
}

void SpanScore::Add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
  overall.gold += gold.size();
  overall.predicted += predicted.size();
  for (const Chunk& c : gold) per_type[c.type].gold++;
  for (const Chunk& c : predicted) per_type[c.type].predicted++;
  size_t j = 0;
  for (const Chunk& g : gold) {
    while (j < predicted.size() && predicted[j].begin < g.begin) ++j;
    if (j < predicted.size() && predicted[j] == g) {
      overall.correct++;
      per_type[g.type].correct++;
    }
  }
}

}  // namespace newsgraph::ner
