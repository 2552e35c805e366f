"""A brief page's parts read from its files (sanitised HTML, citation passages), computed in a worker."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .content import BriefContent, extract_content
from .exact import SetChanged, Signature, read_exact
from .manifest import Manifest, parse_manifest
from .passages import PassageView, passage_views


@dataclass(frozen=True, slots=True)
class BriefView:
    """What a brief's page shows of its HTML and JSON files."""

    content: BriefContent
    """Its sanitised HTML rendering."""
    passages: tuple[PassageView, ...]
    """The source passage of each citation."""

    @property
    def size(self) -> int:
        """About how many bytes it holds, for the cache's budget."""
        strings = [self.content.html]
        strings += [s for c in self.content.cites for s in (c.key, c.number, c.title)]
        strings += [s for p in self.passages for s in (p.key, p.source_title, p.before, p.cited, p.after, p.location)]
        return sum(map(sys.getsizeof, strings)) + 128 * (len(self.content.cites) + len(self.passages) + 1)


def read_view(
    html: Path, json: Path | None, signatures: tuple[Signature, Signature | None] | None = None
) -> BriefView | None:
    """A brief page's parts from its HTML file and, for the passages, its JSON (a worker job).

    None when the HTML is too big to read; raises ``OSError`` when it cannot be read (so the next
    request tries again). An unreadable JSON only leaves the citations without passages. With
    ``signatures`` (of the HTML and the JSON, as listed), both files must still be those files,
    else ``SetChanged``: the page's parts then come from one published set.
    """
    html_signature, json_signature = signatures if signatures is not None else (None, None)
    try:
        data = html.read_bytes() if html_signature is None else read_exact(html, html_signature)
        content = extract_content(data.decode("utf-8", errors="replace"))
    except MemoryError:
        return None
    return BriefView(content, passage_views(content.cites, _manifest(json, json_signature)))


def _manifest(json: Path | None, signature: Signature | None) -> Manifest | None:
    if json is None:
        return None
    try:
        return parse_manifest(json.read_bytes() if signature is None else read_exact(json, signature))
    except SetChanged:
        raise
    except (OSError, MemoryError):
        return None
