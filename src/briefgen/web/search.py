"""The library's search: every word must occur in a brief's text, and the brief must cover the chosen theme."""

from __future__ import annotations

from .library import BriefEntry
from .manifest import normalise

#: Longest query honoured; the rest is ignored.
MAX_QUERY_CHARS = 200


def search(entries: tuple[BriefEntry, ...], words: str, theme: str) -> tuple[BriefEntry, ...]:
    """The entries matching every word of ``words`` and covering the theme titled ``theme`` (if given)."""
    terms = normalise(words[:MAX_QUERY_CHARS]).split()
    wanted = normalise(theme)
    return tuple(
        e
        for e in entries
        if (not wanted or any(t.covered and normalise(t.title) == wanted for t in e.themes))
        and all(term in _haystack(e) for term in terms)
    )


def theme_choices(entries: tuple[BriefEntry, ...]) -> tuple[str, ...]:
    """Titles of the themes the briefs cover, once each, alphabetically."""
    titles: dict[str, str] = {}
    for entry in entries:
        for theme in entry.themes:
            if theme.covered and theme.title:
                titles.setdefault(normalise(theme.title), theme.title)
    return tuple(titles[k] for k in sorted(titles))


def _haystack(entry: BriefEntry) -> str:
    return f"{normalise(entry.name)} {entry.summary.search_text if entry.summary else ''}"
