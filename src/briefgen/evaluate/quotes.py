"""Score quotes: spans found (precision, recall, F1), then the speaker of those found.

A predicted quote finds a gold quote when it starts where the gold's first words start (a few
characters of slack for a mark or a space) and runs over them: a quote cut short at its start, or one
that merely touches the gold's words, is a miss, so a fragment or a merged pair is not counted found.

Optional gold quotes (reporters' questions, borderline quotations) are neither rewarded nor
penalised: missing one costs nothing, and a predicted quote overlapping one is no false alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Quote
from .gold import GoldActor, GoldQuote
from .match import match_spans, normalise_name, overlap
from .scores import Accuracy, Counts

START_SLACK = 2
"""Characters a predicted quote may start before or after the gold's first word (a mark, a space)."""


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteScore:
    """Quote scores of one text."""

    counts: Counts
    """Quotes found against the gold."""
    speakers: Accuracy
    """Matched quotes given the right speaker (any of the gold actor's names)."""
    errors: tuple[str, ...] = ()
    """One line per miss, false alarm or wrong speaker."""


def score_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Quote], actors: Sequence[GoldActor]) -> QuoteScore:
    """Match quotes that start together (``same_start``); a speaker is right when it names the gold
    speaker (its name or any alias in the gold actors) or is the gold's role phrase, case ignored."""
    spans = [_Span(q.cite.start, q.cite.end) for q in predicted]
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    pairs = {i: j for i, j in match_spans(required, spans).items() if same_start(required[i], spans[j])}
    errors: list[str] = []
    speakers = Accuracy()
    for i, g in enumerate(required):
        j = pairs.get(i)
        if j is None:
            errors.append(f"missed  {_short(g.text)} ({g.speaker or 'no speaker'})")
            continue
        said = predicted[j].speaker
        ok = _speaker(said) in _names(g.speaker, actors)
        speakers += Accuracy(ok, 1)
        if not ok:
            errors.append(f"speaker {_short(g.text)}: {said!r}, expected {g.speaker!r}")
    matched = set(pairs.values())
    extra = [q for j, q in enumerate(predicted) if j not in matched and not any(overlap(g, spans[j]) for g in optional)]
    errors.extend(f"extra   {_short(q.text)} ({q.speaker or 'no speaker'})" for q in extra)
    return QuoteScore(Counts(len(pairs), len(extra), len(required) - len(pairs)), speakers, tuple(errors))


def same_start(gold: GoldQuote, predicted: _Span) -> bool:
    """True when the predicted quote begins at the gold quote's first words (within ``START_SLACK``
    characters) and covers at least half of them."""
    covered = overlap(gold, predicted)
    return abs(predicted.start - gold.start) <= START_SLACK and covered * 2 >= gold.end - gold.start


def _speaker(name: str) -> str:
    """A speaker's name or role phrase folded for comparison (a leading "a"/"an"/"the" ignored)."""
    folded = normalise_name(name)
    for article in ("a ", "an "):
        if folded.startswith(article):
            return folded[len(article):]
    return folded


def _names(speaker: str, actors: Sequence[GoldActor]) -> set[str]:
    names = {_speaker(speaker)}
    for actor in actors:
        if normalise_name(actor.name) == normalise_name(speaker):
            names.update(_speaker(n) for n in actor.names)
    return names


def _short(text: str) -> str:
    words = text.split()
    return repr(" ".join(words[:8]) + ("…" if len(words) > 8 else ""))
