"""Rank figures for a key-figure sidebar: money and percentages first, bare years last."""

from __future__ import annotations

import math
from functools import cache

from .lexicon import lexicon
from .types import Reading

_BASE = {
    "money": 3.0,
    "percent": 2.6,
    "count": 1.8,
    "duration": 1.2,
    "date": 0.9,
    "year": 0.5,
    "ordinal": 0.3,
}


SMALL_COUNT_PENALTY = 0.85
"""Taken from a count under ten ("five types of goods", "three phone calls", "two main themes"): a detail of
the text, not a key figure; it stays off the page (compose.MIN_BOX_SALIENCE)."""

REFERENCE_PENALTY = 1.0
"""Taken from a count that points back at things already named ("the two ministers"): it stays off the page."""


def salience(reading: Reading, label: str, quoted: bool, heading: bool, refers_back: bool = False) -> float:
    """How informative a figure is for a sidebar; roughly 0 (an ordinal) to 4.5 (a big, labelled sum)."""
    ranged = reading.kind == "range"
    kind = reading.inner if ranged and reading.inner else reading.kind
    words = min(len(label.split()), 2)
    if kind == "money" or kind == "count":
        score = _score(reading, kind, ranged, words, quoted, heading)
        return round(score - REFERENCE_PENALTY, 3) if refers_back else score
    return _fixed_score(kind, ranged, words, quoted, heading)


@cache
def _fixed_score(kind: str, ranged: bool, words: int, quoted: bool, heading: bool) -> float:
    """The score of a kind whose size does not count: one of a few dozen values, each worked out once."""
    return _score(None, kind, ranged, words, quoted, heading)


def _score(reading: Reading | None, kind: str, ranged: bool, words: int, quoted: bool, heading: bool) -> float:
    """The score; ``reading`` gives the size of money and counts; ``words`` is the label's, at most 2."""
    score = _BASE[kind] - (0.1 if ranged else 0.0)
    if ranged and kind == "year":
        score = 0.8
    if reading is not None:
        magnitude = reading.high if reading.high is not None else reading.value
        if kind == "money":
            score += min(1.0, math.log10(max(magnitude, 1.0)) / 12)
        elif kind == "count":
            score += min(0.8, math.log10(max(magnitude, 1.0)) / 8)
            if magnitude < 10:
                score -= 0.4 if _measured(reading.unit) else SMALL_COUNT_PENALTY
            if not reading.unit and not reading.scaled:
                score -= 0.8  # a bare number ("up from 900,000") says little on its own
    if words == 0:
        score -= 0.5
    elif words >= 2:
        score += 0.4 if kind in ("money", "percent", "count") else 0.2
    if quoted:
        score -= 0.3
    if heading:
        score -= 0.3
    return round(score, 3)


@cache
def _measured(unit: str) -> bool:
    """True for a unit of measure ("gigawatts", "km"): a few of them may be a key figure, a few things not."""
    return unit.lower() in {m.lower() for m in lexicon().measures}
