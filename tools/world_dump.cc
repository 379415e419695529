// Dumps a world as JSON Lines, to compare two builds or two settings byte for byte: every person
// with its mentions, every event, every conflict, and each document's PersonIdOf (per analysis
// person) and EventIdsOf, on one of three corpora (docs/world.md "Speed and memory"):
//
//   world_dump --corpus ecb-dev [--reverse]     # ECB+ dev topics, analysed, recovery on
//   world_dump --corpus world-tests             # tests/link/data/world
//   world_dump --corpus bench --n 4000          # world_bench's synthetic documents, low bounds
//   --spill-early: the spill options at their smallest (every record spilled at once)
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "analyze/internal.h"
#include "ecbplus.h"
#include "newsgraph/analyze.h"
#include "newsgraph/link.h"
#include "newsgraph/world.h"
#include "world_test_corpus.h"

namespace {

using newsgraph::LinkDocument;

// world_bench's documents (tests/bench/world_bench.cc DocGen), 40 a day so that a year passes.
std::vector<LinkDocument> Bench(size_t n, size_t population) {
  static const char* const kGiven[] = {"Joe",   "Anna",   "Volodymyr", "Sergei", "Maria",
                                       "John",  "Olaf",   "Emmanuel",  "Li",     "Fumio",
                                       "Rishi", "Ursula", "Pedro",     "Giorgia"};
  std::mt19937_64 rng(42);
  std::vector<LinkDocument> docs;
  for (size_t i = 0; i < n; ++i) {
    LinkDocument d;
    char id[32];
    std::snprintf(id, sizeof id, "%016zx", i * 2654435761u);
    d.id = id;
    const std::string date = newsgraph::analyze::IsoFromDays(18628 + static_cast<long>(i / 40));
    d.published = date;
    d.analysis.published = date;
    d.text = std::string(2000, 'x');
    std::vector<std::string> names;
    for (int k = 0; k < 6; ++k) {
      size_t who =
          static_cast<size_t>(std::pow(static_cast<double>(rng() % 1000000) / 1e6, 3) * population);
      static const char kCons[] = "bdfgklmnprstvz";
      static const char kVow[] = "aeiou";
      std::string surname;
      for (size_t v = who + 1; v > 0; v /= 14) {
        surname += kCons[v % 14];
        surname += kVow[(v / 14) % 5];
      }
      surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
      std::string written =
          (rng() % 3 == 0) ? surname : std::string(kGiven[who % 14]) + " " + surname;
      newsgraph::Person p;
      p.name = written;
      for (int m = 0; m < 3; ++m)
        p.mentions.push_back({written, static_cast<uint32_t>(100 * k + 10 * m),
                              static_cast<uint32_t>(100 * k + 10 * m + 8)});
      if (who % 5 == 0) {
        p.office = who % 10 == 0 ? "Minister" : "Foreign Minister";
        p.office_normalized = p.office;
        p.country = "Country" + std::to_string(who % 50);
      }
      names.push_back(written);
      d.analysis.people.push_back(std::move(p));
    }
    newsgraph::Communication c;
    c.participants = {names[0], names[1]};
    c.kind = (rng() % 2) ? "phone call" : "call";
    c.date = (rng() % 4) ? date : "";
    c.when = "on Tuesday";
    c.status = "happened";
    c.duration = (rng() % 2) ? "an hour" : "30 minutes";
    c.start = 10;
    c.end = 40;
    d.analysis.communications.push_back(c);
    for (int k = 0; k < 2; ++k) {
      newsgraph::NumberClaim num;
      num.value = static_cast<double>(rng() % 100000);
      num.text = std::to_string(static_cast<long>(num.value)) + " troops";
      num.unit = "troops";
      num.start = 500 + 50 * k;
      num.end = num.start + 12;
      d.analysis.numbers.push_back(num);
    }
    newsgraph::Quote q;
    q.speaker = names[rng() % 2];
    q.text = "we will work together on this " + std::to_string(rng() % 100);
    d.analysis.quotes.push_back(q);
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Dump a world as JSON Lines (people, events, conflicts, per-document answers)"};
  std::string corpus = "world-tests", tests_dir = "tests/link/data/world";
  size_t n = 4000;
  bool reverse = false, spill_early = false;
  app.add_option("--corpus", corpus, "ecb-dev | world-tests | bench")
      ->check(CLI::IsMember({"ecb-dev", "world-tests", "bench"}));
  app.add_option("--n", n, "bench: documents");
  app.add_option("--world-tests", tests_dir, "world-tests: the folder");
  app.add_flag("--reverse", reverse, "add the documents in reverse link order");
  app.add_flag("--spill-early", spill_early, "spill every record at once");
  CLI11_PARSE(app, argc, argv);

  std::vector<LinkDocument> docs;
  newsgraph::WorldOptions o;
  if (corpus == "ecb-dev") {
    const char* shared = std::getenv("NEWSGRAPH_SHARED_DIR");
    const std::string dir = std::string(shared ? shared : NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
    auto ecb = newsgraph::eval::ReadEcbTopics(dir, newsgraph::eval::kEcbDevTopics);
    if (!ecb.ok()) {
      std::cerr << ecb.status().ToString() << "\n";
      return 1;
    }
    for (const auto& e : *ecb) {
      LinkDocument d;
      d.id = e.name;
      d.text = e.text;
      d.analysis = newsgraph::AnalyzeText(d.text);
      docs.push_back(std::move(d));
    }
  } else if (corpus == "world-tests") {
    auto read = newsgraph::eval::ReadWorldTestCorpus(tests_dir);
    if (!read.ok()) {
      std::cerr << "world_dump: " << read.status().ToString() << "\n";
      return 1;
    }
    docs = std::move(read).value();
  } else {
    docs = Bench(n, 2000);
    o.recover_mentions = false;
    o.max_mentions_per_person = 40;
    o.max_reports_per_event = 5;
    o.event_open_days = 30;
  }
  std::sort(docs.begin(), docs.end(), newsgraph::LinkOrderLess);
  if (reverse) std::reverse(docs.begin(), docs.end());
  if (spill_early) {              // SPILL
    o.spill_block = 1;            // SPILL
    o.spill_after_documents = 0;  // SPILL
  }                               // SPILL
  newsgraph::World world(o);
  for (const LinkDocument& d : docs) world.AddDocument(d);
  for (const auto& p : world.people())
    std::printf("%s\n", newsgraph::PersonToJson(p, true).c_str());
  for (const auto& e : world.events()) std::printf("%s\n", newsgraph::EventToJson(e).c_str());
  for (const auto& c : world.Conflicts()) std::printf("%s\n", newsgraph::ConflictToJson(c).c_str());
  for (const LinkDocument& d : docs) {
    std::printf("doc %s:", d.id.c_str());
    for (const auto& p : d.analysis.people)
      std::printf(" [%s]=%s", p.name.c_str(), world.PersonIdOf(d.id, p.name).c_str());
    std::printf(" |");
    for (const auto& e : world.EventIdsOf(d.id)) std::printf(" %s", e.c_str());
    std::printf("\n");
  }
  return 0;
}
