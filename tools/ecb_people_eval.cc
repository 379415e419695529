// ecb_people_eval: scores cross-document person resolution (World) on ECB+ against the gold
// HUMAN_PART_PER chains, with MUC, B-cubed, CEAF-e and the CoNLL F1, for the world's resolution
// and for the baseline (documents' fullest names matched exactly). Protocol (docs/world.md):
//
//   - Documents: the topics of the split, analysed one by one with AnalyzeText (no publication
//     date: ECB+ has none) and added to one World in link order (by document name), all topics
//     together, so that people of different topics may be wrongly merged.
//   - Gold mentions: HUMAN_PART_PER mentions in the annotated sentences
//     (ECBplus_coreference_sentences.csv) that are named: the head (last token, a possessive 's
//     aside) is capitalised and is not a function word, pronoun, title, honorific, demonym, role noun or organisation word,
//     nor a word written more often in lower case than capitalised (mid-sentence) over all 33
//     train and dev topics ("Star", "Inmate" in headlines).
//     The key cluster of a mention is its gold chain (cross-document instance, or its in-document
//     chain, or itself).
//   - Response: each gold mention takes the person of the analysis whose mention overlaps it most
//     (bytes), resolved to a world person (World::PersonIdOf) or, for the baseline, to the
//     person's fullest name in its document (Person::name) compared exactly. A gold mention no
//     analysed mention overlaps is a singleton for the baseline; for the world it takes the world
//     person whose recovered mention (WorldPerson::mentions, WorldOptions::recover_mentions)
//     overlaps it most, else it is a singleton too.
//
//   ecb_people_eval --split dev            # or train, or all
//   ecb_people_eval --split train --errors # list wrong merges and splits (tune on train only)
//
// Debugging (train only): ECB_SHOW_DOC=<document> prints a document's people and the
// world's mentions in it; ECB_DUMP=<file>
// writes each gold mention's chain, answer and context; ECB_REVERSE=1 adds the documents in
// reverse link order (how much the resolution depends on which document comes first).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <CLI/CLI.hpp>

#include "analyze/internal.h"
#include "coref_metrics.h"
#include "ecbplus.h"
#include "newsgraph/analyze.h"
#include "newsgraph/world.h"

namespace {

using newsgraph::eval::EcbDocument;

// How often each word is written in lower case and capitalised (not first in its sentence) over
// all train and dev documents: a capitalised word more often written in lower case ("Star",
// "Inmate" in a headline) is a common noun, not a name.
struct CaseCounts {
  std::map<std::string, std::pair<uint32_t, uint32_t>> counts;  // lower -> (lower, capitalised)
  void Add(const EcbDocument& d) {
    for (size_t i = 0; i < d.tokens.size(); ++i) {
      const std::string& t = d.tokens[i];
      if (t.empty()) continue;
      bool first = i == 0 || d.token_sentence[i - 1] != d.token_sentence[i];
      std::string l = Lower(t);
      if (t == l) counts[l].first++;
      else if (!first && t[0] >= 'A' && t[0] <= 'Z') counts[l].second++;
    }
  }
  bool Common(const std::string& lower) const {
    auto it = counts.find(lower);
    return it != counts.end() && it->second.first >= 2 && it->second.first >= it->second.second;
  }
  static std::string Lower(const std::string& t) {
    std::string l;
    for (char ch : t) l += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    return l;
  }
};

bool IsNameToken(const std::string& t, const CaseCounts& cases) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  if (!(c >= 'A' && c <= 'Z') && c < 0x80) return false;
  std::string l;
  for (char ch : t) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    l += ch;
  }
  static const std::set<std::string> kPronouns = {
      "i", "he", "she", "they", "we", "you", "him", "her", "them", "his", "hers", "their", "our",
      "my", "me", "us", "who", "whom", "whose", "himself", "herself", "themselves", "it", "its",
      "one", "someone", "anyone", "everyone", "nobody", "both", "all", "each", "others", "other"};
  namespace a = newsgraph::analyze;
  if (kPronouns.count(l) || a::IsFunctionWord(l) || a::IsTitleHead(l) || a::IsHonorific(l) ||
      a::IsTitleModifier(l) || !a::CountryOfDemonym(l).empty() || a::IsRoleNoun(l) ||
      a::IsOrganisationWord(l) || a::IsCommonCapitalised(l) || cases.Common(l))
    return false;
  if (l.size() > 3 && l.back() == 's' && !a::CountryOfDemonym(l.substr(0, l.size() - 1)).empty())
    return false;  // Americans, Greeks
  // letters only (apostrophes, hyphens and dots inside names are fine)
  bool letter = false;
  for (unsigned char ch : t) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80) letter = true;
    else if (ch != '\'' && ch != '-' && ch != '.') return false;
  }
  return letter;
}

struct GoldMention {
  size_t doc;
  uint32_t start, end;
  std::string chain;
  std::string text;
};

