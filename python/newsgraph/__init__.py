"""newsgraph from Python: analyse a text, open a store, pull its world into DataFrames.

    >>> import newsgraph
    >>> a = newsgraph.analyze("Biden met Putin on Tuesday.", published="2021-06-15")
    >>> store = newsgraph.Store("demo.db")
    >>> store.ingest(["data/sample"])
    >>> people = store.people_frame()          # pandas, imported on first use

Every row is the JSON object `newsgraph ... --json` prints (docs/formats/analysis.md,
docs/formats/link.md), as a dict. Failures raise newsgraph.Error (NotFound and InvalidArgument
are subclasses) with the engine's message. See docs/python.md.
"""
from __future__ import annotations

import datetime as _dt
import os as _os
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _core
from ._core import Error, InvalidArgument, NotFound

__all__ = ["analyze", "extract", "Store", "to_pandas", "Error", "NotFound", "InvalidArgument",
           "__version__"]
__version__: str = _core.__version__

Row = Dict[str, Any]
DateLike = Union[str, _dt.date, None]
PathLike = Union[str, "_os.PathLike[str]"]


def _date(value: DateLike) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d")
    raise TypeError(f"expected a YYYY-MM-DD string or a date, got {type(value).__name__}")


def analyze(text: Union[str, bytes], published: DateLike = None) -> Row:
    """The world of one plain text, as `newsgraph analyze` prints it (docs/formats/analysis.md):
    people, organizations, places, quotes, statements, communications, numbers, and "checks"
    (office claims against the built-in office-holder table). `published` (YYYY-MM-DD or a date)
    anchors relative dates. Offsets are byte offsets into the text's UTF-8 encoding."""
    return _core.analyze(text, _date(published))


def extract(html: Union[str, bytes], url: Optional[str] = None) -> Row:
    """The article of one HTML page, as `newsgraph extract` prints it: url, title, text,
    published, authors, site, language."""
    return _core.extract(html, url)


def to_pandas(rows: Iterable[Row], columns: Optional[Sequence[str]] = None) -> "Any":
    """A pandas DataFrame with one row per dict (nested lists and dicts stay Python objects in
    their cells; use DataFrame.explode / pandas.json_normalize to unfold them). pandas is imported
    here, not when newsgraph is."""
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise ImportError(
            "newsgraph.to_pandas needs pandas, which is not installed "
            "(Debian: apt-get install python3-pandas; pip: pip install pandas)") from e
    return pandas.DataFrame(list(rows), columns=list(columns) if columns is not None else None)


def _paged(fetch: Callable[[int, int], List[Row]], page_size: int) -> Iterator[Row]:
    if page_size <= 0:
        raise InvalidArgument(f"page_size must be positive, got {page_size}")
    offset = 0
    while True:
        rows = fetch(page_size, offset)
        yield from rows
        if len(rows) < page_size:
            return
        offset += len(rows)


class Store(_core.Store):
    """A newsgraph store: Store(path, read_only=False) opens, creating if needed, a SQLite file
    (or any location the engine's Store::Open accepts). Use it as a context manager to close it.

    List methods take `limit` and `offset`; the iter_* methods page through everything and the
    *_frame methods return the whole result as a pandas DataFrame."""

    def __init__(self, path: PathLike, read_only: bool = False) -> None:
        super().__init__(_os.fspath(path), read_only)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"newsgraph.Store({self.path!r}{', closed' if self.closed else ''})"

    def ingest(self, paths: Union[PathLike, Sequence[PathLike]],
               progress: Optional[Callable[[Row], None]] = None, link: bool = True,
               analyze: bool = True, threads: int = 0, published: DateLike = None) -> Row:
        """Read files, folders, JSON Lines, WARC(.gz) (one path or a list; "-" is stdin) into the
        store, then link the store when documents were added. See _core.Store.ingest."""
        if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
            paths = [paths]  # type: ignore[list-item]
        return super().ingest([_os.fsdecode(p) for p in paths], progress, link, analyze, threads,
                              _date(published) or "")

    def events(self, person: Optional[str] = None, date_from: DateLike = None,
               date_to: DateLike = None, limit: int = 50, offset: int = 0) -> List[Row]:
        """Events by date; `person` is an id or a name, dates are inclusive bounds."""
        return super().events(person, _date(date_from), _date(date_to), limit, offset)

    # --- iterators: every row, fetched a page at a time ---
    def iter_documents(self, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.documents(n, o), page_size)

    def iter_people(self, name: str = "", mentions: bool = False, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.people(name, n, o, mentions), page_size)

    def iter_events(self, person: Optional[str] = None, date_from: DateLike = None,
                    date_to: DateLike = None, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.events(person, date_from, date_to, n, o), page_size)

    def iter_copies(self, doc: Optional[str] = None, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.copies(doc, n, o), page_size)

    def iter_conflicts(self, kind: Optional[str] = None, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.conflicts(kind, n, o), page_size)

    def iter_stories(self, recent: bool = False, page_size: int = 500) -> Iterator[Row]:
        return _paged(lambda n, o: self.stories(n, o, recent), page_size)

    # --- DataFrames (pandas imported on first use) ---
    def documents_frame(self) -> "Any":
        return to_pandas(self.iter_documents())

    def people_frame(self, name: str = "") -> "Any":
        return to_pandas(self.iter_people(name))

    def events_frame(self, person: Optional[str] = None, date_from: DateLike = None,
                     date_to: DateLike = None) -> "Any":
        return to_pandas(self.iter_events(person, date_from, date_to))

    def copies_frame(self, doc: Optional[str] = None) -> "Any":
        return to_pandas(self.iter_copies(doc))

    def conflicts_frame(self, kind: Optional[str] = None) -> "Any":
        return to_pandas(self.iter_conflicts(kind))

    def stories_frame(self, recent: bool = False) -> "Any":
        return to_pandas(self.iter_stories(recent))
