"""Find date expressions in text ("In 2010", "on February 5", "Between 2018 and 2021") and give them ISO dates."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..._speed.regex_cache import compile_cached
from ...resources import data_toml, word_list
from ..actors.lexicon import alternation, is_plain_word


def _months() -> dict[str, int]:
    lines = [line.split() for line in word_list("timeline_months.txt")]
    table: dict[str, int] = {}
    for words in lines:
        number = _MONTH_ORDER.index(words[0]) + 1
        for word in words:
            table[word] = number
    return table


_MONTH_ORDER = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
MONTHS = _months()

_MONTH = alternation(MONTHS)
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = rf"(?:(?<![\w$€£¥/.,:-])|(?<=[Mm]id-)){_YEAR}(?![\w%/-]|[.,:]\d)"
# Every alternative starts with a digit or a capital (the look-ahead lets the engine skip the rest).
_PATTERN = compile_cached(
    rf"(?=[\dA-Z])(?:"
    rf"(?P<iso>(?<![\w/.-])(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\w/-]))"
    rf"|(?P<mdy>(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_Y}))"
    rf"|(?P<dmy>(?<![\w.])(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_Y}))"
    rf"|(?P<my>(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_Y}))"
    rf"|(?P<md>(?P<m4>{_MONTH})\s+(?P<d4>{_DAY})(?![\w%]|[.,:]\d))"
    rf"|(?P<dm>(?<![\w.$])(?P<d5>{_DAY})\s+(?:of\s+)?(?P<m5>{_MONTH})(?!\w))"
    rf"|(?P<month>{_MONTH})(?!\w|\s+\d)"
    rf"|(?P<year>{_Y})(?:(?=\s+(?:and|to|until|through)\s+(?P<r2>{_Y}))|\s*[–—-]\s*(?P<r4>{_YEAR}|\d\d)(?![\w%-]))?"
    r")"
)
# Every alternative above holds an ASCII digit or a month name: a text with neither holds no date.
_HINT = compile_cached(rf"[0-9]|{_MONTH}")
# A bare month is a date only after one of these ("in December"), not in "May" or "March on".
_MONTH_CUE = compile_cached(r"(?:\b(?P<cue>in|on|since|by|until|during|early|late|last|next|this)\s+|\bmid-)$", re.I)
_RANGE_CUE = compile_cached(r"\b(?:between|from)\s+$", re.I)
# A year right after one of these is a count ("about 2000 troops"), not a date.
_COUNT_WORDS = compile_cached(r"(?:about|around|approximately|nearly|almost|some|over|than|up to)\s+$", re.I)
_WORD_BEFORE = compile_cached(r"([A-Z][\w’'-]*)\s+$")
# A year after a capitalised word and "of" or "for" ends a name ("the Balanced Trade Act of 2017", "the Class of
# 2024", "the Sustainable Development Programme for 2030").
_NAME_OF = compile_cached(r"[A-Z][\w’'-]*\s+(?:of|for)\s+$")


def _ending_in(key: str, tail: str = "") -> re.Pattern[str]:
    """A case-blind pattern for text that ends in one of the phrases of ``timeline_clauses.toml[key]`` (then
    ``tail``): the words right before a year."""
    phrases = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data_toml("timeline_clauses.toml")[key])
    return compile_cached(rf"\b(?:{phrases}){tail}\s*$", re.I)


# A year after a period's name ("fiscal year 2023") names that period, not when something happened.
_PERIOD_BEFORE = _ending_in("period_names")
# A year after words of waiting ("ahead of the 2023 elections") names what is awaited, not when something happened.
_AWAITED_BEFORE = _ending_in("awaited", r"(?:\s+the)?")
# Each word starts with its literal letter, then checks for the word boundary before it (the engine skips
# to those letters instead of testing a boundary at every position).
_FUTURE = compile_cached(
    r"(?:w(?<!\w.)ill|s(?<!\w.)hall|p(?<!\w.)lans? to"
    # "is expected to", "are due in", "aren't expected until": a present-tense expectation points ahead
    r"|(?:i(?<!\w.)s|a(?<!\w.)re)(?:n[’']t| not)? (?:(?:set|scheduled|expected) (?:to|until|by|in|on|for)"
    r"|due (?:until|by|in|on|for))"  # not "due to", a cause
    r"|u(?<!\w.)pcoming|n(?<!\w.)ext)\b"
)


def _starts() -> re.Pattern[str]:
    """Where a date may start: every alternative of ``_PATTERN`` starts with a month name or with an
    ASCII digit after no word character. Each branch opens with a plain character (the engine skips to those) and
    consumes only it, so that one candidate never hides the next."""
    rests: dict[str, set[str]] = {}
    for name in MONTHS:
        rests.setdefault(name[0], set()).add(re.escape(name[1:3]))
    digits = [rf"{d}(?<!\w.)" for d in "0123456789"]
    months = [re.escape(c) + "(?=" + "|".join(sorted(r)) + ")" for c, r in sorted(rests.items())]
    return compile_cached("|".join(digits + months))


# The pattern is tried only where this matches.
_STARTS = _starts()


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date expression in a text."""

    start: int
    """Offset of the expression in the searched text."""
    end: int
    """Offset one past it."""
    label: str
    """The expression as written, without a leading preposition ("December", "Between 2018 and 2021")."""
    year: int | None
    """Year, when written."""
    month: int | None = None
    """Month 1-12, when written."""
    day: int | None = None
    """Day of the month, when written."""
    relative: str = ""
    """"last", "next" or "this" when the month was qualified so."""


