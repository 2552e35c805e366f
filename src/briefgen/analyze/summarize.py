"""Pick verbatim summary sentences: centrality within a theme, theme relevance, figures, position."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Cite, Sentence, SummaryItem, ThemeMatch
from .terms import content_terms

MIN_WORDS = 6
"""Shorter sentences are poor summary items."""
MAX_WORDS = 60
"""Longer sentences are rarely a good bullet."""
DUPLICATE_OVERLAP = 0.6
"""Term overlap (Jaccard) above which two sentences say the same thing."""
DAMPING = 0.85
"""TextRank damping factor."""
MAX_GRAPH = 300
"""TextRank (quadratic) runs on at most this many of the most relevant candidates."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may go into a summary, with the signals that rank it."""

    sentence: Sentence
    """The sentence."""
    relevance: float
    """Its theme score (0 in generic mode)."""
    figures: int
    """How many figures it holds."""
    actors: int
    """How many known actors it names."""


def summarize(candidates: Sequence[Candidate], k: int) -> list[SummaryItem]:
    """The best ``k`` candidates, near-duplicates removed, in source order."""
    usable = [c for c in candidates if _usable(c.sentence)]
    if not usable:
        return []
    if len(usable) > MAX_GRAPH:
        keep = sorted(usable, key=lambda c: (-(c.relevance + c.figures), c.sentence.start))[:MAX_GRAPH]
        kept = {id(c) for c in keep}
        usable = [c for c in usable if id(c) in kept]
    terms = [set(content_terms(c.sentence.text)) for c in usable]
    centrality = _textrank(terms)
    max_rel = max((c.relevance for c in usable), default=0.0) or 1.0
    n = len(usable)
    scored: list[tuple[float, int]] = []
    for i, c in enumerate(usable):
        position = 1.0 - i / max(n, 1)
        score = (
            0.45 * centrality[i]
            + 0.3 * c.relevance / max_rel
            + 0.1 * min(c.figures, 2) / 2
            + 0.05 * min(c.actors, 2) / 2
            + 0.1 * position
        )
        if c.sentence.text.lstrip()[:1] in "“\"‘'":
            score *= 0.8  # a quotation reads worse as a bullet than reported speech
        scored.append((score, i))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    chosen: list[int] = []
    for _score, i in scored:
        if len(chosen) == k:
            break
        if all(_overlap(terms[i], terms[j]) <= DUPLICATE_OVERLAP for j in chosen):
            chosen.append(i)
    by_index = dict((i, s) for s, i in scored)
    return [_item(usable[i].sentence, by_index[i]) for i in sorted(chosen)]


def _usable(sentence: Sentence) -> bool:
    if sentence.heading:
        return False
    words = len(sentence.text.split())
    return MIN_WORDS <= words <= MAX_WORDS


def _item(sentence: Sentence, score: float) -> SummaryItem:
    return SummaryItem(
        sentence.text,
        Cite(sentence.source, sentence.paragraph, sentence.start, sentence.end),
        round(score, 4),
    )


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _textrank(terms: list[set[str]], iterations: int = 30) -> list[float]:
    """Centrality of each sentence in the similarity graph, scaled to 0..1."""
    n = len(terms)
    if n == 1:
        return [1.0]
    weights: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(terms[i] & terms[j])
            if shared:
                w = shared / (math.log(len(terms[i]) + 1) + math.log(len(terms[j]) + 1))
                weights[i].append((j, w))
                weights[j].append((i, w))
    out_sum = [sum(w for _, w in edges) or 1.0 for edges in weights]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        rank = [
            (1 - DAMPING) / n + DAMPING * sum(rank[j] * w / out_sum[j] for j, w in weights[i])
            for i in range(n)
        ]
    top = max(rank) or 1.0
    return [r / top for r in rank]


def theme_candidates(
    sentences: Sequence[Sentence],
    matches: Sequence[ThemeMatch],
    theme_id: str | None,
    figure_counts: Counter[tuple[str, int]],
    actor_counts: Counter[tuple[str, int]],
) -> list[Candidate]:
    """Candidates for one theme (or, with ``theme_id`` None, for the whole text)."""
    out: list[Candidate] = []
    for sentence, match in zip(sentences, matches, strict=True):
        if theme_id is not None and match.theme != theme_id:
            continue
        key = (sentence.source, sentence.start)
        out.append(Candidate(sentence, match.score, figure_counts[key], actor_counts[key]))
    return out
