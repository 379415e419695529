// train_ner: retrains the built-in named-entity model (models/ner-en.bin) from ../shared.
//
//   build/train_ner --shared ../shared --out models/ner-en.bin
//
// Trains on conll2003/eng.train only; scores eng.testa (the development set) after each epoch.
// The lexicon combines case statistics of the unlabelled words of eng.train and GUM with
// person, country and party names from the leaders tables. See docs/ner.md.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "ner_gazetteer_build.h"
#include "ner_gum.h"
#include "ner_train.h"
#include "newsgraph/text.h"

namespace fs = std::filesystem;
using namespace newsgraph::ner;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field.push_back(c);
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// Column `name` of a CSV file with a header row.
std::vector<std::string> CsvColumn(const fs::path& p, const std::string& name) {
  std::vector<std::string> out;
  auto rows = ParseCsv(ReadAll(p));
  if (rows.empty()) return out;
  int col = -1;
  for (size_t i = 0; i < rows[0].size(); ++i) {
    if (rows[0][i] == name) col = static_cast<int>(i);
  }
  if (col < 0) return out;
  for (size_t r = 1; r < rows.size(); ++r) {
    if (static_cast<int>(rows[r].size()) > col && !rows[r][col].empty()) {
      out.push_back(rows[r][col]);
    }
  }
  return out;
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '"' || c == '/') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Titles and roles that come before people's names in news text (general English knowledge,
// not taken from any evaluation text).
constexpr const char* kRoleWords[] = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "spokesperson",
    "spokesman", "spokeswoman", "senator", "sen.", "rep.", "representative", "governor",
    "gov.", "mayor", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "admiral",
    "adm.", "commander", "sergeant", "sgt.", "captain", "capt.", "major", "maj.", "chairman",
    "chairwoman", "chair", "director", "adviser", "advisor", "ambassador", "envoy", "chief",
    "leader", "king", "queen", "prince", "princess", "pope", "judge", "justice", "attorney",
    "coach", "manager", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "ceo", "officer",
    "deputy", "premier", "lawmaker", "mp", "congressman", "congresswoman", "sheikh", "cardinal",
    "bishop", "archbishop", "rabbi", "imam", "striker", "midfielder", "defender", "goalkeeper",
    "batsman", "bowler", "champion", "candidate", "counterpart", "aide", "aid", "economist",
    "analyst", "dictator", "emperor", "sultan", "emir", "colleague", "commissioner", "inspector",
    "detective", "sir", "lord", "lady", "dame", "father", "rev.", "reverend", "pastor"};

struct CaseCounts {
  uint32_t lower = 0, cap = 0;
};

// GUM documents that must not be used: those of its dev, test and test2 splits (splits.md)
// and those of ../shared/gold/gum-news.gold.jsonl, which other stages are evaluated on.
std::set<std::string> GumHeldOut(const fs::path& shared) {
  std::set<std::string> out;
  std::istringstream splits(ReadAll(shared / "data/gum/splits.md"));
  std::string line, section;
  while (std::getline(splits, line)) {
    if (line.rfind("## ", 0) == 0) {
      section = line.substr(3);
      continue;
    }
    if (section == "train") continue;
    size_t at = line.find("GUM_");
    if (at == std::string::npos) at = line.find("GENTLE_");
    if (at == std::string::npos) continue;
    std::string name = line.substr(at);
    size_t end = name.find_first_of(" .\t\r");
    out.insert(name.substr(0, end));
  }
  std::istringstream gold(ReadAll(shared / "gold/gum-news.gold.jsonl"));
  while (std::getline(gold, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("doc") && j["doc"].is_string()) {
      std::string name = j["doc"].get<std::string>();
      out.insert(name.substr(0, name.find('.')));
    }
  }
  return out;
}

// Sentences of words from GUM CoNLL-U files (column 2, skipping multi-word token ranges) of
// the train split only.
void ReadGumWords(const fs::path& shared, std::vector<std::vector<std::string>>* sents) {
  const fs::path dir = shared / "data/gum/dep";
  if (!fs::is_directory(dir)) return;
  const std::set<std::string> held_out = GumHeldOut(shared);
  if (held_out.empty()) {
    std::fprintf(stderr, "GUM: splits.md not readable; GUM left out\n");
    return;
  }
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".conllu") continue;
    if (held_out.count(e.path().stem().string())) continue;
    std::istringstream in(ReadAll(e.path()));
    std::string line;
    std::vector<std::string> cur;
    while (std::getline(in, line)) {
      if (line.empty()) {
        if (!cur.empty()) sents->push_back(std::move(cur));
        cur.clear();
        continue;
      }
      if (line[0] == '#') continue;
      size_t t1 = line.find('\t');
      if (t1 == std::string::npos) continue;
      std::string id = line.substr(0, t1);
      if (id.find('-') != std::string::npos || id.find('.') != std::string::npos) continue;
      size_t t2 = line.find('\t', t1 + 1);
      cur.push_back(line.substr(t1 + 1, t2 - t1 - 1));
    }
    if (!cur.empty()) sents->push_back(std::move(cur));
  }
}

