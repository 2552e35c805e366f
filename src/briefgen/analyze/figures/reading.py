"""Read one figure at an anchor: try the patterns in order of precedence and keep the first that makes sense."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ...resources import data_toml
from .anchors import Anchor
from .bounds import bound
from .branches import HANDLERS, Handler, qualifier_ends
from .digits import number_branches
from .lexicon import lexicon
from .lookback import end_before, previous_word
from .patterns import HYPHEN, patterns
from .types import Context, Reading

_MINUS = "-−–"


_CARDINAL_BRANCHES = (
    "range_sep",
    "money_post",
    "percent",
    "fraction",
    "ratio",
    "duration",
    "count",
    "scaled",
    "ordinal",
)
_SCALE_BRANCHES = ("money_post", "percent", "duration", "count", "scaled")
Step = tuple[re.Pattern[str], Handler]


def read_figure(anchor: Anchor, ctx: Context, floor: int) -> Reading | None:
    """The figure starting at ``anchor``, or None; nothing before ``floor`` is taken in (a qualifier)."""
    lex = lexicon()
    pos, word = anchor.start, anchor.word
    attempts: list[tuple[int, tuple[Step, ...]]] = []
    if anchor.kind == "num":
        attempts.append((pos, _steps(number_branches(ctx.text, pos, ctx.sentence_end))))
    elif anchor.kind == "cur":
        attempts.append((pos, _steps(("range_sep", "money_pre"))))
    elif anchor.kind == "month":
        attempts.append((pos, _steps(("date_mdy", "date_my", "date_month"))))
    elif word == "between":
        attempts.append((pos, _steps(("range_between",))))
    elif word in lex.cardinals:
        attempts.append((pos, _steps(_CARDINAL_BRANCHES)))
    else:
        article = _article_before(ctx.text, pos, ctx.sentence_start)
        if article is not None and word in lex.fractions:
            attempts.append((article, _steps(("fraction",))))
        if article is not None and (word in lex.scales or word in lex.groups):
            attempts.append((article, _steps(_SCALE_BRANCHES)))
        if word in lex.ordinals:
            attempts.append((pos, _steps(("ordinal",))))
        if article is None and word == "half":
            attempts.append((pos, _steps((*_SCALE_BRANCHES, "half"))))  # "half a billion people", "half of"
    text, end = ctx.text, ctx.sentence_end
    for start, steps in attempts:
        for pattern, handler in steps:
            match = pattern.match(text, start, end)
            if match is None:
                continue
            reading = handler(match, ctx)
            if reading is not None:
                return _with_suffix(_with_prefix(_signed(reading, ctx, floor), ctx, floor), ctx)
    return None


def _with_suffix(reading: Reading, ctx: Context) -> Reading:
    """Take in a bound written after the figure ("1 percent or less", "$4 billion-plus")."""
    if reading.kind not in ("money", "percent", "count", "range") or reading.end >= ctx.sentence_end:
        return reading
    if reading.kind in ("count", "range") and not reading.unit:
        return reading  # "ages 6 and over": a bare number is no amount
    if ctx.text[reading.end] not in " \t\n+" and ctx.text[reading.end] not in HYPHEN:
        return reading
    found = patterns().qualifier_after.match(ctx.text, reading.end, ctx.sentence_end)
    if found is None:
        return reading
    suffix = " ".join(found.group("q").lower().strip("()").split()) if found.group("q") else "-plus"
    return reading._replace(end=found.end(), qualifier=suffix)


@cache
def _steps(names: tuple[str, ...]) -> tuple[Step, ...]:
    """The compiled pattern and handler of each named branch."""
    branches = patterns().branches
    return tuple((branches[name], HANDLERS[name]) for name in names)


def _period_before(text: str, window: int, at: int) -> re.Match[str] | None:
    """``period_before``, searched only when a period word can end right before ``at`` (and its space or dash)."""
    last = end_before(text, window, at, HYPHEN)
    if last < 0 or (text[last].isascii() and text[last].lower() not in _period_ends()):
        return None  # (outside ASCII a case-blind pattern may still match)
    return patterns().period_before.search(text, window, at)


def _weekday_before(text: str, window: int, at: int) -> re.Match[str] | None:
    """``weekday_before``, searched only when a day name (and a comma) can end right before ``at`` and its space."""
    if at <= window or not text[at - 1].isspace():
        return None
    last = end_before(text, window, at)
    if last > window and text[last] == ",":
        last -= 1
    if last < 0 or text[last] not in _weekday_ends():
        return None
    return patterns().weekday_before.search(text, window, at)


@cache
def _period_ends() -> frozenset[str]:
    """The last letter of every period word, lower case."""
    return frozenset(q[-1].lower() for q in lexicon().period_qualifiers)


@cache
def _weekday_ends() -> frozenset[str]:
    """The last character of every day name."""
    return frozenset(day[-1] for day in lexicon().weekdays)


def _article_before(text: str, pos: int, floor: int) -> int | None:
    for article in ("a ", "A ", "an ", "An "):
        start = pos - len(article)
        if start >= floor and text.startswith(article, start) and (start == 0 or not text[start - 1].isalnum()):
            return start
    return None


def _signed(reading: Reading, ctx: Context, floor: int) -> Reading:
    """A percentage or count with a minus sign before it ("-3.1%", "−0.5") is negative; the sign joins the surface."""
    at = reading.start
    if reading.kind not in ("percent", "count") or at - 1 < max(floor, ctx.sentence_start):
        return reading
    if ctx.text[at - 1] not in _MINUS or (at - 2 >= ctx.sentence_start and ctx.text[at - 2] not in " \t(|"):
        return reading
    return reading._replace(start=at - 1, value=-reading.value, raw=-reading.raw)


def _with_prefix(reading: Reading, ctx: Context, floor: int) -> Reading:
    """Take in a qualifier ("over"), a period word ("early") or a day name ("Monday,") before the figure."""
    if reading.kind == "ordinal":
        return reading
    window = max(floor, reading.start - 40)
    pats = patterns()
    if reading.kind in ("year", "date"):
        period = _period_before(ctx.text, window, reading.start)
        if period is not None:
            return reading._replace(start=period.start(), qualifier=period.group("q").lower())
        day = _weekday_before(ctx.text, window, reading.start) if reading.kind == "date" else None
        return reading if day is None else reading._replace(start=day.start())
    previous = previous_word(ctx.text, window, reading.start)
    # the word itself, after any opening quote or bracket and any dash joining it ("program—nearly 40%")
    word = previous[1].lower().lstrip("“\"'‘([").rsplit("—", 1)[-1].rsplit("–", 1)[-1] if previous else ""
    if previous is None or word not in qualifier_ends():
        return reading
    found = pats.qualifier_before.search(ctx.text, window, reading.start)
    if found is None:
        return reading
    qualifier = " ".join(found.group("q").lower().split())
    if reading.kind == "duration" and qualifier in lexicon().duration_not_qualifiers:
        return reading
    turned = _negation().turned.get(qualifier)
    if turned is not None and _negated(ctx.text, max(ctx.sentence_start, found.start() - 40), found.start()):
        return reading._replace(start=found.start(), qualifier=turned)  # "no state receiving less than $1.25 billion"
    outer = _outer_bound(ctx.text, window, found.start(), qualifier)
    if outer is not None:
        return reading._replace(start=outer.start(), qualifier=" ".join(outer.group("q").lower().split()))
    return reading._replace(start=found.start(), qualifier=qualifier)


class _Negation(NamedTuple):
    negators: frozenset[str]
    breaks: frozenset[str]
    max_words: int
    turned: dict[str, str]


@cache
def _negation() -> _Negation:
    data = data_toml("figures/negation.toml")
    return _Negation(
        frozenset(data["negators"]), frozenset(data["breaks"]), int(data["max_words"]), dict(data["turned"])
    )


def _negated(text: str, lo: int, at: int) -> bool:
    """True when a negator stands a few words before ``at`` with no clause break between ("no state receiving")."""
    neg = _negation()
    words = text[lo:at].split()[-(neg.max_words + 1) :]
    for word in reversed(words):
        low = word.lower().strip("“”\"'‘’()")
        if low in neg.negators or low.endswith(("n't", "n’t")):
            return True
        if low in neg.breaks or word[-1:] in ",;:.!?—–" or not low.isalpha():
            return False
    return False


def _outer_bound(text: str, window: int, at: int, inner: str) -> re.Match[str] | None:
    """A bound written before a qualifier that bounds less ("up to an additional $100 million", "more than an
    estimated $2 billion", "nearly a further $30 million"): the figure's qualifier is the bound, or None."""
    held = bound(inner)
    if held not in ("", "approx"):
        return None
    previous = previous_word(text, window, at)
    if previous is None or previous[1].lower() not in qualifier_ends():
        return None
    found = patterns().qualifier_before.search(text, window, at)
    if found is None:
        return None
    outer = bound(found.group("q"))
    return found if outer and (not held or outer != "approx") else None
