// NormalizeDate: the one date normaliser (container fields in ingest, page metadata in extract),
// and how the ingest readers keep a date that does not parse.
#include <gtest/gtest.h>

#include "ingest/date_normalize.h"
#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

void ExpectDates(std::initializer_list<std::pair<std::string, std::string>> cases) {
  for (const auto& [text, iso] : cases) EXPECT_EQ(NormalizeDate(text), iso) << text;
}

TEST(NormalizeDate, Iso8601AndVariants) {
  ExpectDates({
      {"2024-03-05", "2024-03-05"},
      {" 2024-03-05T10:20:30.123Z ", "2024-03-05T10:20:30Z"},
      {"2024-03-05 10:20", "2024-03-05T10:20:00"},
      {"2024-03-05T10:20:30-0500", "2024-03-05T10:20:30-05:00"},
      {"2024-03-05T10:20:30 +01", "2024-03-05T10:20:30+01:00"},
      {"2019-11-19T10:05:07.123+0100", "2019-11-19T10:05:07+01:00"},
      {"2019-11-19T10:05:07,5 UTC", "2019-11-19T10:05:07Z"},
      {"2019/11/19", "2019-11-19"},
      {"2019.11.19", "2019-11-19"},
      {"20191119", "2019-11-19"},
      {"2019-11-19 at noon", "2019-11-19"},  // text after a date is ignored
  });
}

TEST(NormalizeDate, Rfc2822AndWordDates) {
  ExpectDates({
      {"Tue, 05 Mar 2024 10:20:30 GMT", "2024-03-05T10:20:30Z"},
      {"Tue, 19 Nov 2019 10:00:00 UT", "2019-11-19T10:00:00Z"},
      {"5 Mar 2024 10:20 +0100", "2024-03-05T10:20:00+01:00"},
      {"Tue, 05 Mar 2024 10:20:30 EST", "2024-03-05T10:20:30-05:00"},
      {"5 Mar 2024 10:20 GMT+0530", "2024-03-05T10:20:00+05:30"},
      {"November 19, 2019", "2019-11-19"},
      {"Nov. 19, 2019, 10:05 pm", "2019-11-19T22:05:00"},
      {"Sept 1, 2019 12:30 a.m.", "2019-09-01T00:30:00"},
      {"19th November 2019", "2019-11-19"},
      {"19. November 2019", "2019-11-19"},
      {"Tuesday, November 19, 2019", "2019-11-19"},
      {"Mayor 5 2019", "2019-05-05"},  // the first three letters name the month
  });
}

TEST(NormalizeDate, UnixTime) {
  ExpectDates({
      {"1574168580", "2019-11-19T13:03:00Z"},
      {"1574168580000", "2019-11-19T13:03:00Z"},  // milliseconds
      {"12345", ""},
      {"201911190", "1976-05-25T22:26:30Z"},  // 9 digits: Unix time, not a date and more
  });
  EXPECT_EQ(ingest::DateFromEpoch(1709634030), "2024-03-05T10:20:30Z");
  EXPECT_EQ(ingest::DateFromEpoch(1709634030000.0), "2024-03-05T10:20:30Z");
}

// Where the two normalisers that this one replaces disagreed on a spelling both read.
TEST(NormalizeDate, SettledDisagreements) {
  ExpectDates({
      // A zero offset is UTC (the extract copy kept "+00:00").
      {"2024-03-05T10:20:30+00:00", "2024-03-05T10:20:30Z"},
      // Days past the end of the month, and 29 February outside leap years, are no dates (the
      // extract copy accepted any day up to 31; the ingest copy any 29 February).
      {"2024-02-30", ""},
      {"31 April 2019", ""},
      {"2023-02-29", ""},
      {"2024-02-29", "2024-02-29"},
      {"2000-02-29", "2000-02-29"},
      {"1900-02-29", ""},
      // Years outside 1900-2100 are implausible publication dates (the ingest copy read any from
      // 1000 to 9999).
      {"1066-10-14", ""},
      {"0001-01-01T00:00:00Z", ""},
      // An offset beyond +-14 hours is no zone: the time is kept without it (the ingest copy took
      // offsets up to 23 hours).
      {"2024-03-05T10:20:30+15:00", "2024-03-05T10:20:30"},
  });
}

TEST(NormalizeDate, UnparseableIsEmpty) {
  ExpectDates({
      {"", ""},
      {"   ", ""},
      {"yesterday", ""},
      {"last Tuesday", ""},
      {"2019-13-40", ""},
      {"2019-11-190", ""},
      {"2019111", ""},
      {"Nov 2019", ""},
      {"5 Foo 2019", ""},
  });
  EXPECT_EQ(NormalizeDate("2019-11-19 " + std::string(200, 'x')), "");  // prose, not a date
}

TEST(NormalizeDate, ArbitraryBytesNeverCrash) {
  for (const char* s : {"2019-", "2019-11-", "2019-11-1", "2019-11-19T", "2019-11-19T10",
                        "2019-11-19T10:", "2019-11-19T10:0", "2019-11-19T10:00+", "5 Mar",
                        "5 Mar 2024 10:20 GMT+", "Tue,", ",,,,", "\xff\xfe", "1e10"}) {
    std::string out = NormalizeDate(s);
    EXPECT_TRUE(out.empty() || out.size() >= 10) << s << " -> " << out;
  }
}

// The readers keep a date the container gives even when it does not parse.
TEST(PublishedValue, NormalisedOrKeptAsGiven) {
  EXPECT_EQ(ingest::PublishedValue(" March 5, 2024 "), "2024-03-05");
  EXPECT_EQ(ingest::PublishedValue(" last Tuesday "), "last Tuesday");
  EXPECT_EQ(ingest::PublishedValue("2024-02-30"), "2024-02-30");
  EXPECT_EQ(ingest::PublishedValue("  "), "");
}

TEST(PublishedValue, JsonlAndWarcRecords) {
  testing::CollectingSink sink;
  ReadBuffer("a.jsonl",
             "{\"text\": \"a\", \"published\": \"last Tuesday\"}\n"
             "{\"text\": \"b\", \"date\": \"5 March 2024\"}\n",
             {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].published, "last Tuesday");
  EXPECT_EQ(sink.records[1].published, "2024-03-05");

  std::string warc = testing::WarcRecord("resource", "http://ex.com/a", "Some text.", "text/plain");
  warc.replace(warc.find("2024-03-05T10:20:30Z"), 20, "the fifth of March");
  testing::CollectingSink warc_sink;
  ReadBuffer("a.warc", warc, {}, warc_sink);
  ASSERT_EQ(warc_sink.records.size(), 1u);
  EXPECT_EQ(warc_sink.records[0].published, "the fifth of March");
}

}  // namespace
}  // namespace newsgraph