// Named-entity documents from GUM's entity layer (GumToConll) of the train split only, without
// any news document (GUM_news_* are the analyze stage's dev / held-out texts).
void ReadGumEntityDocs(const fs::path& shared, std::vector<ConllDocument>* docs,
                       std::vector<std::pair<int, std::string>>* names) {
  const fs::path dir = shared / "data/gum/dep";
  if (!fs::is_directory(dir)) return;
  const std::set<std::string> held_out = GumHeldOut(shared);
  if (held_out.empty()) return;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".conllu") continue;
    const std::string stem = e.path().stem().string();
    if (held_out.count(stem) || stem.rfind("GUM_news_", 0) == 0) continue;
    if (stem.rfind("GUM_", 0) != 0) continue;
    files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) docs->push_back(GumToConll(ReadAll(f), names));
}

// Unlabelled modern web and news text (CC BY / MIT): the reference texts of the WCXB dev split
// and of the article-extraction benchmark, split into sentences of words by our tokenizer.
void ReadWebText(const fs::path& data, std::vector<std::vector<std::string>>* sents) {
  std::vector<std::string> texts;
  const fs::path wcxb = data / "wcxb-dev/ground-truth";
  if (fs::is_directory(wcxb)) {
    for (const auto& e : fs::directory_iterator(wcxb)) {
      if (e.path().extension() != ".json") continue;
      auto j = nlohmann::json::parse(ReadAll(e.path()), nullptr, false);
      if (j.is_discarded()) continue;
      const auto& gt = j["ground_truth"];
      if (gt.is_object() && gt.contains("main_content") && gt["main_content"].is_string()) {
        texts.push_back(gt["main_content"].get<std::string>());
      }
    }
  }
  const fs::path aeb = data / "article-extraction-benchmark/ground-truth.json";
  if (fs::exists(aeb)) {
    auto j = nlohmann::json::parse(ReadAll(aeb), nullptr, false);
    if (j.is_object()) {
      for (const auto& [k, v] : j.items()) {
        if (v.is_object() && v.contains("articleBody") && v["articleBody"].is_string()) {
          texts.push_back(v["articleBody"].get<std::string>());
        }
      }
    }
  }
  for (const std::string& text : texts) {
    newsgraph::TokenizedText t = newsgraph::Tokenize(text);
    for (const auto& s : t.sentences) {
      std::vector<std::string> words;
      for (uint32_t i = s.first_token; i < s.last_token; ++i) {
        words.emplace_back(t.TokenText(text, i));
      }
      sents->push_back(std::move(words));
    }
  }
}

