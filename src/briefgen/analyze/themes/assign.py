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
   follows a neighbour strong on the theme its first sentence mentions (its topic: "the exercises
   are held on…" after a paragraph on the exercises), or goes to none. (The paragraphs before the
   first heading form a section, as does a text without headings.)
3. A heading takes the theme most of its section's paragraphs have (its only paragraph's, in a
   section of one); otherwise its own keywords'.

A sentence keeps its paragraph's theme when it mentions that theme or no theme at all (a quotation
full of another theme's keywords inside a paragraph about X stays with X when it names X too); a
sentence that mentions only other themes goes to the best of them; a sentence that mentions no
theme in a paragraph without one goes to none. A theme the evidence does not cover (``coverage``:
too few sentences, one concept repeated, or none of its anchors) gets nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from ..._speed.gc_pause import without_gc
from ...model import Sentence, Source, ThemeMatch
from ...spec import ThemeSpec
from .country_keywords import with_country_names
from .coverage import SENTENCE_THRESHOLD, anchor_scoped, covered_themes, title_anchors, with_parties
from .evidence import Evidence, sentence_evidence
from .keyword_scan import Keyword, theme_keywords
from .parties import paragraphs_with_parties, relation_anchors
from .regions import sentences_naming_places, theme_regions, theme_relations, with_region_names
from .related import with_related_terms
from .scope import drop_outside_queries

CONTEXT_SHARE = 0.5
"""Weight of the context, relative to the paragraph's own evidence."""
NEIGHBOUR_SHARE = 0.5
"""Weight of each neighbouring paragraph of the same section within the context."""
HEADING_SHARE = 1.0
"""Weight of the section heading's evidence within the context."""
LEAD_WEIGHT = 2.0
"""Weight of a paragraph's first sentence, its topic sentence, in the paragraph's evidence (a list of examples
further on does not outweigh what the paragraph opens with)."""
SECOND_SHARE = 0.8
"""A paragraph is also about a second theme whose evidence there is at least this share of its chosen theme's…"""
MIN_SECOND_SENTENCES = 2
"""…in at least this many of its sentences (as a covered theme needs, ``coverage.MIN_DIRECT_SENTENCES``): a
report on a coast-guard clash with China is both security and China; one clause naming another theme is not."""
LONG_PARAGRAPH = 4
"""A paragraph needs ``SENTENCE_THRESHOLD`` evidence per sentence, for at most this many sentences: a long answer in
a transcript that reports on a theme in a few of its sentences is about it as a short paragraph would be."""
MAJORITY = 2 / 3
"""Share of a section's paragraphs that must agree for the section to lend its theme (two of three do)."""
MIN_AGREEING = 2
"""...and how many at least: one neighbour alone does not make a section's theme."""

_NONE = ThemeMatch(None, 0.0)


@dataclass(frozen=True, slots=True)
class ThemeAssignment:
    """The theme of every sentence and paragraph, and which themes the sources cover."""

    sentences: tuple[ThemeMatch, ...]
    """Parallel to the input sentences."""
    paragraphs: dict[tuple[str, int], ThemeMatch]
    """Keyed by (source id, paragraph index), in source order."""
    covered: frozenset[str]
    """Ids of themes with enough direct evidence (``coverage.covered_themes``) that a paragraph is mainly or as
    much about (``SECOND_SHARE``)."""
    passing: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Themes not covered but mentioned: indices of the first sentence with a mention in each paragraph."""


class _Paragraph(NamedTuple):
    """A paragraph's summed evidence."""

    key: tuple[str, int]
    heading: bool
    section: tuple[str, int]
    scores: dict[str, float]
    terms: dict[str, list[str]]
    sentences: int
    lead: frozenset[str] = frozenset()
    """Themes its first sentence mentions (the paragraph's topic position)."""


