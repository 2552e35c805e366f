"""Reading one brief's JSON (the README's contract) into the frozen facts the site shows."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..links import safe_url
from ..model import Passage


@dataclass(frozen=True, slots=True)
class ThemeTag:
    """A theme of a brief, as the library lists it."""

    id: str
    """Theme id from brief.toml."""
    title: str
    """Theme title."""
    covered: bool
    """False when the sources do not report on the theme."""


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure of the brief's key-figure sidebar."""

    display: str
    """Short display form (``"$588M"``); the surface text when no display form was given."""
    label: str
    """What the number measures."""
    text: str
    """Surface form exactly as in the source."""
    kind: str
    """Figure kind (money, percent, count…)."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A source as the brief lists it."""

    id: str
    """Source id used by citations."""
    number: int
    """1-based citation number."""
    title: str
    """Source title."""
    url: str | None = None
    """Original address, when known."""
    outlet: str | None = None
    """Publisher, when known."""


@dataclass(frozen=True, slots=True)
class CitedText:
    """The text of one cited span, as the JSON records it next to its cite."""

    source: str
    """Source id."""
    start: int
    """Offset of the first cited character."""
    end: int
    """Offset one past the last cited character."""
    text: str
    """The cited text (a summary sentence, figure surface, quote or event)."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the site needs from a brief's JSON."""

    title: str
    """Title."""
    subtitle: str
    """Subtitle; may be empty."""
    date: str
    """Date of the brief (ISO 8601); may be empty."""
    classification: str
    """Classification banner text; may be empty."""
    author: str
    """Issuing office; may be empty."""
    themes: tuple[ThemeTag, ...]
    """Themes in configured order."""
    sidebar: tuple[KeyFigure, ...]
    """Key figures, most salient first."""
    sources: tuple[SourceInfo, ...]
    """Sources, by citation number."""
    passages: tuple[Passage, ...]
    """Cited paragraphs (empty for briefs written before the JSON gained them)."""
    cited: tuple[CitedText, ...]
    """Every cited span whose text the JSON records."""
    search_text: str
    """Text the library search matches words against, folded by ``normalise``."""

    def source(self, source_id: str) -> SourceInfo | None:
        """The source with this id, if the brief lists it."""
        return next((s for s in self.sources if s.id == source_id), None)


def parse_manifest(data: bytes) -> Manifest | None:
    """The manifest of a brief's JSON bytes; None when they are not a JSON object."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    themes = tuple(
        ThemeTag(_str(t, "id"), _str(t, "title") or _str(t, "id"), t.get("covered") is not False)
        for t in _dicts(obj, "themes")
    )
    sidebar = tuple(
        KeyFigure(_str(f, "display") or _str(f, "text"), _str(f, "label"), _str(f, "text"), _str(f, "kind"))
        for f in _dicts(obj, "sidebar")
    )
    sources = tuple(
        SourceInfo(
            _str(s, "id"), _int(s, "number", n), _str(s, "title") or _str(s, "path"), safe_url(_opt(s, "url")),
            _opt(s, "outlet"),
        )
        for n, s in enumerate(_dicts(obj, "sources"), start=1)
    )
    passages = tuple(
        Passage(_str(p, "source"), _int(p, "paragraph", 0), _int(p, "start", 0), _int(p, "end", 0), _str(p, "text"))
        for p in _dicts(obj, "passages")
    )
    cited = tuple(_cited_texts(obj))
    return Manifest(
        title=_str(obj, "title"),
        subtitle=_str(obj, "subtitle"),
        date=_str(obj, "date"),
        classification=_str(obj, "classification"),
        author=_str(obj, "author"),
        themes=themes,
        sidebar=sidebar,
        sources=sources,
        passages=passages,
        cited=cited,
        search_text=_search_text(obj, sidebar, sources, cited),
    )


def _search_text(
    obj: dict[str, Any], sidebar: tuple[KeyFigure, ...], sources: tuple[SourceInfo, ...], cited: tuple[CitedText, ...]
) -> str:
    parts = [_str(obj, key) for key in ("name", "title", "subtitle", "date", "classification", "author")]
    parts += [f"{_str(t, 'title')} {_str(t, 'description')}" for t in _dicts(obj, "themes")]
    parts += [f"{f.display} {f.text} {f.label}" for f in sidebar]
    parts += [f"{s.title} {s.outlet or ''}" for s in sources]
    parts += [_str(a, "name") for a in _dicts(obj, "actors")]
    parts += [c.text for c in cited]
    return normalise(" ".join(parts))


def normalise(text: str) -> str:
    """Text folded for matching: case-folded, accents removed, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _cited_texts(obj: dict[str, Any]) -> Iterator[CitedText]:
    items: list[dict[str, Any]] = [*_dicts(obj, "bluf"), *_dicts(obj, "sidebar"), *_dicts(obj, "figures")]
    items += [*_dicts(obj, "quotes"), *_dicts(obj, "timeline")]
    for theme in _dicts(obj, "themes"):
        items += [*_dicts(theme, "summary"), *_dicts(theme, "figures"), *_dicts(theme, "quotes")]
        items += _dicts(theme, "timeline")
    seen: set[tuple[str, int, int]] = set()
    for item in items:
        cite = item.get("cite")
        text = _str(item, "text")
        if not isinstance(cite, dict) or not text:
            continue
        key = (_str(cite, "source"), _int(cite, "start", -1), _int(cite, "end", -1))
        if key not in seen:
            seen.add(key)
            yield CitedText(*key, text)


def _dicts(obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = obj.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _opt(obj: dict[str, Any], key: str) -> str | None:
    return _str(obj, key) or None


def _int(obj: dict[str, Any], key: str, default: int) -> int:
    value = obj.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else default