def find_dates(text: str) -> Iterator[DateHit]:
    """Date expressions in ``text``, left to right."""
    if _HINT.search(text) is not None:
        yield from find_all_dates([text])[0]


def find_all_dates(texts: Sequence[str]) -> list[list[DateHit]]:
    """The date expressions of each of ``texts``, as ``find_dates`` gives them (offsets in its own text)."""
    out: list[list[DateHit]] = [[] for _ in texts]
    if not texts:
        return out
    # One pass over the texts joined by a character that no part of the pattern matches or accepts
    # around a date, so that each text reads as if alone.
    joined = "\0".join(texts)
    segment, base, end = 0, 0, len(texts[0])
    scan_to = skip_to = 0
    for start in _STARTS.finditer(joined):
        at = start.start()
        if at < scan_to:
            continue
        m = _PATTERN.match(joined, at)
        if m is None:
            continue
        scan_to = m.end()
        if at < skip_to:
            continue
        while at > end:
            segment += 1
            base, end = end + 1, end + 1 + len(texts[segment])
        hit = _hit(m, _kind(m), base)
        if hit is not None:
            skip_to = hit.end + base
            out[segment].append(hit)
    return out


def _kind(m: re.Match[str]) -> str:
    for name in ("iso", "mdy", "dmy", "my", "md", "dm", "month"):
        if m.group(name) is not None:
            return name
    return "year"


