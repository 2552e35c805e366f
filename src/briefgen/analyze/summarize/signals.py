"""Per-sentence signals for choosing summary items: position in its source, salient figures, actors named."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Actor, Figure, Sentence, ThemeMatch
from ..actors.sentence_index import MentionIndex, mention_index
from ..merge import SentenceIndex


@dataclass(frozen=True, slots=True)
class Signals:
    """What the summarizer and the bottom line know about each sentence."""

    positions: tuple[float, ...]
    """Parallel to the sentences: 1.0 for the first of its source, falling to 0.0 for the last."""
    figures: dict[tuple[str, int], frozenset[str]]
    """(source, sentence start) -> keys of the salient figures the sentence states."""
    mentions: MentionIndex
    """Finds the actors a sentence names (asked only for the few sentences a summary considers)."""


def summary_signals(
    sentences: Sequence[Sentence],
    matches: Sequence[ThemeMatch],
    figures: Sequence[Figure],
    actors: Sequence[Actor],
    min_salience: float,
) -> Signals:
    """Signals of every sentence; a figure counts when its salience reaches ``min_salience``."""
    totals = Counter(s.source for s in sentences)
    seen: Counter[str] = Counter()
    positions: list[float] = []
    for sentence in sentences:
        total = totals[sentence.source]
        positions.append(1.0 - seen[sentence.source] / total if total > 1 else 1.0)
        seen[sentence.source] += 1
    index = SentenceIndex(sentences, matches)
    keys: dict[tuple[str, int], set[str]] = defaultdict(set)
    for figure in figures:
        if figure.salience >= min_salience:
            keys[index.sentence_key(figure.cite)].add(f"{figure.kind}:{figure.value:g}:{figure.unit}")
    return Signals(
        tuple(positions),
        {k: frozenset(v) for k, v in keys.items()},
        mention_index(actors),
    )
