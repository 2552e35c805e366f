"""Assign sentences and paragraphs to the brief's themes by weighted keyword relevance.

Each sentence gets a BM25-style score per theme: for every keyword (a word or phrase, matched on
Snowball stems) its author weight times a smoothed idf over the brief's sentences times a
saturating term frequency. A paragraph's score adds its sentences, its section heading's score
(headings carry context) and a share of its neighbours' (smoothing). A sentence goes to the theme
with the best score once its paragraph's context is added, and to none below the threshold.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence, Source, ThemeMatch
from ..spec import ThemeSpec
from .terms import all_terms

K1 = 1.2
"""Term-frequency saturation."""
B = 0.3
"""Sentence-length normalisation strength."""
HEADING_SHARE = 0.6
"""Share of a section heading's score given to each paragraph under it."""
NEIGHBOUR_SHARE = 0.25
"""Share of the previous and next paragraphs' scores given to a paragraph."""
CONTEXT_SHARE = 0.5
"""Share of the paragraph's score added to each of its sentences."""
THRESHOLD = 1.0
"""Minimum score for any assignment."""
MIN_DIRECT_SENTENCES = 2
"""A theme counts as covered only when this many sentences match its keywords directly."""


@dataclass(frozen=True, slots=True)
class _Keyword:
    theme: str
    term: str
    stems: tuple[str, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class ThemeAssignment:
    """The theme of every sentence and paragraph, and which themes the sources cover."""

    sentences: tuple[ThemeMatch, ...]
    """Parallel to the input sentences."""
    paragraphs: dict[tuple[str, int], ThemeMatch]
    """Keyed by (source id, paragraph index)."""
    covered: frozenset[str]
    """Ids of themes with enough direct evidence."""


def assign_themes(
    sources: Sequence[Source], sentences: Sequence[Sentence], themes: Sequence[ThemeSpec]
) -> ThemeAssignment:
    """Score every sentence and paragraph against every theme and pick the best."""
    if not themes:
        none = ThemeMatch(None, 0.0)
        return ThemeAssignment(tuple(none for _ in sentences), {}, frozenset())
    keywords = _compile(themes)
    terms = [all_terms(s.text) for s in sentences]
    hits = [_hits(t, keywords) for t in terms]
    idf = _idf(hits, len(sentences))
    avg_len = sum(len(t) for t in terms) / max(1, len(terms))
    direct = [_score(h, idf, len(t), avg_len) for h, t in zip(hits, terms, strict=True)]
    para_scores = _paragraph_scores(sources, sentences, direct)

    matches: list[ThemeMatch] = []
    direct_count: dict[str, int] = defaultdict(int)
    for sentence, own, hit in zip(sentences, direct, hits, strict=True):
        context = para_scores.get((sentence.source, sentence.paragraph), {})
        combined = {t: own.get(t, 0.0) + CONTEXT_SHARE * context.get(t, 0.0) for t in set(own) | set(context)}
        best = _best(combined)
        if best is None or (sentence.heading and not own):
            matches.append(ThemeMatch(None, round(max(combined.values(), default=0.0), 3)))
            continue
        theme_id, score = best
        matched = tuple(sorted({k.term for k in hit if k.theme == theme_id}))
        if own.get(theme_id, 0.0) >= THRESHOLD:
            direct_count[theme_id] += 1
        matches.append(ThemeMatch(theme_id, round(score, 3), matched))

    covered = frozenset(t for t, n in direct_count.items() if n >= MIN_DIRECT_SENTENCES)
    matches = [m if m.theme is None or m.theme in covered else ThemeMatch(None, m.score) for m in matches]
    paragraphs: dict[tuple[str, int], ThemeMatch] = {}
    for key, scores in para_scores.items():
        best = _best({t: v for t, v in scores.items() if t in covered})
        paragraphs[key] = ThemeMatch(best[0], round(best[1], 3)) if best else ThemeMatch(None, 0.0)
    return ThemeAssignment(tuple(matches), paragraphs, covered)


def _compile(themes: Sequence[ThemeSpec]) -> dict[str, list[_Keyword]]:
    """Keywords indexed by their first stem, longest phrase first."""
    index: dict[str, list[_Keyword]] = defaultdict(list)
    for theme in themes:
        for keyword in theme.keywords:
            stems = tuple(all_terms(keyword.term))
            if stems:
                index[stems[0]].append(_Keyword(theme.id, keyword.term, stems, keyword.weight))
    for entries in index.values():
        entries.sort(key=lambda k: -len(k.stems))
    return index


def _hits(terms: list[str], keywords: dict[str, list[_Keyword]]) -> list[_Keyword]:
    """Keyword occurrences in a sentence; a phrase hides the shorter keywords inside it."""
    found: list[_Keyword] = []
    i = 0
    while i < len(terms):
        step = 1
        for keyword in keywords.get(terms[i], ()):
            n = len(keyword.stems)
            if tuple(terms[i : i + n]) == keyword.stems:
                found.append(keyword)
                step = max(step, n)
        i += step
    return found


def _idf(hits: list[list[_Keyword]], n: int) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for hit in hits:
        for term in {k.term for k in hit}:
            df[term] += 1
    return {term: math.log(1 + n / count) for term, count in df.items()}


def _score(hit: list[_Keyword], idf: dict[str, float], length: int, avg_len: float) -> dict[str, float]:
    tf: dict[tuple[str, str], int] = defaultdict(int)
    weights: dict[tuple[str, str], float] = {}
    for keyword in hit:
        key = (keyword.theme, keyword.term)
        tf[key] += 1
        weights[key] = keyword.weight
    norm = 1 - B + B * length / max(avg_len, 1.0)
    scores: dict[str, float] = defaultdict(float)
    for (theme, term), count in tf.items():
        saturated = count * (K1 + 1) / (count + K1 * norm)
        scores[theme] += weights[(theme, term)] * idf[term] * saturated
    return dict(scores)


def _paragraph_scores(
    sources: Sequence[Source], sentences: Sequence[Sentence], direct: list[dict[str, float]]
) -> dict[tuple[str, int], dict[str, float]]:
    own: dict[tuple[str, int], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for sentence, scores in zip(sentences, direct, strict=True):
        for theme, value in scores.items():
            own[(sentence.source, sentence.paragraph)][theme] += value
    result: dict[tuple[str, int], dict[str, float]] = {}
    for source in sources:
        paragraphs = source.paragraphs
        for p in paragraphs:
            if p.heading:
                result[(source.id, p.index)] = dict(own.get((source.id, p.index), {}))
                continue
            total: dict[str, float] = defaultdict(float)
            for theme, value in own.get((source.id, p.index), {}).items():
                total[theme] += value
            if p.section is not None:
                for theme, value in own.get((source.id, p.section), {}).items():
                    total[theme] += HEADING_SHARE * value
            for neighbour in (p.index - 1, p.index + 1):
                if 0 <= neighbour < len(paragraphs) and not paragraphs[neighbour].heading:
                    for theme, value in own.get((source.id, neighbour), {}).items():
                        total[theme] += NEIGHBOUR_SHARE * value
            result[(source.id, p.index)] = dict(total)
    return result


def _best(scores: dict[str, float]) -> tuple[str, float] | None:
    if not scores:
        return None
    theme, value = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    return (theme, value) if value >= THRESHOLD else None
