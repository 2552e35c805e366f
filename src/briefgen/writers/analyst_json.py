"""The JSON of the analyst's sections and checked claims (``analyst[]``, ``claims[]``), for the JSON writer."""

from __future__ import annotations

from typing import Any

from ..changes.json import changes_json
from ..model import AnalystSection, Brief, Cite, Claim, JudgementBlock


def analyst_json(brief: Brief) -> dict[str, Any]:
    """``analyst``, ``claims``, ``language`` (empty without analysis.md) and ``changes`` (None without compare_with)."""
    return {
        "analyst": [_section(s) for s in brief.analyst],
        "claims": [_claim(c) for c in brief.claims],
        "language": [
            {"rule": f.rule, "line": f.line, "section": f.section, "text": f.text, "message": f.message}
            for f in brief.language
        ],
        "changes": changes_json(brief.changes) if brief.changes else None,
    }


def _cite(c: Cite) -> dict[str, Any]:
    return {"source": c.source, "paragraph": c.paragraph, "start": c.start, "end": c.end}


def _section(s: AnalystSection) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "line": s.line, "blocks": [_block(b) for b in s.blocks]}


def _block(b: JudgementBlock) -> dict[str, Any]:
    return {
        "text": b.text,
        "line": b.line,
        "item": b.item,
        "runs": [
            {"text": r.text, "strong": r.strong, "em": r.em, "cites": [_cite(c) for c in r.cites]} for r in b.runs
        ],
    }


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "text": c.text,
        "line": c.line,
        "kind": c.kind,
        "status": c.status,
        "section": c.section,
        "cites": [_cite(x) for x in c.cites],
        "source_value": c.source_value or None,
        "forward": c.forward,
    }
