"""The analysis pipeline: every stage over every source, then themes joined onto the findings."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._speed.gc_pause import without_gc
from ..model import Actor, Analysis, Event, Figure, Quote, Sentence, Source
from ..spec import BriefSpec, ThemeSpec
from .actors.find import actor_findings
from .figures.extract import extract_figures
from .merge import merge_actors, tag_themes
from .quotes import find_quotes
from .sentences.split import split_sentences
from .themes.assign import assign_themes
from .timeline.events import find_events, order_events


def analyze(sources: Sequence[Source], spec: BriefSpec) -> Analysis:
    """Run every analysis stage over the brief's sources.

    The analysis is a function of the sources (text, paragraphs, path, date, ...) and the themes only, so a
    process keeps the last few by their content: the same sources and themes again (another copy of a brief
    folder, another format, a batch worker's next brief) give the analysis made before, equal to a new one."""
    return _analyze(tuple(sources), spec.themes)


def forget_analyses() -> None:
    """Drop the analyses this process keeps (benches time the analysis with it)."""
    _analyze.cache_clear()


@functools.lru_cache(maxsize=4)
@without_gc
def _analyze(sources: tuple[Source, ...], themes: tuple[ThemeSpec, ...]) -> Analysis:
    """``analyze`` from what it reads: the sources and the brief's themes."""
    sentences: list[Sentence] = []
    figures: list[Figure] = []
    actors: list[Actor] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    for source in sources:
        own = split_sentences(source)
        sentences.extend(own)
        figures.extend(extract_figures(source, own))
        found = actor_findings(source, own)
        actors.extend(found.actors)
        quotes.extend(find_quotes(source, own, found.mentions))
        # "In December" is placed relative to when the source was published; the brief's own date says
        # nothing about that, so without a publication date such an event keeps no year.
        events.extend(find_events(source, own, source.date))
    assignment = assign_themes(sources, sentences, themes)
    tagged = tag_themes(sentences, assignment.sentences, figures, quotes, events, actors)
    return Analysis(
        sources=sources,
        sentences=tuple(sentences),
        matches=assignment.sentences,
        paragraph_themes=assignment.paragraphs,
        figures=tagged.figures,
        actors=merge_actors(tagged.actors),
        quotes=tagged.quotes,
        events=tuple(order_events(tagged.events, [s.id for s in sources])),
        passing={t: tuple(sentences[i].cite for i in found) for t, found in assignment.passing.items()},
    )
