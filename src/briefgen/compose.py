"""Analysis + BriefSpec -> Brief: choose summary items, the bottom line and the key figures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ._speed.gc_pause import without_gc
from .analyze.summarize.choose import summarize, theme_candidates
from .analyze.summarize.signals import summary_signals
from .analyze.terms import content_terms
from .model import (
    Analysis,
    Brief,
    Cite,
    Figure,
    ParagraphTheme,
    Passage,
    SourceRef,
    SummaryItem,
    ThemeDigest,
)
from .reconcile.figures import as_listed, reconcile
from .spec import BriefSpec, ThemeSpec

MIN_SUMMARY = 3
"""Fewest summary items a covered theme gets when the sources allow."""
THEME_FIGURES = 6
"""Most figures in a theme's callout."""
MIN_BOX_SALIENCE = 1.5
"""Figures less informative than this (bare years, dates, "two nations") stay out of figure boxes."""
THEME_ACTORS = 6
"""Most actors listed per theme."""
MAX_BLUF = 4
"""A bottom line has at most four items, whatever brief.toml asks."""
BLUF_WORDS = 30
"""Bottom-line candidates longer than this many words are scored down in proportion: short ones read best."""
BLUF_FIGURE_BONUS = 0.1
"""Bonus of a bottom-line candidate that states a salient figure."""
BLUF_OVERLAP = 0.5
"""Word overlap (Jaccard) above which two bottom-line items say the same thing."""
GENERIC_THEME = ThemeSpec("overview", "Overview", "The most central points of the sources.", ())
"""The single section of a brief configured with no themes."""

# Sidebars lead with money and shares; bare years inform least.
_KIND_RANK = {"money": 0, "percent": 1, "count": 2, "range": 3, "duration": 4, "date": 5, "ordinal": 6, "year": 7}


