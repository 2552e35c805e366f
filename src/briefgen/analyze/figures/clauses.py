"""The words of one sentence as a caption reads them: figures and time expressions made single tokens.

A caption (see ``captions``) reads the grammar around a number without a parser: which noun phrase
it modifies or is the object of, the verb that governs it and that verb's subject, and the
sentence's time expressions. This module gives it the sentence's tokens with every figure of the
sentence folded into one token (so "US$239 billion" is one word, and "2013" a time), time
expressions joined into spans ("from 2013 through 2017", "FY2016 – FY2019", "last year"), and the
small word tests the caption rules share (verbs, determiners, clause marks).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..._speed.regex_cache import compile_cached
from .lexicon import lexicon
from .patterns import HYPHEN, patterns
from .types import Reading

CLAUSE_MARKS = frozenset(";:!?—–.")
"""Tokens that end a clause outright (a dash between two times is read as a range first)."""
_FISCAL_YEAR = compile_cached(r"^(?:FY|CY|fy|cy)['’]?((?:1[5-9]|20)[0-9]{2}|[0-9]{2})$")  # FY2023, FY'23, FY23
_BARE_YEAR = compile_cached(r"^(?:mid-?)?((?:1[5-9]|20)[0-9]{2})(?:['’]s)?$")
_RANGE_JOINS = frozenset({"to", "through", "until", "till", "and", "-", "–", "—", "thru"})


class Tok(NamedTuple):
    """A token of the sentence: a word, a punctuation mark, or a whole figure."""

    text: str
    """As written."""
    low: str
    """Lower case."""
    start: int
    """Offset in the source text."""
    end: int
    """One past it."""
    fig: int = -1
    """Index of the sentence's reading this token is, or -1."""


class Time(NamedTuple):
    """A time expression of the sentence over tokens ``first..last`` (its preposition included)."""

    first: int
    """Index of its first token (the preposition, when there is one)."""
    last: int
    """Index of its last token."""
    prep: str
    """Its preposition, lower case ("in", "by", "since"), or ""."""
    text: str
    """The time as a caption writes it ("2013", "April 2014", "2013–2017", "last year")."""


class Sentence:
    """One sentence's tokens, its readings and its time expressions, made once for all its figures."""

    __slots__ = ("readings", "times", "toks", "where")

    def __init__(self, text: str, start: int, end: int, readings: Sequence[Reading]) -> None:
        self.readings = readings
        toks: list[Tok] = []
        where: dict[int, int] = {}
        spans = [(r.start, r.end) for r in readings]
        i = 0
        dashes = text.find("--", start, end) >= 0  # typed dashes are rare: look inside words only when present
        for match in patterns().label_token.finditer(text, start, end):
            s, e = match.start(), match.end()
            while i < len(spans) and spans[i][1] <= s:
                i += 1
            if i < len(spans) and spans[i][0] < e:
                r_start, r_end = spans[i]
                if i in where:
                    if toks[-1].fig != i:
                        continue
                    toks[-1] = toks[-1]._replace(end=max(toks[-1].end, e))
                else:
                    where[i] = len(toks)
                    toks.append(Tok(text[r_start:r_end], text[r_start:r_end].lower(), r_start, max(r_end, e), i))
                if e == r_end + 1 and e < end and text[r_end] == ".":
                    toks.append(Tok(".", ".", r_end, e))  # "… $5 million. In 2020, …": the stop ends a sentence
                continue
            word = match.group()
            if dashes and "--" in word:
                _dashes(toks, word, s)  # "groups--adult men": a typed dash between two words
                continue
            if word[-1:] == "." and len(word) > 1 and e == end and "." not in word[:-1]:
                word = word[:-1]  # the sentence's own full stop ("GDP.")
            elif word[-1:] == "." and len(word) > 1 and not _abbreviation(word):
                word = word[:-1]
                if e < end:  # a full stop inside the span handed in: a sentence boundary
                    toks.append(Tok(word, word.lower(), s, e - 1))
                    toks.append(Tok(".", ".", e - 1, e))
                    continue
            toks.append(Tok(word, word.lower(), s, e))
        self.toks = toks
        self.where = where
        self.times = _times(toks, readings)

    def is_time(self, i: int) -> bool:
        """True when token ``i`` is part of a time expression."""
        return any(t.first <= i <= t.last for t in self.times)

    def time_at(self, i: int) -> Time | None:
        """The time expression starting at token ``i`` (its preposition or first word), if any."""
        for t in self.times:
            if t.first == i:
                return t
        return None

    def time_over(self, i: int) -> Time | None:
        """The time expression holding token ``i``, if any."""
        for t in self.times:
            if t.first <= i <= t.last:
                return t
        return None


