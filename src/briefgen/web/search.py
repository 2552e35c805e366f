"""The library's search: every word must occur in a brief's text, and the brief must cover the chosen theme."""

from __future__ import annotations

from functools import lru_cache

from .index_db import LibraryIndex, Signature, haystack
from .library import BriefEntry
from .manifest import normalise
from .summary import BriefSummary

#: Longest query honoured; the rest is ignored.
MAX_QUERY_CHARS = 200


def search(
    entries: tuple[BriefEntry, ...], words: str, theme: str, index: LibraryIndex | None = None
) -> tuple[BriefEntry, ...]:
    """The entries matching every word of ``words`` and covering the theme titled ``theme`` (if given).

    With an ``index``, the words are looked up in its FTS5 table for every brief whose JSON is the one
    indexed; the others (and every brief when there is no index) are searched in their text.
    """
    terms = normalise(words[:MAX_QUERY_CHARS]).split()
    wanted = normalise(theme)
    hits = index.matching(terms) if index is not None and terms else None
    rows = index.rows() if index is not None and hits is not None else None
    current = _indexed(entries, rows) if rows is not None else frozenset()

    def in_text(entry: BriefEntry) -> bool:
        text = haystack(entry.name, entry.summary)
        return all(term in text for term in terms)

    themed = (
        entries
        if not wanted
        else tuple(e for e in entries if any(t.covered and _folded(t.title) == wanted for t in e.themes))
    )
    if not terms:
        return themed
    if hits is None:
        return tuple(e for e in themed if in_text(e))
    return tuple(e for e in themed if (e.name in hits if e.name in current else in_text(e)))


@lru_cache(maxsize=4096)
def _folded(title: str) -> str:
    """``normalise`` of a theme title, worked out once per title (the briefs share a few titles)."""
    return normalise(title)


_INDEXED: list[tuple[tuple[BriefEntry, ...], dict[str, tuple[Signature, BriefSummary]], frozenset[str]]] = []


def _indexed(
    entries: tuple[BriefEntry, ...], rows: dict[str, tuple[Signature, BriefSummary]]
) -> frozenset[str]:
    """Names of the entries whose JSON file is the one the index holds, worked out once per listing and index."""
    last = _INDEXED[-1] if _INDEXED else None
    if last is not None and last[0] is entries and last[1] is rows:
        return last[2]
    names = set()
    for entry in entries:
        json_file, row = entry.file("json"), rows.get(entry.name)
        if json_file is not None and row is not None and row[0] == json_file.signature:
            names.add(entry.name)
    found = frozenset(names)
    _INDEXED[:] = [(entries, rows, found)]
    return found


def theme_choices(entries: tuple[BriefEntry, ...]) -> tuple[str, ...]:
    """Titles of the themes the briefs cover, once each, alphabetically."""
    titles: dict[str, str] = {}
    for entry in entries:
        for theme in entry.themes:
            if theme.covered and theme.title:
                titles.setdefault(normalise(theme.title), theme.title)
    return tuple(titles[k] for k in sorted(titles))
