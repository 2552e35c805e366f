"""Score figures: spans found (precision, recall, F1), then value and kind, and theme, of those found."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Figure
from .gold import NO_THEME, GoldFigure
from .match import match_spans
from .scores import Accuracy, Counts


@dataclass(frozen=True, slots=True)
class Found:
    """A predicted figure reduced to what scoring compares (any extractor's output fits)."""

    start: int
    """Offset of its surface."""
    end: int
    """One past it."""
    text: str
    """Surface."""
    kind: str = ""
    """Kind, or "" when the extractor gives none."""
    value: float | None = None
    """Value in base units."""
    low: float | None = None
    """Lower bound of a range."""
    high: float | None = None
    """Upper bound of a range."""
    unit: str = ""
    """Unit."""
    theme: str | None = None
    """Theme id of its sentence."""


@dataclass(frozen=True, slots=True)
class FigureScore:
    """Figure scores of one text."""

    counts: Counts
    """Spans found against the gold."""
    value_kind: Accuracy
    """Matched figures whose kind and value (and bounds, unit when the gold gives them) are right."""
    theme: Accuracy
    """Matched figures whose theme the gold accepts."""
    errors: tuple[str, ...] = ()
    """One line per miss, false alarm or wrong reading."""


def found(figure: Figure) -> Found:
    """A briefgen figure as scoring sees it."""
    return Found(figure.cite.start, figure.cite.end, figure.text, figure.kind, figure.value,
                 figure.low, figure.high, figure.unit, figure.theme)


def score_figures(gold: Sequence[GoldFigure], predicted: Sequence[Found], check_kind: bool = True) -> FigureScore:
    """Match predictions to gold by overlapping spans and judge each pair's reading."""
    pairs = match_spans(gold, predicted)
    matched = set(pairs.values())
    errors: list[str] = []
    tp = fn = 0
    value_kind = theme = Accuracy()
    for i, g in enumerate(gold):
        j = pairs.get(i)
        if j is None:
            if not g.optional:
                fn += 1
                errors.append(f"missed  {g.text!r} ({g.kind} {_num(g.value)})")
            continue
        if g.optional:
            continue
        tp += 1
        p = predicted[j]
        problem = _reading_problem(g, p, check_kind)
        value_kind += Accuracy(problem is None, 1)
        if problem:
            errors.append(f"wrong   {g.text!r} read as {p.text!r}: {problem}")
        if check_kind:
            theme += Accuracy((p.theme or NO_THEME) in g.themes, 1)
    fp = 0
    for j, p in enumerate(predicted):
        if j not in matched and not _touches_optional(p, gold):
            fp += 1
            errors.append(f"extra   {p.text!r} ({p.kind} {_num(p.value)})")
    return FigureScore(Counts(tp, fp, fn), value_kind, theme, tuple(errors))


def _reading_problem(g: GoldFigure, p: Found, check_kind: bool) -> str | None:
    if check_kind and p.kind != g.kind:
        return f"kind {p.kind}, expected {g.kind}"
    if g.value is not None and not _same(p.value, g.value):
        return f"value {_num(p.value)}, expected {_num(g.value)}"
    if g.low is not None and not (_same(p.low, g.low) and _same(p.high, g.high)):
        return f"bounds {_num(p.low)}–{_num(p.high)}, expected {_num(g.low)}–{_num(g.high)}"
    if check_kind and g.unit is not None and p.unit != g.unit:
        return f"unit {p.unit!r}, expected {g.unit!r}"
    return None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _touches_optional(p: Found, gold: Sequence[GoldFigure]) -> bool:
    return any(g.optional and g.start < p.end and p.start < g.end for g in gold)


def _num(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"
