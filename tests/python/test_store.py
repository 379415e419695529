"""newsgraph.Store on the demo corpus (data/sample), each query against the CLI's --json."""
import json
import threading

import pytest

import newsgraph
from conftest import SAMPLE_DIR, json_lines, sample_records


def test_stats_match_the_corpus_and_the_cli(demo, demo_db, cli):
    stats = demo.stats()
    assert stats["documents"] == len(sample_records())
    assert stats["persons"] > 0 and stats["events"] > 0 and stats["stories"] > 0
    assert stats == json.loads(cli("stats", "--db", demo_db, "--json").stdout)


def test_documents_and_paging(demo, demo_db, cli):
    n = demo.stats()["documents"]
    everything = demo.documents(limit=n + 10)
    assert len(everything) == n
    assert everything == json_lines(cli("list", "--db", demo_db, "--limit", n + 10).stdout)
    assert demo.documents(limit=5, offset=3) == everything[3:8]
    assert list(demo.iter_documents(page_size=7)) == everything
    assert len({d["id"] for d in everything}) == n


def test_search(demo, demo_db, cli):
    hits = demo.search("Putin", limit=5)
    assert 0 < len(hits) <= 5
    assert all("snippet" in h for h in hits)
    assert hits == json_lines(cli("search", "--db", demo_db, "--limit", 5, "Putin").stdout)
    with pytest.raises(newsgraph.Error):
        demo.search('"unbalanced', limit=5)


def test_document_is_show(demo, demo_db, cli):
    for summary in demo.documents(limit=3):
        doc = demo.document(summary["id"])
        assert doc == json.loads(cli("show", "--db", demo_db, summary["id"]).stdout)
        assert set(doc) >= {"text", "places", "analysis", "checks"}


def test_unknown_ids_raise_not_found(demo):
    with pytest.raises(newsgraph.NotFound) as e:
        demo.document("0123456789abcdef")
    assert str(e.value) == "Not found: no document with id 0123456789abcdef"
    assert isinstance(e.value, LookupError) and e.value.code == "NotFound"
    with pytest.raises(newsgraph.NotFound, match="^Not found: no person 'Nobody Atall' in the store$"):
        demo.person("Nobody Atall")
    with pytest.raises(newsgraph.NotFound, match="^Not found: no story with id S000$"):
        demo.story("S000")
    with pytest.raises(newsgraph.NotFound, match="^Not found: no event with id E000$"):
        demo.event("E000")


def test_people_and_person(demo, demo_db, cli):
    people = demo.people(limit=1000, mentions=True)
    assert people == json_lines(cli("people", "--db", demo_db, "--json", "--limit", 1000).stdout)
    assert list(demo.iter_people(mentions=True, page_size=13)) == people
    top = people[0]
    assert top["documents"] >= people[-1]["documents"]
    assert [p["id"] for p in demo.people(top["name"], limit=1000)].count(top["id"]) == 1
    expected = json.loads(cli("person", "--db", demo_db, "--json", top["id"]).stdout)
    assert demo.person(top["id"]) == expected
    assert demo.person(top["name"]) == expected


