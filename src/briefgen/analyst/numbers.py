"""Check the analyst's numbers against the brief's figures: supported, differs (with the source's value) or unsupported.

A source figure *supports* an analyst's number when both are the same kind of quantity in the same
unit, nothing in their sentences says they are about different years or actors (``reconcile``'s
``comparable``), and the values are equal within the rounding of the coarser one, or a bound holds
both ("more than $500 million" and "$588 million"). A number *differs* when no source gives it but a
comparable source figure measures the same thing (their labels share content words) with another
value. Otherwise it is *unsupported*.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Actor, Cite, Figure, Sentence
from ..reconcile.rules import Facts, NameFinder, comparable, facts_of

CHECKED_KINDS = frozenset({"money", "percent", "count", "range", "duration", "year", "date"})
"""Kinds of number the check looks at (ordinals say nothing checkable)."""
RELATED_OVERLAP = 0.3
"""Least share of label terms (Jaccard) a differing source figure needs to count as the same measure."""


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The outcome for one number."""

    status: Literal["supported", "differs", "unsupported"]
    """Whether a source gives it, gives it differently, or nothing supports it."""
    cites: tuple[Cite, ...] = ()
    """The supporting (or differing) source figure's cites."""
    source_value: str = ""
    """The differing source figure as written."""


class FigureIndex:
    """The matching facts of the brief's figures, ready to be compared with the analyst's."""

    def __init__(self, figures: Sequence[Figure], sentences: Sequence[Sentence], actors: Sequence[Actor]) -> None:
        self.names = NameFinder(actors)
        self._sentences = SentenceFinder(sentences)
        self.facts = facts_for(figures, self._sentences, self.names)


class SentenceFinder:
    """The sentence holding an offset of a source."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        by_source: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in sentences:
            by_source[sentence.source].append(sentence)
        self._by_source = {k: sorted(v, key=lambda s: s.start) for k, v in by_source.items()}
        self._starts = {k: [s.start for s in v] for k, v in self._by_source.items()}

    def at(self, source: str, offset: int) -> Sentence | None:
        """The sentence of ``source`` that holds ``offset``, if any."""
        starts = self._starts.get(source)
        if not starts:
            return None
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        sentence = self._by_source[source][i]
        return sentence if sentence.start <= offset < max(sentence.end, offset + 1) else None


def facts_for(figures: Sequence[Figure], sentences: SentenceFinder, names: NameFinder) -> list[Facts]:
    """Matching facts of figures: each with its sentence's years and the actors it names."""
    years: dict[tuple[str, int], set[int]] = defaultdict(set)
    found: list[tuple[Figure, Sentence | None]] = []
    for figure in figures:
        sentence = sentences.at(figure.cite.source, figure.cite.start)
        found.append((figure, sentence))
        if sentence is None:
            continue
        key = (sentence.source, sentence.start)
        if figure.kind == "year":
            years[key].add(int(figure.value))
        elif figure.kind == "date" and figure.iso and figure.iso[:4] in figure.text:
            years[key].add(int(figure.iso[:4]))
    return [
        facts_of(f, s, frozenset(years[(s.source, s.start)]) if s else frozenset(), names) for f, s in found
    ]


def check_number(claim: Facts, index: FigureIndex) -> NumberCheck:
    """Whether the brief's figures support, contradict or say nothing of an analyst's number."""
    pool = [c for c in index.facts if comparable(claim, c)]
    agreeing = [c for c in pool if _equal(claim, c)] or [c for c in pool if _held(claim, c) and _related(claim, c)]
    if agreeing:
        best = max(agreeing, key=lambda c: (_overlap(claim, c), -c.figure.cite.start))
        return NumberCheck("supported", _cites(best.figure))
    if claim.figure.kind in ("year", "date"):
        return NumberCheck("unsupported")
    related = [c for c in pool if _related(claim, c)]
    if related:
        best = max(related, key=lambda c: (_overlap(claim, c), -abs(math.log((abs(c.figure.value) + 1) /
                                                                             (abs(claim.figure.value) + 1)))))
        return NumberCheck("differs", _cites(best.figure), best.figure.text)
    return NumberCheck("unsupported")


def _cites(figure: Figure) -> tuple[Cite, ...]:
    return (figure.cite, *figure.also)


def _equal(a: Facts, b: Facts) -> bool:
    """Equal within the rounding of the coarser value, or the same date or range."""
    fa, fb = a.figure, b.figure
    if fa.kind == "date":
        return fa.iso is not None and fa.iso == fb.iso
    if fa.kind == "range":
        return fa.low == fb.low and fa.high == fb.high
    tolerance = max(a.precision, b.precision) / 2 + 1e-9 * max(abs(fa.value), abs(fb.value), 1.0)
    return abs(fa.value - fb.value) <= tolerance


def _held(a: Facts, b: Facts) -> bool:
    """One of the two is a bound ("more than", "under") that holds the other's value."""
    if a.figure.kind in ("date", "range") or not (a.mark or b.mark):
        return False
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    return max(low_a, low_b) <= min(high_a, high_b)


def _interval(facts: Facts) -> tuple[float, float]:
    value, mark = facts.figure.value, facts.mark
    if mark in (">", "≥"):
        return value, math.inf
    if mark in ("<", "≤"):
        return -math.inf, value
    return value, value


def _overlap(a: Facts, b: Facts) -> float:
    union = a.terms | b.terms
    return len(a.terms & b.terms) / len(union) if union else 0.0


def _related(a: Facts, b: Facts) -> bool:
    """The labels name the same measure: shared content words beyond the unit's noun."""
    shared = (a.terms & b.terms) - a.unit_terms
    if not shared:
        return False
    return a.terms <= b.terms or b.terms <= a.terms or _overlap(a, b) >= RELATED_OVERLAP
