"""Assign sentences and paragraphs to the brief's themes from keyword evidence and its context.

Every sentence has keyword evidence per theme (``theme_evidence``, in normalised units). Paragraphs:

1. A paragraph with enough evidence of its own (per sentence, so that a passing mention in a long
   paragraph is not enough) goes to the best of the themes it mentions, once its context is added:
   the neighbouring paragraphs of the same section and the section's heading, as shares over those
   themes, scaled to ``CONTEXT_SHARE`` of the paragraph's own evidence. Context so settles near ties
   (a quotation listing security threats inside an ASEM paragraph between two ASEM paragraphs) but
   never brings in a theme the paragraph does not mention, and cannot outweigh a clear winner.
2. A paragraph with too little evidence of its own follows its section when most of the section's
   other paragraphs (``MAJORITY``, and at least ``MIN_AGREEING``) agree on one theme; otherwise it
   goes to none. (The paragraphs before the first heading form a section, as does a text without
   headings.)
3. A heading takes the theme most of its section's paragraphs have (its only paragraph's, in a
   section of one); otherwise its own keywords'.

A sentence keeps its paragraph's theme when it mentions that theme or no theme at all (a quotation
full of another theme's keywords inside a paragraph about X stays with X when it names X too); a
sentence that mentions only other themes goes to the best of them; a sentence that mentions no
theme in a paragraph without one goes to none. A theme with fewer than
``MIN_DIRECT_SENTENCES`` sentences of its own evidence counts as not covered, and nothing is
assigned to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence, Source, ThemeMatch
from ..spec import ThemeSpec
from .gc_pause import without_gc
from .theme_evidence import Evidence, sentence_evidence

SENTENCE_THRESHOLD = 0.5
"""Evidence (units) a sentence needs to count as direct evidence for a theme; a paragraph is decided by
its own keywords when its evidence per sentence reaches it."""
CONTEXT_SHARE = 0.5
"""Weight of the context, relative to the paragraph's own evidence."""
NEIGHBOUR_SHARE = 0.5
"""Weight of each neighbouring paragraph of the same section within the context."""
HEADING_SHARE = 1.0
"""Weight of the section heading's evidence within the context."""
MAJORITY = 2 / 3
"""Share of a section's paragraphs that must agree for the section to lend its theme (two of three do)."""
MIN_AGREEING = 2
"""...and how many at least: one neighbour alone does not make a section's theme."""
MIN_DIRECT_SENTENCES = 2
"""A theme counts as covered only when this many sentences have direct evidence for it."""

_NONE = ThemeMatch(None, 0.0)


@dataclass(frozen=True, slots=True)
class ThemeAssignment:
    """The theme of every sentence and paragraph, and which themes the sources cover."""

    sentences: tuple[ThemeMatch, ...]
    """Parallel to the input sentences."""
    paragraphs: dict[tuple[str, int], ThemeMatch]
    """Keyed by (source id, paragraph index), in source order."""
    covered: frozenset[str]
    """Ids of themes with enough direct evidence."""


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A paragraph's summed evidence."""

    key: tuple[str, int]
    heading: bool
    section: tuple[str, int]
    scores: dict[str, float]
    terms: dict[str, tuple[str, ...]]
    sentences: int


@without_gc
def assign_themes(
    sources: Sequence[Source], sentences: Sequence[Sentence], themes: Sequence[ThemeSpec]
) -> ThemeAssignment:
    """Score every sentence and paragraph against every theme and pick the best, or none."""
    if not themes:
        nothing = {(source.id, p.index): _NONE for source in sources for p in source.paragraphs}
        return ThemeAssignment(tuple(_NONE for _ in sentences), nothing, frozenset())
    evidence = sentence_evidence(sources, sentences, themes)
    covered = _covered(evidence)
    evidence = [_only(e, covered) for e in evidence]
    paragraphs = _paragraphs(sources, sentences, evidence)
    chosen = _choose(paragraphs)
    matches = _sentence_matches(sentences, evidence, chosen)
    return ThemeAssignment(tuple(matches), chosen, covered)


def _covered(evidence: Sequence[Evidence]) -> frozenset[str]:
    direct: Counter[str] = Counter()
    for e in evidence:
        for theme, score in e.scores.items():
            if score >= SENTENCE_THRESHOLD:
                direct[theme] += 1
    return frozenset(t for t, n in direct.items() if n >= MIN_DIRECT_SENTENCES)


def _only(e: Evidence, covered: frozenset[str]) -> Evidence:
    if all(t in covered for t in e.scores):
        return e
    return Evidence(
        {t: v for t, v in e.scores.items() if t in covered}, {t: v for t, v in e.terms.items() if t in covered}
    )


