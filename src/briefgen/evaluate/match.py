"""Matching predictions to gold items: by overlapping spans, and by normalised names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the\s+")
_ACRONYM = re.compile(r"\s*\([^()]*\)")


class Spanned(Protocol):
    """Anything with a start and an end offset."""

    @property
    def start(self) -> int:
        """First offset."""
        ...

    @property
    def end(self) -> int:
        """One past the last offset."""
        ...


G = TypeVar("G", bound=Spanned)
P = TypeVar("P", bound=Spanned)


def overlap(a: Spanned, b: Spanned) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(gold: Sequence[G], predicted: Sequence[P]) -> dict[int, int]:
    """One-to-one pairs {gold index: predicted index} of overlapping spans, largest overlaps first."""
    pairs: list[tuple[int, int, int]] = []
    ordered = sorted(range(len(predicted)), key=lambda j: predicted[j].start)
    for i, g in enumerate(gold):
        for j in ordered:
            p = predicted[j]
            if p.start >= g.end:
                break
            shared = overlap(g, p)
            if shared:
                pairs.append((-shared, i, j))
    pairs.sort()
    taken_g: dict[int, int] = {}
    taken_p: set[int] = set()
    for _, i, j in pairs:
        if i not in taken_g and j not in taken_p:
            taken_g[i] = j
            taken_p.add(j)
    return taken_g


def normalise_name(name: str) -> str:
    """A name folded for comparison: case, punctuation, apostrophes and a leading "the" ignored."""
    folded = _NOT_WORD.sub(" ", name.replace("’", "'").replace("'s ", " ").casefold()).strip()
    return _LEADING_THE.sub("", folded)


def normalise_roles(roles: Sequence[str]) -> frozenset[str]:
    """Role phrases folded for comparison, as a set (order and an acronym in parentheses do not matter)."""
    return frozenset(n for n in (normalise_name(_ACRONYM.sub("", r)) for r in roles) if n)