struct Scores {
  newsgraph::eval::CorefReport world, baseline;
  size_t mentions = 0, matched = 0, documents = 0, chains = 0;
};

void Print(const char* name, const newsgraph::eval::CorefReport& r) {
  std::printf("  %-9s MUC R %.4f P %.4f F %.4f | B3 R %.4f P %.4f F %.4f | CEAF-e R %.4f P %.4f F %.4f | CoNLL F1 %.4f\n",
              name, r.muc.recall, r.muc.precision, r.muc.f1, r.b3.recall, r.b3.precision, r.b3.f1,
              r.ceafe.recall, r.ceafe.precision, r.ceafe.f1, r.conll);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Cross-document person resolution on ECB+ (MUC, B3, CEAF-e, CoNLL F1)"};
  std::string dir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
  std::string split = "dev";
  bool errors = false;
  app.add_option("--ecbplus", dir, "the ECB+ folder");
  app.add_option("--split", split, "train | dev | all")->check(CLI::IsMember({"train", "dev", "all"}));
  app.add_flag("--errors", errors, "print wrong merges and splits of the world's resolution");
  CLI11_PARSE(app, argc, argv);

  std::vector<int> topics;
  if (split != "dev") topics = newsgraph::eval::kEcbTrainTopics;
  if (split != "train")
    topics.insert(topics.end(), newsgraph::eval::kEcbDevTopics.begin(), newsgraph::eval::kEcbDevTopics.end());
  auto docs = newsgraph::eval::ReadEcbTopics(dir, topics);
  if (!docs.ok()) {
    std::cerr << docs.status().ToString() << "\n";
    return 1;
  }
  auto annotated = newsgraph::eval::ReadEcbAnnotatedSentences(dir);
  if (!annotated.ok()) {
    std::cerr << annotated.status().ToString() << "\n";
    return 1;
  }

  CaseCounts cases;
  {
    std::vector<int> all = newsgraph::eval::kEcbTrainTopics;
    all.insert(all.end(), newsgraph::eval::kEcbDevTopics.begin(), newsgraph::eval::kEcbDevTopics.end());
    auto every = newsgraph::eval::ReadEcbTopics(dir, all);
    if (!every.ok()) {
      std::cerr << every.status().ToString() << "\n";
      return 1;
    }
    for (const EcbDocument& d : *every) cases.Add(d);
  }
  // Gold named person mentions.
  std::vector<GoldMention> gold;
  std::set<std::string> chains;
  for (size_t d = 0; d < docs->size(); ++d) {
    const EcbDocument& doc = (*docs)[d];
    std::string stem = doc.name.substr(doc.name.find('_') + 1);
    stem = stem.substr(0, stem.find('.'));
    for (const auto& m : doc.mentions) {
      if (m.type != "HUMAN_PART_PER") continue;
      if (!annotated->count({doc.topic, stem, m.sentence})) continue;
      // named: the head (the last token, a possessive aside) is a name
      size_t last = m.tokens.size();
      while (last > 1 && (doc.tokens[m.tokens[last - 1]] == "'s" || doc.tokens[m.tokens[last - 1]] == "'" ||
                          doc.tokens[m.tokens[last - 1]] == "'S"))
        --last;
      bool named = IsNameToken(doc.tokens[m.tokens[last - 1]], cases);
      if (!named) continue;
      gold.push_back({d, m.start, m.end, m.chain, doc.text.substr(m.start, m.end - m.start)});
      chains.insert(m.chain);
    }
  }

  // Analyse and link.
  std::vector<newsgraph::LinkDocument> linked(docs->size());
  for (size_t d = 0; d < docs->size(); ++d) {
    linked[d].id = (*docs)[d].name;
    linked[d].text = (*docs)[d].text;
    linked[d].analysis = newsgraph::AnalyzeText(linked[d].text);
  }
  std::vector<size_t> order(docs->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return newsgraph::LinkOrderLess(linked[a], linked[b]);
  });
  if (const char* r = std::getenv("ECB_REVERSE"); r && *r)
    std::reverse(order.begin(), order.end());  // debugging: order effects
  newsgraph::World world;
  for (size_t d : order) world.AddDocument(linked[d]);
  if (const char* show = std::getenv("ECB_SHOW_DOC")) {  // debugging: a document's people
    for (const auto& l : linked) {
      if (l.id != show) continue;
      for (const auto& p : l.analysis.people)
        std::printf("person '%s' office '%s' country '%s'%s -> %s (%zu mentions)\n", p.name.c_str(),
                    p.office.c_str(), p.country.c_str(), p.country_inferred ? " (inferred)" : "",
                    world.PersonIdOf(l.id, p.name).c_str(), p.mentions.size());
      for (const auto& wp : world.people())  // the world's mentions of the document
        for (const auto& m : wp.mentions)
          if (m.doc == l.id)
            std::printf("  %s '%s' %u-%u '%s'\n", wp.id.c_str(), wp.name.c_str(), m.start, m.end,
                        m.text.c_str());
    }
  }

  // the world's mentions by document (the analysis's and those it recovered)
  std::map<std::string, std::vector<std::tuple<uint32_t, uint32_t, std::string>>> world_mentions;
  for (const auto& p : world.people())
    for (const auto& m : p.mentions) world_mentions[m.doc].emplace_back(m.start, m.end, p.id);
  size_t recovered = 0;
  std::vector<std::string> key, sys, base;
  size_t matched = 0;
  std::vector<std::string> sys_name(gold.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    const GoldMention& m = gold[g];
    const newsgraph::Analysis& a = linked[m.doc].analysis;
    int best = -1;
    uint32_t best_overlap = 0;
    for (size_t p = 0; p < a.people.size(); ++p) {
      for (const auto& pm : a.people[p].mentions) {
        uint32_t lo = std::max(pm.start, m.start), hi = std::min(pm.end, m.end);
        if (hi > lo && hi - lo > best_overlap) best_overlap = hi - lo, best = static_cast<int>(p);
      }
    }
    key.push_back(m.chain);
    if (best < 0) {
      std::string single = "unmatched#" + std::to_string(g);
      base.push_back(single);
      // a mention the world recovered
      std::string id;
      uint32_t most = 0;
      for (const auto& [s0, e0, pid] : world_mentions[linked[m.doc].id]) {
        uint32_t lo = std::max(s0, m.start), hi = std::min(e0, m.end);
        if (hi > lo && hi - lo > most) most = hi - lo, id = pid;
      }
      if (!id.empty()) ++recovered;
      sys.push_back(id.empty() ? single : id);
      continue;
    }
    ++matched;
    const std::string& name = a.people[best].name;
    sys.push_back(world.PersonIdOf(linked[m.doc].id, name));
    base.push_back("name:" + name);
    sys_name[g] = name;
  }
  if (const char* path = std::getenv("ECB_DUMP")) {  // debugging: gold chain and answer per mention
    if (FILE* f = std::fopen(path, "w")) {
      for (size_t g = 0; g < gold.size(); ++g) {
        const std::string& text = linked[gold[g].doc].text;
        const uint32_t from = gold[g].start > 60 ? gold[g].start - 60 : 0;
        std::string context = text.substr(from, gold[g].end + 40 - from);
        std::replace(context.begin(), context.end(), '\n', ' ');
        std::replace(context.begin(), context.end(), '\t', ' ');
        std::fprintf(f, "%s\t%u\t%u\t%s\t%s\t%s\t%s\n", linked[gold[g].doc].id.c_str(),
                     gold[g].start, gold[g].end, key[g].c_str(), sys[g].c_str(),
                     gold[g].text.c_str(), context.c_str());
      }
      std::fclose(f);
    }
  }
  Scores s;
  s.world = newsgraph::eval::ScoreCoref(key, sys);
  s.baseline = newsgraph::eval::ScoreCoref(key, base);
  std::printf("ECB+ %s topics: %zu documents, %zu named person mentions in %zu gold chains, "
              "%zu (%.1f%%) overlap an analysed person\n",
              split.c_str(), docs->size(), gold.size(), chains.size(), matched,
              gold.empty() ? 0.0 : 100.0 * matched / gold.size());
  std::printf("  the world recovered %zu more (the analysis missed them)\n", recovered);
  Print("baseline", s.baseline);
  Print("world", s.world);

  if (errors) {
    // wrong merges: one system person holding several gold chains; splits: one gold chain over
    // several system persons (unmatched mentions aside)
    std::map<std::string, std::map<std::string, std::vector<size_t>>> by_sys, by_key;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (sys[g].rfind("unmatched#", 0) == 0) continue;
      by_sys[sys[g]][key[g]].push_back(g);
      by_key[key[g]][sys[g]].push_back(g);
    }
    auto show = [&](const char* what, const std::map<std::string, std::map<std::string, std::vector<size_t>>>& m) {
      for (const auto& [id, parts] : m) {
        if (parts.size() < 2) continue;
        std::printf("%s %s:", what, id.c_str());
        for (const auto& [other, gs] : parts) {
          std::printf(" [%s x%zu:", other.substr(0, 24).c_str(), gs.size());
          for (size_t i = 0; i < gs.size() && i < 3; ++i)
            std::printf(" '%s'@%s", gold[gs[i]].text.c_str(), linked[gold[gs[i]].doc].id.c_str());
          std::printf("]");
        }
        std::printf("\n");
      }
    };
    show("MERGE", by_sys);
    show("SPLIT", by_key);
    for (size_t g = 0; g < gold.size(); ++g)
      if (sys[g].rfind("unmatched#", 0) == 0)
        std::printf("UNMATCHED '%s'@%s\n", gold[g].text.c_str(), linked[gold[g].doc].id.c_str());
  }
  return 0;
}
