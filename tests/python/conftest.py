"""Shared fixtures of the Python module's tests (run by ctest: python/CMakeLists.txt sets
PYTHONPATH to build/python and NEWSGRAPH_* to the source tree, shared data and CLI binary)."""
import json
import os
import pathlib
import subprocess

import pytest

import newsgraph

SOURCE_DIR = pathlib.Path(os.environ.get("NEWSGRAPH_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))
SAMPLE_DIR = SOURCE_DIR / "data" / "sample"


def sample_records():
    """Every JSON Lines record of the demo corpus (data/sample)."""
    rows = []
    for path in sorted(SAMPLE_DIR.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


@pytest.fixture(scope="session")
def cli():
    """Runs the newsgraph CLI (the build's binary) and returns its stdout; skips without it."""
    binary = os.environ.get("NEWSGRAPH_BINARY")
    if not binary or not os.path.exists(binary):
        pytest.skip("NEWSGRAPH_BINARY is not set (run through ctest)")

    def run(*args, check=True):
        p = subprocess.run([binary, *map(str, args)], capture_output=True, text=True)
        if check:
            assert p.returncode == 0, p.stderr
        return p
    return run


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The demo corpus ingested (and linked) through the Python module; returns the db path."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with newsgraph.Store(path) as store:
        result = store.ingest([SAMPLE_DIR])
    assert result["failed"] == 0, result["errors"]
    return path


@pytest.fixture()
def demo(demo_db):
    with newsgraph.Store(demo_db) as store:
        yield store


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]
