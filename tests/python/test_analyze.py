"""newsgraph.analyze and newsgraph.extract against the CLI's `analyze` and `extract`."""
import datetime
import json

import pytest

import newsgraph
from conftest import sample_records


def test_the_issue_example(cli, tmp_path):
    text = "Biden met Putin on Tuesday."
    a = newsgraph.analyze(text, published="2021-06-15")
    assert a["published"] == "2021-06-15" and a["text_length"] == len(text)
    assert list(a) == ["published", "text_length", "people", "organizations", "places", "quotes",
                       "communications", "statements", "numbers", "checks"]
    (tmp_path / "t.txt").write_text(text)
    assert a == json.loads(cli("analyze", "--published", "2021-06-15", tmp_path / "t.txt").stdout)


def test_a_call_is_found():
    text = ("U.S. President Joe Biden spoke with Russian President Vladimir Putin by phone on "
            "Tuesday, the White House said.")
    a = newsgraph.analyze(text, published="2021-12-08")
    assert {"Joe Biden", "Vladimir Putin"} <= {p["name"] for p in a["people"]}
    [c] = a["communications"]
    assert sorted(c["participants"]) == ["Joe Biden", "Vladimir Putin"]
    assert c["date"] == "2021-12-07"


@pytest.mark.parametrize("index", [0, 1, 2])
def test_same_as_cli(cli, tmp_path, index):
    record = [r for r in sample_records() if r.get("text")][index]
    published = (record.get("published") or "2021-12-06")[:10]
    path = tmp_path / "article.txt"
    path.write_text(record["text"], encoding="utf-8")
    expected = json.loads(cli("analyze", "--published", published, path).stdout)
    got = newsgraph.analyze(record["text"], published=published)
    assert got == expected
    assert list(got) == list(expected)  # the same key order, too


def test_office_checks_come_with_the_analysis():
    text = "British Prime Minister David Cameron spoke to reporters in London on Monday."
    a = newsgraph.analyze(text, published="2021-12-06")
    [check] = a["checks"]
    assert check["verdict"] == "contradicted"
    assert check["claim"] == "David Cameron is Prime Minister of the United Kingdom"


def test_offsets_are_utf8_byte_offsets():
    text = "Zürich — Président Emmanuel Macron said on Monday: “We will act.”"
    a = newsgraph.analyze(text, published="2021-12-06")
    data = text.encode("utf-8")
    mentions = [m for p in a["people"] for m in p["mentions"]]
    assert mentions
    for m in mentions:
        assert data[m["start"]:m["end"]].decode("utf-8") == m["text"]


def test_dates_bytes_and_str():
    text = "Biden met Putin on Tuesday."
    as_str = newsgraph.analyze(text, published="2021-06-15")
    assert newsgraph.analyze(text.encode(), published=datetime.date(2021, 6, 15)) == as_str
    assert newsgraph.analyze(text)["published"] is None  # null in the JSON when unknown


def test_bad_dates_raise_invalid_argument():
    with pytest.raises(newsgraph.InvalidArgument) as e:
        newsgraph.analyze("Biden met Putin.", published="2021-13-01")
    assert str(e.value) == "Invalid argument: published: expected YYYY-MM-DD, got '2021-13-01'"
    assert e.value.code == "InvalidArgument"
    assert isinstance(e.value, ValueError) and isinstance(e.value, newsgraph.Error)
    with pytest.raises(TypeError, match="expected a YYYY-MM-DD string or a date, got int"):
        newsgraph.analyze("x", published=20210615)


def test_any_input_is_safe():
    assert newsgraph.analyze("")["people"] == []
    assert newsgraph.analyze(b"\xff\xfe\x00garbage \xc3(")["text_length"] > 0
    assert newsgraph.analyze("lone surrogate \udc80 here")["people"] == []
    with pytest.raises(TypeError, match=r"analyze\(text\): expected str or bytes, got int"):
        newsgraph._core.analyze(42)


PAGE = """<!doctype html><html><head><meta charset="{charset}">
<title>Leaders meet | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-12-07T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet in Geneva</h1>
<p>President Joe Biden and President Vladimir Putin held talks in Genève on Tuesday, officials said.</p>
<p>The meeting lasted two hours, according to a statement released after the talks ended.</p>
<p>Both sides described the discussion as frank and said their teams would keep talking.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_extract_same_as_cli(cli, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    [expected] = [json.loads(line) for line in cli("extract", "--url", "https://example.com/a", path).stdout.splitlines()]
    got = newsgraph.extract(PAGE.format(charset="utf-8"), url="https://example.com/a")
    assert "Genève" in got["text"]
    assert got == {k: v for k, v in expected.items() if k not in ("source", "record")}


def test_extract_bytes_follow_the_page_charset():
    page = PAGE.format(charset="iso-8859-1").encode("latin-1")
    got = newsgraph.extract(page)
    assert "Genève" in got["text"]
    assert got["url"] == ""


def test_extract_empty_and_too_large():
    assert newsgraph.extract("")["text"] == ""
    with pytest.raises(newsgraph.Error) as e:
        newsgraph.extract(b"<p>" + b"x" * (64 << 20))
    assert e.value.code == "TooLarge"
    assert not isinstance(e.value, (newsgraph.NotFound, newsgraph.InvalidArgument))
