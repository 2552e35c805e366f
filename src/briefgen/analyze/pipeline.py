"""The analysis pipeline: every stage over every source, then themes joined onto the findings."""

from __future__ import annotations

from collections.abc import Sequence

from .._speed.gc_pause import without_gc
from ..model import Actor, Analysis, Event, Figure, Quote, Sentence, Source
from ..spec import BriefSpec
from .actors.find import actor_findings
from .figures.extract import extract_figures
from .merge import merge_actors, tag_themes
from .quotes import find_quotes
from .sentences.split import split_sentences
from .themes.assign import assign_themes
from .timeline.events import find_events, order_events


@without_gc
def analyze(sources: Sequence[Source], spec: BriefSpec) -> Analysis:
    """Run every analysis stage over the brief's sources."""
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
    assignment = assign_themes(sources, sentences, spec.themes)
    tagged = tag_themes(sentences, assignment.sentences, figures, quotes, events, actors)
    return Analysis(
        sources=tuple(sources),
        sentences=tuple(sentences),
        matches=assignment.sentences,
        paragraph_themes=assignment.paragraphs,
        figures=tagged.figures,
        actors=merge_actors(tagged.actors),
        quotes=tagged.quotes,
        events=tuple(order_events(tagged.events, [s.id for s in sources])),
        passing={t: tuple(sentences[i].cite for i in found) for t, found in assignment.passing.items()},
    )
