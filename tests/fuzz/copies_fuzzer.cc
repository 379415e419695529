// Fuzz target: the input is two texts separated by the first NUL byte (or split in half when
// there is none). Both are analysed with AnalyzeText, aligned, diffed and compared; every span
// must lie inside its text, coverages in [0, 1], and a relation name one of the documented ones.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace {

newsgraph::LinkDocument Doc(std::string_view text, const char* id, const char* published) {
  newsgraph::LinkDocument d;
  d.id = id;
  d.text = std::string(text);
  d.published = published;
  newsgraph::AnalyzeOptions opts;
  opts.published = published;
  opts.use_ner = false;  // the rules alone: faster, and the tagger has its own fuzz target
  d.analysis = newsgraph::AnalyzeText(d.text, opts);
  return d;
}

void CheckSpan(uint32_t start, uint32_t end, size_t size) {
  if (start > end || end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t cut = in.find('\0');
  std::string_view ta = cut == std::string_view::npos ? in.substr(0, size / 2) : in.substr(0, cut);
  std::string_view tb = cut == std::string_view::npos ? in.substr(size / 2) : in.substr(cut + 1);
  newsgraph::LinkDocument a = Doc(ta, "a", size % 3 == 0 ? "" : "2021-12-06");
  newsgraph::LinkDocument b = Doc(tb, "b", size % 2 == 0 ? "2021-12-06" : "2021-12-07");

  newsgraph::Alignment al = newsgraph::AlignTexts(a, b);
  if (al.coverage_a < 0 || al.coverage_a > 1.000001 || al.coverage_b < 0 || al.coverage_b > 1.000001) {
    std::abort();
  }
  for (const auto& p : al.pairs) {
    CheckSpan(p.a_start, p.a_end, a.text.size());
    CheckSpan(p.b_start, p.b_end, b.text.size());
  }
  for (const auto& f : newsgraph::DiffFacts(a, b, al)) {
    CheckSpan(f.source_start, f.source_end, a.text.size());
    CheckSpan(f.copy_start, f.copy_end, b.text.size());
    if (a.text.compare(f.source_start, f.source_end - f.source_start, f.source_text) != 0) std::abort();
    if (b.text.compare(f.copy_start, f.copy_end - f.copy_start, f.copy_text) != 0) std::abort();
  }
  if (auto r = newsgraph::CompareDocuments(a, b)) {
    if (r->relation != "duplicate" && r->relation != "near-verbatim" && r->relation != "rewrite" &&
        r->relation != "partial") {
      std::abort();
    }
    if (r->direction != "earlier" && r->direction != "evidence" && r->direction != "unknown" &&
        r->direction != "siblings") {
      std::abort();
    }
    const std::string& src = r->source == "a" ? a.text : b.text;
    const std::string& cpy = r->source == "a" ? b.text : a.text;
    for (const auto& f : r->changes) {
      CheckSpan(f.source_start, f.source_end, src.size());
      CheckSpan(f.copy_start, f.copy_end, cpy.size());
    }
  }
  return 0;
}
