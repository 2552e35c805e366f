"""Citations -> the source passages the brief page shows when one is clicked, with the cited span marked."""

from __future__ import annotations

from dataclasses import dataclass

from .content import CiteLink
from .manifest import Manifest

#: Context kept on each side of the cited span before the passage is cut with an ellipsis.
CONTEXT_CHARS = 600
#: Longest character offset read from a citation key; longer numbers make the key unreadable.
MAX_OFFSET_DIGITS = 18


@dataclass(frozen=True, slots=True)
class PassageView:
    """What the citation dialog shows for one citation."""

    key: str
    """The citation's ``data-cite`` key."""
    number: str
    """The citation number."""
    source_title: str
    """Title of the cited source; empty when the brief does not list it."""
    source_url: str | None
    """Original address of the source, when known."""
    before: str
    """Passage text before the cited span."""
    cited: str
    """The cited span; empty when the brief records no text for it."""
    after: str
    """Passage text after the cited span."""
    in_context: bool
    """True when the span is shown inside its paragraph, False for the cited text alone."""
    location: str
    """Where the span stands (``"Paragraph 9, characters 1296–1429"``)."""


def parse_key(key: str) -> tuple[str, int, int] | None:
    """``cite-SOURCE-START-END`` -> (source, start, end); the source id may itself hold hyphens."""
    parts = key.removeprefix("cite-").rsplit("-", 2)
    if not key.startswith("cite-") or len(parts) != 3 or not parts[0]:
        return None
    source, start, end = parts
    if not all(n.isascii() and n.isdigit() and len(n) <= MAX_OFFSET_DIGITS for n in (start, end)):
        return None
    if int(end) < int(start):
        return None
    return source, int(start), int(end)


def passage_views(cites: tuple[CiteLink, ...], manifest: Manifest | None) -> tuple[PassageView, ...]:
    """A view for every citation whose key can be read."""
    views = []
    for cite in cites:
        parsed = parse_key(cite.key)
        if parsed is not None:
            views.append(_view(cite, *parsed, manifest))
    return tuple(views)


def _view(cite: CiteLink, source_id: str, start: int, end: int, manifest: Manifest | None) -> PassageView:
    source = manifest.source(source_id) if manifest else None
    title = source.title if source else ""
    url = source.url if source and source.url and source.url.lower().startswith(("https://", "http://")) else None
    location = f"characters {start}–{end}"
    for passage in manifest.passages if manifest else ():
        offset = start - passage.start
        if passage.source == source_id and passage.start <= start and end <= passage.end:
            text = passage.text
            before, cited, after = text[:offset], text[offset : offset + end - start], text[offset + end - start :]
            return PassageView(
                cite.key,
                cite.number,
                title,
                url,
                _tail(before),
                cited,
                _head(after),
                True,
                f"Paragraph {passage.paragraph + 1}, {location}",
            )
    recorded = manifest.cited if manifest else ()
    known = next((c.text for c in recorded if (c.source, c.start, c.end) == (source_id, start, end)), "")
    return PassageView(cite.key, cite.number, title, url, "", known, "", False, location.capitalize())


def _tail(text: str) -> str:
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[-CONTEXT_CHARS:]
    return "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut


def _head(text: str) -> str:
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[:CONTEXT_CHARS]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
