"""The library index: an SQLite file beside the briefs (``<root>/.briefgen-index.sqlite``) with FTS5 search.

``briefgen build`` records each brief it publishes (what the library shows of its JSON, and that
JSON file's inode, size and time) in one transaction; the site opens the file read-only. A row is
used only while its signature is the JSON file's on disk, so a brief changed by other means, or
one the index has not seen, is read from its files as before; without the file the site scans.
Search runs on a trigram FTS5 table over the same folded text the scan searches, so it finds a
term anywhere in a word exactly as the scan does (terms under three characters are checked with
``instr``).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from .manifest import KeyFigure, ThemeTag, normalise, parse_manifest
from .summary import BriefSummary, summarise

INDEX_FILE = ".briefgen-index.sqlite"
"""The index's file name in the briefs root (a dot-name: never taken for a brief)."""
_SCHEMA_VERSION = 1
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS briefs (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, inode INTEGER, "
    "size INTEGER, mtime_ns INTEGER, title TEXT, subtitle TEXT, date TEXT, classification TEXT, themes TEXT, "
    "figures TEXT, search_text TEXT)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(haystack, tokenize='trigram case_sensitive 1')",
)
_TRIGRAM = 3

Signature = tuple[int, int, int]
"""(inode, size, mtime_ns) of a brief's JSON file, as the site's ``BriefFile.signature``."""


def index_path(root: Path) -> Path:
    """The index file of a briefs root."""
    return root / INDEX_FILE


def record_brief(root: Path, name: str, json_file: Path) -> None:
    """Record (or replace) brief ``name``'s row from its published JSON file, in one transaction.

    Raises ``sqlite3.Error`` or ``OSError`` when the index cannot be written (the site then reads the files).
    """
    _record(root, [(name, *_read_row(json_file))])


def record_briefs(root: Path, briefs: Sequence[tuple[str, Path]]) -> None:
    """``record_brief`` for each (name, JSON file), in one transaction (a batch's briefs: one commit, not one each).

    A JSON file that cannot be read is left out (its row stays, unused: its signature is not the file's);
    raises ``sqlite3.Error`` or ``OSError`` when the index cannot be written (the site then reads the files).
    """
    rows: list[tuple[str, Signature, BriefSummary | None]] = []
    for name, json_file in briefs:
        try:
            rows.append((name, *_read_row(json_file)))
        except OSError:
            continue
    if rows:
        _record(root, rows)


def _read_row(json_file: Path) -> tuple[Signature, BriefSummary | None]:
    """The signature and summary of a published JSON file (None: not a brief's JSON)."""
    with open(json_file.resolve(strict=True), "rb") as handle:  # signature and bytes of the same file
        st = os.fstat(handle.fileno())
        manifest = parse_manifest(handle.read())
    return (st.st_ino, st.st_size, st.st_mtime_ns), summarise(manifest) if manifest else None


def _record(root: Path, rows: Sequence[tuple[str, Signature, BriefSummary | None]]) -> None:
    with _writer(root) as db:
        for name, signature, summary in rows:
            _delete(db, name)
            if summary is not None:
                _insert(db, name, signature, summary)


def rebuild_index(root: Path) -> int:
    """Record every ``<root>/<name>/<name>.json`` afresh in one transaction; the number of briefs recorded."""
    rows: list[tuple[str, Signature, BriefSummary]] = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        path = Path(entry.path) / f"{entry.name}.json"
        try:
            real = path.resolve(strict=True)
            st = real.stat()
            manifest = parse_manifest(real.read_bytes())
        except OSError:
            continue
        if manifest is not None:
            rows.append((entry.name, (st.st_ino, st.st_size, st.st_mtime_ns), summarise(manifest)))
    with _writer(root) as db:
        db.execute("DELETE FROM briefs")
        db.execute("DELETE FROM search")
        for name, signature, summary in rows:
            _insert(db, name, signature, summary)
    return len(rows)


