// analyze() and extract(): one text or page in, the CLI's JSON out as Python objects.
#include <optional>
#include <string>

#include "bindings.h"
#include "core/utf8.h"
#include "newsgraph/analyze.h"
#include "newsgraph/checks.h"
#include "newsgraph/extract.h"
#include "newsgraph/ingest.h"
#include "store/json_view.h"

namespace newsgraph::python {
namespace {

using Json = nlohmann::ordered_json;

// `newsgraph analyze` on a plain text: the analysis (docs/formats/analysis.md) plus "checks",
// its office claims against the built-in office-holder table.
py::object Analyze(const py::object& text_arg, const std::optional<std::string>& published) {
  std::string text = BytesOf(text_arg, "analyze(text)");
  AnalyzeOptions options;
  if (published && !published->empty()) {
    if (!ValidDate(*published))
      ThrowStatus(Status::InvalidArgument("published: expected YYYY-MM-DD, got '" + *published + "'"));
    options.published = *published;
  }
  Json j;
  {
    py::gil_scoped_release nogil;
    if (!utf8::IsValid(text)) text = ToUtf8(text, "", false);
    Analysis analysis = AnalyzeText(text, options);
    j = Json::parse(AnalysisToJson(analysis, -1), nullptr, false);
    if (j.is_discarded()) ThrowStatus(Status::Internal("the analysis did not serialise to JSON"));
    j["checks"] = ChecksJson(CheckOffices(analysis, text));
  }
  return ToPython(j);
}

// `newsgraph extract` on one page: the article and its metadata.
py::object Extract(const py::object& html_arg, const std::optional<std::string>& url) {
  bool is_bytes = PyBytes_Check(html_arg.ptr());
  std::string html = BytesOf(html_arg, "extract(html)");
  Json j;
  {
    py::gil_scoped_release nogil;
    // Bytes: the BOM, <meta charset> or detection decide the charset, as for a file.
    if (is_bytes) html = ToUtf8(html, "", true);
    Result<Article> article = ExtractArticle(html, url.value_or(""));
    if (!article.ok()) ThrowStatus(article.status());
    j = {{"url", article->url},       {"title", article->title},
         {"text", article->text},     {"published", article->published},
         {"authors", article->authors}, {"site", article->site},
         {"language", article->language}};
  }
  return ToPython(j);
}

}  // namespace

void BindText(py::module_& m) {
  m.def("analyze", &Analyze, py::arg("text"), py::arg("published") = py::none(),
        R"doc(Analyse one plain text, as `newsgraph analyze` does.

text: str, or bytes (UTF-8, else the charset is detected). Offsets in the result are byte
offsets into the text's UTF-8 encoding.
published: "YYYY-MM-DD", the anchor for relative dates ("on Tuesday"), or None.

Returns the analysis of docs/formats/analysis.md as a dict (people, organizations, places,
quotes, statements, communications, numbers) plus "checks": the text's office claims checked
against the built-in office-holder table. Raises InvalidArgument for a malformed date.)doc");
  m.def("extract", &Extract, py::arg("html"), py::arg("url") = py::none(),
        R"doc(Extract the article from one HTML page, as `newsgraph extract` does.

html: str, or bytes (the charset comes from the BOM, <meta charset> or detection).
url: the page's URL, or None (a canonical URL the page declares wins).

Returns {"url", "title", "text", "published", "authors", "site", "language"}. Raises
newsgraph.Error (code TooLarge) for a page over 64 MiB.)doc");
}

}  // namespace newsgraph::python
