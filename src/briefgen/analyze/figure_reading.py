"""Read one figure at an anchor: try the patterns in order of precedence and keep the first that makes sense."""

from __future__ import annotations

import re
from dataclasses import replace

from .figure_anchors import Anchor
from .figure_branches import HANDLERS, qualifier_ends
from .figure_lexicon import lexicon
from .figure_patterns import patterns
from .figure_types import Context, Reading

_PREV_WORD = re.compile(r"(\S+)\s*\Z")
_MINUS = "-−–"


def read_figure(anchor: Anchor, ctx: Context, floor: int) -> Reading | None:
    """The figure starting at ``anchor``, or None; nothing before ``floor`` is taken in (a qualifier)."""
    lex = lexicon()
    pos, word = anchor.start, anchor.word
    attempts: list[tuple[int, tuple[str, ...]]] = []
    if anchor.kind == "cur":
        attempts.append((pos, ("range_sep", "money_pre")))
    elif anchor.kind == "num":
        attempts.append(
            (
                pos,
                (
                    "date_iso",
                    "date_dmy",
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
                ),
            )
        )
    elif anchor.kind == "month":
        attempts.append((pos, ("date_mdy", "date_my", "date_month")))
    elif word == "between":
        attempts.append((pos, ("range_between",)))
    elif word in lex.cardinals:
        attempts.append(
            (pos, ("range_sep", "money_post", "percent", "fraction", "ratio", "duration", "count", "scaled", "ordinal"))
        )
    else:
        article = _article_before(ctx.text, pos, ctx.sentence_start)
        if article is not None and word in lex.fractions:
            attempts.append((article, ("fraction",)))
        if article is not None and (word in lex.scales or word in lex.groups):
            attempts.append((article, ("money_post", "percent", "duration", "count", "scaled")))
        if word in lex.ordinals:
            attempts.append((pos, ("ordinal",)))
        if article is None and word == "half":
            attempts.append((pos, ("half",)))
    for start, names in attempts:
        for name in names:
            match = patterns().branches[name].match(ctx.text, start, ctx.sentence_end)
            if match is None:
                continue
            reading = HANDLERS[name](match, ctx)
            if reading is not None:
                return _with_prefix(_signed(reading, ctx, floor), ctx, floor)
    return None


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
    return replace(reading, start=at - 1, value=-reading.value, raw=-reading.raw)


def _with_prefix(reading: Reading, ctx: Context, floor: int) -> Reading:
    """Take in a qualifier ("over"), a period word ("early") or a day name ("Monday,") before the figure."""
    if reading.kind == "ordinal":
        return reading
    window = max(floor, reading.start - 40)
    pats = patterns()
    if reading.kind in ("year", "date"):
        period = pats.period_before.search(ctx.text, window, reading.start)
        if period is not None:
            return replace(reading, start=period.start(), qualifier=period.group("q").lower())
        day = pats.weekday_before.search(ctx.text, window, reading.start) if reading.kind == "date" else None
        return reading if day is None else replace(reading, start=day.start())
    previous = _PREV_WORD.search(ctx.text, window, reading.start)
    if previous is None or previous.group(1).lower().lstrip("“\"'‘([") not in qualifier_ends():
        return reading
    found = pats.qualifier_before.search(ctx.text, window, reading.start)
    if found is None:
        return reading
    qualifier = " ".join(found.group("q").lower().split())
    if reading.kind == "duration" and qualifier in lexicon().duration_not_qualifiers:
        return reading
    return replace(reading, start=found.start(), qualifier=qualifier)