def _dashes(toks: list[Tok], word: str, start: int) -> None:
    """Append the tokens of a word holding typed dashes ("groups--adult"): the words, each "--" an em dash."""
    at = start
    for i, piece in enumerate(word.split("--")):
        if i:
            toks.append(Tok("—", "—", at, at + 2))
            at += 2
        if piece:
            if i == word.count("--") and piece[-1:] == "." and len(piece) > 1:
                piece = piece[:-1]  # "--showed little change." ends the sentence
            toks.append(Tok(piece, piece.lower(), at, at + len(piece)))
            at += len(piece)


def _abbreviation(word: str) -> bool:
    body = word[:-1]
    return "." in body or (len(body) <= 3 and body[:1].isupper())


def _year_of(tok: Tok, readings: Sequence[Reading]) -> str | None:
    """The year or date a token says ("2013", "April 2014", "mid-2013"), or None."""
    if tok.fig >= 0:
        reading = readings[tok.fig]
        if reading.kind in ("year", "date"):
            return tok.text.rstrip(",")
        if reading.kind == "range" and reading.inner == "year":
            return None  # a whole range, handled by the caller
        return None
    first = tok.text[:1]
    if not (first.isdigit() or first in "FCfcm"):
        return None  # most words: no year
    if _FISCAL_YEAR.match(tok.text) or _BARE_YEAR.match(tok.text):
        return tok.text
    return None


def _times(toks: list[Tok], readings: Sequence[Reading]) -> tuple[Time, ...]:
    """The sentence's time expressions, in order."""
    lex = lexicon()
    words = time_words()
    out: list[Time] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        text: str | None = None
        last = i
        if tok.fig >= 0 and readings[tok.fig].kind == "range" and readings[tok.fig].inner == "year":
            reading = readings[tok.fig]
            text = f"{int(reading.low or 0)}–{int(reading.high or 0)}"
        elif (year := _year_of(tok, readings)) is not None:
            text = year
            # "from 2013 through 2017", "FY2016 – FY2019", "January to December 2011"
            if i + 2 < n and toks[i + 1].low in _RANGE_JOINS:
                # "from fiscal year 2001 through fiscal year 2008"
                i_other = i + 4 if i + 4 < n and _fiscal_year(toks, i + 2) else i + 2
                other = _year_of(toks[i_other], readings)
                if other is not None and (toks[i + 1].low != "and" or (i > 0 and toks[i - 1].low == "between")):
                    text = f"{year}–{other}"
                    last = i_other
        elif tok.low in words.relative and i + 1 < n and toks[i + 1].low in words.units:
            text = f"{tok.low} {toks[i + 1].low}"
            last = i + 1
        elif tok.low in words.relative and tok.low != "this" and i + 1 < n and _duration(toks[i + 1], readings):
            text = f"{tok.low} {toks[i + 1].text}"  # "the past 10 years"
            last = i + 1
        elif (tok.low in lex.ordinals and i + 1 < n and toks[i + 1].low in words.ordinal_parts
              and not (i + 3 < n and toks[i + 2].low == "of" and _year_of(toks[i + 3], readings) is not None)):
            text = f"{tok.low} {toks[i + 1].low}"  # "in the first quarter" (not "… of 2024": the year reads it)
            last = i + 1
        elif tok.low in ("a", "one") and i + 2 < n and toks[i + 1].low in words.units \
                and toks[i + 2].low in words.shifts:
            text = f"{tok.low} {toks[i + 1].low} {toks[i + 2].low}"  # "a month earlier"
            last = i + 2
        elif i > 0 and toks[i - 1].low == "on" and tok.text in _weekdays():
            text = tok.text  # "announced a $345 million package on Friday": a day, not part of the phrase
        elif _duration(tok, readings) and i > 0 and (toks[i - 1].low in words.span_preps or (
                i == 1 and toks[0].low == "in" and i + 1 < n and toks[i + 1].text == ",")):
            text = tok.text  # "over six months", "within a decade", "In about 18 months, …": the span it holds for
        elif _duration(tok, readings) and i + 1 < n and toks[i + 1].low in words.shifts:
            text = f"{tok.text} {toks[i + 1].low}"  # "two years ago"
            last = i + 1
        elif tok.low in words.kept and (event := _event_time(toks, readings, i)) is not None:
            out.append(event)  # "since the start of the Syria crisis in 2011"
            i = event.last + 1
            continue
        if text is None:
            i += 1
            continue
        first = i
        if first > 0 and toks[first - 1].low in ("fiscal", "calendar") and text[:1].isdigit():
            first -= 1
            text = f"{toks[first].low} {text}"  # "in fiscal 2023"
        elif first > 1 and _fiscal_year(toks, first - 2) and text[:1].isdigit():
            first -= 2
            plural = "s" if "–" in text else ""
            text = f"{toks[first].low} year{plural} {text}"  # "in fiscal year 2008", "fiscal years 2001–2008"
        if first > 0 and toks[first - 1].low in ("the",) and text.split()[0] in words.relative:
            first -= 1
        # "the first three quarters of 2011", "the first half of 2024"
        if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low.split()[-1] in words.parts:
            j = first - 2
            while j > 0 and (toks[j - 1].low in lex.ordinals or toks[j - 1].low in lex.cardinals):
                j -= 1
            text = " ".join(t.text for t in toks[j:first]) + " " + text
            first = j
            if first > 0 and toks[first - 1].low == "the":
                first -= 1
        prep = ""
        if first > 0 and toks[first - 1].low in words.preps:
            first -= 1
            prep = toks[first].low
            if prep == "of" and first > 0 and toks[first - 1].low == "as":
                first -= 1
                prep = "as of"
        out.append(Time(first, last, prep, text))
        i = last + 1
    return tuple(out)