Lexicon BuildLexicon(const std::vector<ConllDocument>& train, const fs::path& shared,
                     bool use_gum, bool use_leaders, bool use_web, const ExternalLists& ext) {
  std::unordered_map<std::string, CaseCounts> counts;
  auto count_sentence = [&](const std::vector<std::string>& words) {
    int letters_upper = 0, letters = 0;
    for (const auto& w : words) {
      for (char c : w) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
          ++letters;
          if (std::isupper(static_cast<unsigned char>(c))) ++letters_upper;
        }
      }
    }
    if (letters == letters_upper) return;  // all-caps line: says nothing about case
    for (size_t i = 1; i < words.size(); ++i) {
      const std::string& w = words[i];
      if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
      auto& c = counts[LowerWord(w)];
      if (std::isupper(static_cast<unsigned char>(w[0]))) ++c.cap; else ++c.lower;
    }
  };
  for (const auto& d : train) {
    for (const auto& s : d.sentences) count_sentence(s.words);
  }
  if (use_gum) {
    std::vector<std::vector<std::string>> gum;
    ReadGumWords(shared, &gum);
    std::fprintf(stderr, "GUM: %zu sentences of unlabelled text\n", gum.size());
    for (const auto& s : gum) count_sentence(s);
  }
  if (use_web) {
    std::vector<std::vector<std::string>> web;
    ReadWebText(shared / "data", &web);
    std::fprintf(stderr, "web text: %zu sentences of unlabelled text\n", web.size());
    for (const auto& s : web) count_sentence(s);
  }
  std::unordered_map<std::string, uint16_t> flags;
  for (const auto& [w, c] : counts) {
    uint32_t total = c.lower + c.cap;
    if (total < 2) continue;
    uint16_t f = c.cap * 10 < total ? kCaseMostlyLower : (c.cap * 10 > total * 9 ? kCaseMostlyCap
                                                                                 : kCaseMixed);
    if (total >= 50) f |= kFrequent;
    flags[w] = f;
  }
  for (const char* w : kRoleWords) flags[w] |= kRoleWord;
  if (use_leaders) {
    const fs::path l = shared / "data/leaders";
    size_t people = 0;
    auto add_person = [&](const std::string& name) {
      auto words = SplitWords(name);
      if (words.empty()) return;
      ++people;
      for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].size() > 1 && words[i].back() != '.') {
          flags[LowerWord(words[i])] |= kPersonFirst;
        }
      }
      flags[LowerWord(words.back())] |= kPersonLast;
    };
    for (const auto& n : CsvColumn(l / "ifg_uk_ministers/person.csv", "name")) {
      if (n.rfind("Lord ", 0) == 0 || n.rfind("Baroness ", 0) == 0) continue;
      add_person(n);
    }
    for (const auto& n : CsvColumn(l / "parlgov/politician_president.csv", "person_id_source")) {
      add_person(n);
    }
    for (const auto& n : CsvColumn(l / "reign/leaderlist_3_21.csv", "leader")) {
      flags[LowerWord(n)] |= kPersonLast;
      ++people;
    }
    for (const auto& n : CsvColumn(l / "parlgov/country.csv", "name")) {
      for (const auto& w : SplitWords(n)) flags[LowerWord(w)] |= kCountry;
    }
    for (const auto& n : CsvColumn(l / "parlgov/party.csv", "name_english")) {
      for (const auto& w : SplitWords(n)) flags[LowerWord(w)] |= kPartyWord;
    }
    std::fprintf(stderr, "leaders: %zu person names\n", people);
  }
  for (const auto& [w, f] : ext.word_flags) flags[w] |= f;
  Lexicon lex;
  for (const auto& [w, f] : flags) lex.Set(HashString(w), f);
  return lex;
}

