// `newsgraph ner`: tags CoNLL-format lines from stdin with the built-in named-entity model.
//
//   newsgraph ner [--scheme iob1|iob2] [--model FILE] < eng.testb > tagged.txt
//
// The token is the first column of each line; a blank line ends a sentence; -DOCSTART- lines
// (which start a document) are copied through. Every token line is written back with the
// predicted tag appended as the last column. Documents are tagged as a whole, so that the
// document-level features see every sentence before the tags are written.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analyze/ner_conll.h"
#include "analyze/ner_model.h"
#include "cli/commands.h"
#include "newsgraph/entities.h"

namespace newsgraph::cli {
namespace {

struct Line {
  std::string text;
  int sentence = -1;  // -1: not a token line
  int index = 0;
};

class DocumentBuffer {
 public:
  DocumentBuffer(const ner::Tagger& tagger, bool iob1) : tagger_(tagger), iob1_(iob1) {}

  void Add(std::string line) {
    std::string_view v = line;
    while (!v.empty() && (v.back() == '\r' || v.back() == ' ' || v.back() == '\t')) {
      v.remove_suffix(1);
    }
    size_t first = v.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
      open_sentence_ = false;
      lines_.push_back({std::move(line)});
      return;
    }
    std::string_view word = v.substr(first, v.find_first_of(" \t", first) - first);
    if (word == "-DOCSTART-") {
      Flush();
      lines_.push_back({std::move(line)});
      return;
    }
    if (!open_sentence_) {
      sentences_.emplace_back();
      open_sentence_ = true;
    }
    sentences_.back().push_back(std::string(word));  // before `line` is moved from
    lines_.push_back({std::move(line), static_cast<int>(sentences_.size() - 1),
                      static_cast<int>(sentences_.back().size() - 1)});
  }

  void Flush() {
    std::vector<std::vector<std::string_view>> views;
    views.reserve(sentences_.size());
    for (const auto& s : sentences_) views.emplace_back(s.begin(), s.end());
    auto tags = tagger_.TagDocument(views);
    std::vector<std::vector<std::string>> strings;
    strings.reserve(tags.size());
    for (const auto& t : tags) strings.push_back(ner::TagsToStrings(t, iob1_));
    std::string out;
    for (Line& l : lines_) {
      if (l.sentence < 0) {
        out += l.text;
      } else {
        std::string_view v = l.text;
        while (!v.empty() && (v.back() == '\r' || v.back() == ' ' || v.back() == '\t')) {
          v.remove_suffix(1);
        }
        out += v;
        out += ' ';
        out += strings[l.sentence][l.index];
      }
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    lines_.clear();
    sentences_.clear();
    open_sentence_ = false;
  }

 private:
  const ner::Tagger& tagger_;
  bool iob1_;
  std::vector<Line> lines_;
  std::vector<std::vector<std::string>> sentences_;
  bool open_sentence_ = false;
};

}  // namespace

void AddNerCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "ner", "Tag CoNLL-format lines from stdin with PER/ORG/LOC/MISC (tag appended last)");
  auto scheme = std::make_shared<std::string>("iob1");
  auto model_path = std::make_shared<std::string>();
  cmd->add_option("--scheme", *scheme, "tag scheme of the output")
      ->check(CLI::IsMember({"iob1", "iob2"}))
      ->capture_default_str();
  cmd->add_option("--model", *model_path, "a model file instead of the built-in model");
  cmd->callback([scheme, model_path] {
    std::unique_ptr<NerModel> owned;
    const NerModel* model = nullptr;
    if (model_path->empty()) {
      model = &NerModel::Default();
    } else {
      auto m = NerModel::LoadFile(*model_path);
      if (!m.ok()) {
        std::fprintf(stderr, "newsgraph ner: %s\n", m.status().ToString().c_str());
        ExitCode() = kExitInputFailed;
        return;
      }
      owned = std::move(m).value();
      model = owned.get();
    }
    const auto* tagger = dynamic_cast<const ner::Tagger*>(model);
    if (tagger == nullptr) {
      std::fprintf(stderr, "newsgraph ner: unsupported model type\n");
      ExitCode() = kExitInputFailed;
      return;
    }
    DocumentBuffer buffer(*tagger, *scheme == "iob1");
    std::string line;
    while (std::getline(std::cin, line)) buffer.Add(std::move(line));
    buffer.Flush();
    std::fflush(stdout);
    ExitCode() = std::ferror(stdout) ? kExitInputFailed : kExitOk;
  });
}

}  // namespace newsgraph::cli
