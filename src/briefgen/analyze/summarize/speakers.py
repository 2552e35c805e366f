"""Who says a summary item: a sentence in a speaker's own words outside quotation marks names its speaker.

In a transcript or a record of remarks, a speaker's turn ("SECRETARY HEGSETH: Our storied alliance …")
is speech without quotation marks, and it goes on over the following paragraphs until the next
speaker's turn. A sentence chosen from it reads "we", "I", "our" with no one named; the brief must
say whose words they are. Turns are the quotes whose words stand without quotation marks around them
in the source (``analyze.quotes`` reads speaker labels as quotes).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ...model import Quote, Source, SummaryItem

_QUOTE_MARKS = "“”\"‘’'«»„"


@dataclass(frozen=True, slots=True)
class Turns:
    """The speaker turns of each source, in source order."""

    starts: Mapping[str, list[int]]
    """Per source id, where each turn starts."""
    turns: Mapping[str, list[tuple[int, int, int, str]]]
    """Per source id, each turn's (start, end, paragraph, speaker), parallel to ``starts``."""
    headings: Mapping[str, frozenset[int]]
    """Per source id, the indices of its heading paragraphs (a turn does not run past one)."""


def speaker_turns(sources: Sequence[Source], quotes: Sequence[Quote]) -> Turns:
    """The quotes that are speech without quotation marks (speaker turns), by source."""
    texts = {s.id: s.text for s in sources}
    by_source: dict[str, list[tuple[int, int, int, str]]] = {}
    for q in quotes:
        text = texts.get(q.cite.source)
        if text is None or _quoted(text, q.cite.start, q.cite.end):
            continue
        by_source.setdefault(q.cite.source, []).append((q.cite.start, q.cite.end, q.cite.paragraph, q.speaker))
    for turns in by_source.values():
        turns.sort()
    return Turns(
        {s: [t[0] for t in turns] for s, turns in by_source.items()},
        by_source,
        {s.id: frozenset(p.index for p in s.paragraphs if p.heading) for s in sources},
    )


def spoken(item: SummaryItem, turns: Turns) -> SummaryItem:
    """The item with its speaker when it lies in a speaker's turn or in a paragraph that continues one."""
    starts = turns.starts.get(item.cite.source)
    if not starts:
        return item
    i = bisect.bisect_right(starts, item.cite.start) - 1
    if i < 0:
        return item
    start, end, paragraph, speaker = turns.turns[item.cite.source][i]
    inside = start <= item.cite.start < end
    # The rest of a turn's paragraph, and a later paragraph with no turn of its own, continue the last turn,
    # unless a heading comes between.
    continues = (
        not inside
        and item.cite.paragraph >= paragraph
        and (i + 1 == len(starts) or turns.turns[item.cite.source][i + 1][2] > item.cite.paragraph)
        and not any(paragraph < h <= item.cite.paragraph for h in turns.headings.get(item.cite.source, ()))
    )
    if (inside or continues) and speaker:
        return replace(item, speaker=speaker)
    return item


def _quoted(text: str, start: int, end: int) -> bool:
    """True when quotation marks enclose ``text[start:end]``."""
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return (bool(before) and before[-1] in _QUOTE_MARKS) or (bool(after) and after[0] in _QUOTE_MARKS)
