"""The little of a brief's JSON that the library page shows and searches, read in a worker and kept small."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .exact import Signature, read_exact
from .manifest import KeyFigure, Manifest, ThemeTag, parse_manifest

#: Sidebar figures a library card shows.
TOP_FIGURES = 3
#: Longest search text kept per brief (its distinct words); words past it are not searched.
MAX_SEARCH_CHARS = 256 * 1024


@dataclass(frozen=True, slots=True)
class BriefSummary:
    """What the library page shows and searches of one brief's JSON."""

    title: str
    """Title."""
    subtitle: str
    """Subtitle; may be empty."""
    date: str
    """Date of the brief (ISO 8601); may be empty."""
    classification: str
    """Classification banner text; may be empty."""
    themes: tuple[ThemeTag, ...]
    """Themes in configured order."""
    top_figures: tuple[KeyFigure, ...]
    """The first sidebar figures."""
    search_text: str
    """The distinct words of the manifest's search text, in order of first use (words match the same)."""

    @property
    def size(self) -> int:
        """About how many bytes it holds, for the cache's budget."""
        strings = [self.title, self.subtitle, self.date, self.classification, self.search_text]
        strings += [s for t in self.themes for s in (t.id, t.title)]
        strings += [s for f in self.top_figures for s in (f.display, f.label, f.text, f.kind)]
        return sum(map(sys.getsizeof, strings)) + 64 * (len(self.themes) + len(self.top_figures) + 1)


def summarise(manifest: Manifest) -> BriefSummary:
    """The summary of a parsed manifest.

    Only distinct words are kept of the search text: a search term holds no space, so it occurs in
    the text exactly when it occurs in one of its words.
    """
    words = " ".join(dict.fromkeys(manifest.search_text.split()))
    if len(words) > MAX_SEARCH_CHARS:
        cut = words.rfind(" ", 0, MAX_SEARCH_CHARS + 1)
        words = words[: cut if cut > 0 else MAX_SEARCH_CHARS]
    return BriefSummary(
        manifest.title,
        manifest.subtitle,
        manifest.date,
        manifest.classification,
        manifest.themes,
        manifest.sidebar[:TOP_FIGURES],
        words,
    )


def read_summary(path: Path, signature: Signature | None = None) -> BriefSummary | None:
    """The summary of a brief's JSON file (a worker job); None when it is not a JSON object or too big to parse.

    Raises ``OSError`` when the file cannot be read (so the next request tries again), ``SetChanged``
    when it is no longer the file with ``signature``.
    """
    try:
        manifest = parse_manifest(path.read_bytes() if signature is None else read_exact(path, signature))
    except MemoryError:
        return None
    return summarise(manifest) if manifest else None