def test_events(demo, demo_db, cli):
    events = demo.events(limit=1000)
    assert events == json_lines(cli("events", "--db", demo_db, "--json", "--limit", 1000).stdout)
    assert list(demo.iter_events(page_size=4)) == events
    person = demo.people(limit=1)[0]
    theirs = demo.events(person=person["name"], limit=1000)
    assert theirs and all(person["id"] in [p["id"] for p in e["participants"]] for e in theirs)
    dated = sorted(e["date"] for e in events if e["date"])
    lo, hi = dated[len(dated) // 4], dated[3 * len(dated) // 4]
    window = demo.events(date_from=lo, date_to=hi, limit=1000)
    assert window and all(lo <= e["date"] <= hi for e in window)
    assert len(window) == sum(1 for d in dated if lo <= d <= hi)
    assert demo.event(events[0]["id"]) == events[0]
    with pytest.raises(newsgraph.InvalidArgument,
                       match="^Invalid argument: date: expected YYYY-MM-DD, got '2021-02-30x'$"):
        demo.events(date_from="2021-02-30x")


def test_copies_conflicts_stories(demo, demo_db, cli):
    copies = demo.copies(limit=1000)
    assert copies and copies == json_lines(cli("copies", "--db", demo_db, "--json", "--limit", 1000).stdout)
    doc = copies[0]["copy"]
    assert demo.copies(doc=doc, limit=1000) == json_lines(
        cli("copies", "--db", demo_db, "--json", "--doc", doc, "--limit", 1000).stdout)
    conflicts = demo.conflicts(limit=1000)
    assert conflicts == json_lines(cli("conflicts", "--db", demo_db, "--json", "--limit", 1000).stdout)
    kind = conflicts[0]["kind"]
    assert {c["kind"] for c in demo.conflicts(kind=kind, limit=1000)} == {kind}
    stories = demo.stories(limit=1000)
    assert stories == json_lines(cli("stories", "--db", demo_db, "--json", "--limit", 1000).stdout)
    assert list(demo.iter_stories(page_size=5)) == stories
    assert demo.stories(limit=1000, recent=True) == json_lines(
        cli("stories", "--db", demo_db, "--json", "--recent", "--limit", 1000).stdout)
    assert demo.story(stories[0]["id"]) == json.loads(
        cli("story", "--db", demo_db, "--json", stories[0]["id"]).stdout)


def test_quotes_and_checks(demo):
    quotes = demo.quotes(limit=5)
    assert len(quotes) == 5 and all(q["text"] for q in quotes)
    contradicted = demo.checks("contradicted", limit=100)
    assert contradicted and {c["verdict"] for c in contradicted} == {"contradicted"}
    doc = demo.document(contradicted[0]["doc_id"])
    assert contradicted[0]["claim"] in [c["claim"] for c in doc["checks"]]


def test_ingest_progress_errors_and_reingest(tmp_path):
    calls = []
    with newsgraph.Store(tmp_path / "a.db") as store:
        result = store.ingest([SAMPLE_DIR, tmp_path / "missing.jsonl"], progress=calls.append)
        assert result["added"] == len(sample_records())
        assert result["failed"] == 1
        assert result["not_english"] == 0  # the sample is all in English
        [error] = result["errors"]
        assert error["reason"] == "no such file or directory"
        assert error["message"] == f"{tmp_path / 'missing.jsonl'}: no such file or directory"
        assert result["linked"]["documents"] == result["added"]
        link_calls = [c for c in calls if c["stage"] == "link"]
        assert link_calls and link_calls[-1]["linked"] <= link_calls[-1]["documents"] == result["added"]
        again = store.ingest(str(SAMPLE_DIR))  # one path, as a str
        assert (again["added"], again["already_stored"], again["linked"]) == (0, result["added"], None)
        assert store.link()["documents"] == result["added"]


def test_a_failing_callback_is_reraised_after_the_run(tmp_path):
    def progress(totals):
        raise RuntimeError(f"stop at {totals['stage']}")
    with newsgraph.Store(tmp_path / "b.db") as store:
        with pytest.raises(RuntimeError, match="^stop at "):
            store.ingest([SAMPLE_DIR], progress=progress)
        assert store.stats()["documents"] == len(sample_records())  # the run itself completed


def test_closed_and_read_only(tmp_path, demo_db):
    store = newsgraph.Store(tmp_path / "c.db")
    store.close()
    assert store.closed
    with pytest.raises(newsgraph.InvalidArgument, match=r"^Invalid argument: the store .*c\.db is closed$"):
        store.stats()
    with pytest.raises(newsgraph.Error):
        newsgraph.Store(tmp_path / "no" / "such" / "dir" / "x.db")
    with pytest.raises(newsgraph.InvalidArgument, match="published: expected YYYY-MM-DD, got 'soon'"):
        newsgraph.Store(tmp_path / "d.db").ingest([SAMPLE_DIR], published="soon")
    ro = newsgraph.Store(demo_db, read_only=True)
    assert ro.stats()["documents"] == len(sample_records())
    assert repr(ro) == f"newsgraph.Store({str(demo_db)!r})"


def test_threads_share_a_store(demo):
    expected = demo.people(limit=1000)
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(demo.people(limit=1000) == expected and len(demo.events(limit=1000)) > 0)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and results == [True] * 20


def test_frames(demo):
    pd = pytest.importorskip("pandas")
    people = demo.people_frame()
    assert isinstance(people, pd.DataFrame)
    assert len(people) == demo.stats()["persons"]
    assert {"id", "name", "aliases", "offices", "documents"} <= set(people.columns)
    assert len(demo.documents_frame()) == demo.stats()["documents"]
    assert len(demo.events_frame()) == demo.stats()["events"]
    assert len(demo.stories_frame()) == demo.stats()["stories"]
    assert len(demo.copies_frame()) == demo.stats()["copies"]
    assert len(demo.conflicts_frame()) == demo.stats()["conflicts"]
    assert list(newsgraph.to_pandas([{"a": 1}], columns=["a", "b"]).columns) == ["a", "b"]


def test_to_pandas_without_pandas(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="newsgraph.to_pandas needs pandas, which is not installed"):
        newsgraph.to_pandas([])


def test_a_callback_cannot_use_its_own_store(tmp_path):
    seen = []

    def progress(totals):
        seen.append(store.closed)  # allowed: the store is open
        store.stats()
    store = newsgraph.Store(tmp_path / "e.db")
    with pytest.raises(newsgraph.InvalidArgument,
                       match=r"^Invalid argument: the store .*e\.db is busy: a progress callback cannot use its own store$"):
        store.ingest([SAMPLE_DIR], progress=progress)
    assert seen == [False]  # no call after the first one raised
    assert store.stats()["documents"] == len(sample_records())
