"""Score figures: spans found (precision, recall, F1), then value and kind, theme, qualifier and label of those found.

A gold figures.toml with ``scope = "money-percent"`` lists only money, percentages, shares and
scaled counts; against it only the predictions of that sort are judged: money and percent figures
(and ranges of money or percent), plus any prediction that overlaps a gold figure (a scaled count,
or a share read as another kind). Values are then right within 0.5 % (or 0.01), so a share
written "two-thirds" may be 66.67 or 66.666…; the qualifier is judged through the bound it means
(data/qualifier_bounds.toml) and the label by the gold's required words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..model import Figure
from ..resources import data_toml
from .gold import NO_THEME, GoldFigure
from .match import match_spans, overlap
from .scores import Accuracy, Counts

REL_TOLERANCE = 0.005
"""A scoped figure's value is right within this share of the gold value…"""
ABS_TOLERANCE = 0.01
"""… or within this much (a percentage written 66.67 against 66.666…)."""
MIN_PREFIX = 4
"""A label word and a required term match when one starts with the other and they share this many letters."""

_CURRENCY = re.compile(r"[A-Z]{3}")
_WORD = re.compile(r"\w+")


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
    qualifier: str | None = None
    """Qualifier words kept with it ("more than"), None when none."""
    label: str = ""
    """What it measures, as the extractor captions it."""
    complete: bool = True
    """False when the extractor marks its label incomplete (kept out of sidebars, callouts and charts)."""


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
    qualifier: Accuracy = field(default_factory=Accuracy)
    """Matched figures whose qualifier means the gold's bound (gold figures that give a bound)."""
    label: Accuracy = field(default_factory=Accuracy)
    """Matched figures whose label holds every required term (gold figures that give label_terms)."""
    label_shown: Accuracy = field(default_factory=Accuracy)
    """The same, over the figures whose label is marked complete (those a sidebar, callout or chart may show)."""


def found(figure: Figure) -> Found:
    """A briefgen figure as scoring sees it."""
    return Found(figure.cite.start, figure.cite.end, figure.text, figure.kind, figure.value,
                 figure.low, figure.high, figure.unit, figure.theme, figure.qualifier, figure.label,
                 figure.label_complete)


def score_figures(
    gold: Sequence[GoldFigure], predicted: Sequence[Found], check_kind: bool = True, scope: str = ""
) -> FigureScore:
    """Match predictions to gold by overlapping spans and judge each pair's reading.

    ``check_kind`` False (an extractor without our kinds, qualifiers and labels) judges the value
    only. ``scope`` is the gold's figure scope: "" (every kind) or "money-percent"."""
    if scope:
        predicted = [p for p in predicted if in_scope(p, gold)]
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    pairs = match_spans(required, predicted)
    matched = set(pairs.values())
    errors: list[str] = []
    fn = 0
    value_kind = theme = qualifier = label = label_shown = Accuracy()
    for i, g in enumerate(required):
        j = pairs.get(i)
        if j is None:
            fn += 1
            errors.append(f"missed  {g.text!r} ({g.kind} {_num(g.value)})" + (f": {g.label}" if g.label else ""))
            continue
        p = predicted[j]
        problem = _reading_problem(g, p, check_kind, loose=bool(scope))
        value_kind += Accuracy(problem is None, 1)
        if problem:
            errors.append(f"wrong   {g.text!r} read as {p.text!r}: {problem}")
        if not check_kind:
            continue
        theme += Accuracy((p.theme or NO_THEME) in g.themes, 1)
        if g.bound is not None:
            got = bound_of(p.qualifier)
            qualifier += Accuracy(got == g.bound, 1)
            if got != g.bound:
                errors.append(f"bound   {g.text!r}: qualifier {p.qualifier or ''!r} ({got or 'exact'}), "
                              f"expected {g.qualifier!r} ({g.bound or 'exact'})")
        if g.label_terms is not None:
            lacking = missing_terms(p.label, g.label_terms)
            label += Accuracy(not lacking, 1)
            if p.complete:
                label_shown += Accuracy(not lacking, 1)
            if lacking:
                mark = "label  " if p.complete else "label~ "  # ~: marked incomplete, never shown in a box
                errors.append(f"{mark} {g.text!r}: {p.label!r} lacks {' + '.join(lacking)} (gold: {g.label})")
    fp = 0
    for j, p in enumerate(predicted):
        if j not in matched and not any(overlap(g, p) for g in optional):
            fp += 1
            errors.append(f"extra   {p.text!r} ({p.kind} {_num(p.value)})")
    tp = len(pairs)
    return FigureScore(Counts(tp, fp, fn), value_kind, theme, tuple(errors), qualifier, label, label_shown)


def in_scope(p: Found, gold: Sequence[GoldFigure]) -> bool:
    """True when a money-percent gold judges the prediction: money, percent, a range of either,
    or anything that overlaps a gold figure."""
    if p.kind in ("money", "percent"):
        return True
    if p.kind == "range" and (p.unit == "%" or _CURRENCY.fullmatch(p.unit)):
        return True
    return any(overlap(g, p) for g in gold)


@cache
def _bounds() -> dict[str, str]:
    table: dict[str, str] = data_toml("qualifier_bounds.toml")["bounds"]
    return {" ".join(k.casefold().split()): v for k, v in table.items()}


def bound_of(qualifier: str | None) -> str:
    """The bound a qualifier means ("gt", "ge", "lt", "le", "approx"; "" exact or unknown)."""
    if not qualifier:
        return ""
    return _bounds().get(" ".join(qualifier.casefold().split()), "")


def missing_terms(label: str, terms: Sequence[str]) -> list[str]:
    """The required terms a label lacks. A term is one or more words with ``|`` between acceptable
    alternatives; a term word matches a label word when they are equal, or when one starts with the
    other and they share at least ``MIN_PREFIX`` letters (case ignored)."""
    words = _WORD.findall(label.casefold())
    return [term for term in terms if not any(_has(words, alt) for alt in term.split("|") if alt.strip())]


def _has(words: Sequence[str], alternative: str) -> bool:
    return all(any(_word_match(w, t) for w in words) for t in _WORD.findall(alternative.casefold()))


def _word_match(word: str, term: str) -> bool:
    if word == term:
        return True
    short, long = sorted((word, term), key=len)
    return len(short) >= MIN_PREFIX and long.startswith(short)


def _reading_problem(g: GoldFigure, p: Found, check_kind: bool, loose: bool) -> str | None:
    same = _close if loose else _same
    if check_kind and p.kind != g.kind and not (p.kind == "range" and g.low is not None):
        return f"kind {p.kind}, expected {g.kind}"
    if g.value is not None and not same(p.value, g.value):
        return f"value {_num(p.value)}, expected {_num(g.value)}"
    if g.low is not None and not (same(p.low, g.low) and same(p.high, g.high)):
        return f"bounds {_num(p.low)}–{_num(p.high)}, expected {_num(g.low)}–{_num(g.high)}"
    if check_kind and g.unit is not None and p.unit != g.unit:
        return f"unit {p.unit!r}, expected {g.unit!r}"
    return None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)


def _num(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"
