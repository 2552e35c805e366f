"""When two figures from different sources are the same quantity, and when they give the same value."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.terms import content_terms
from ..model import Actor, Figure, Sentence
from ..resources import data_toml

QUANTITY_KINDS = frozenset({"money", "percent", "count", "duration", "range"})
"""Kinds whose differing values are flagged; years, dates and ordinals never are."""
NAME_WINDOW = 6
"""Words on each side of a figure searched for the names that say whose quantity it is."""
MERGE_OVERLAP = 0.6
"""Least share of label terms (Jaccard) two equal figures need to be one, when neither label holds the other."""
CONFLICT_OVERLAP = 0.7
"""Least share of label terms two differing figures need to be one quantity, when neither label holds the other."""
DERIVED_OVERLAP = 0.5
"""The same for an amount derived from a share of a total, whose label is the share's phrase (looser wording)."""

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"\S+")
_TIME_UNITS = frozenset({"year", "date"})


@dataclass(frozen=True, slots=True)
class Facts:
    """What decides whether a figure matches another: its label terms and its sentence's context."""

    figure: Figure
    """The figure."""
    terms: frozenset[str]
    """Stems of the label's content words."""
    unit_terms: frozenset[str]
    """Stems of the unit's words (a count's noun), which alone prove nothing."""
    years: frozenset[int]
    """Years it holds for: its label's, else its sentence's, paragraph's or source date's (``periods``)."""
    near_names: frozenset[str]
    """Actors named within ``NAME_WINDOW`` words of the figure (who pledged, whose share)."""
    sentence_names: frozenset[str]
    """Every actor its sentence names."""
    mark: str
    """Its qualifier's mark: ``~`` approximate, ``>``/``≥`` lower bound, ``<``/``≤`` upper bound, ``+`` added."""
    precision: float
    """Step of the last digit written (``$17.7 billion`` -> 1e8); 0 when exact or spelled out."""