@without_gc
def compose(analysis: Analysis, spec: BriefSpec) -> Brief:
    """Build the brief's content model from what the analysis found."""
    signals = summary_signals(
        analysis.sentences, analysis.matches, analysis.figures, analysis.actors, MIN_BOX_SALIENCE
    )
    analysis, discrepancies = reconcile(analysis)  # one figure per fact across sources; conflicts flagged

    generic = not spec.themes
    theme_specs = (GENERIC_THEME,) if generic else spec.themes
    covered = {m.theme for m in analysis.matches if m.theme is not None}
    # Spare items: the bottom line takes each covered theme's best sentences away from its section.
    n_covered = 1 if generic else max(1, sum(1 for t in theme_specs if t.id in covered))
    k = max(MIN_SUMMARY, spec.summary_items) + -(-min(spec.bluf_items, MAX_BLUF) // n_covered)
    digests: list[ThemeDigest] = []
    for theme in theme_specs:
        theme_id = None if generic else theme.id
        is_covered = generic or theme.id in covered
        candidates = theme_candidates(
            analysis.sentences, analysis.matches, theme_id, signals.positions, signals.figures
        )
        summary = summarize(candidates, k, signals.mentions.names_in) if is_covered else []
        in_theme = [f for f in analysis.figures if generic or f.theme == theme.id]
        digests.append(
            ThemeDigest(
                id=theme.id,
                title=theme.title,
                description=theme.description,
                summary=tuple(summary),
                figures=tuple(rank_figures(in_theme)[:THEME_FIGURES]) if is_covered else (),
                actors=tuple(a for a in analysis.actors if generic or theme.id in a.themes)[:THEME_ACTORS],
                quotes=tuple(q for q in analysis.quotes if generic or q.theme == theme.id),
                events=tuple(e for e in analysis.events if generic or e.theme == theme.id),
                covered=is_covered and bool(summary),
                passing=() if is_covered and summary else analysis.passing.get(theme.id, ()),
            )
        )

    sidebar = _round_robin([d.figures for d in digests], spec.sidebar_figures)
    shown = {_figure_key(f) for d in digests for f in d.figures} | {_figure_key(f) for f in sidebar}
    figures = tuple(
        f if f.sidebar == (_figure_key(f) in shown) else replace(f, sidebar=not f.sidebar) for f in analysis.figures
    )

    def mark(items: Iterable[Figure]) -> tuple[Figure, ...]:
        return tuple(replace(f, sidebar=True) for f in items)

    bluf = _bluf(digests, spec.bluf_items, frozenset(signals.figures))
    digests = [
        replace(d, figures=mark(d.figures), summary=_without(d.summary, bluf, spec.summary_items)) for d in digests
    ]
    cited = [
        *(i.cite for i in bluf),
        *(i.cite for d in digests for i in d.summary),
        *(c for f in figures for c in (f.cite, *f.also)),
        *(q.cite for q in analysis.quotes),
        *(e.cite for e in analysis.events),
    ]
    return Brief(
        name=spec.name,
        title=spec.title,
        subtitle=spec.subtitle,
        date=spec.date,
        classification=spec.classification,
        author=spec.author,
        portion_marks=spec.portion_marks,
        portion_mark=spec.portion_mark,
        sources=tuple(
            SourceRef(i, s.id, s.title, s.path, s.sha256, s.reader, s.url, s.outlet, s.date)
            for i, s in enumerate(analysis.sources, start=1)
        ),
        bluf=bluf,
        themes=tuple(digests),
        sidebar=mark(sidebar),
        figures=figures,
        actors=analysis.actors,
        quotes=analysis.quotes,
        timeline=analysis.events,
        passages=_passages(analysis, cited),
        assignments=tuple(
            ParagraphTheme(source, paragraph, m.theme, m.score, m.terms, m.basis)
            for (source, paragraph), m in analysis.paragraph_themes.items()
        ),
        discrepancies=as_listed(discrepancies, figures),
        memo=dict(spec.memo),
    )


def rank_figures(figures: Sequence[Figure]) -> list[Figure]:
    """Figures most worth a sidebar first, one per surface form; a figure whose label does not say what it
    measures (``label_complete`` False) is never shown, so sidebars, callouts, strips and charts lack it."""
    seen: set[tuple[str, float, str]] = set()
    ranked: list[Figure] = []
    for figure in sorted(figures, key=lambda f: (_KIND_RANK.get(f.kind, 9), -f.salience, f.cite.start)):
        key = (figure.kind, figure.value, figure.unit)
        if key not in seen and figure.salience >= MIN_BOX_SALIENCE and figure.label_complete:
            seen.add(key)
            ranked.append(figure)
    return sorted(ranked, key=lambda f: (_KIND_RANK.get(f.kind, 9) > 3, -f.salience, f.cite.start))


def _round_robin(groups: Sequence[Sequence[Figure]], limit: int) -> list[Figure]:
    """Take the best figure of each theme in turn, so every theme shows on page 1."""
    out: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    depth = 0
    while len(out) < limit and any(depth < len(g) for g in groups):
        for group in groups:
            if depth < len(group) and len(out) < limit:
                figure = group[depth]
                if _figure_key(figure) not in seen and _KIND_RANK.get(figure.kind, 9) <= 4:
                    seen.add(_figure_key(figure))
                    out.append(figure)
        depth += 1
    return out


def _bluf(
    digests: Sequence[ThemeDigest], limit: int, informative: frozenset[tuple[str, int]]
) -> tuple[SummaryItem, ...]:
    """Each covered theme's most telling item in turn, then the next, up to ``limit`` (at most four):
    summary score, scaled down for long sentences, plus a bonus for a salient figure; no near-repeats.
    In theme order, each theme's items in source order."""
    limit = min(limit, MAX_BLUF)

    def value(item: SummaryItem) -> float:
        words = max(1, len(item.text.split()))
        bonus = BLUF_FIGURE_BONUS if (item.cite.source, item.cite.start) in informative else 0.0
        return item.score * min(1.0, BLUF_WORDS / words) + bonus

    ranked = [sorted(d.summary, key=lambda s: -value(s)) for d in digests if d.covered]
    picked: list[tuple[int, SummaryItem]] = []
    words: list[frozenset[str]] = []
    depth = 0
    while len(picked) < limit and any(depth < len(r) for r in ranked):
        for order, items in enumerate(ranked):
            if depth < len(items) and len(picked) < limit:
                terms = frozenset(content_terms(items[depth].text))
                if all(len(terms & w) <= BLUF_OVERLAP * len(terms | w) for w in words):
                    picked.append((order, items[depth]))
                    words.append(terms)
        depth += 1
    return tuple(item for _order, item in sorted(picked, key=lambda p: (p[0], p[1].cite.source, p[1].cite.start)))


def _passages(analysis: Analysis, cites: Iterable[Cite]) -> tuple[Passage, ...]:
    """The paragraphs holding the given citations, once each, in source order."""
    wanted = {(c.source, c.paragraph) for c in cites}
    return tuple(
        Passage(source.id, p.index, p.start, p.end, p.text)
        for source in analysis.sources
        for p in source.paragraphs
        if (source.id, p.index) in wanted
    )


def _without(
    summary: tuple[SummaryItem, ...], bluf: tuple[SummaryItem, ...], k: int
) -> tuple[SummaryItem, ...]:
    """A theme's summary less what the bottom line already says, cut to ``k`` best, at least three."""
    rest = [i for i in summary if i not in bluf]
    if len(rest) < MIN_SUMMARY:
        rest = list(summary)
    keep = max(k, MIN_SUMMARY)
    if len(rest) > keep:
        weakest = sorted(rest, key=lambda i: i.score)[: len(rest) - keep]
        rest = [i for i in rest if i not in weakest]
    return tuple(rest)


def _figure_key(figure: Figure) -> tuple[str, int]:
    return (figure.cite.source, figure.cite.start)
