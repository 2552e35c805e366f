"""Paragraph blocks: a paragraph's sentences rebuilt into one string, so each pattern runs once per paragraph."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Sentence
from ..quick_init import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """The sentences of one paragraph as one string whose offsets shift by ``start`` into the source."""

    text: str
    """The sentences at their offsets, gaps between them filled with spaces."""
    start: int
    """Source offset of ``text[0]``."""
    paragraph: int
    """Paragraph index."""
    starts: tuple[int, ...]
    """Source offsets of the sentences' starts."""
    flags: tuple[bool, ...]
    """A flag per sentence (e.g. heading-like), parallel to ``starts``."""

    def flag_at(self, offset: int) -> bool:
        """The flag of the sentence holding source offset ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.flags[max(i, 0)] if self.flags else False


def blocks(sentences: Sequence[Sentence], flag: Callable[[Sentence], bool] | None = None) -> list[Block]:
    """One block per run of sentences of the same paragraph, in order."""
    out: list[Block] = []
    n = len(sentences)
    i = 0
    while i < n:
        first = sentences[i]
        j = i + 1
        while j < n and sentences[j].paragraph == first.paragraph:
            j += 1
        members = sentences[i:j]
        i = j
        out.append(Block(
            text=first.text if len(members) == 1 else _joined(members),
            start=first.start,
            paragraph=first.paragraph,
            starts=tuple(s.start for s in members),
            flags=tuple(flag(s) for s in members) if flag else (False,) * len(members),
        ))
    return out


def _joined(members: Sequence[Sentence]) -> str:
    """The sentences at their offsets, gaps between them filled with spaces."""
    parts: list[str] = []
    at = members[0].start
    for sentence in members:
        parts.append(" " * max(0, sentence.start - at))
        parts.append(sentence.text[max(0, at - sentence.start):])
        at = max(at, sentence.end)
    return "".join(parts)