void PrintScore(const char* name, const SpanScore& s) {
  std::fprintf(stderr, "%s: F1 %.2f (P %.2f R %.2f)", name, 100 * s.overall.F1(),
               100 * s.overall.Precision(), 100 * s.overall.Recall());
  for (int t = 0; t < kNumTypes; ++t) {
    std::fprintf(stderr, " %s %.2f", kTypeNames[t], 100 * s.per_type[t].F1());
  }
  std::fprintf(stderr, "\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains the newsgraph NER model from ../shared/data/conll2003/eng.train"};
  std::string shared = "../shared", out = "models/ner-en.bin";
  TrainOptions opt;
  bool use_web = false;

  bool no_gum = false, no_leaders = false, no_dev = false, use_stage2 = false;
  Stage2Options stage2;
  ExternalSources ext_src;
  bool no_external = false, train_on_dev = false, leader_gaz = false;
  std::string ext_off;
  int ensemble = 8;
  bool gum_train = false, gum_gazetteer = false, gum_clean = false;
  std::string gum_dump;
  opt.word_dropout = 0.25f;
  app.add_option("--shared", shared, "the shared data folder")->capture_default_str();
  app.add_option("--out", out, "model file to write")->capture_default_str();
  app.add_option("--epochs", opt.epochs, "training epochs")->capture_default_str();
  app.add_option("--hash-bits", opt.hash_bits, "log2 of the weight table rows")
      ->capture_default_str()->check(CLI::Range(12, 24));
  app.add_option("--prune", opt.prune_below, "drop weight rows whose largest |weight| is below")
      ->capture_default_str();
  app.add_option("--word-dropout", opt.word_dropout,
                 "probability of hiding a capitalised word's identity in training")
      ->capture_default_str();
  app.add_option("--history-noise", opt.history_noise,
                 "probability of corrupting each history label in training")
      ->capture_default_str();
  app.add_option("--seed", opt.seed, "shuffling seed")->capture_default_str();
  app.add_flag("--no-gum", no_gum, "leave GUM out of the case statistics");
  app.add_flag("--no-leaders", no_leaders, "leave the leaders name lists out");
  app.add_flag("--web", use_web, "add the WCXB / article-benchmark texts to the case statistics "
               "(measured: lowers eng.testa F1, so off by default)");
  app.add_flag("--no-dev", no_dev, "do not score eng.testa after each epoch");
  app.add_option("--ensemble", ensemble, "average this many models trained with seeds seed, "
                 "seed+1, ...")->capture_default_str()->check(CLI::Range(1, 16));
  app.add_flag("--stage2", use_stage2, "add the document-level second stage (measured no gain "
               "on eng.testa, so off by default)");
  app.add_option("--stage2-epochs", stage2.epochs, "second-stage epochs")->capture_default_str();
  app.add_option("--stage2-folds", stage2.folds, "jackknife folds")->capture_default_str();
  app.add_flag("--no-external", no_external, "no gazetteer or word lists from Debian packages");
  app.add_option("--external-off", ext_off, "comma-separated sources to leave out: iso, wordnet, "
                 "geonames, tz, faker, dictionary");
  app.add_flag("--leader-gazetteer", leader_gaz, "add the whole names of the leaders tables "
               "(parties, UK government bodies, office holders, countries) to the gazetteer "
               "(measured: no gain on eng.testa, so off by default)");
  app.add_option("--external-root", ext_src.root, "root the /usr/share paths are read under")
      ->capture_default_str();
  app.add_flag("--train-on-dev", train_on_dev, "also train on eng.testa (final model only, after "
               "the settings were chosen on eng.testa; the per-epoch dev scores are then not "
               "a held-out measure)");
  app.add_flag("--gum-train", gum_train, "add GUM's named mentions (train split, no news "
               "documents) as extra training documents");
  app.add_option("--gum-epochs", opt.extra_epochs, "with --gum-train: use GUM only in the first "
                 "N epochs (0: all)")->capture_default_str();
  app.add_option("--gum-weight", opt.extra_weight, "with --gum-train: scale the perceptron "
                 "updates on GUM sentences")->capture_default_str();
  app.add_flag("--gum-clean", gum_clean, "with --gum-train: keep only GUM sentences without MISC "
               "and without capitalised untagged words after the first");
  app.add_flag("--gum-gazetteer", gum_gazetteer, "add GUM's named mentions (train split, no news "
               "documents) to the gazetteer");
  app.add_option("--gum-dump", gum_dump, "write the GUM documents (word, IOB2 tag) to this file "
                 "and stop");
  CLI11_PARSE(app, argc, argv);
  for (const auto& s : SplitWords(ext_off)) {
    if (s == "iso") ext_src.iso = false;
    else if (s == "wordnet") ext_src.wordnet = false;
    else if (s == "geonames") ext_src.geonames = false;
    else if (s == "tz") ext_src.tz = false;
    else if (s == "faker") ext_src.faker = false;
    else if (s == "dictionary") ext_src.dictionary = false;
    else {
      std::fprintf(stderr, "train_ner: unknown source %s\n", s.c_str());
      return 2;
    }
  }

  const fs::path base = fs::path(shared);
  auto start = std::chrono::steady_clock::now();
  auto train = ReadConllFile((base / "data/conll2003/eng.train").string());
  if (!train.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", train.status().ToString().c_str());
    return 1;
  }
  std::vector<ConllDocument> dev;
  if (!no_dev) {
    auto d = ReadConllFile((base / "data/conll2003/eng.testa").string());
    if (!d.ok()) {
      std::fprintf(stderr, "train_ner: %s\n", d.status().ToString().c_str());
      return 1;
    }
    dev = std::move(d).value();
  }
  ExternalLists ext;
  if (!no_external) {
    std::string log;
    ext = LoadExternalLists(ext_src, &log);
    std::fprintf(stderr, "%s", log.c_str());
  }
  if (!no_external && !no_leaders && leader_gaz) {
    // Whole names from the leaders tables: parties and UK government bodies (ORG), office
    // holders (PER), countries (LOC).
    const fs::path l = base / "data/leaders";
    size_t n = 0;
    for (const char* col : {"name_english", "name_short", "name_ascii"}) {
      for (const auto& s : CsvColumn(l / "parlgov/party.csv", col)) {
        if (s.size() >= 2) n += AddGazetteerName(s, kGazOrg, &ext);
      }
    }
    for (const char* col : {"name", "short_name"}) {
      for (const auto& s : CsvColumn(l / "ifg_uk_ministers/organisation.csv", col)) {
        if (s.size() >= 2) n += AddGazetteerName(s, kGazOrg, &ext);
      }
    }
    for (const auto& s : CsvColumn(l / "ifg_uk_ministers/person.csv", "name")) {
      n += AddGazetteerName(s, kGazPer, &ext);
    }
    for (const auto& s : CsvColumn(l / "parlgov/politician_president.csv", "person_id_source")) {
      n += AddGazetteerName(s, kGazPer, &ext);
    }
    for (const auto& s : CsvColumn(l / "parlgov/country.csv", "name")) {
      n += AddGazetteerName(s, kGazLoc, &ext);
    }
    std::fprintf(stderr, "leaders gazetteer: %zu names\n", n);
  }
  std::vector<ConllDocument> gum_docs;
  if (gum_train || gum_gazetteer || !gum_dump.empty()) {
    std::vector<std::pair<int, std::string>> names;
    ReadGumEntityDocs(base, &gum_docs, &names);
    size_t n = 0;
    for (const auto& d : gum_docs) n += d.sentences.size();
    std::fprintf(stderr, "GUM entities: %zu documents, %zu sentences, %zu named mentions\n",
                 gum_docs.size(), n, names.size());
    if (gum_gazetteer && !no_external) {
      static const uint16_t kTypes[4] = {kGazPer, kGazOrg, kGazLoc, kGazMisc};
      size_t added = 0;
      for (const auto& [type, name] : names) added += AddGazetteerName(name, kTypes[type], &ext);
      std::fprintf(stderr, "GUM gazetteer: %zu names\n", added);
    }
    if (gum_clean) {
      size_t kept = 0;
      for (auto& d : gum_docs) {
        std::vector<ConllSentence> keep;
        for (auto& st : d.sentences) {
          bool ok = true;
          for (size_t i = 0; i < st.words.size() && ok; ++i) {
            if (TagType(st.tags[i]) == 3) ok = false;
            unsigned char c0 = static_cast<unsigned char>(st.words[i][0]);
            bool cap = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0;
            if (i > 0 && st.tags[i] == 0 && cap && st.words[i] != "I") ok = false;
          }
          if (ok) keep.push_back(std::move(st));
        }
        kept += keep.size();
        d.sentences = std::move(keep);
      }
      std::fprintf(stderr, "GUM clean sentences: %zu\n", kept);
    }
    if (!gum_dump.empty()) {
      std::ofstream f(gum_dump);
      for (const auto& d : gum_docs) {
        f << "-DOCSTART- O\n\n";
        for (const auto& st : d.sentences) {
          const std::vector<std::string> tags = TagsToStrings(st.tags, /*iob1=*/false);
          for (size_t i = 0; i < st.words.size(); ++i) f << st.words[i] << ' ' << tags[i] << '\n';
          f << '\n';
        }
      }
      return f ? 0 : 1;
    }
    if (!gum_train) gum_docs.clear();
  }
  Lexicon gazetteer = CompileGazetteer(ext.phrases);
  opt.gazetteer = &gazetteer;
  Lexicon lexicon = BuildLexicon(*train, base, !no_gum, !no_leaders, use_web, ext);
  if (train_on_dev) {
    auto d = ReadConllFile((base / "data/conll2003/eng.testa").string());
    if (!d.ok()) {
      std::fprintf(stderr, "train_ner: %s\n", d.status().ToString().c_str());
      return 1;
    }
    for (auto& doc : *d) train->push_back(std::move(doc));
  }
  if (!gum_docs.empty()) {
    opt.extra_from = train->size();
    for (auto& doc : gum_docs) train->push_back(std::move(doc));
  }
  std::fprintf(stderr, "lexicon: %zu forms; %zu training documents\n", lexicon.size(),
               train->size());
  opt.on_epoch = [&](int epoch, const ModelData& m) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "epoch %d done at %.1fs\n", epoch, secs);
    if (dev.empty()) return;
    Tagger tagger(m);
    PrintScore("  eng.testa", Evaluate(tagger, dev));
  };
  std::vector<ModelData> members;
  const uint64_t first_seed = opt.seed;
  for (int k = 0; k < ensemble; ++k) {
    opt.seed = first_seed + static_cast<uint64_t>(k);
    if (k > 0) opt.on_epoch = nullptr;
    members.push_back(TrainTagger(*train, lexicon, opt));
  }
  opt.seed = first_seed;
  ModelData model = AverageModels(members);
  members.clear();
  if (ensemble > 1 && !dev.empty()) {
    PrintScore("  eng.testa (ensemble)", Evaluate(Tagger(model), dev));
  }
  if (use_stage2) {
    TrainStage2(*train, lexicon, opt, stage2, &model);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "second stage done at %.1fs\n", secs);
    if (!dev.empty()) PrintScore("  eng.testa (two stages)", Evaluate(Tagger(model), dev));
  }
  std::string bytes = SerializeModel(model);
  std::ofstream f(out, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) {
    std::fprintf(stderr, "train_ner: cannot write %s\n", out.c_str());
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "wrote %s (%zu bytes) in %.1fs\n", out.c_str(), bytes.size(), secs);
  return 0;
}