@without_gc
def assign_themes(
    sources: Sequence[Source], sentences: Sequence[Sentence], themes: Sequence[ThemeSpec]
) -> ThemeAssignment:
    """Score every sentence and paragraph against every theme and pick the best, or none."""
    if not themes:
        nothing = {(source.id, p.index): _NONE for source in sources for p in source.paragraphs}
        return ThemeAssignment(tuple(_NONE for _ in sentences), nothing, frozenset())
    themes = with_region_names(with_related_terms(with_country_names(themes)))
    evidence = sentence_evidence(sources, sentences, themes)
    keywords = theme_keywords(themes)
    title_terms = title_anchors(themes)
    anchored = frozenset(theme for theme, terms in title_terms.items() if terms)
    places = sentences_naming_places(sources, sentences, theme_regions(themes), theme_relations(themes))
    parties = paragraphs_with_parties(sources, relation_anchors(themes, title_terms))
    scoped = anchor_scoped(sentences, evidence, keywords, anchored, places)
    # Parties decide whether a relation theme is covered; once it is, the text's own country may go unnamed
    # ("the country owes $108 million to China's Export-Import bank"), so its paragraphs are taken without them.
    covered = covered_themes(
        sentences, evidence, with_parties(sentences, scoped, parties), keywords, title_terms, places,
        {theme: region.names for theme, region in theme_regions(themes).items()},
    )
    # A theme that no paragraph is mainly (or as much) about (its words only beside another theme's, as in a
    # list of agenda items) is not reported on; without it, other paragraphs may change hands, so settle again.
    while True:
        evidence = [e if covered.issuperset(e.scores) else _only(e, covered) for e in scoped]
        paragraphs = _paragraphs(sources, sentences, evidence)
        chosen = drop_outside_queries(sources, _choose(paragraphs), themes)
        seconds = _close_seconds(paragraphs, chosen, sentences, evidence)
        held = {m.theme for m in chosen.values() if m.theme} | {t for ts in seconds.values() for t in ts}
        if covered <= held:
            break
        covered = covered & held
    passing = _passing_mentions(sentences, scoped, covered, keywords, anchored, places)
    matches = _sentence_matches(sentences, evidence, chosen, seconds)
    return ThemeAssignment(tuple(matches), chosen, covered, passing)


def _close_seconds(
    paragraphs: list[_Paragraph],
    chosen: dict[tuple[str, int], ThemeMatch],
    sentences: Sequence[Sentence],
    evidence: Sequence[Evidence],
) -> dict[tuple[str, int], frozenset[str]]:
    """Per paragraph, the themes nearly as strong as its chosen theme, with direct evidence of their own."""
    direct: Counter[tuple[str, int, str]] = Counter(
        (s.source, s.paragraph, t)
        for s, e in zip(sentences, evidence, strict=True)
        for t, v in e.scores.items()
        if v >= SENTENCE_THRESHOLD
    )
    out: dict[tuple[str, int], frozenset[str]] = {}
    for p in paragraphs:
        theme = chosen[p.key].theme
        if p.heading or theme is None or theme not in p.scores or len(p.scores) < 2:
            continue
        top = p.scores[theme]
        near = frozenset(
            other
            for other, value in p.scores.items()
            if other != theme and value >= SECOND_SHARE * top and direct[(*p.key, other)] >= MIN_SECOND_SENTENCES
        )
        if near:
            out[p.key] = near
    return out


def _passing_mentions(
    sentences: Sequence[Sentence],
    evidence: Sequence[Evidence],
    covered: frozenset[str],
    keywords: dict[tuple[str, str], Keyword],
    anchored: frozenset[str],
    places: dict[str, frozenset[int]],
) -> dict[str, tuple[int, ...]]:
    """For each theme the evidence does not cover, the first sentence mentioning it in each paragraph. A sentence
    mentions an anchored theme only when it names one of the theme's names ("China", "ASEM") or a place in its
    region itself: "environment security" in a paragraph about Indonesia is no mention of Indo-Pacific security."""
    seen: set[tuple[str, str, int]] = set()
    out: dict[str, list[int]] = defaultdict(list)
    for i, (sentence, e) in enumerate(zip(sentences, evidence, strict=True)):
        for theme in e.scores:
            key = (theme, sentence.source, sentence.paragraph)
            if theme in anchored and i not in places.get(theme, ()) and all(
                keywords[theme, t].common for t in e.terms.get(theme, ()) if (theme, t) in keywords
            ):
                continue
            if theme not in covered and key not in seen:
                seen.add(key)
                out[theme].append(i)
    return {theme: tuple(found) for theme, found in out.items()}


