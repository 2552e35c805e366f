"""The parts of a brief that ``changes`` compares, from a Brief or from a brief's JSON file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BriefgenError
from ..model import FIGURE_KINDS, Brief, Cite, Figure, Quote


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One build of a brief, as far as comparing builds needs."""

    title: str
    """Title."""
    date: str
    """Date (ISO 8601)."""
    sources: dict[str, str]
    """Source id -> path of the source file."""
    figures: tuple[Figure, ...]
    """Every figure, in source order."""
    themes: tuple[tuple[str, str, bool], ...]
    """(id, title, covered) of each theme."""
    actors: tuple[str, ...]
    """Actor names."""
    quotes: tuple[Quote, ...]
    """Quotes."""

    def where(self, cite: Cite) -> str:
        """A cite as a reader finds it: ``cambodia.txt ¶24``."""
        return f"{self.sources.get(cite.source, cite.source)} ¶{cite.paragraph + 1}"


def snapshot(brief: Brief) -> Snapshot:
    """The snapshot of a composed brief."""
    return Snapshot(
        title=brief.title,
        date=brief.date,
        sources={s.id: s.path for s in brief.sources},
        figures=brief.figures,
        themes=tuple((t.id, t.title, t.covered) for t in brief.themes),
        actors=tuple(a.name for a in brief.actors),
        quotes=brief.quotes,
    )


def load_snapshot(path: Path) -> Snapshot:
    """The snapshot of a brief's JSON file (``briefs/<name>/<name>.json``); a clear error when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriefgenError(f"{path}: not found; give a brief's JSON file such as briefs/<name>/<name>.json") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BriefgenError(f"{path}: not JSON ({exc.__class__.__name__}); give a brief's .json output") from None
    try:
        return Snapshot(
            title=str(data["title"]),
            date=str(data.get("date", "")),
            sources={str(s["id"]): str(s.get("path", s["id"])) for s in data.get("sources", [])},
            figures=tuple(_figure(f) for f in data.get("figures", [])),
            themes=tuple((str(t["id"]), str(t["title"]), bool(t.get("covered", True))) for t in data.get("themes", [])),
            actors=tuple(str(a["name"]) for a in data.get("actors", [])),
            quotes=tuple(
                Quote(str(q.get("speaker", "")), str(q["text"]), _cite(q["cite"]), q.get("theme"))
                for q in data.get("quotes", [])
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BriefgenError(
            f"{path}: not a briefgen brief JSON (missing or bad {exc}); give a brief's .json output"
        ) from None


def _cite(data: dict[str, Any]) -> Cite:
    return Cite(str(data["source"]), int(data["paragraph"]), int(data["start"]), int(data["end"]))


def _figure(data: dict[str, Any]) -> Figure:
    kind = data["kind"]
    if kind not in FIGURE_KINDS:
        raise ValueError(f"figure kind {kind!r}")
    return Figure(
        text=str(data["text"]),
        value=float(data["value"]),
        unit=str(data["unit"]),
        kind=kind,
        label=str(data.get("label", "")),
        cite=_cite(data["cite"]),
        low=data.get("low"),
        high=data.get("high"),
        qualifier=data.get("qualifier"),
        iso=data.get("iso"),
        theme=data.get("theme"),
        display=str(data.get("display", "")),
        also=tuple(_cite(c) for c in data.get("also", [])),
    )
