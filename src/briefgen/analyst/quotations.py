"""Check the analyst's quotations against the source text: verbatim (supported), close to a source's words
(differs, with the source's wording) or found nowhere (unsupported).

Texts are compared after normalising case, white space, quotation marks, apostrophes and dashes,
so a straight-quoted copy of a curly-quoted source still matches, and the final punctuation of a
quotation is not required to match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..analyze.terms import content_terms
from ..model import Cite, Quote, Sentence, Source
from .numbers import NumberCheck

MIN_WORDS = 3
"""Shorter quoted stretches (titles, scare quotes) are not checked as quotations."""
CLOSE_RATIO = 0.75
"""Least similarity (difflib ratio) to a source sentence or quotation for a quotation to differ from it."""

_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_TRIM = " \t\n.,;:!?\"'"


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quotation in a block of the analyst's text."""

    text: str
    """The quoted words, without the quotation marks."""
    start: int
    """Offset of the opening mark in the block's text."""
    end: int
    """Offset one past the closing mark."""


def quotations(text: str) -> Iterator[Quoted]:
    """The quotations of a text that are long enough to check."""
    for match in _QUOTED.finditer(text):
        words = match.group(1) or match.group(2)
        if len(words.split()) >= MIN_WORDS:
            yield Quoted(words, match.start(), match.end())


class _Folded:
    """A source text normalised for comparison, with each normalised character's offset in the original."""

    def __init__(self, source: Source) -> None:
        self.source = source
        chars: list[str] = []
        where: list[int] = []
        space = False
        for i, ch in enumerate(source.text.translate(_FOLD)):
            if ch.isspace():
                if not space and chars:
                    chars.append(" ")
                    where.append(i)
                space = True
                continue
            space = False
            chars.append(_lower(ch))
            where.append(i)
        self.text = "".join(chars)
        self.where = where

    def find(self, needle: str) -> Cite | None:
        at = self.text.find(needle)
        if at < 0:
            return None
        start, end = self.where[at], self.where[at + len(needle) - 1] + 1
        paragraph = next(
            (p.index for p in self.source.paragraphs if p.start <= start < p.end + 1), 0
        )
        return Cite(self.source.id, paragraph, start, end)


def fold(text: str) -> str:
    """A text normalised for comparison."""
    return "".join(_lower(ch) for ch in " ".join(text.translate(_FOLD).split())).strip(_TRIM)


def _lower(ch: str) -> str:
    """Lower case, one character for one (so offsets map back)."""
    low = ch.lower()
    return low if len(low) == 1 else ch


class QuoteIndex:
    """The sources' texts, sentences and quotations, ready to look quotations up."""

    def __init__(self, sources: Sequence[Source], sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> None:
        self._texts = [_Folded(s) for s in sources]
        self._candidates: list[tuple[str, Cite]] = [(q.text, q.cite) for q in quotes]
        self._candidates += [(s.text, s.cite) for s in sentences if not s.heading]

    def check(self, quoted: str) -> NumberCheck:
        """Supported with its cite, differs with the closest source wording, or unsupported."""
        needle = fold(quoted)
        if not needle:
            return NumberCheck("unsupported")
        for folded in self._texts:
            cite = folded.find(needle)
            if cite is not None:
                return NumberCheck("supported", (cite,))
        terms = set(content_terms(quoted))
        best: tuple[float, str, Cite] | None = None
        for text, cite in self._candidates:
            if terms and len(terms & set(content_terms(text))) * 2 < len(terms):
                continue
            ratio, lo, hi = _closest(quoted, text)
            if ratio >= CLOSE_RATIO and (best is None or ratio > best[0]):
                best = (ratio, text[lo:hi], Cite(cite.source, cite.paragraph, cite.start + lo, cite.start + hi))
        if best is None:
            return NumberCheck("unsupported")
        return NumberCheck("differs", (best[2],), " ".join(best[1].split()))


def _same_length_fold(text: str) -> str:
    return "".join(_lower(ch) for ch in text.translate(_FOLD))


def _closest(quoted: str, text: str) -> tuple[float, int, int]:
    """How close a quotation is to a source text, and the stretch of the text (whole words) closest to it."""
    needle = fold(quoted)
    hay = _same_length_fold(text)
    if len(text) <= len(needle) * 1.3:
        lo, hi = 0, len(text)
    else:
        matcher = SequenceMatcher(None, hay, needle, autojunk=False)
        block = matcher.find_longest_match(0, len(hay), 0, len(needle))
        lo = max(0, block.a - block.b)
        hi = min(len(text), lo + len(needle))
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and text[hi].isalnum():
            hi += 1
    while lo < hi and text[lo] in _TRIM:
        lo += 1
    while hi > lo and text[hi - 1] in _TRIM:
        hi -= 1
    ratio = SequenceMatcher(None, needle, " ".join(hay[lo:hi].split()), autojunk=False).ratio()
    return ratio, lo, hi