def _hit(m: re.Match[str], kind: str, base: int) -> DateHit | None:
    """The date ``m`` found in the text at offset ``base`` of ``m.string``, with offsets in that text."""
    text = m.string
    before = text[max(base, m.start() - 24):m.start()]
    if kind == "year":
        return _year(m, before, base)
    start, end = m.start() - base, m.end() - base
    if kind == "iso":
        return DateHit(start, end, m.group(0), int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if kind == "month":
        cue = _MONTH_CUE.search(before)
        if cue is None:
            return None
        word = (cue.group("cue") or "").lower()
        relative = word if word in {"last", "next", "this"} else ""
        return DateHit(start, end, m.group(0), None, MONTHS[m.group(0)], None, relative)
    month_group, day_group, year_group = {
        "mdy": ("m1", "d1", "y1"), "dmy": ("m2", "d2", "y2"), "my": ("m3", None, "y3"),
        "md": ("m4", "d4", None), "dm": ("m5", "d5", None),
    }[kind]
    day = int(re.sub(r"\D", "", m.group(day_group))) if day_group else None
    year = int(m.group(year_group)) if year_group else None
    return DateHit(start, end, m.group(0), year, MONTHS[m.group(month_group)], day)


def _year(m: re.Match[str], before: str, base: int) -> DateHit | None:
    """A year, or a year range ("2018–2021", "between 2018 and 2021") dated by its first year."""
    year = int(m.group("year"))
    if m.group("r4") is not None:
        return DateHit(m.start() - base, m.end() - base, m.group(0), year)
    cue = _RANGE_CUE.search(before)
    if m.group("r2") is not None and cue is not None:
        start = m.start() - (len(before) - cue.start())
        return DateHit(start - base, m.end("r2") - base, m.string[start:m.end("r2")], year)
    word = _WORD_BEFORE.search(before)
    if (
        _COUNT_WORDS.search(before)
        or (word and not is_plain_word(word.group(1)))
        or _PERIOD_BEFORE.search(before)
        or _NAME_OF.search(before)
        or _AWAITED_BEFORE.search(before)
    ):
        return None  # "about 2000 troops", "Vision 2030", "the Trade Act of 2017", "ahead of 2023"
    return DateHit(m.start() - base, m.end("year") - base, m.group("year"), year)


def iso_date(hit: DateHit, reference: tuple[int, int, int] | None, future: bool) -> str:
    """ISO form of a hit; a date without a year is placed in the year ``reference`` implies, else ""."""
    year = hit.year
    if year is None:
        if reference is None:
            return ""
        year = _place(hit, reference, future)
    if hit.month is None:
        return f"{year:04d}"
    if hit.day is None:
        return f"{year:04d}-{hit.month:02d}"
    return f"{year:04d}-{hit.month:02d}-{hit.day:02d}"


UPCOMING_DAYS = 14
"""A day without a year at most this many days after the text's date is the coming one, whatever the tense: a text
announces the days just ahead of it ("On 6 November, the ministers discuss …" in a text of 5 November); a day
further ahead in a sentence not in the future is last year's."""


def _place(hit: DateHit, reference: tuple[int, int, int], future: bool) -> int:
    """The most recent such date not after the reference (the next one, for future tense or "next", or for a day
    within ``UPCOMING_DAYS`` ahead)."""
    ref_year, ref_month, ref_day = reference
    when: tuple[int, ...] = (hit.month or 1,) if hit.day is None else (hit.month or 1, hit.day)
    now: tuple[int, ...] = (ref_month,) if hit.day is None else (ref_month, ref_day)
    if hit.relative == "this":
        return ref_year
    if hit.relative == "last":
        return ref_year if when < now else ref_year - 1
    if hit.relative == "next":
        return ref_year if when > now else ref_year + 1
    if future:
        return ref_year if when >= now else ref_year + 1
    if hit.day is not None and (upcoming := _upcoming_year(hit.month or 1, hit.day, reference)) is not None:
        return upcoming  # "On 6 November, the ministers discuss …" in a text of 5 November: the days it announces
    return ref_year if when <= now else ref_year - 1


def _upcoming_year(month: int, day: int, reference: tuple[int, int, int]) -> int | None:
    """The year of the day ``month``/``day`` when it falls within ``UPCOMING_DAYS`` after the reference, else None."""
    try:
        ref = datetime.date(*reference)
    except ValueError:
        return None
    for year in (ref.year, ref.year + 1):
        try:
            gap = (datetime.date(year, month, day) - ref).days
        except ValueError:
            continue
        if 0 < gap <= UPCOMING_DAYS:
            return year
    return None


def is_future(sentence: str) -> bool:
    """True when a sentence speaks of the future ("will launch", "plans to")."""
    return _FUTURE.search(sentence) is not None


def parse_reference(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of a reference date: ISO ("2025-03-10", "2025-03", "2025") or written out
    ("March 10, 2025"); a missing month or day counts as the end of the year or month. None when absent."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m is not None:
        year, month, day = int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 31)
    else:
        hit = next((h for h in find_dates(value) if h.year is not None), None)
        if hit is None:
            return None
        year, month, day = hit.year or 0, hit.month or 12, hit.day or 31
    if not 1 <= month <= 12:
        return None
    return year, month, max(1, min(day, 31))
