// ecb_stories_eval: story clustering on ECB+ (docs/stories.md). All documents of the chosen
// topics are clustered together, online, in shuffled orders (ECB+ documents carry no dates), and
// scored with B3 and ARI against the story labels (topic + ecb/ecbplus). The batch TF-IDF
// average-link baseline is printed beside it, its one threshold chosen on the train topics.
//
//   build/tools/ecb_stories_eval --split dev --seeds 10
//   build/tools/ecb_stories_eval --split train --sweep 0.15,0.2,0.25   # tuning (train only)
//   build/tools/ecb_stories_eval --split train --seeds 10 --subsets 20  # dev-sized order spread
//   build/tools/ecb_stories_eval --split train --seeds 1 --dump 1        # every story (train only)
#include <CLI/CLI.hpp>

#include <algorithm>
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
  bool no_analysis = false, per_topic = false, pipeline = false;
  int dump_seed = 0, subsets = 0;
  std::string sweep, data;
  app.add_option("--split", split, "train | dev | all")->check(CLI::IsMember({"train", "dev", "all"}));
  app.add_option("--seeds", seeds, "shuffled orders (seeds 1..N)");
  app.add_option("--threshold", threshold, "StoryOptions::threshold (0 = default)");
  app.add_option("--merge-threshold", merge, "StoryOptions::merge_threshold (0 = default, <0 off)");
  app.add_option("--split-threshold", split_threshold, "StoryOptions::split_threshold (0 = default, <0 off)");
  app.add_option("--sweep", sweep, "comma-separated join thresholds to try");
  app.add_flag("--no-analysis", no_analysis, "leave LinkDocument::analysis empty");
  app.add_flag("--pipeline", pipeline,
               "assign stories through the whole link stage (copies, people and events as evidence), "
               "as `newsgraph link` does; default: the story clusterer alone");
  app.add_flag("--per-topic", per_topic, "also score each topic's documents on their own");
  app.add_option("--dump", dump_seed,
                 "train only: print every story of this order with its gold labels and headlines");
  app.add_option("--subsets", subsets,
                 "also score this many random 8-topic subsets of the split (the size of dev), each in "
                 "--seeds orders: the mean over subsets of the mean and of the min F1");
  app.add_option("--data", data, "the ECB+ folder (default $NEWSGRAPH_SHARED_DIR/data/ecbplus)");
  CLI11_PARSE(app, argc, argv);
  if (dump_seed > 0 && split != "train") {
    std::cerr << "--dump reads the stories themselves: train split only\n";
    return 2;
  }
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
    // one order's stories, by the clusterer alone or through the link stage (--pipeline)
    auto cluster = [&](uint64_t seed) {
      const std::vector<size_t> order = ev::ShuffledOrder(docs.size(), seed);
      return pipeline ? ev::ClusterWithLinker(docs, order, opts) : ev::ClusterOnline(docs, order, opts);
    };
    std::clock_t c1 = std::clock();
    ev::OrderRuns r = ev::EvaluateOrders(docs, gold, opts, seeds, pipeline);
    double secs = static_cast<double>(std::clock() - c1) / CLOCKS_PER_SEC;
    char name[80];
    std::snprintf(name, sizeof name, "online t=%.3f mean of %d", t, seeds);
    Print(name, r.mean);
    Print("online min over orders", r.min);
    std::printf("  merges %zu splits %zu over %d orders; %.0f documents/s (CPU time)\n", r.merges, r.splits, seeds,
                secs > 0 ? static_cast<double>(docs.size()) * seeds / secs : 0);
    if (subsets > 0) {
      double sum_mean = 0, sum_min = 0, worst = 1;
      for (int r = 1; r <= subsets; ++r) {
        std::vector<size_t> pick = ev::ShuffledOrder(topics.size(), 1000 + static_cast<uint64_t>(r));
        std::vector<int> chosen;
        for (size_t i = 0; i < pick.size() && chosen.size() < 8; ++i) chosen.push_back(topics[pick[i]]);
        std::vector<newsgraph::LinkDocument> sub_docs;
        std::vector<std::string> sub_gold;
        for (size_t i = 0; i < ecb.size(); ++i)
          if (std::find(chosen.begin(), chosen.end(), ecb[i].topic) != chosen.end()) {
            sub_docs.push_back(docs[i]);
            sub_gold.push_back(gold[i]);
          }
        ev::OrderRuns sr = ev::EvaluateOrders(sub_docs, sub_gold, opts, seeds, pipeline);
        sum_mean += sr.mean.f1;
        sum_min += sr.min.f1;
        worst = std::min(worst, sr.min.f1);
      }
      std::printf("  %d subsets of 8 topics: mean F1 %.4f, mean of min F1 %.4f, lowest min %.4f\n", subsets,
                  sum_mean / subsets, sum_min / subsets, worst);
    }
    if (dump_seed > 0) {
      auto pred = cluster(static_cast<uint64_t>(dump_seed));
      std::map<std::string, std::vector<size_t>> members;
      for (size_t i = 0; i < pred.size(); ++i) members[pred[i]].push_back(i);
      std::map<std::string, std::vector<std::string>> by_gold;  // sorted by the first member's label
      for (auto& [id, idx] : members) {
        std::map<std::string, int> labels;
        for (size_t i : idx) ++labels[gold[i]];
        std::string line = id + " n=" + std::to_string(idx.size()) + ":";
        for (auto& [g, n] : labels) line += " " + g + "x" + std::to_string(n);
        for (size_t i : idx) {
          std::string head = ecb[i].text.substr(0, 300);
          size_t nl = head.find('\n');
          std::string second = nl == std::string::npos ? "" : head.substr(nl + 1, 90);
          for (char& c : second)
            if (c == '\n') c = ' ';
          line += "\n    " + gold[i] + " " + ecb[i].name + " " + docs[i].id + " | " + second;
        }
        by_gold[gold[idx[0]] + id].push_back(line);
      }
      for (auto& [k, lines] : by_gold)
        for (auto& l : lines) std::printf("%s\n", l.c_str());
    }
    if (per_topic) {
      auto pred = cluster(1);
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