def _paragraphs(
    sources: Sequence[Source], sentences: Sequence[Sentence], evidence: Sequence[Evidence]
) -> list[_Paragraph]:
    """Every paragraph of every source with its sentences' evidence added up."""
    scores: dict[tuple[str, int], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    terms: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    counts: Counter[tuple[str, int]] = Counter()
    for sentence, e in zip(sentences, evidence, strict=True):
        key = (sentence.source, sentence.paragraph)
        counts[key] += 1
        for theme, value in e.scores.items():
            scores[key][theme] += value
            seen = terms[key][theme]
            seen.extend(t for t in e.terms[theme] if t not in seen)
    out: list[_Paragraph] = []
    for source in sources:
        for p in source.paragraphs:
            key = (source.id, p.index)
            section = (source.id, p.index if p.heading else (p.section if p.section is not None else -1))
            out.append(
                _Paragraph(
                    key,
                    p.heading,
                    section,
                    dict(scores.get(key, {})),
                    {t: tuple(v) for t, v in terms.get(key, {}).items()},
                    max(1, counts[key]),
                )
            )
    return out


def _choose(paragraphs: list[_Paragraph]) -> dict[tuple[str, int], ThemeMatch]:
    """Paragraph themes: own evidence, then section agreement for the weak, then headings."""
    by_key = {p.key: i for i, p in enumerate(paragraphs)}
    chosen: dict[tuple[str, int], ThemeMatch] = {}
    weak: list[int] = []
    for i, p in enumerate(paragraphs):
        if p.heading:
            continue
        best = _best(p.scores)
        if best is None or p.scores[best] < SENTENCE_THRESHOLD * p.sentences:
            weak.append(i)
            continue
        basis = "keywords"
        if len(p.scores) > 1:
            context = _context(paragraphs, i, by_key)
            mass = sum(context.get(t, 0.0) for t in p.scores)
            if mass > 0:
                scale = CONTEXT_SHARE * sum(p.scores.values()) / mass
                settled = max(p.scores, key=lambda t: (p.scores[t] + scale * context.get(t, 0.0), t))
                basis = "keywords" if settled == best else "context"
                best = settled
        chosen[p.key] = _match(p, best, basis)
    members: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, p in enumerate(paragraphs):
        if not p.heading:
            members[p.section].append(i)
    # Counted once per section (a text without headings is one long section): weak paragraphs
    # count as no theme, and a weak paragraph is never among the strong ones it is compared with.
    strong: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for key, match in chosen.items():
        if match.theme is not None:
            strong[paragraphs[by_key[key]].section][match.theme] += 1
    for i in weak:
        p = paragraphs[i]
        theme = _majority(strong[p.section], len(members[p.section]) - 1)
        chosen[p.key] = _match(p, theme, "section")
    for p in paragraphs:
        if not p.heading:
            continue
        inside = members.get(p.section, [])
        theme = _majority(Counter(t for j in inside if (t := chosen[paragraphs[j].key].theme)), len(inside), least=1)
        basis = "section"
        if theme is None:
            own = _best(p.scores)
            theme = own if own is not None and p.scores[own] >= SENTENCE_THRESHOLD else None
            basis = "keywords"
        chosen[p.key] = _match(p, theme, basis)
    return {p.key: chosen[p.key] for p in paragraphs}


def _match(p: _Paragraph, theme: str | None, basis: str) -> ThemeMatch:
    if theme is None:
        return ThemeMatch(None, 0.0)
    return ThemeMatch(theme, round(p.scores.get(theme, 0.0), 3), p.terms.get(theme, ()), basis)


def _context(paragraphs: list[_Paragraph], i: int, by_key: dict[tuple[str, int], int]) -> dict[str, float]:
    """Evidence around paragraph ``i``: its neighbours in the same section and its section heading."""
    p = paragraphs[i]
    context: dict[str, float] = defaultdict(float)
    for j in (i - 1, i + 1):
        if 0 <= j < len(paragraphs) and not paragraphs[j].heading and paragraphs[j].section == p.section:
            for theme, value in paragraphs[j].scores.items():
                context[theme] += NEIGHBOUR_SHARE * value
    heading = by_key.get(p.section)
    if heading is not None and paragraphs[heading].heading:
        for theme, value in paragraphs[heading].scores.items():
            context[theme] += HEADING_SHARE * value
    return context


def _majority(counts: Counter[str], total: int, least: int = MIN_AGREEING) -> str | None:
    """The theme held by at least ``MAJORITY`` of ``total`` paragraphs and by ``least`` of them."""
    if not counts or total <= 0:
        return None
    theme, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return theme if n >= least and n >= MAJORITY * total - 1e-9 else None


def _sentence_matches(
    sentences: Sequence[Sentence], evidence: Sequence[Evidence], chosen: dict[tuple[str, int], ThemeMatch]
) -> list[ThemeMatch]:
    """A sentence keeps its paragraph's theme when it mentions that theme or none; one that mentions
    only other themes goes to the best of them."""
    out: list[ThemeMatch] = []
    for sentence, e in zip(sentences, evidence, strict=True):
        theme = chosen.get((sentence.source, sentence.paragraph), _NONE).theme
        best = _best(e.scores)
        if best is not None and (theme is None or theme not in e.scores) and e.scores[best] >= SENTENCE_THRESHOLD:
            theme = best
        if theme is None:
            out.append(ThemeMatch(None, round(e.scores[best], 3) if best else 0.0))
        else:
            out.append(ThemeMatch(theme, round(e.scores.get(theme, 0.0), 3), e.terms.get(theme, ())))
    return out


def _best(scores: dict[str, float]) -> str | None:
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: (kv[1], kv[0]))[0]
