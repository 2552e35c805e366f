"""JSON writer: the brief's content model, as the README's JSON contract documents it."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import Actor, Brief, Cite, Event, Figure, Quote, SummaryItem, ThemeDigest
from .analyst_json import analyst_json
from .base import RenderJob

SCHEMA_VERSION = 1


def write_json(job: RenderJob) -> bytes:
    """The brief as compact UTF-8 JSON, one top-level field a line (indenting every level made it a third larger).

    (``python -m json.tool brief.json`` shows it indented.)
    """
    data = brief_to_json(job.brief)
    fields = (
        f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}"
        for key, value in data.items()
    )
    return ("{\n" + ",\n".join(fields) + "\n}\n").encode("utf-8")


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """The JSON object of a brief (plain dicts and lists, ready for ``json.dumps``)."""
    return {
        "schema": SCHEMA_VERSION,
        "generator": f"briefgen {__version__}",
        "name": brief.name,
        "title": brief.title,
        "subtitle": brief.subtitle,
        "date": brief.date,
        "classification": brief.classification,
        "author": brief.author,
        "sources": [
            {
                "id": s.id,
                "number": s.number,
                "title": s.title,
                "path": s.path,
                "sha256": s.sha256,
                "reader": s.reader,
                "url": s.url,
                "outlet": s.outlet,
                "date": s.date,
            }
            for s in brief.sources
        ],
        "bluf": [_item(i) for i in brief.bluf],
        "themes": [_theme(t) for t in brief.themes],
        "sidebar": [_figure(f) for f in brief.sidebar],
        "figures": [_figure(f) for f in brief.figures],
        "actors": [_actor(a) for a in brief.actors],
        "quotes": [_quote(q) for q in brief.quotes],
        "timeline": [_event(e) for e in brief.timeline],
        "discrepancies": [
            {"label": d.label, "kind": d.kind, "unit": d.unit, "figures": [_figure(f) for f in d.figures]}
            for d in brief.discrepancies
        ],
        "passages": [
            {"source": p.source, "paragraph": p.paragraph, "start": p.start, "end": p.end, "text": p.text}
            for p in brief.passages
        ],
        "assignments": [
            {
                "source": a.source,
                "paragraph": a.paragraph,
                "theme": a.theme,
                "score": a.score,
                "terms": list(a.terms),
                "basis": a.basis,
            }
            for a in brief.assignments
        ],
        **analyst_json(brief),  # issue 13: the desk's sections and their checked claims
    }


def _cite(c: Cite) -> dict[str, Any]:
    return {"source": c.source, "paragraph": c.paragraph, "start": c.start, "end": c.end}


def _item(i: SummaryItem) -> dict[str, Any]:
    return {
        "text": i.text,
        "cite": _cite(i.cite),
        "score": i.score,
        "also": [_cite(c) for c in i.also],
        "date": i.date,
        "stale": i.stale,
        "speaker": i.speaker,
    }


def _theme(t: ThemeDigest) -> dict[str, Any]:
    return {
        "id": t.id,
        "title": t.title,
        "description": t.description,
        "covered": t.covered,
        "reported": t.reported,
        "mentioned_in_passing": [_cite(c) for c in t.passing],
        "summary": [_item(i) for i in t.summary],
        "figures": [_figure(f) for f in t.figures],
        "actors": [a.name for a in t.actors],
        "quotes": [_quote(q) for q in t.quotes],
        "timeline": [_event(e) for e in t.events],
    }


def _figure(f: Figure) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": f.text,
        "value": f.value,
        "unit": f.unit,
        "kind": f.kind,
        "label": f.label,
        "label_complete": f.label_complete,
        "theme": f.theme,
        "sidebar": f.sidebar,
        "display": f.display,
        "qualifier": f.qualifier,
        "iso": f.iso,
        "salience": round(f.salience, 4),
        "cite": _cite(f.cite),
        "also": [_cite(c) for c in f.also],
    }
    if f.kind == "range":
        out["low"] = f.low
        out["high"] = f.high
    return out


def _actor(a: Actor) -> dict[str, Any]:
    return {
        "name": a.name,
        "role": a.role,
        "kind": a.kind,
        "mentions": a.mentions,
        "aliases": list(a.aliases),
        "themes": list(a.themes),
        "cite": _cite(a.cite) if a.cite else None,
    }


def _quote(q: Quote) -> dict[str, Any]:
    return {"speaker": q.speaker, "text": q.text, "theme": q.theme, "cite": _cite(q.cite)}


def _event(e: Event) -> dict[str, Any]:
    return {"date": e.date, "label": e.label, "text": e.text, "theme": e.theme, "cite": _cite(e.cite)}
