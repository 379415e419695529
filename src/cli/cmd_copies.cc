// `newsgraph copies` and `newsgraph diff`: copy relations and what each copy changed.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

// A piece of text to show, highlighted or not.
struct Piece {
  std::string text;
  bool marked = false;
};

// The text of [start, end) of `text` cut into pieces, with the given spans marked.
std::vector<Piece> Pieces(std::string_view text, uint32_t start, uint32_t end,
                          const std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  std::vector<Piece> out;
  uint32_t at = start;
  for (auto [s, e] : spans) {
    s = std::max(s, at);
    e = std::min(e, end);
    if (s >= e) continue;
    if (s > at) out.push_back({std::string(text.substr(at, s - at)), false});
    out.push_back({std::string(text.substr(s, e - s)), true});
    at = e;
  }
  if (at < end) out.push_back({std::string(text.substr(at, end - at)), false});
  for (Piece& p : out) std::replace(p.text.begin(), p.text.end(), '\n', ' ');
  return out;
}

size_t Width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Word-wraps pieces into lines of at most `width` visible characters; marked text is rendered
// between `mark_on` and `mark_off` (closed at a line's end and reopened on the next line).
std::vector<std::pair<std::string, size_t>> Wrap(const std::vector<Piece>& pieces, size_t width,
                                                 const std::string& mark_on, const std::string& mark_off) {
  std::vector<std::pair<std::string, size_t>> lines(1);
  bool open = false;  // a marker is open on the current line
  auto close = [&] {
    if (!open) return;
    // The marker closes before the trailing space, if any.
    std::string& l = lines.back().first;
    bool space = !l.empty() && l.back() == ' ';
    if (space) l.pop_back();
    l += mark_off;
    if (space) l += ' ';
    lines.back().second += Width(mark_off);
    open = false;
  };
  for (const Piece& p : pieces) {
    size_t i = 0;
    while (i < p.text.size()) {
      size_t j = p.text.find(' ', i);
      j = j == std::string::npos ? p.text.size() : j + 1;
      std::string word = p.text.substr(i, j - i);
      size_t w = Width(word) + (p.marked && !open ? Width(mark_on) + Width(mark_off) : 0);
      if (lines.back().second + w > width && lines.back().second > 0) {
        close();
        lines.emplace_back();
      }
      if (p.marked && !open) {
        lines.back().first += mark_on;
        lines.back().second += Width(mark_on);
        open = true;
      }
      lines.back().first += word;
      lines.back().second += Width(word);
      i = j;
    }
    close();
  }
  return lines;
}

void PrintSideBySide(const LinkDocument& a, const LinkDocument& b, const Alignment& al,
                     const std::vector<FactChange>& changes, bool color) {
  size_t columns = 120;
  winsize ws{};
  if (color && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 40) columns = ws.ws_col;
  size_t half = (columns - 3) / 2;
  std::string a_on = color ? "\033[1;31m" : "[-", a_off = color ? "\033[0m" : "-]";
  std::string b_on = color ? "\033[1;32m" : "{+", b_off = color ? "\033[0m" : "+}";
  std::vector<std::pair<uint32_t, uint32_t>> a_spans, b_spans;
  for (const FactChange& c : changes) {
    a_spans.emplace_back(c.source_start, c.source_end);
    b_spans.emplace_back(c.copy_start, c.copy_end);
  }
  std::sort(a_spans.begin(), a_spans.end());
  std::sort(b_spans.begin(), b_spans.end());
  std::cout << a.id << std::string(half > a.id.size() ? half - a.id.size() : 1, ' ') << " | " << b.id << "\n";
  for (const AlignedSpan& p : al.pairs) {
    auto left = Wrap(Pieces(a.text, p.a_start, std::min<uint32_t>(p.a_end, a.text.size()), a_spans), half, a_on, a_off);
    auto right = Wrap(Pieces(b.text, p.b_start, std::min<uint32_t>(p.b_end, b.text.size()), b_spans), half, b_on, b_off);
    size_t n = std::max(left.size(), right.size());
    for (size_t i = 0; i < n; ++i) {
      std::string l = i < left.size() ? left[i].first : "";
      size_t lw = i < left.size() ? left[i].second : 0;
      std::cout << l << std::string(half > lw ? half - lw : 0, ' ') << " | " << (i < right.size() ? right[i].first : "")
                << "\n";
    }
    std::cout << std::string(half, '-') << "-+-" << std::string(half, '-') << "\n";
  }
}

}  // namespace