def _only(e: Evidence, covered: frozenset[str]) -> Evidence:
    return Evidence(
        {t: v for t, v in e.scores.items() if t in covered}, {t: v for t, v in e.terms.items() if t in covered}
    )


def _paragraphs(
    sources: Sequence[Source], sentences: Sequence[Sentence], evidence: Sequence[Evidence]
) -> list[_Paragraph]:
    """Every paragraph of every source with its sentences' evidence added up."""
    scores: dict[tuple[str, int], dict[str, float]] = {}
    terms: dict[tuple[str, int], dict[str, list[str]]] = {}
    counts: Counter[tuple[str, int]] = Counter(zip(map(_SOURCE, sentences), map(_PARAGRAPH, sentences), strict=True))
    lead: dict[tuple[str, int], frozenset[str]] = {}
    previous: tuple[str, int] | None = None
    for sentence, e in zip(sentences, evidence, strict=True):
        key = (sentence.source, sentence.paragraph)
        if key != previous:
            previous = key
            if e.scores:
                lead[key] = frozenset(e.scores)
                e = Evidence({t: v * LEAD_WEIGHT for t, v in e.scores.items()}, e.terms)
        if not e.scores:
            continue
        summed = scores.get(key)
        if summed is None:  # the paragraph's first sentence with evidence (the sums below, from zero)
            scores[key] = dict(e.scores)
            terms[key] = {theme: list(e.terms[theme]) for theme in e.scores}
            continue
        seen_terms = terms[key]
        for theme, value in e.scores.items():
            summed[theme] = summed.get(theme, 0.0) + value
            seen = seen_terms.get(theme)
            if seen is None:
                seen_terms[theme] = list(e.terms[theme])
            else:
                for term in e.terms[theme]:
                    if term not in seen:
                        seen.append(term)
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
                    scores.get(key, {}),
                    terms.get(key, {}),
                    max(1, counts[key]),
                    lead.get(key, frozenset()),
                )
            )
    return out


_SOURCE = attrgetter("source")
_PARAGRAPH = attrgetter("paragraph")


def _choose(paragraphs: list[_Paragraph]) -> dict[tuple[str, int], ThemeMatch]:
    """Paragraph themes: own evidence, then section agreement for the weak, then headings."""
    by_key = {p.key: i for i, p in enumerate(paragraphs)}
    chosen: dict[tuple[str, int], ThemeMatch] = {}
    weak: list[int] = []
    for i, p in enumerate(paragraphs):
        if p.heading:
            continue
        scores = p.scores
        if not scores:
            weak.append(i)
            continue
        best = _top(scores)
        score = scores[best]
        if score < SENTENCE_THRESHOLD * min(p.sentences, LONG_PARAGRAPH):
            weak.append(i)
            continue
        if len(scores) == 1:  # nothing for the context to settle
            chosen[p.key] = ThemeMatch(best, round(score, 3), tuple(p.terms.get(best, ())), "keywords")
            continue
        basis = "keywords"
        context = _context(paragraphs, i, by_key)
        mass = sum(context.get(t, 0.0) for t in scores)
        if mass > 0:
            scale = CONTEXT_SHARE * sum(scores.values()) / mass
            settled = max(scores, key=lambda t: (scores[t] + scale * context.get(t, 0.0), t))
            basis = "keywords" if settled == best else "context"
            best = settled
        chosen[p.key] = _match(p, best, basis)
    members: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, p in enumerate(paragraphs):
        if not p.heading:
            members[p.section].append(i)
    # Counted once per section (a text without headings is one long section): weak paragraphs
    # count as no theme, and a weak paragraph is never among the strong ones it is compared with.
    strong: dict[tuple[str, int], dict[str, int]] = {}
    for key, match in chosen.items():
        if match.theme is not None:
            counts = strong.setdefault(paragraphs[by_key[key]].section, {})
            counts[match.theme] = counts.get(match.theme, 0) + 1
    lent: dict[tuple[str, int], str | None] = {}
    for i in weak:
        p = paragraphs[i]
        if p.section not in lent:
            lent[p.section] = _majority(strong.get(p.section, {}), len(members[p.section]) - 1)
        theme, basis = lent[p.section], "section"
        if theme is None and p.scores:
            theme = _mentioned_beside(paragraphs, i, chosen)
            basis = "context"
        chosen[p.key] = _match(p, theme, basis)
    for p in paragraphs:
        if not p.heading:
            continue
        inside = members.get(p.section, [])
        held: dict[str, int] = {}
        for j in inside:
            if t := chosen[paragraphs[j].key].theme:
                held[t] = held.get(t, 0) + 1
        theme = _majority(held, len(inside), least=1)
        basis = "section"
        if theme is None:
            own = _best(p.scores)
            theme = own if own is not None and p.scores[own] >= SENTENCE_THRESHOLD else None
            basis = "keywords"
        chosen[p.key] = _match(p, theme, basis)
    return {p.key: chosen[p.key] for p in paragraphs}


