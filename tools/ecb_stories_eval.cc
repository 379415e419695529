// ecb_stories_eval: story clustering on ECB+ (docs/stories.md). All documents of the chosen
// topics are clustered together, online, in shuffled orders (ECB+ documents carry no dates), and
// scored with B3 and ARI against the story labels (topic + ecb/ecbplus). The batch TF-IDF
// average-link baseline is printed beside it, its one threshold chosen on the train topics.
//
//   build/tools/ecb_stories_eval --split dev --seeds 10
//   build/tools/ecb_stories_eval --split train --sweep 0.15,0.2,0.25   # tuning (train only)
#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ecbplus.h"
#include "newsgraph/stories.h"
#include "story_eval.h"

#ifndef NEWSGRAPH_SHARED_DIR
#define NEWSGRAPH_SHARED_DIR "../shared"
#endif

namespace {

using newsgraph::eval::ClusterScores;

void Print(const std::string& name, const ClusterScores& s) {
  std::printf("%-34s P %.4f  R %.4f  F1 %.4f  ARI %.4f  clusters %zu\n", name.c_str(), s.precision,
              s.recall, s.f1, s.ari, s.clusters);
}

std::vector<double> ParseList(const std::string& s) {
  std::vector<double> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(std::atof(item.c_str()));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Story clustering on ECB+: B3 and ARI, online (shuffled orders) and batch baseline"};
  std::string split = "dev";
  int seeds = 10;
  double threshold = 0, merge = 0, split_threshold = 0;
  bool no_analysis = false, per_topic = false;
  std::string sweep, data;
  app.add_option("--split", split, "train | dev | all")->check(CLI::IsMember({"train", "dev", "all"}));
  app.add_option("--seeds", seeds, "shuffled orders (seeds 1..N)");
  app.add_option("--threshold", threshold, "StoryOptions::threshold (0 = default)");
  app.add_option("--merge-threshold", merge, "StoryOptions::merge_threshold (0 = default, <0 off)");
  app.add_option("--split-threshold", split_threshold, "StoryOptions::split_threshold (0 = default, <0 off)");
  app.add_option("--sweep", sweep, "comma-separated join thresholds to try");
  app.add_flag("--no-analysis", no_analysis, "leave LinkDocument::analysis empty");
  app.add_flag("--per-topic", per_topic, "also score each topic's documents on their own");
  app.add_option("--data", data, "the ECB+ folder (default $NEWSGRAPH_SHARED_DIR/data/ecbplus)");
  CLI11_PARSE(app, argc, argv);
  if (data.empty()) {
    const char* env = std::getenv("NEWSGRAPH_SHARED_DIR");
    data = std::string(env ? env : NEWSGRAPH_SHARED_DIR) + "/data/ecbplus";
  }
  namespace ev = newsgraph::eval;
  auto load = [&](const std::vector<int>& topics) {
    auto r = ev::ReadEcbTopics(data, topics);
    if (!r.ok()) {
      std::cerr << r.status().ToString() << "\n";
      std::exit(1);
    }
    return std::move(r).value();
  };
  std::vector<int> topics = split == "train" ? ev::kEcbTrainTopics : ev::kEcbDevTopics;
  if (split == "all") topics.insert(topics.end(), ev::kEcbTrainTopics.begin(), ev::kEcbTrainTopics.end());
  auto t0 = std::chrono::steady_clock::now();
  std::vector<ev::EcbDocument> ecb = load(topics);
  std::vector<newsgraph::LinkDocument> docs = ev::EcbLinkDocuments(ecb, !no_analysis);
  double analyse_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<std::string> gold;
  for (const auto& d : ecb) gold.push_back(d.story());
  std::map<std::string, int> stories;
  for (const auto& g : gold) ++stories[g];
  std::printf("split %s: %zu topics, %zu documents, %zu stories (read + analysis %.1f s)\n", split.c_str(),
              topics.size(), docs.size(), stories.size(), analyse_s);

  // Baseline: one global threshold, chosen on the train topics.
  {
    std::vector<ev::EcbDocument> train = split == "train" ? ecb : load(ev::kEcbTrainTopics);
    std::vector<newsgraph::LinkDocument> train_docs = ev::EcbLinkDocuments(train, false);
    std::vector<std::string> train_gold;
    for (const auto& d : train) train_gold.push_back(d.story());
    double best_t = 0, best_f = -1;
    std::vector<double> ts;
    for (int i = 1; i < 25; ++i) ts.push_back(0.02 * i);
    auto cuts = ev::BatchAverageLinkSweep(train_docs, ts);
    for (size_t i = 0; i < ts.size(); ++i) {
      double t = ts[i];
      double f = ev::ScoreClustering(train_gold, cuts[i]).f1;
      if (f > best_f) {
        best_f = f;
        best_t = t;
      }
    }
    char name[64];
    std::snprintf(name, sizeof name, "batch avg-link (t=%.2f, train)", best_t);
    Print(name, ev::ScoreClustering(gold, ev::BatchAverageLink(docs, best_t)));
  }

  std::vector<double> thresholds = sweep.empty() ? std::vector<double>{threshold} : ParseList(sweep);
  for (double t : thresholds) {
    newsgraph::StoryOptions opts;
    opts.threshold = t;
    opts.merge_threshold = merge;
    opts.split_threshold = split_threshold;
    std::clock_t c1 = std::clock();
    ev::OrderRuns r = ev::EvaluateOrders(docs, gold, opts, seeds);
    double secs = static_cast<double>(std::clock() - c1) / CLOCKS_PER_SEC;
    char name[80];
    std::snprintf(name, sizeof name, "online t=%.3f mean of %d", t, seeds);
    Print(name, r.mean);
    Print("online min over orders", r.min);
    std::printf("  merges %zu splits %zu over %d orders; %.0f documents/s (CPU time)\n", r.merges, r.splits, seeds,
                secs > 0 ? static_cast<double>(docs.size()) * seeds / secs : 0);
    if (per_topic) {
      auto pred = ev::ClusterOnline(docs, ev::ShuffledOrder(docs.size(), 1), opts);
      // Wrongly joined pairs: same topic (the other story of the kind) or another topic.
      size_t same_topic = 0, other_topic = 0, split_pairs = 0;
      for (size_t i = 0; i < ecb.size(); ++i)
        for (size_t j = i + 1; j < ecb.size(); ++j) {
          bool together = pred[i] == pred[j], gold_together = gold[i] == gold[j];
          if (together && !gold_together) (ecb[i].topic == ecb[j].topic ? same_topic : other_topic)++;
          if (!together && gold_together) ++split_pairs;
        }
      std::printf("  seed 1 pair errors: joined same topic %zu, joined other topic %zu, split %zu\n",
                  same_topic, other_topic, split_pairs);
      std::map<int, std::vector<size_t>> by_topic;
      for (size_t i = 0; i < ecb.size(); ++i) by_topic[ecb[i].topic].push_back(i);
      for (auto& [topic, idx] : by_topic) {
        std::vector<std::string> g, p;
        for (size_t i : idx) {
          g.push_back(gold[i]);
          p.push_back(pred[i]);
        }
        Print("  topic " + std::to_string(topic) + " (seed 1)", ev::ScoreClustering(g, p));
      }
    }
  }
  return 0;
}
