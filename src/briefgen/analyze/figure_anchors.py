"""Find where figures may start in a sentence: numbers in digits (with any currency prefix) and number words.

Two plain scans (digits, then a prefix tree of words) are far faster than one pattern with
alternatives, and leave the precise patterns to run only at these few places.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from .figure_lexicon import lexicon
from .figure_patterns import HYPHEN, patterns

AnchorKind = Literal["cur", "num", "word", "month"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place where a figure may start."""

    start: int
    """Offset where matching starts (a currency prefix's first character for money)."""
    kind: AnchorKind
    """What starts there: a currency prefix, a digit, a number word or a month name."""
    word: str = ""
    """The word, lower case (for ``word`` anchors)."""


_START = attrgetter("start")


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
