"""Find where figures may start in a sentence: numbers in digits (with any currency prefix) and number words.

Two plain scans (digits, then a prefix tree of words) are far faster than one pattern with
alternatives, and leave the precise patterns to run only at these few places. ``AnchorIndex`` runs
both scans once over a whole text and hands each sentence its share.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Literal, NamedTuple

from .figure_lexicon import lexicon
from .figure_patterns import HYPHEN, patterns

AnchorKind = Literal["cur", "num", "word", "month"]


class Anchor(NamedTuple):
    """A place where a figure may start (a named tuple: cheaper to make than a frozen dataclass)."""

    start: int
    """Offset where matching starts (a currency prefix's first character for money)."""
    kind: AnchorKind
    """What starts there: a currency prefix, a digit, a number word or a month name."""
    word: str = ""
    """The word, lower case (for ``word`` anchors)."""


_START = attrgetter("start")


_NUMERAL = frozenset("0123456789,.")


class AnchorIndex:
    """The anchors of one text, scanned once and then looked up sentence by sentence."""

    def __init__(self, text: str) -> None:
        # Digits count only after a non-word character (see ``_free_digit``), so one scan finds
        # both; the digits found are all that can pass ``_free_digit`` (which still decides).
        pats = patterns()
        self._text = text
        found: list[tuple[int, str]] = []  # "" marks a digit
        if "0" <= text[:1] <= "9":
            found.append((0, ""))
        first = pats.words.match(text, 0)
        if first is not None:
            found.append((0, first.group()))
        for match in pats.scan.finditer(text):
            word = match.group(1)
            if word is None:
                found.append((match.end() - 1, ""))
                continue
            before = text[match.start()]
            if before > "\x7f" and (before.isalnum() or before == "_"):
                continue  # a letter outside ASCII: no word boundary
            found.append((match.start(1), word))
        self._starts = [pos for pos, _ in found]
        self._words = [word for _, word in found]

    def anchors(self, start: int, end: int) -> list[Anchor]:
        """The anchors of ``text[start:end]``, in order (the same as ``find_anchors``)."""
        text = self._text
        # A sentence cut inside a word or a number reads differently from the whole text there.
        if (end < len(text) and (text[end] == "." or text[end].isalnum())) or (
            0 < start < len(text) and text[start - 1] in _NUMERAL and text[start] in _NUMERAL
        ):
            return find_anchors(text, start, end)
        starts = self._starts
        i = bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end:
            return []  # most sentences hold no number
        pats = patterns()
        numbers: list[Anchor] = []
        words: list[Anchor] = []
        months = lexicon().months
        while i < len(starts) and starts[i] < end:
            pos, word = starts[i], self._words[i]
            i += 1
            if not word:
                if _free_digit(text, pos):
                    currency = pats.currency_before.search(text, max(start, pos - 6), pos)
                    numbers.append(Anchor(currency.start(), "cur") if currency else Anchor(pos, "num"))
            elif word not in months:
                words.append(Anchor(pos, "word", word.lower()))
            else:
                exact = pats.words.match(text, pos, end)  # the scan leaves out abbreviation dots ("Sept.")
                words.append(Anchor(pos, "month", exact.group() if exact else word))
        found = numbers + words
        if len(found) > 1:
            found.sort(key=_START)
        return found


def find_anchors(text: str, start: int, end: int) -> list[Anchor]:
    """The anchors of ``text[start:end]``, in order."""
    pats = patterns()
    found: list[Anchor] = []
    for match in pats.digits.finditer(text, start, end):
        pos = match.start()
        if not _free_digit(text, pos):
            continue
        currency = pats.currency_before.search(text, max(start, pos - 6), pos)
        found.append(Anchor(currency.start(), "cur") if currency else Anchor(pos, "num"))
    months = lexicon().months
    for match in pats.words.finditer(text, start, end):
        word = match.group()
        if word in months:
            found.append(Anchor(match.start(), "month", word))
        else:
            found.append(Anchor(match.start(), "word", word.lower()))
    if len(found) > 1:
        found.sort(key=_START)
    return found


def _free_digit(text: str, pos: int) -> bool:
    """False for digits inside names and codes ("G20", "COVID-19", "MH370", "10:30", "v2.0")."""
    if pos == 0:
        return True
    before = text[pos - 1]
    if before.isalnum() or before in "._,":
        return False
    if before in HYPHEN and pos >= 2 and text[pos - 2].isalpha():
        return text[max(0, pos - 4) : pos - 1].lower() == "mid" and (pos < 5 or not text[pos - 5].isalpha())
    return not (before in ":/" and pos >= 2 and text[pos - 2].isdigit())