def _mentioned_beside(paragraphs: list[_Paragraph], i: int, chosen: dict[tuple[str, int], ThemeMatch]) -> str | None:
    """The theme a weak paragraph mentions most, in its first sentence (its topic, not a passing mention
    further on), when a neighbour in its section holds that theme. Weak paragraphs are settled in order, so a
    run of them whose openings name the theme follows the strong paragraph before it."""
    p = paragraphs[i]
    best = _top(p.scores)
    if best not in p.lead:
        return None
    for j in (i - 1, i + 1):
        if 0 <= j < len(paragraphs) and paragraphs[j].section == p.section and not paragraphs[j].heading:
            near = chosen.get(paragraphs[j].key)
            if near is not None and near.theme == best:
                return best
    return None


def _match(p: _Paragraph, theme: str | None, basis: str) -> ThemeMatch:
    if theme is None:
        return _NONE
    return ThemeMatch(theme, round(p.scores.get(theme, 0.0), 3), tuple(p.terms.get(theme, ())), basis)


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


def _majority(counts: Mapping[str, int], total: int, least: int = MIN_AGREEING) -> str | None:
    """The theme held by at least ``MAJORITY`` of ``total`` paragraphs and by ``least`` of them."""
    if not counts or total <= 0:
        return None
    theme, n = next(iter(counts.items())) if len(counts) == 1 else max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return theme if n >= least and n >= MAJORITY * total - 1e-9 else None


def _sentence_matches(
    sentences: Sequence[Sentence],
    evidence: Sequence[Evidence],
    chosen: dict[tuple[str, int], ThemeMatch],
    seconds: dict[tuple[str, int], frozenset[str]],
) -> list[ThemeMatch]:
    """A sentence keeps its paragraph's theme when it mentions that theme or none; one that mentions
    only other themes goes to the best of them."""
    out: list[ThemeMatch] = []
    # A sentence without evidence takes one of these (values, shared: ThemeMatch is immutable).
    plain: dict[str | None, ThemeMatch] = {None: _NONE}
    source: str = ""
    paragraph: int | None = None  # the paragraph's theme is looked up when it changes
    theme: str | None = None
    near: frozenset[str] = frozenset()
    for sentence, e in zip(sentences, evidence, strict=True):
        if sentence.paragraph != paragraph or sentence.source != source:
            source, paragraph = sentence.source, sentence.paragraph
            theme = chosen.get((source, paragraph), _NONE).theme
            near = seconds.get((source, paragraph), frozenset())
        scores = e.scores
        if not scores:
            match = plain.get(theme)
            if match is None:
                match = plain[theme] = ThemeMatch(theme, 0.0, ())
            out.append(match)
            continue
        best = _top(scores)
        own = theme
        if (own is None or own not in scores or (best in near and scores[best] > scores[own])) and scores[
            best
        ] >= SENTENCE_THRESHOLD:
            own = best
        if own is None:
            out.append(ThemeMatch(None, round(scores[best], 3) if best else 0.0))
        else:
            out.append(ThemeMatch(own, round(scores.get(own, 0.0), 3), e.terms.get(own, ())))
    return out


def _best(scores: dict[str, float]) -> str | None:
    """The theme with the highest score (ties to the greater id), None for none."""
    return _top(scores) if scores else None


def _top(scores: dict[str, float]) -> str:
    """The theme with the highest score (ties to the greater id) of non-empty ``scores``."""
    items = iter(scores.items())
    best, top = next(items)
    for theme, score in items:
        if score > top or (score == top and theme > best):
            best, top = theme, score
    return best
