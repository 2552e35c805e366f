"""Analysis + BriefSpec -> Brief: choose summary items, the bottom line and the key figures."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ._speed.gc_pause import without_gc
from .analyze.summarize.bottom_line import MAX_ITEMS as MAX_BLUF
from .analyze.summarize.bottom_line import Entry, bottom_line
from .analyze.summarize.choose import stands_alone, summarize, theme_candidates
from .analyze.summarize.dating import dated
from .analyze.summarize.duplicates import cite_other_sources, fold_repeats
from .analyze.summarize.entries import readable_events
from .analyze.summarize.signals import summary_signals
from .analyze.summarize.speakers import (
    ASKER,
    family_name,
    presides,
    question_turns,
    speaker_turns,
    spoken,
    voices,
)
from .analyze.summarize.standalone import ceremonial, points_back
from .model import (
    Analysis,
    Brief,
    Cite,
    Figure,
    ParagraphTheme,
    Passage,
    Quote,
    Sentence,
    SourceRef,
    SummaryItem,
    ThemeDigest,
)
from .reconcile.figures import as_listed, reconcile
from .spec import BriefSpec, ThemeSpec
from .templating.charts import comparable
from .theme_quotes import QuoteEvidence

MIN_SUMMARY = 3
"""Fewest summary items a covered theme gets when the sources allow."""
MIN_QUOTE_WORDS = 6
"""Words a pull quote's sentence that reads alone needs ("Hi. Oh, hi. Hi there." has none)."""
THEME_FIGURES = 6
"""Most figures in a theme's callout."""
MIN_BOX_SALIENCE = 1.5
"""Figures less informative than this (bare years, dates, "two nations") stay out of figure boxes."""
THEME_ACTORS = 6
"""Most actors listed per theme."""
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
    analysis = replace(analysis, events=readable_events(analysis.events, analysis.sentences))

    generic = not spec.themes
    theme_specs = (GENERIC_THEME,) if generic else spec.themes
    covered = {m.theme for m in analysis.matches if m.theme is not None}
    # Spare items: the bottom line takes each covered theme's best sentences away from its section.
    n_covered = 1 if generic else max(1, sum(1 for t in theme_specs if t.id in covered))
    k = max(MIN_SUMMARY, spec.summary_items) + -(-min(spec.bluf_items, MAX_BLUF) // n_covered)
    digests: list[ThemeDigest] = []
    people = [a.name for a in analysis.actors if a.kind == "person"]
    # A quantity the sources give differently is not a key figure: page 1 shows nothing the analysis is
    # unsure of; the discrepancy section and the JSON keep every value.
    disputed_cites = {c for d in discrepancies for f in d.figures for c in (f.cite, *f.also)}
    # A theme's pull quote is the first of its quotes: those whose own words are about the theme come first.
    quote_evidence = QuoteEvidence(analysis.quotes, analysis.sentences, analysis.matches, spec.themes)
    quotable = _quotable_quotes(analysis.quotes, analysis.sentences)
    for theme in theme_specs:
        theme_id = None if generic else theme.id
        is_covered = generic or theme.id in covered
        candidates = theme_candidates(
            analysis.sentences, analysis.matches, theme_id, signals.positions, signals.figures
        )
        summary = summarize(candidates, k, signals.mentions.names_in, people) if is_covered else []
        in_theme = [
            f for f in analysis.figures if (generic or f.theme == theme.id) and f.cite not in disputed_cites
        ]
        digests.append(
            ThemeDigest(
                id=theme.id,
                title=theme.title,
                description=theme.description,
                summary=tuple(summary),
                figures=tuple(rank_figures(in_theme)[:THEME_FIGURES]) if is_covered else (),
                actors=tuple(a for a in analysis.actors if generic or theme.id in a.themes)[:THEME_ACTORS],
                quotes=quote_evidence.ordered(
                    [q for q in analysis.quotes if (generic or q.theme == theme.id) and id(q) in quotable],
                    theme_id,
                ),
                events=tuple(e for e in analysis.events if generic or e.theme == theme.id),
                covered=is_covered and bool(summary),
                passing=_passing(analysis, theme.id, is_covered, bool(summary)),
                reported=is_covered,
            )
        )

    # Each figure once: a figure a theme's chart will draw stays out of the sidebar.
    charted = {_figure_key(b.figure) for d in digests if (c := comparable(d.figures)) for b in c.bars}
    sidebar = _round_robin([[f for f in d.figures if _figure_key(f) not in charted] for d in digests],
                           spec.sidebar_figures)
    shown = {_figure_key(f) for d in digests for f in d.figures} | {_figure_key(f) for f in sidebar}
    figures = tuple(
        f if f.sidebar == (_figure_key(f) in shown) else replace(f, sidebar=not f.sidebar) for f in analysis.figures
    )

    def mark(items: Iterable[Figure]) -> tuple[Figure, ...]:
        return tuple(replace(f, sidebar=True) for f in items)

    source_dates = {s.id: s.date for s in analysis.sources}
    # An item from a reporter's question turn is said by the reporter (the claims a question puts forward are no
    # one's statement in the source), and stays out of the bottom line, as does a moderator's.
    turns = speaker_turns(analysis.sources, analysis.quotes, people, question_turns(analysis.sources,
                                                                                    analysis.sentences))
    digests = [
        replace(d, summary=_without_hosts(tuple(spoken(dated(i, source_dates, spec.date), turns) for i in d.summary)))
        for d in digests
    ]
    disputed = tuple(c for d in discrepancies for f in d.figures for c in (f.cite, *f.also))
    bluf = _bluf(digests, spec.bluf_items, spec.date, analysis.figures, disputed,
                 voices(analysis.sources, analysis.sentences))
    # Each fact once: near-repeats of an item shown earlier (the bottom line first) fold into it.
    groups = cite_other_sources(fold_repeats([bluf, *(d.summary for d in digests)]), analysis.sentences)
    bluf = tuple(groups[0])
    digests = [
        replace(d, figures=mark(d.figures), summary=_cut(d.summary, g, spec.summary_items))
        for d, g in zip(digests, groups[1:], strict=True)
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


def _without_hosts(items: tuple[SummaryItem, ...]) -> tuple[SummaryItem, ...]:
    """A theme's items less a moderator's (``presides``: "I'm going to pause for a moment as people filter into the
    room"), unless nothing else on the theme is left."""
    kept = tuple(i for i in items if not presides(i.speaker))
    return kept or items


def _quotable_quotes(quotes: Sequence[Quote], sentences: Sequence[Sentence]) -> set[int]:
    """The ids of the ``quotes`` that are ``_quotable``, each judged once (a theme's list asks for its own)."""
    by_source: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    starts = {source: [s.start for s in own] for source, own in by_source.items()}
    return {id(q) for q in quotes if _quotable(q, by_source, starts)}


def _quotable(quote: Quote, sentences: Mapping[str, Sequence[Sentence]], starts: Mapping[str, list[int]]) -> bool:
    """A quotation a theme may pull out: no ceremony, not a moderator's, and one of its sentences reads alone as
    direct speech, whose pronouns are the speaker's (not "I didn't hear the end of that. What could we do to...";
    not "My name is … and I am the moderator …")."""
    if ceremonial(quote.text) or presides(quote.speaker):
        return False
    c = quote.cite
    own, at = sentences.get(c.source, ()), starts.get(c.source, [])
    # The sentences overlapping the quote: from the last one starting at or before it, while they start inside it.
    inside = []
    i = max(0, bisect.bisect_right(at, c.start) - 1)
    while i < len(own) and own[i].start < c.end:
        if c.start < own[i].end:
            inside.append(own[i])
        i += 1
    texts = [quote.text[max(0, s.start - c.start):max(0, s.end - c.start)] for s in inside] or [quote.text]
    return any(len(t.split()) >= MIN_QUOTE_WORDS and stands_alone("“" + t.strip()) and not points_back(t)
               for t in texts)


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
    digests: Sequence[ThemeDigest], limit: int, brief_date: str, figures: Sequence[Figure],
    disputed: Sequence[Cite] = (),
    voiced: Mapping[str, frozenset[str]] | None = None,
) -> tuple[SummaryItem, ...]:
    """The bottom line: a judgement across the covered themes' items (``summarize.bottom_line``); an item
    stating a figure the sources give differently (``disputed``) does not go into it unqualified, nor one said
    by a speaker other than those the title of its transcript names (``voiced``, ``speakers.voices``)."""
    salient: dict[str, list[int]] = {}
    for f in figures:
        if f.salience >= MIN_BOX_SALIENCE and f.kind not in ("year", "date", "ordinal"):
            salient.setdefault(f.cite.source, []).append(f.cite.start)

    def states_figure(item: SummaryItem) -> bool:
        return any(item.cite.start <= at < item.cite.end for at in salient.get(item.cite.source, ()))

    named = voiced or {}

    def contested(item: SummaryItem) -> bool:
        c = item.cite
        return any(d.source == c.source and c.start <= d.start < c.end for d in disputed)

    def source_voice(item: SummaryItem) -> bool:
        """Said by no one, or by a speaker the source speaks through: not a reporter, not a moderator, and one
        its transcript's title names when it names any."""
        if not item.speaker:
            return True
        if item.speaker == ASKER or presides(item.speaker):
            return False
        voices_of_source = named.get(item.cite.source)
        return voices_of_source is None or family_name(item.speaker) in voices_of_source

    entries = [
        Entry(d.id, item) for d in digests if d.covered for item in d.summary
        if not contested(item) and source_voice(item)
    ]
    year = int(brief_date[:4]) if brief_date[:4].isdigit() else None
    return bottom_line(entries, limit, year, states_figure)


def _passages(analysis: Analysis, cites: Iterable[Cite]) -> tuple[Passage, ...]:
    """The paragraphs holding the given citations, once each, in source order."""
    wanted = {(c.source, c.paragraph) for c in cites}
    return tuple(
        Passage(source.id, p.index, p.start, p.end, p.text)
        for source in analysis.sources
        for p in source.paragraphs
        if (source.id, p.index) in wanted
    )


def _cut(chosen: tuple[SummaryItem, ...], rest: list[SummaryItem], k: int) -> tuple[SummaryItem, ...]:
    """A theme's summary less what the bottom line or an earlier theme already says, cut to the ``k``
    best (at least three), in source order; all of it, repeats included, if nothing else is left."""
    if not rest:
        return chosen
    keep = max(k, MIN_SUMMARY)
    if len(rest) > keep:
        weakest = sorted(rest, key=lambda i: i.score)[: len(rest) - keep]
        rest = [i for i in rest if i not in weakest]
    return tuple(rest)


def _figure_key(figure: Figure) -> tuple[str, int]:
    return (figure.cite.source, figure.cite.start)


def _passing(analysis: Analysis, theme: str, covered: bool, summarised: bool) -> tuple[Cite, ...]:
    """The cited mentions shown for a theme reported as not covered: the analysis's passing mentions, or for a
    theme the analysis covers but no sentence of which can stand in a summary, the first sentence on it in each
    of its paragraphs (the brief then says where the sources mention it rather than that they do not)."""
    if covered and summarised:
        return ()
    if not covered:
        return analysis.passing.get(theme, ())
    seen: set[tuple[str, int]] = set()
    out: list[Cite] = []
    for sentence, match in zip(analysis.sentences, analysis.matches, strict=True):
        at = (sentence.source, sentence.paragraph)
        if match.theme == theme and at not in seen:
            seen.add(at)
            out.append(sentence.cite)
    return tuple(out)
