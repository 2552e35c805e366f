"""Changes between two briefs as plain JSON data (``briefgen diff --json`` and the brief JSON's ``changes``)."""

from __future__ import annotations

from typing import Any

from ..model import BriefChanges, Cite, Figure, FigureChange


def changes_json(changes: BriefChanges) -> dict[str, Any]:
    """The JSON object of a comparison."""
    return {
        "previous": changes.previous,
        "previous_date": changes.previous_date,
        "figures": [_change(c) for c in changes.figures],
        "themes_covered": list(changes.themes_covered),
        "themes_dropped": list(changes.themes_dropped),
        "actors": list(changes.actors),
        "quotes": [{"speaker": q.speaker, "text": q.text, "cite": _cite(q.cite)} for q in changes.quotes],
    }


def _cite(c: Cite) -> dict[str, Any]:
    return {"source": c.source, "paragraph": c.paragraph, "start": c.start, "end": c.end}


def _side(figure: Figure | None, where: str) -> dict[str, Any] | None:
    if figure is None:
        return None
    return {
        "text": figure.text, "value": figure.value, "label": figure.label, "cite": _cite(figure.cite), "where": where
    }


def _change(c: FigureChange) -> dict[str, Any]:
    return {
        "status": c.status,
        "label": c.label,
        "old": _side(c.old, c.old_where),
        "new": _side(c.new, c.new_where),
    }
