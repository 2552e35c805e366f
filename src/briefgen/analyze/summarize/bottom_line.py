"""The bottom line: the few sentences that matter most across the brief's themes, most important first.

A judgement across themes, not one lede per theme: every covered theme's summary items compete on
one scale. An item is worth more when it is central to the whole brief (TextRank over the items of
every theme), ranks high in its own theme, states a salient figure, and says why it matters
("…, underscoring Beijing's role"); it is worth less when long, when it only sets the scene (its
newest year lies well before the brief's) or when its source is dated well before the brief. Never
chosen: ceremony, sentences that lean on an earlier one, and a future that may since have passed
(``stale``: "President Biden will …" in a release years old). Picks are greedy with a cost for a
theme or a speaker already represented, so the lines spread across themes and voices, and near-repeats are
skipped. Sentences that address the listeners ("As you'll recall, …") are left to the themes' sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...model import SummaryItem
from ..terms import content_terms
from .choose import textrank
from .duplicates import near_repeat
from .speakers import is_quotation
from .standalone import addresses_listener, ceremony, significance, unresolved_reference

MAX_ITEMS = 4
"""A bottom line has at most four items."""
LONG_WORDS = 30
"""Items longer than this many words are scored down in proportion: short ones read best."""
OVERLAP = 0.5
"""Word overlap (Jaccard) above which two items say the same thing."""
BACKGROUND_YEARS = 5
"""An item whose newest year is this much older than the brief's is background, not news."""
THEME_REPEAT = 0.3
"""Cost of a second (third…) item from a theme already in the bottom line."""
SPEAKER_REPEAT = 0.3
"""Cost of a second (third…) item in the words of a speaker already in the bottom line: a judgement across the
sources, not one official's quotations."""
W_RANK, W_CENTRAL, W_FIGURE, W_SIGNIFICANCE, W_BACKGROUND, W_OLD = 0.35, 0.35, 0.15, 0.1, 0.3, 0.2
"""Weights of an item's parts (each scaled to 0..1)."""

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class Entry:
    """A covered theme's summary item competing for the bottom line."""

    theme: str
    """The theme's id."""
    item: SummaryItem
    """The item."""


def bottom_line(
    entries: Sequence[Entry], limit: int, brief_year: int | None, states_figure: Callable[[SummaryItem], bool]
) -> tuple[SummaryItem, ...]:
    """Up to ``limit`` (at most four) items, most important first, spread across themes."""
    limit = min(limit, MAX_ITEMS)
    pool = [
        e for e in entries
        if not unresolved_reference(e.item.text) and ceremony(e.item.text) == 0 and not e.item.stale
        and not addresses_listener(e.item.text)
        # Quoted words go into the bottom line only with whose they are.
        and (e.item.speaker or not is_quotation(e.item.text))
    ]
    if not pool or limit <= 0:
        return ()
    terms = [frozenset(content_terms(e.item.text)) for e in pool]
    central = textrank(terms)
    top = {e.theme: max(x.item.score for x in pool if x.theme == e.theme) or 1.0 for e in pool}
    values = [
        _value(e, c, top[e.theme], brief_year, states_figure(e.item)) for e, c in zip(pool, central, strict=True)
    ]
    picked: list[int] = []
    while len(picked) < limit:
        best, best_value = -1, float("-inf")
        for i, entry in enumerate(pool):
            if i in picked or any(_repeats(i, j, terms, pool) for j in picked):
                continue
            value = (
                values[i]
                - THEME_REPEAT * sum(1 for j in picked if pool[j].theme == entry.theme)
                - SPEAKER_REPEAT * sum(1 for j in picked if _same_speaker(pool[j].item, entry.item))
            )
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        picked.append(best)
    return tuple(pool[i].item for i in picked)


def _same_speaker(a: SummaryItem, b: SummaryItem) -> bool:
    return bool(a.speaker) and a.speaker == b.speaker


def _value(entry: Entry, central: float, top: float, brief_year: int | None, figure: bool) -> float:
    text = entry.item.text
    value = (
        W_RANK * entry.item.score / top
        + W_CENTRAL * central
        + W_FIGURE * figure
        + W_SIGNIFICANCE * min(significance(text), 2) / 2
    )
    years = [int(y) for y in _YEAR.findall(text)]
    if brief_year is not None and years and max(years) < brief_year - BACKGROUND_YEARS:
        value -= W_BACKGROUND
    if entry.item.date is not None:
        value -= W_OLD  # news from a source dated well before the brief
    words = max(1, len(text.split()))
    return value * min(1.0, LONG_WORDS / words)


def _repeats(i: int, j: int, terms: Sequence[frozenset[str]], pool: Sequence[Entry]) -> bool:
    return _overlap(terms[i], terms[j]) > OVERLAP or near_repeat(pool[i].item.text, pool[j].item.text)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
