// The world test corpus reader (tools/lib/world_test_corpus.h).
#include "world_test_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "newsgraph/analyze.h"

namespace newsgraph::eval {
namespace {

// The value of `key: value` in the header, empty when absent.
std::string HeaderValue(const std::string& head, const std::string& key) {
  const size_t at = head.find(key + ": ");
  if (at == std::string::npos) return {};
  const size_t from = at + key.size() + 2;
  return head.substr(from, head.find('\n', from) - from);
}

}  // namespace

Result<std::vector<LinkDocument>> ReadWorldTestCorpus(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  std::vector<LinkDocument> docs;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::IOError(p.string() + ": cannot open file");
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t body = all.find("\n\n");
    const std::string head = all.substr(0, body);
    LinkDocument d;
    d.id = p.stem().string();
    d.published = HeaderValue(head, "published").substr(0, 10);
    if (body == std::string::npos || d.published.empty())
      return Status::Corruption(p.string() +
                                ": no header (\"published: YYYY-MM-DD\" and a blank line)");
    d.site = HeaderValue(head, "site");
    d.text = all.substr(body + 2);
    d.title = d.text.substr(0, d.text.find('\n'));
    AnalyzeOptions o;
    o.published = d.published;
    d.analysis = AnalyzeText(d.text, o);
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace newsgraph::eval