def _event_time(toks: list[Tok], readings: Sequence[Reading], i: int) -> Time | None:
    """A time set by a point of an event after the preposition at ``i`` ("since the start of the Syria crisis in
    2011", "since the outbreak of the war"): the event's words are the period; None for anything else."""
    n = len(toks)
    if i + 4 >= n or toks[i + 1].low != "the" or toks[i + 2].low not in time_words().event_parts \
            or toks[i + 3].low != "of":
        return None
    j = i + 4
    while j < n and j < i + 10 and toks[j].fig < 0 and toks[j].text.isalpha() and (
            toks[j].low in ("the", "of", "and") or toks[j].low not in lexicon().stop_words):
        j += 1
    if j == i + 4 or toks[j - 1].low in ("the", "of", "and") or (j < n and _year_of(toks[j], readings) is not None):
        return None  # "since the beginning of Fiscal Year 2017": a year's part, which the year reads
    last = j - 1
    if j + 1 < n and toks[j].low == "in" and _year_of(toks[j + 1], readings) is not None:
        last = j + 1  # "… in 2011": the event's year
    return Time(i, last, toks[i].low, " ".join(t.text for t in toks[i + 1 : last + 1]))


def _fiscal_year(toks: list[Tok], i: int) -> bool:
    """True when tokens ``i`` and ``i + 1`` read "fiscal year" or "calendar year" (a year follows them)."""
    return toks[i].low in ("fiscal", "calendar") and toks[i + 1].low == "year"


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(lexicon().weekdays)


def _duration(tok: Tok, readings: Sequence[Reading]) -> bool:
    return tok.fig >= 0 and readings[tok.fig].kind == "duration"


class TimeWords(NamedTuple):
    """Word lists for time expressions."""

    relative: frozenset[str]
    """Words making a relative time with a unit ("last year", "the past decade")."""
    units: frozenset[str]
    """Calendar units after them."""
    preps: frozenset[str]
    """Prepositions taken into a time expression."""
    parts: frozenset[str]
    """Parts of a year before "of" ("quarters", "half")."""
    kept: frozenset[str]
    """Prepositions a caption keeps before its time ("by 2024", "since 2003")."""
    ordinal_parts: frozenset[str]
    """Year parts an ordinal makes a period of ("the first quarter")."""
    shifts: frozenset[str]
    """Words after a span that date it from the text's time ("a month earlier")."""
    span_preps: frozenset[str]
    """Prepositions that make a duration the period of a figure ("over six months")."""
    event_parts: frozenset[str]
    """Nouns of a point of an event after "since the" ("since the start of the Syria crisis")."""


@cache
def time_words() -> TimeWords:
    """The time word lists, from ``data/figures/words.toml``."""
    table = lexicon_table()["time"]
    return TimeWords(
        relative=frozenset(table["relative"]),
        units=frozenset(table["units"]),
        preps=frozenset(table["prepositions"]),
        parts=frozenset(table["parts"]),
        kept=frozenset(table["kept_prepositions"]),
        ordinal_parts=frozenset(table["ordinal_parts"]),
        shifts=frozenset(table["shifts"]),
        span_preps=frozenset(table["span_prepositions"]),
        event_parts=frozenset(table["event_parts"]),
    )


@cache
def lexicon_table() -> dict[str, dict[str, list[str]]]:
    """The caption tables of ``data/figures/words.toml``."""
    from ...resources import data_toml

    words = data_toml("figures/words.toml")
    return {"time": words["time"], "caption": words["caption"]}


@cache
def caption_words(name: str) -> frozenset[str]:
    """One caption word list of ``data/figures/words.toml`` ([caption]), lower case."""
    return frozenset(w.lower() for w in lexicon_table()["caption"][name])


@cache
def caption_firsts(name: str) -> frozenset[str]:
    """The first words of one caption phrase list ("to" of "to date"): a token not among them opens no phrase."""
    return frozenset(phrase.split()[0] for phrase in caption_words(name))


def is_punct(tok: Tok) -> bool:
    """True for a punctuation token."""
    return tok.fig < 0 and len(tok.text) == 1 and not tok.text.isalnum() and tok.text not in "$%&"


def is_hyphen(tok: Tok) -> bool:
    """True for a lone dash token."""
    return len(tok.text) == 1 and tok.text in HYPHEN