void AddCopyCommands(CLI::App& app) {
  struct Args {
    std::string db, doc, a, b;
    bool json = false;
    uint64_t limit = 50, offset = 0;
  };
  auto args = std::make_shared<Args>();

  auto* copies = app.add_subcommand(
      "copies",
      "Copy relations between stored documents, with what each copy changed (JSON Lines with\n"
      "--json: {\"copy\",\"source\",\"relation\",\"direction\",\"similarity\",\"coverage_copy\",\n"
      "\"coverage_source\",\"changes\":[{\"kind\",\"fact\",\"source_text\",\"source_start\",...}]})");
  copies->add_option("--db", args->db, "SQLite database file")->required();
  copies->add_option("--doc", args->doc, "Only the relations this document is in");
  copies->add_flag("--json", args->json, "JSON Lines, one relation a line");
  copies->add_option("--limit", args->limit, "How many (default 50)");
  copies->add_option("--offset", args->offset, "Skip this many");
  copies->callback([args] {
    auto store = OpenStoreOrReport(args->db);
    if (!store) return;
    auto rows = store->CopiesJson(args->doc, args->limit, args->offset);
    if (ReportFailure(rows.status())) return;
    for (const std::string& row : *rows) {
      if (args->json) {
        std::cout << row << "\n";
        continue;
      }
      Json r = Json::parse(row, nullptr, false);
      std::cout << r.value("copy", "") << " copies " << r.value("source", "") << "  " << r.value("relation", "")
                << " (" << r.value("direction", "") << ", similarity " << r.value("similarity", 0.0) << ")\n";
      for (const auto& c : r.value("changes", Json::array())) {
        if (!c.value("fact", false)) continue;
        std::cout << "    " << c.value("kind", "") << ": \"" << c.value("source_text", "") << "\" -> \""
                  << c.value("copy_text", "") << "\"";
        if (c.contains("contradicted_claim")) std::cout << "  (contradicted: " << c.value("contradicted_claim", "") << ")";
        std::cout << "\n";
      }
    }
  });

  auto* diff = app.add_subcommand(
      "diff",
      "Two stored documents aligned sentence by sentence, side by side, with the changes marked\n"
      "(colour on a terminal; [-source-] {+copy+} otherwise). --json prints the copy relation\n"
      "(as `copies --json`) with the alignment.");
  diff->add_option("--db", args->db, "SQLite database file")->required();
  diff->add_option("a", args->a, "The first document (the source, when neither copies the other)")->required();
  diff->add_option("b", args->b, "The second document")->required();
  diff->add_flag("--json", args->json, "One JSON object");
  diff->callback([args] {
    auto store = OpenStoreOrReport(args->db);
    if (!store) return;
    auto a = store->GetLinkDocument(args->a);
    auto b = store->GetLinkDocument(args->b);
    if (ReportFailure(a.status()) || ReportFailure(b.status())) return;
    for (const auto& [doc, id] : {std::pair{*a, args->a}, std::pair{*b, args->b}}) {
      if (!doc) {
        ReportFailure(Status::NotFound("no document with id " + id));
        return;
      }
    }
    // Source on the left: the relation's direction when the two are copies.
    std::optional<CopyRelation> rel = CompareDocuments(**a, **b);
    const LinkDocument* src = a->get();
    const LinkDocument* cpy = b->get();
    if (rel && rel->source == (*b)->id) std::swap(src, cpy);
    Alignment al = AlignTexts(*src, *cpy);
    std::vector<FactChange> changes = rel ? rel->changes : DiffFacts(*src, *cpy, al);
    if (args->json) {
      Json j = Json::object();
      j["source"] = src->id;
      j["copy"] = cpy->id;
      j["relation"] = rel ? Json::parse(CopyRelationToJson(*rel), nullptr, false) : Json(nullptr);
      Json pairs = Json::array();
      for (const AlignedSpan& p : al.pairs)
        pairs.push_back({{"a_start", p.a_start}, {"a_end", p.a_end}, {"b_start", p.b_start}, {"b_end", p.b_end},
                         {"similarity", p.similarity}});
      j["alignment"] = std::move(pairs);
      j["coverage_source"] = al.coverage_a;
      j["coverage_copy"] = al.coverage_b;
      std::cout << j.dump() << "\n";
      return;
    }
    if (rel) {
      std::cout << cpy->id << " is a " << rel->relation << " copy of " << src->id << " (direction: " << rel->direction
                << ", similarity " << rel->similarity << ")\n";
    } else {
      std::cout << "not copies: " << src->id << " and " << cpy->id << " aligned anyway\n";
    }
    PrintSideBySide(*src, *cpy, al, changes, isatty(STDOUT_FILENO));
  });
}

}  // namespace newsgraph::cli
