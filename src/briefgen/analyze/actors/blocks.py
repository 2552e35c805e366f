"""Paragraph blocks: a paragraph's sentences rebuilt into one string, and all blocks joined into one, so each
pattern runs once per source."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from ..._speed.quick_init import quick_init
from ...model import Sentence

#: Put between blocks in ``Joined.text``: no actor pattern matches it (it is neither a word character,
#: white space nor punctuation), so no match runs from one block into the next, and to every look-around
#: a block's edges look like the edges of a string of its own.
SEP = "\x00"


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
    sentences: Sequence[Sentence]
    """The sentences, parallel to ``starts``."""
    flag: Callable[[Sentence], bool] | None
    """What flags a sentence (e.g. as heading-like), if anything."""
    flags: list[bool | None]
    """Each sentence's flag, parallel to ``starts``; None until ``flag_at`` first asks for it (most sentences
    hold no name, so most flags are never needed)."""

    def flag_at(self, offset: int) -> bool:
        """The flag of the sentence holding source offset ``offset``."""
        i = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        flag = self.flags[i]
        if flag is None:
            flag = self.flags[i] = self.flag(self.sentences[i]) if self.flag else False
        return flag


class Joined(NamedTuple):
    """Every block's text in one string, ``SEP`` between blocks, so that one scan covers a whole source."""

    text: str
    """The blocks' texts joined by ``SEP``."""
    origins: list[int]
    """Offset in ``text`` of each block's first character."""
    blocks: Sequence[Block]
    """The blocks, parallel to ``origins``."""
    shifts: list[int]
    """Per block, what to add to an offset in ``text`` for the source offset."""


def blocks(sentences: Sequence[Sentence], flag: Callable[[Sentence], bool] | None = None) -> list[Block]:
    """One block per run of sentences of the same paragraph, in order."""
    out: list[Block] = []
    for paragraph, run in groupby(sentences, _PARAGRAPH):
        members = list(run)
        first = members[0]
        if len(members) == 1:
            out.append(Block(first.text, first.start, paragraph, (first.start,), members, flag, [None]))
        else:
            out.append(Block(_joined(members), first.start, paragraph, tuple([s.start for s in members]), members,
                             flag, [None] * len(members)))
    return out


_PARAGRAPH = attrgetter("paragraph")


def joined(paragraphs: Sequence[Block]) -> Joined:
    """The blocks' texts as one string, with where each block begins in it."""
    origins: list[int] = []
    shifts: list[int] = []
    at = 0
    for block in paragraphs:
        origins.append(at)
        shifts.append(block.start - at)
        at += len(block.text) + 1
    return Joined(SEP.join([b.text for b in paragraphs]), origins, paragraphs, shifts)


def _joined(members: Sequence[Sentence]) -> str:
    """The sentences at their offsets, gaps between them filled with spaces."""
    parts: list[str] = []
    at = members[0].start
    for sentence in members:
        if sentence.start >= at:
            parts.append(" " * (sentence.start - at))
            parts.append(sentence.text)
        else:
            parts.append(sentence.text[at - sentence.start:])
        if sentence.end > at:
            at = sentence.end
    return "".join(parts)
