// Real pages: every page of ../shared/data/article-extraction-benchmark/html (when present) reads
// as one valid UTF-8 HTML record, both file by file (.html.gz) and packed in a WARC.gz.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/utf8.h"
#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using testing::CollectingSink;

fs::path PagesDir() {
  return fs::path(NEWSGRAPH_SHARED_DIR) / "data/article-extraction-benchmark/html";
}

TEST(SharedPages, EachPageIsOneHtmlRecordAlsoInsideAWarc) {
  if (!fs::is_directory(PagesDir())) GTEST_SKIP() << "no " << PagesDir();
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(PagesDir())) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  CollectingSink sink;
  ReadPath(PagesDir().string(), {}, sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), files.size());
  std::string warc;
  for (size_t i = 0; i < files.size(); ++i) {
    const Record& r = sink.records[i];
    EXPECT_EQ(r.source, files[i].string());
    EXPECT_EQ(r.kind, ContentKind::kHtml);
    EXPECT_TRUE(utf8::IsValid(r.content));
    EXPECT_GT(r.content.size(), 1000u);
    warc += testing::Gzip(testing::WarcRecord(
        "response", "http://example.com/" + std::to_string(i),
        testing::HttpResponse(r.content, "text/html; charset=utf-8"), "application/http"));
  }
  CollectingSink from_warc;
  ReadBuffer("pages.warc.gz", warc, {}, from_warc);
  EXPECT_TRUE(from_warc.errors.empty());
  ASSERT_EQ(from_warc.records.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(from_warc.records[i].content, sink.records[i].content);
    EXPECT_EQ(from_warc.records[i].url, "http://example.com/" + std::to_string(i));
  }
}

}  // namespace
}  // namespace newsgraph
