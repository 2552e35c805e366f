"""Compare two snapshots of a brief: figures new, gone and changed in value; themes, actors and quotes.

Figures are compared as quantities (money, percentages, counts, ranges, durations), source by
source: two are the same quantity when they have the same kind and unit and their labels name the
same thing (their content-word stems: one holds the other's, or they share at least half); the
same source is tried first, then any (a renamed file). The same quantity with another value is
*changed*; a figure no source of the older brief matches is *new*, one the newer lacks *gone*.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..analyze.terms import content_terms
from ..model import BriefChanges, Cite, Figure, FigureChange
from ..reconcile.rules import QUANTITY_KINDS
from .snapshot import Snapshot

SAME_LABEL = 0.5
"""Least share of label stems (Jaccard) for two figures to be one quantity, when neither label holds the other."""


def compare_snapshots(old: Snapshot, new: Snapshot) -> BriefChanges:
    """What changed from ``old`` to ``new``."""
    covered_before = {t[0] for t in old.themes if t[2]}
    covered_now = {t[0] for t in new.themes if t[2]}
    titles = {t[0]: t[1] for t in (*old.themes, *new.themes)}
    known_quotes = {_quote_key(q.text) for q in old.quotes}
    return BriefChanges(
        previous=old.title,
        previous_date=old.date,
        figures=tuple(_figure_changes(old, new)),
        themes_covered=tuple(titles[t] for t, _title, on in new.themes if on and t not in covered_before),
        themes_dropped=tuple(titles[t] for t, _title, on in old.themes if on and t not in covered_now),
        actors=tuple(name for name in new.actors if name not in set(old.actors)),
        quotes=tuple(q for q in new.quotes if _quote_key(q.text) not in known_quotes),
    )


def _quote_key(text: str) -> str:
    return " ".join(text.split()).lower()


def _quantities(figures: Sequence[Figure]) -> list[Figure]:
    return [f for f in figures if f.kind in QUANTITY_KINDS and f.unit not in ("year", "date")]


def _figure_changes(old: Snapshot, new: Snapshot) -> list[FigureChange]:
    """Figures compared source by source: each figure is counted once per source reporting it (its cite and
    ``also``), so a value one source updates is a change even while another source still gives the old one."""
    before = _occurrences(_quantities(old.figures))
    after = _occurrences(_quantities(new.figures))
    terms = {id(f): frozenset(content_terms(f.label)) for f, _c in (*before, *after)}
    matched_old: set[int] = set()
    matched_new: set[int] = set()
    pairs: list[tuple[Occurrence, Occurrence]] = []
    for same_source in (True, False):
        for exact in (True, False):
            for j, (figure, cite) in enumerate(after):
                if j in matched_new:
                    continue
                best: tuple[float, int] | None = None
                for i, (previous, was) in enumerate(before):
                    if i in matched_old or (same_source and was.source != cite.source):
                        continue
                    if previous.kind != figure.kind or previous.unit != figure.unit:
                        continue
                    if exact:
                        score = 2.0 if _key(previous) == _key(figure) else 0.0
                    else:
                        score = _similarity(terms[id(figure)], terms[id(previous)])
                    if score > 0 and (best is None or score > best[0]):
                        best = (score, i)
                if best is not None:
                    matched_old.add(best[1])
                    matched_new.add(j)
                    if not exact:
                        pairs.append((before[best[1]], after[j]))
    out: list[FigureChange] = []
    seen: set[tuple[int, int]] = set()
    for (previous, was), (figure, cite) in pairs:
        if _value(previous) == _value(figure) or (id(previous), id(figure)) in seen:
            continue
        seen.add((id(previous), id(figure)))
        out.append(FigureChange("changed", figure.label, figure, previous, new.where(cite), old.where(was)))
    kept_new = {id(after[j][0]) for j in matched_new}
    kept_old = {id(before[i][0]) for i in matched_old}
    out += [FigureChange("new", f.label, f, None, new.where(f.cite)) for f in _unique(after) if id(f) not in kept_new]
    out += [
        FigureChange("gone", f.label, None, f, "", old.where(f.cite)) for f in _unique(before) if id(f) not in kept_old
    ]
    return out


Occurrence = tuple[Figure, Cite]
"""A figure as one source reports it."""


def _occurrences(figures: Sequence[Figure]) -> list[Occurrence]:
    return [(f, c) for f in figures for c in (f.cite, *f.also)]


def _unique(occurrences: Sequence[Occurrence]) -> list[Figure]:
    return list({id(f): f for f, _c in occurrences}.values())


def _key(figure: Figure) -> tuple[str, str, tuple[float, float | None, float | None], str]:
    return figure.kind, figure.unit, _value(figure), " ".join(figure.label.lower().split())


def _value(figure: Figure) -> tuple[float, float | None, float | None]:
    return figure.value, figure.low, figure.high


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """0 when the labels name different things; else how much they share."""
    shared = a & b
    if not shared:
        return 0.0
    score = len(shared) / len(a | b)
    if a <= b or b <= a or score >= SAME_LABEL:
        return score + (1.0 if a == b else 0.0)
    return 0.0