@contextlib.contextmanager
def _writer(root: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(index_path(root), timeout=60, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != _SCHEMA_VERSION:  # an older layout (or a new file): start again
            db.execute("DROP TABLE IF EXISTS briefs")
            db.execute("DROP TABLE IF EXISTS search")
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
        for statement in _SCHEMA:
            db.execute(statement)
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    finally:
        db.close()


def _delete(db: sqlite3.Connection, name: str) -> None:
    row = db.execute("SELECT id FROM briefs WHERE name = ?", (name,)).fetchone()
    if row is not None:
        db.execute("DELETE FROM briefs WHERE id = ?", row)
        db.execute("DELETE FROM search WHERE rowid = ?", row)


def _insert(db: sqlite3.Connection, name: str, signature: Signature, summary: BriefSummary) -> None:
    themes = json.dumps([[t.id, t.title, t.covered] for t in summary.themes])
    figures = json.dumps([[f.display, f.label, f.text, f.kind] for f in summary.top_figures])
    cursor = db.execute(
        "INSERT INTO briefs (name, inode, size, mtime_ns, title, subtitle, date, classification, themes, figures, "
        "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (name, *signature, summary.title, summary.subtitle, summary.date, summary.classification, themes, figures,
         summary.search_text),
    )
    db.execute("INSERT INTO search (rowid, haystack) VALUES (?, ?)", (cursor.lastrowid, haystack(name, summary)))


def haystack(name: str, summary: BriefSummary | None) -> str:
    """The folded text a brief is searched in: its folder name and its JSON's search words."""
    return f"{normalise(name)} {summary.search_text if summary else ''}"


class LibraryIndex:
    """Read-only access to a briefs root's index; every method answers None when there is no usable index."""

    recheck_seconds = 1.0
    """``rows()`` looks at the file again at most this often (a row a build replaced meanwhile no longer
    matches its JSON file's signature, so it is not used: being late costs a parse, never a wrong answer)."""

    def __init__(self, root: Path) -> None:
        self.path = index_path(root)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._rows: tuple[int, int, dict[str, tuple[Signature, BriefSummary]]] | None = None
        self._checked = -math.inf
        self._names: dict[int, str] = {}

    def rows(self) -> dict[str, tuple[Signature, BriefSummary]] | None:
        """Every indexed brief's JSON signature and summary, read again only when the index changed."""
        last = self._rows
        if last is not None and time.monotonic() - self._checked < self.recheck_seconds:
            return last[2]  # the library asks once per brief of a listing: one look at the file per second
        db = self._connection()
        if db is None:
            return None
        try:
            version = _change_counter(self.path)  # read before the rows: a later commit shows next time
            ident = self._local.inode
            if last is not None and last[0] == ident and last[1] == version:
                self._checked = time.monotonic()
                return last[2]
            found: dict[str, tuple[Signature, BriefSummary]] = {}
            names: dict[int, str] = {}
            for row in db.execute(
                "SELECT name, inode, size, mtime_ns, title, subtitle, date, classification, themes, figures, "
                "search_text, id FROM briefs"
            ):
                found[row[0]] = ((row[1], row[2], row[3]), _summary(row))
                names[row[11]] = row[0]
        except (sqlite3.Error, OSError, ValueError, TypeError):
            self._forget()
            return None
        with self._lock:
            self._rows = (ident, version, found)
            self._names = names
            self._checked = time.monotonic()
        return found

    def matching(self, terms: Sequence[str]) -> set[str] | None:
        """Names of the indexed briefs whose search text holds every (folded) term."""
        if self.rows() is None:  # also brings the row id -> name map up to date
            return None
        db = self._connection()
        if db is None:
            return None
        long_terms = [t for t in terms if len(t) >= _TRIGRAM]
        short_terms = [t for t in terms if len(t) < _TRIGRAM]
        where = ["1"]
        params: list[str] = []
        if long_terms:
            where.append("search MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for term in short_terms:
            where.append("instr(haystack, ?) > 0")
            params.append(term)
        sql = f"SELECT rowid FROM search WHERE {' AND '.join(where)}"  # no join: ids named from the rows read
        try:
            ids = [row[0] for row in db.execute(sql, params)]
            names = self._names
            unknown = [i for i in ids if i not in names]  # recorded since the rows were read
            found = {names[i] for i in ids if i in names}
            for start in range(0, len(unknown), 500):
                part = unknown[start : start + 500]
                marks = ",".join("?" * len(part))
                found.update(r[0] for r in db.execute(f"SELECT name FROM briefs WHERE id IN ({marks})", part))
            return found
        except sqlite3.Error:
            self._forget()
            return None

    def _connection(self) -> sqlite3.Connection | None:
        """This thread's connection, opened again when the file was replaced or removed."""
        try:
            inode = os.stat(self.path).st_ino
        except OSError:
            self._forget()
            return None
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None and self._local.inode == inode:
            return db
        self._forget()
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                db.close()
                return None
        except sqlite3.Error:
            return None
        self._local.db, self._local.inode = db, inode
        return db

    def _forget(self) -> None:
        db = getattr(self._local, "db", None)
        self._local.db = None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()


def _change_counter(path: Path) -> int:
    """The database header's file change counter, which every committed write transaction moves.

    (``PRAGMA data_version`` is not comparable across connections, and the site reads from several threads.)
    """
    with open(path, "rb") as handle:
        header = handle.read(28)
    if len(header) < 28:
        raise ValueError("not an SQLite database")
    return int.from_bytes(header[24:28], "big")


def _summary(row: tuple[object, ...]) -> BriefSummary:
    themes = tuple(ThemeTag(str(i), str(t), bool(c)) for i, t, c in json.loads(str(row[8])))
    figures = tuple(KeyFigure(str(d), str(lb), str(tx), str(k)) for d, lb, tx, k in json.loads(str(row[9])))
    return BriefSummary(str(row[4]), str(row[5]), str(row[6]), str(row[7]), themes, figures, str(row[10]))
