"""Which figure branches can match at a number written in digits, judged from the characters after it.

Most numbers are years or counts followed by an ordinary word, yet the branches before those in
precedence (ranges, money, percentages, durations) would each run their pattern first. Every test
here is a necessary condition of one branch's pattern in ``figure_patterns`` (the characters a
match must have right after the digits), so ruling a branch out never changes what is read.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import lexicon
from .patterns import HYPHEN

NUMBER_BRANCHES = (
    "date_iso",
    "date_dmy",
    "slash",
    "range_sep",
    "money_post",
    "percent",
    "ratio",
    "duration",
    "ordinal",
    "year",
    "count",
    "scaled",
    "bare",
)
"""The branches tried at a number in digits, in order of precedence."""

_DIGIT_RUN = re.compile(r"([0-9]+)[0-9,.]*")
_NEXT_WORD = re.compile(r"\s+(\S*)")
_GLUED = re.compile(r"[A-Za-z]+")
_SUFFIX_START = "snrt"  # "st", "nd", "rd", "th" after a day or an ordinal


def number_branches(text: str, pos: int, end: int) -> tuple[str, ...]:
    """The branches worth trying at the digits at ``text[pos]`` (matching stops at ``end``), in order."""
    run = _DIGIT_RUN.match(text, pos, end)
    if run is None:
        return NUMBER_BRANCHES
    digits_end, run_end = run.end(1), run.end()
    after_digits = text[digits_end] if digits_end < end else ""
    after_run = text[run_end] if run_end < end else ""
    word = ""
    if after_run.isspace():
        following = _NEXT_WORD.match(text, run_end, end)
        word = following.group(1)[: _prefixes().width] if following else ""
        if word[:1].isdigit() and "/" in word[1:3]:
            return NUMBER_BRANCHES  # "4 3/4 percent": a whole number and a fraction
    elif after_run.isalpha() and after_run.lower() in _prefixes().glued:
        glued = _GLUED.match(text, run_end, end)
        if glued is not None and glued.group().lower() in _prefixes().scale:
            after_run, word = " ", glued.group()  # "167million JPY": as if the scale word stood apart
    return _branches(min(digits_end - pos, 5), after_digits, after_run, word)


class _Prefixes:
    """Lower-case starts of the words that may follow a number in each branch."""

    def __init__(self) -> None:
        lex = lexicon()
        scales = tuple(lex.scales)
        self.sep = ("to", "per", *lex.short_scales, *scales)  # "per": "3.9 percent to 4.1 percent"
        self.money = (*scales, *{w.split()[0].lower() for c in lex.currencies for w in c.words})
        self.percent = ("per", "pc", "basis", "bps", *scales)
        self.duration = (*lex.durations, *scales)
        self.scale = scales
        self.glued = frozenset(s[0] for s in scales) | frozenset(s[0].upper() for s in scales)
        self.month = ("of", *lex.months)  # case as written
        everything = (*self.sep, *self.money, *self.percent, *self.duration, *self.month, "in", "out")
        self.width = max(map(len, everything))


@cache
def _prefixes() -> _Prefixes:
    return _Prefixes()


@lru_cache(maxsize=4096)
def _branches(digits: int, after_digits: str, after_run: str, word: str) -> tuple[str, ...]:
    """The branches whose pattern can match, from the digit count and the characters after the number.

    ``after_digits`` follows the digits; ``after_run`` follows the whole run of digits, commas and
    points, where every branch but dates, ratios and ordinals must go on (a number never ends on a
    comma or point that the rest of its pattern could use); ``word`` is the next word when
    ``after_run`` is a space. Outside ASCII every test passes, as a case-blind pattern may match there.
    """
    pre = _prefixes()
    space = after_run.isspace()
    hyphen = after_run != "" and after_run in HYPHEN
    wide = after_run > "\x7f"
    lowered = word.lower() if word.isascii() else None
    mark = word[:1]

    def starts(prefixes: tuple[str, ...]) -> bool:
        return lowered is None or lowered.startswith(prefixes)

    day_next = after_digits != "" and after_digits in _SUFFIX_START
    keep = {
        "date_iso": digits == 4 and after_digits == "-",
        "date_dmy": digits <= 2 and (day_next or (after_digits.isspace() and word.startswith(pre.month))),
        "range_sep": (space and ((mark != "" and mark in f"{HYPHEN}/%") or starts(pre.sep)))
        or hyphen
        or after_run.isalpha()
        or (after_run != "" and after_run in "%/")
        or wide,
        "money_post": space and starts(pre.money),
        "percent": (space and (mark == "%" or starts(pre.percent)))
        or hyphen
        or (after_run != "" and after_run in "%pP")
        or wide,
        "ratio": digits == 1 and after_digits.isspace() and word.startswith(("in", "out")),
        "slash": digits == 1 and after_run == "/",
        "duration": (space and starts(pre.duration)) or hyphen,
        "ordinal": day_next,
        "year": digits == 4,
        "count": space or hyphen,
        "scaled": space and starts(pre.scale),
        "bare": True,
    }
    return tuple(name for name in NUMBER_BRANCHES if keep[name])
