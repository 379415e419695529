#include "ner_gum.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "core/ascii.h"

namespace newsgraph::ner {
namespace {

struct Row {
  std::string word, upos, xpos, entity;
  int head = 0;  // 1-based within the sentence, 0 = root
};

struct Mention {
  size_t begin = 0, end = 0;  // tokens [begin, end) of the sentence
  std::string type;
};

bool IsUpper(const std::string& w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // non-ASCII leading byte: accept (Ó, Ž ...)
}

// Parses the mentions of one sentence from the Entity= values of its rows.
std::vector<Mention> ParseMentions(const std::vector<Row>& rows) {
  std::vector<Mention> out;
  std::vector<std::pair<std::string, Mention>> open;  // id -> partial mention
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string& e = rows[i].entity;
    size_t p = 0;
    while (p < e.size()) {
      if (e[p] == '(') {
        size_t q = e.find_first_of("()", p + 1);
        std::string body = e.substr(p + 1, (q == std::string::npos ? e.size() : q) - p - 1);
        size_t d1 = body.find('-');
        std::string id = body.substr(0, d1);
        std::string type;
        if (d1 != std::string::npos) {
          size_t d2 = body.find('-', d1 + 1);
          type = body.substr(d1 + 1, d2 == std::string::npos ? std::string::npos : d2 - d1 - 1);
        }
        if (q != std::string::npos && e[q] == ')') {
          out.push_back({i, i + 1, type});
          p = q + 1;
        } else {
          open.push_back({id, {i, i, type}});
          p = q == std::string::npos ? e.size() : q;
        }
      } else {
        size_t q = e.find(')', p);
        if (q == std::string::npos) break;
        std::string id = e.substr(p, q - p);
        for (size_t k = open.size(); k-- > 0;) {
          if (open[k].first == id) {
            Mention m = open[k].second;
            m.end = i + 1;
            out.push_back(m);
            open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
            break;
          }
        }
        p = q + 1;
      }
    }
  }
  return out;
}

int MapType(const std::string& t) {
  if (t == "person") return 0;
  if (t == "organization") return 1;
  if (t == "place") return 2;
  if (t == "event" || t == "object" || t == "abstract") return 3;
  return -1;
}

bool Proper(const Row& r) { return r.upos == "PROPN" && IsUpper(r.word); }

void TagSentence(const std::vector<Row>& rows, ConllDocument* doc,
                 std::vector<std::pair<int, std::string>>* names) {
  ConllSentence s;
  for (const Row& r : rows) s.words.push_back(r.word);
  s.tags.assign(rows.size(), 0);
  std::vector<Mention> mentions = ParseMentions(rows);
  struct Span {
    size_t begin, end;
    int type;
  };
  std::vector<Span> spans;
  for (const Mention& m : mentions) {
    int type = MapType(m.type);
    if (type < 0 || m.end <= m.begin) continue;
    // Head: the token of the span whose head lies outside it.
    size_t head = m.begin;
    for (size_t i = m.begin; i < m.end; ++i) {
      int h = rows[i].head;
      if (h == 0 || static_cast<size_t>(h - 1) < m.begin || static_cast<size_t>(h - 1) >= m.end) {
        head = i;
        break;
      }
    }
    if (!Proper(rows[head])) continue;
    size_t b = head, e = head + 1;
    while (b > m.begin && Proper(rows[b - 1])) --b;
    while (e < m.end) {
      if (Proper(rows[e])) {
        ++e;
        continue;
      }
      // Lower-case connectors inside a name: `Bank of England`, `Bosnia and Herzegovina`.
      const std::string& w = rows[e].word;
      if ((w == "of" || w == "and" || w == "de" || w == "for" || w == "the" || w == "&") &&
          e + 1 < m.end && Proper(rows[e + 1])) {
        e += 2;
        continue;
      }
      break;
    }
    if (e - b > 8) continue;
    spans.push_back({b, e, type});
  }
  // Outer (longer) spans first; nested or overlapping ones are dropped.
  std::stable_sort(spans.begin(), spans.end(),
                   [](const Span& a, const Span& b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<bool> used(rows.size(), false);
  for (const Span& sp : spans) {
    bool free = true;
    for (size_t i = sp.begin; i < sp.end; ++i) free = free && !used[i];
    if (!free) continue;
    std::string name;
    SetChunkTags(s.tags.data(), static_cast<uint32_t>(sp.begin), static_cast<uint32_t>(sp.end),
                 sp.type);
    for (size_t i = sp.begin; i < sp.end; ++i) {
      used[i] = true;
      if (i > sp.begin) name += ' ';
      name += rows[i].word;
    }
    if (names) names->push_back({sp.type, name});
  }
  // Demonyms and other capitalised adjectives (`American`, `Soviet`) -> MISC.
  for (size_t i = 1; i < rows.size(); ++i) {
    if (used[i] || s.tags[i] != 0) continue;
    if (rows[i].upos == "ADJ" && IsUpper(rows[i].word) && !IsUpper(rows[i - 1].word)) {
      SetChunkTags(s.tags.data(), static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), 3);
    }
  }
  doc->sentences.push_back(std::move(s));
}

}  // namespace

ConllDocument GumToConll(std::string_view conllu,
                         std::vector<std::pair<int, std::string>>* names) {
  ConllDocument doc;
  std::vector<Row> rows;
  size_t pos = 0;
  while (pos <= conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    std::string_view line =
        conllu.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? conllu.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!rows.empty()) TagSentence(rows, &doc, names);
      rows.clear();
      continue;
    }
    if (line[0] == '#') continue;
    auto cols = ascii::Split(line, '\t');
    if (cols.size() < 10) continue;
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;
    Row r;
    r.word = std::string(cols[1]);
    r.upos = std::string(cols[3]);
    r.xpos = std::string(cols[4]);
    r.head = std::atoi(std::string(cols[6]).c_str());
    if (r.head < 0) r.head = 0;
    std::string_view misc = cols[9];
    size_t at = misc.find("Entity=");
    if (at != std::string_view::npos) {
      size_t end = misc.find('|', at);
      r.entity = std::string(misc.substr(at + 7, end == std::string_view::npos ? end : end - at - 7));
    }
    if (r.word.empty()) continue;
    rows.push_back(std::move(r));
  }
  if (!rows.empty()) TagSentence(rows, &doc, names);
  // Heads that point past the sentence (malformed rows) simply never count as inside a span.
  return doc;
}

}  // namespace newsgraph::ner
