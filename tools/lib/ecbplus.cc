// ECB+ reader (see ecbplus.h): libxml2's tree API over one CAT/CROMER XML file.
#include "ecbplus.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace newsgraph::eval {
namespace {

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string Content(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool Is(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// No space before closing punctuation and clitics, none after opening brackets and quotes.
bool NoSpaceBefore(const std::string& t) {
  static const char* kTokens[] = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S",
                                  "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'"};
  for (const char* k : kTokens)
    if (t == k) return true;
  return false;
}
bool NoSpaceAfter(const std::string& t) { return t == "(" || t == "[" || t == "{" || t == "$" || t == "``"; }

// PTB quote tokens back to plain quotes.
std::string Surface(const std::string& t) {
  if (t == "``" || t == "''") return "\"";
  if (t == "-LRB-") return "(";
  if (t == "-RRB-") return ")";
  return t;
}

}  // namespace

Result<EcbDocument> ReadEcbDocument(const std::string& path) {
  xmlDoc* xml = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!xml) return Status::Corruption(path + ": not well-formed XML");
  xmlNode* root = xmlDocGetRootElement(xml);
  if (!root || !Is(root, "Document")) {
    xmlFreeDoc(xml);
    return Status::Corruption(path + ": no <Document> root element");
  }
  EcbDocument doc;
  doc.name = std::filesystem::path(path).filename().string();
  doc.topic = std::atoi(doc.name.c_str());
  doc.plus = doc.name.find("ecbplus") != std::string::npos;

  std::map<uint32_t, uint32_t> token_index;  // t_id -> index
  std::map<uint32_t, size_t> mention_index;  // m_id -> index in doc.mentions
  for (xmlNode* n = root->children; n; n = n->next) {
    if (Is(n, "token")) {
      token_index[static_cast<uint32_t>(std::stoul("0" + Attr(n, "t_id")))] = doc.tokens.size();
      doc.tokens.push_back(Content(n));
      doc.token_sentence.push_back(static_cast<uint32_t>(std::stoul("0" + Attr(n, "sentence"))));
    } else if (Is(n, "Markables")) {
      for (xmlNode* m = n->children; m; m = m->next) {
        if (m->type != XML_ELEMENT_NODE) continue;
        EcbMention mention;
        mention.id = static_cast<uint32_t>(std::stoul("0" + Attr(m, "m_id")));
        mention.type = reinterpret_cast<const char*>(m->name);
        for (xmlNode* a = m->children; a; a = a->next) {
          if (!Is(a, "token_anchor")) continue;
          auto it = token_index.find(static_cast<uint32_t>(std::stoul("0" + Attr(a, "t_id"))));
          if (it != token_index.end()) mention.tokens.push_back(it->second);
        }
        if (mention.tokens.empty()) continue;  // an instance, not a mention
        std::sort(mention.tokens.begin(), mention.tokens.end());
        mention.chain = doc.name + "#m" + std::to_string(mention.id);
        mention_index[mention.id] = doc.mentions.size();
        doc.mentions.push_back(std::move(mention));
      }
    } else if (Is(n, "Relations")) {
      for (xmlNode* r = n->children; r; r = r->next) {
        bool cross = Is(r, "CROSS_DOC_COREF"), intra = Is(r, "INTRA_DOC_COREF");
        if (!cross && !intra) continue;
        std::string chain = cross ? Attr(r, "note") : doc.name + "#" + Attr(r, "r_id");
        if (chain.empty()) chain = doc.name + "#" + Attr(r, "r_id");
        for (xmlNode* s = r->children; s; s = s->next) {
          if (!Is(s, "source")) continue;
          auto it = mention_index.find(static_cast<uint32_t>(std::stoul("0" + Attr(s, "m_id"))));
          if (it != mention_index.end()) doc.mentions[it->second].chain = chain;
        }
      }
    }
  }
  xmlFreeDoc(xml);

  // Text: tokens joined by spaces (none around punctuation), one sentence per line.
  doc.token_start.resize(doc.tokens.size());
  doc.token_end.resize(doc.tokens.size());
  bool open_quote = false;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string& t = doc.tokens[i];
    std::string s = Surface(t);
    if (i > 0) {
      if (doc.token_sentence[i] != doc.token_sentence[i - 1]) {
        doc.text += '\n';
      } else {
        bool tight = NoSpaceBefore(t) || NoSpaceAfter(doc.tokens[i - 1]);
        if (s == "\"" && t != "``" && t != "''") tight = open_quote;  // a plain " closes when open
        if (!tight) doc.text += ' ';
      }
    }
    if (s == "\"") open_quote = !open_quote;
    doc.token_start[i] = static_cast<uint32_t>(doc.text.size());
    doc.text += s;
    doc.token_end[i] = static_cast<uint32_t>(doc.text.size());
  }
  for (EcbMention& m : doc.mentions) {
    m.start = doc.token_start[m.tokens.front()];
    m.end = doc.token_end[m.tokens.back()];
    m.sentence = doc.token_sentence[m.tokens.front()];
  }
  return doc;
}

Result<std::vector<EcbDocument>> ReadEcbTopics(const std::string& dir, const std::vector<int>& topics) {
  std::vector<EcbDocument> docs;
  for (int topic : topics) {
    std::filesystem::path folder = std::filesystem::path(dir) / std::to_string(topic);
    std::error_code ec;
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(folder, ec))
      if (e.path().extension() == ".xml") paths.push_back(e.path().string());
    if (ec) return Status::IOError(folder.string() + ": " + ec.message());
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) {
      auto d = ReadEcbDocument(p);
      if (!d.ok()) return d.status();
      docs.push_back(std::move(d).value());
    }
  }
  std::sort(docs.begin(), docs.end(), [](const EcbDocument& a, const EcbDocument& b) {
    return std::tie(a.topic, a.name) < std::tie(b.topic, b.name);
  });
  return docs;
}

Result<std::set<std::tuple<int, std::string, uint32_t>>> ReadEcbAnnotatedSentences(const std::string& dir) {
  std::string path = dir + "/ECBplus_coreference_sentences.csv";
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  std::set<std::tuple<int, std::string, uint32_t>> out;
  std::string line;
  std::getline(in, line);  // header
  int lineno = 1;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::stringstream ss(line);
    std::string topic, file, sentence;
    if (!std::getline(ss, topic, ',') || !std::getline(ss, file, ',') || !std::getline(ss, sentence))
      return Status::Corruption(path + ":" + std::to_string(lineno) + ": expected Topic,File,Sentence");
    out.emplace(std::atoi(topic.c_str()), file, static_cast<uint32_t>(std::stoul("0" + sentence)));
  }
  return out;
}

}  // namespace newsgraph::eval
