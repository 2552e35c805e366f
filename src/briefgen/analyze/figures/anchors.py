"""Find where figures may start in a sentence: numbers in digits (with any currency prefix) and number words.

Two plain scans (digits, then a prefix tree of words) are far faster than one pattern with
alternatives, and leave the precise patterns to run only at these few places. ``AnchorIndex`` runs
both scans once over a whole text and hands each sentence its share.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import attrgetter, itemgetter
from typing import Literal, NamedTuple

from .lexicon import lexicon
from .patterns import HYPHEN, patterns

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


def _start_words_last(anchor: Anchor) -> tuple[int, bool]:
    return anchor.start, anchor.kind in ("word", "month")


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
        glued = _glued_codes(text)  # "JPY1.3B", "RM2.5 billion": a currency code with no space (the scan skips)
        if glued:
            found = sorted([*found, *((pos, _CODE) for pos in glued)], key=_POSITION)
        self._starts = [pos for pos, _ in found]
        self._words = [word for _, word in found]
        self._size = len(text)
        self._months = lexicon().months

    def anchors(self, start: int, end: int) -> list[Anchor]:
        """The anchors of ``text[start:end]``, in order (the same as ``find_anchors``)."""
        text = self._text
        size = self._size
        # A sentence cut inside a word or a number reads differently from the whole text there.
        if (end < size and (text[end] == "." or text[end].isalnum())) or (
            0 < start < size and text[start - 1] in _NUMERAL and text[start] in _NUMERAL
        ):
            return find_anchors(text, start, end)
        starts = self._starts
        i = bisect_left(starts, start)
        count = len(starts)
        if i == count or starts[i] >= end:
            return []  # most sentences hold no number
        found: list[Anchor] = []
        last = -1  # start of the last anchor: while they rise, the list needs no sorting
        rising = True
        months = self._months
        while i < count and starts[i] < end:
            pos, word = starts[i], self._words[i]
            i += 1
            if word is _CODE:
                found.append(Anchor(pos, "cur"))  # a code glued to its amount ("JPY1.3B")
                rising = rising and pos > last
                last = pos
                continue
            if not word:
                if _free_digit(text, pos):
                    currency = _currency_before(text, max(start, pos - 6), pos)
                elif _bare_decimal(text, start, pos):
                    pos -= 1  # ".2%": the number starts at its point
                    currency = -1
                else:
                    currency = _dotted_code(text, max(start, pos - 6), pos)  # "Rs.825 crore", else nothing
                    if currency < 0:
                        continue
                if currency >= 0:
                    found.append(Anchor(currency, "cur"))
                    rising = rising and currency > last
                    last = currency
                else:
                    found.append(Anchor(pos, "num"))
                    last = pos
                continue
            if word not in months:
                found.append(Anchor(pos, "word", word.lower()))
            else:
                after = pos + len(word)
                if after < end and text[after] != ".":
                    exact = word  # the scan left out no abbreviation dot ("Sept."), so it read the month
                else:
                    match = patterns().words.match(text, pos, end)
                    exact = match.group() if match else word
                found.append(Anchor(pos, "month", exact))
            last = pos
        if not rising:
            # In order of start, numbers before words at the same start (as ``find_anchors`` has them).
            found.sort(key=_start_words_last)
        return found


def find_anchors(text: str, start: int, end: int) -> list[Anchor]:
    """The anchors of ``text[start:end]``, in order."""
    pats = patterns()
    found: list[Anchor] = []
    for match in pats.digits.finditer(text, start, end):
        pos = match.start()
        if not _free_digit(text, pos):
            code = _code_before(text, start, pos, True)  # "JPY1.3B", "Rs.825"
            if code >= 0:
                found.append(Anchor(code, "cur"))
            elif _bare_decimal(text, start, pos):
                found.append(Anchor(pos - 1, "num"))  # ".2%"
            continue
        currency = _currency_before(text, max(start, pos - 6), pos)
        found.append(Anchor(currency, "cur") if currency >= 0 else Anchor(pos, "num"))
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


_CODE = "\x00code"
"""Marks a currency code glued to its amount among the scanned places (a string no scanned word equals)."""
_GLUED = re.compile(r"[A-Zps][0-9]")
_POSITION = itemgetter(0)


@cache
def _letter_codes() -> frozenset[str]:
    """Currency prefixes written in ASCII letters, some with a final dot ("JPY", "RM", "Rs.")."""
    return frozenset(
        pre for c in lexicon().currencies for pre in c.prefixes if pre.isascii() and pre.rstrip(".").isalpha()
    )


def _glued_codes(text: str) -> list[int]:
    """Where a currency code written right before a digit starts ("JPY1.3B", "USD40 million", "Rp5 trillion")."""
    return [code for m in _GLUED.finditer(text) if (code := _code_before(text, 0, m.start() + 1, False)) >= 0]


def _bare_decimal(text: str, lo: int, pos: int) -> bool:
    """True for the digit after the point of a decimal written without its whole part (" .2%", "(.5 percent"):
    a point after a space, a bracket or the sentence's start, and no digit or point before it."""
    if pos - 1 < lo or text[pos - 1] != ".":
        return False
    return pos - 1 == lo or text[pos - 2] in " \t\n([" or text[pos - 2] in HYPHEN


def _dotted_code(text: str, lo: int, pos: int) -> int:
    """Where a currency code ending in a dot right before the digit at ``pos`` starts ("Rs.825"), or -1."""
    if pos - 2 < lo or text[pos - 1] != "." or not text[pos - 2].isalpha():
        return -1
    return _code_before(text, lo, pos, True)


def _code_before(text: str, lo: int, pos: int, dotted: bool) -> int:
    """Where a currency code (``_letter_codes``) written right before ``pos`` starts, or -1: a code ending in a
    capital or in "p"/"s" ("JPY", "Rp"), or, when ``dotted``, also one ending in its dot ("Rs.")."""
    i = pos
    if dotted and i > lo and text[i - 1] == ".":
        i -= 1
    elif not ("A" <= text[i - 1 : i] <= "Z" or text[i - 1 : i] in ("p", "s")):
        return -1  # a code glued without a dot ends in a capital, or is "Rp" or "Rs"
    j = i
    while j > lo and j > i - 4 and text[j - 1].isascii() and text[j - 1].isalpha():
        j -= 1
    if j == i or (j > 0 and text[j - 1].isalnum()) or text[j:pos] not in _letter_codes():
        return -1
    return j


def _currency_before(text: str, lo: int, pos: int) -> int:
    """Where a currency prefix ending right before the digit at ``pos`` starts (``currency_before``), or -1."""
    # The prefix ends on one of a few characters, before at most one space: test that before searching.
    last = pos - 1
    if last >= lo and text[last].isspace():
        last -= 1
    if last < lo or text[last] not in _currency_ends():
        return -1
    found = patterns().currency_before.search(text, lo, pos)
    return -1 if found is None else found.start()


@cache
def _currency_ends() -> frozenset[str]:
    """The last character of every currency prefix."""
    return frozenset(prefix[-1] for c in lexicon().currencies for prefix in c.prefixes)


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
