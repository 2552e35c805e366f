"""Near-repeats across a brief: one item per fact, with the cites of every source that says it.

Two sentences say the same thing when most content words of the shorter are in the longer (and they
share a fair part of all their words) and the numbers of the shorter are all in the longer, so
"$588 million" and "$600 million" stay apart as a discrepancy while "had received $17.7 billion in
Chinese aid" from two outlets fold into one item citing both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ...model import Cite, Sentence, SummaryItem
from ..terms import content_terms

CONTAINED = 0.6
"""Share of the shorter sentence's content words the longer must hold."""
SHARED = 0.4
"""Share of all their content words (Jaccard) two near-repeats hold in common."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


Signature = tuple[frozenset[str], frozenset[str]]
"""What ``near_repeat`` compares of a sentence: its content terms and its numbers."""


@lru_cache(maxsize=8192)
def signature_of(text: str) -> Signature:
    """The content terms and numbers of a sentence, for ``similar`` (kept: the same sentences are compared often)."""
    return frozenset(content_terms(text)), frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def near_repeat(a: str, b: str) -> bool:
    """True when two sentences state the same thing in near-same words and the same numbers."""
    return similar(signature_of(a), signature_of(b))


def similar(a: Signature, b: Signature) -> bool:
    """``near_repeat`` of two sentences from their signatures (``signature_of``)."""
    (ta, na), (tb, nb) = a, b
    if not ta or not tb:
        return False
    shared = len(ta & tb)
    if shared < CONTAINED * min(len(ta), len(tb)) or shared < SHARED * len(ta | tb):
        return False
    small, large = (na, nb) if len(ta) <= len(tb) else (nb, na)
    return small <= large


def fold_repeats(groups: Sequence[Sequence[SummaryItem]]) -> list[list[SummaryItem]]:
    """The groups (bottom line first, then each theme's summary) with every near-repeat of an item shown
    earlier dropped and its cite added to that item's ``also``."""
    kept: list[list[SummaryItem]] = []
    signatures: list[tuple[int, int, Signature]] = []
    for g, group in enumerate(groups):
        out: list[SummaryItem] = []
        kept.append(out)
        for item in group:
            sig = signature_of(item.text)
            home = next(((kg, ki) for kg, ki, s in signatures if similar(sig, s)), None)
            if home is None:
                signatures.append((g, len(out), sig))
                out.append(item)
            else:
                kg, ki = home
                first = kept[kg][ki]
                kept[kg][ki] = _with_cites(first, (item.cite, *item.also))
    return kept


def cite_other_sources(
    groups: Sequence[Sequence[SummaryItem]], sentences: Sequence[Sentence]
) -> list[list[SummaryItem]]:
    """Every item with the cites of its near-repeats in other sources."""
    sources = {s.source for s in sentences} | {item.cite.source for group in groups for item in group}
    if len(sources) < 2:  # one source: no other source can repeat an item
        return [list(group) for group in groups]
    pool = [(s, signature_of(s.text)) for s in sentences if not s.heading]
    out: list[list[SummaryItem]] = []
    for group in groups:
        items: list[SummaryItem] = []
        for item in group:
            sig = signature_of(item.text)
            found = [
                Cite(s.source, s.paragraph, s.start, s.end)
                for s, other in pool
                if s.source != item.cite.source and similar(sig, other)
            ]
            items.append(_with_cites(item, found) if found else item)
        out.append(items)
    return out


def _with_cites(item: SummaryItem, cites: Sequence[Cite]) -> SummaryItem:
    have = {item.cite, *item.also}
    extra = tuple(c for c in cites if c not in have and c.source != item.cite.source)
    return replace(item, also=item.also + tuple(dict.fromkeys(extra))) if extra else item
