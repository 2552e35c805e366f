"""Score quotes: spans found (precision, recall, F1), then the speaker of those found.

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
    """Match quotes by overlapping spans; a speaker is right when it names the gold speaker (its
    name or any alias in the gold actors) or is the gold's role phrase, case ignored."""
    spans = [_Span(q.cite.start, q.cite.end) for q in predicted]
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    pairs = match_spans(required, spans)
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
