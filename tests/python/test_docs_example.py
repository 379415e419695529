"""docs/python.md's notebook example runs as written: every ```python block, in order, in one
namespace, in a folder whose data/ is the repository's (so "demo.db" is made there)."""
import contextlib
import io
import os
import re

import pytest

from conftest import SOURCE_DIR


def blocks():
    text = (SOURCE_DIR / "docs" / "python.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)


def test_the_page_has_an_example():
    assert len(blocks()) >= 4


def test_docs_example_runs(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    (tmp_path / "data").symlink_to(SOURCE_DIR / "data")
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": "__docs_example__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for i, code in enumerate(blocks()):
            exec(compile(code, f"docs/python.md block {i + 1}", "exec"), namespace)
    printed = out.getvalue()
    assert "documents added, 0 failed" in printed
    assert (tmp_path / "demo.db").exists()
    assert not namespace["contacts"].empty and not namespace["offices"].empty