class NameFinder:
    """Finds the actors a text names, by name or alias, as canonical names ("Beijing" -> "China")."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._canonical: dict[str, str] = {}
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                if len(name) > 1:
                    self._canonical.setdefault(name, actor.name)
        names = sorted(self._canonical, key=len, reverse=True)
        self._pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None

    def find(self, text: str) -> list[tuple[int, str]]:
        """(offset, canonical name) of every actor named in ``text``."""
        if self._pattern is None:
            return []
        return [(m.start(), self._canonical[m.group(0)]) for m in self._pattern.finditer(text)]


def facts_of(figure: Figure, sentence: Sentence | None, years: frozenset[int], names: NameFinder) -> Facts:
    """The matching facts of a figure found in ``sentence``."""
    near: set[str] = set()
    everywhere: set[str] = set()
    if sentence is not None:
        start, end = figure.cite.start - sentence.start, figure.cite.end - sentence.start
        words = list(_WORD.finditer(sentence.text))
        before = [w for w in words if w.end() <= start][-NAME_WINDOW:]
        after = [w for w in words if w.start() >= end][:NAME_WINDOW]
        low = before[0].start() if before else start
        high = after[-1].end() if after else end
        for offset, name in names.find(sentence.text):
            everywhere.add(name)
            if low <= offset < high:
                near.add(name)
    mark = _mark(figure.qualifier)
    return Facts(
        figure=figure,
        terms=frozenset(content_terms(figure.label.replace("|", " "))),
        unit_terms=frozenset(content_terms(figure.unit)),
        years=years,
        near_names=frozenset(near),
        sentence_names=frozenset(everywhere),
        mark=mark,
        precision=_precision(figure, approximate=mark == "~"),
    )


def comparable(a: Facts, b: Facts) -> bool:
    """Same kind and unit, and nothing in the two sentences says they are about different things."""
    fa, fb = a.figure, b.figure
    if fa.kind != fb.kind or fa.unit != fb.unit or fa.cite.source == fb.cite.source:
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    # "Beijing pledged $588 million" and "Tokyo pledged $50 million": each names someone the other does not.
    return not (a.near_names - b.sentence_names and b.near_names - a.sentence_names)


def same_figure(a: Facts, b: Facts) -> bool:
    """Two sources report one figure: comparable, related labels, equal values within rounding."""
    if not comparable(a, b) or not _overlap(a.terms, b.terms, MERGE_OVERLAP, 1):
        return False
    if _bound(a.mark) != _bound(b.mark):
        return False
    return _equal(a, b)


def conflicting(a: Facts, b: Facts) -> bool:
    """One quantity that two sources give with values that cannot both hold."""
    fa = a.figure
    if fa.kind not in QUANTITY_KINDS or fa.unit in _TIME_UNITS or "+" in (a.mark, b.mark):
        return False
    if not comparable(a, b) or not (a.terms & b.terms) - a.unit_terms:
        return False
    if not _overlap(a.terms, b.terms, CONFLICT_OVERLAP, 2):
        return False
    if _equal(a, b):
        return False
    return not _compatible(a, b)


def derived_conflict(derived: Facts, stated: Facts) -> bool:
    """An amount derived from a share of a total that a stated amount of the same measure cannot hold beside:
    two shared label terms (not the unit's) and one label holding the other or ``DERIVED_OVERLAP`` of their terms."""
    if stated.figure.kind != "money" or stated.figure.unit != derived.figure.unit or "+" in (derived.mark, stated.mark):
        return False
    if not _overlap(derived.terms, stated.terms - stated.unit_terms, DERIVED_OVERLAP, 2):
        return False
    value, slack = derived.figure.value, derived.precision / 2
    low, high = _interval(stated)
    return value + slack < low - stated.precision / 2 or value - slack > high + stated.precision / 2


def _overlap(a: frozenset[str], b: frozenset[str], jaccard: float, least: int) -> bool:
    """At least ``least`` shared terms, and one label holds the other or they share ``jaccard`` of their terms."""
    shared = a & b
    if len(shared) < min(least, len(a), len(b)) or not shared:
        return False
    return a <= b or b <= a or len(shared) / len(a | b) >= jaccard


def _equal(a: Facts, b: Facts) -> bool:
    """Equal values: the same date, the same range, or numbers within the rounding of the coarser one."""
    fa, fb = a.figure, b.figure
    if fa.kind == "date":
        return fa.iso is not None and fa.iso == fb.iso
    if fa.kind == "range":
        return _close(fa.low, fb.low, 0.0) and _close(fa.high, fb.high, 0.0)
    return _close(fa.value, fb.value, max(a.precision, b.precision) / 2)


def _close(x: float | None, y: float | None, tolerance: float) -> bool:
    if x is None or y is None:
        return x is y
    return abs(x - y) <= tolerance + 1e-9 * max(abs(x), abs(y), 1.0)


def _compatible(a: Facts, b: Facts) -> bool:
    """Both can hold at once: "over $100 million" and "$150 million", or two lower bounds."""
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    return max(low_a, low_b) <= min(high_a, high_b)


def _interval(facts: Facts) -> tuple[float, float]:
    """The values a figure allows: a point, a range, or everything beyond a bound."""
    figure = facts.figure
    if figure.kind == "range" and figure.low is not None and figure.high is not None:
        return figure.low, figure.high
    value, direction = figure.value, _bound(facts.mark)
    if direction == ">":
        return value, math.inf
    if direction == "<":
        return -math.inf, value
    return value, value


def _bound(mark: str) -> str:
    """The direction of a mark: ``>``, ``<`` or ``""`` for a point value."""
    return ">" if mark in (">", "≥") else "<" if mark in ("<", "≤") else ""


def _mark(qualifier: str | None) -> str:
    if not qualifier:
        return ""
    marks: dict[str, str] = data_toml("qualifier_marks.toml")["marks"]
    return marks.get(qualifier.lower(), "")


def _precision(figure: Figure, approximate: bool) -> float:
    literals = _NUMBER.findall(figure.text)
    if not literals or figure.kind == "range":
        return 0.0
    literal = literals[-1].replace(",", "").rstrip(".")
    number = float(literal)
    if number == 0:
        return 0.0
    whole, _, decimals = literal.partition(".")
    step = 10.0 ** -len(decimals)
    if approximate and not decimals:
        step = 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return abs(figure.value / number) * step
