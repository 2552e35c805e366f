"""Dated events for the timeline: each date mention with the short verbatim clause around it.

Years, month-day, month-year and full dates, year ranges ("Between 2018 and 2021": dated by the
first year) and bare months after a preposition ("in December") are found. A date written without a
year is placed relative to the reference date (the source's publication date, never the brief's):
the most recent such day or month not after it, or the next one when its sentence speaks of the
future ("will launch"). With no reference date, such an event is kept with ``date == ""`` (its
label still says what the source wrote, no year is invented) and sorts last, in source order.

The event's text is the clause holding the date, cut at ", ", "; ", ": " and dashes ("--" too), joined to a
neighbouring clause while shorter than six words and cut further (at "and", "which"…) beyond 25.
A date that opens its sentence ("In December, USAID, in collaboration with ASEAN, will launch …")
takes the clauses after it, up to 25 words, stopping at a trailing clause ("…, granting …") once
the event says enough. The words involved are in ``data/timeline_clauses.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..._speed.gc_pause import without_gc
from ...model import Cite, Event, Sentence, Source
from ...resources import data_toml
from .dates import DateHit, find_all_dates, is_future, iso_date, parse_reference

_MIN_WORDS = 6
_MAX_WORDS = 25
_OPENER_WORDS = 5
_OPENER_CLAUSE = 8
_WINDOW = 400
_LEXICON = data_toml("timeline_clauses.toml")


def _words_re(key: str) -> str:
    return "(?:" + "|".join(re.escape(w) for w in _LEXICON[key]) + ")"


_CLAUSE_BREAK = re.compile(
    r"(?=[,;:\s—–-])(?:,\s+(?!" + _words_re("name_suffixes") + r"\b)|;\s+|:\s+|\s+[—–]\s+|[—–](?=\w)|\s+-\s+|--+\s*)"
)
_PARENS = re.compile(r"\([^()]*\)")
_LEADING_LINK = re.compile(_words_re("links") + r"\s+")
_SUB_BREAK = re.compile(r"\s+(?=" + _words_re("subordinators") + r"\s)")
_TRAILING = re.compile(r"(?:" + _words_re("trailing") + r"|[a-z]+ing)\b")
_TRIM = " \t\n,;:.“”\"‘’'—–-("
_WORDS = re.compile(r"[^\W_]+")
# The baseline cue, then at most six words (an amount, "in the first half of"), then the date.
_BASELINE_BEFORE = re.compile(r"\b" + _words_re("baseline") + r"\s+(?:\S+\s+){0,6}$", re.I)
# What follows the first date of a range ("from June 2018 to January 2019"): not a baseline.
_RANGE_AFTER = re.compile(r"\s*(?:to|through|until|and|[–-])\s", re.I)
_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[A-Z]\.){2,}|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|St))$")


@without_gc
def find_events(source: Source, sentences: Sequence[Sentence], reference_date: str | None) -> list[Event]:
    """Dated events of one source, sorted by date (undated last), then by position."""
    reference = parse_reference(reference_date)
    events: list[Event] = []
    seen: set[tuple[int, int]] = set()
    for sentence, hits in zip(sentences, find_all_dates([s.text for s in sentences]), strict=True):
        if not hits:
            continue
        future = is_future(sentence.text)
        if len(hits) > 1:
            hits = _without_baselines(sentence.text, hits)
        for hit in hits:
            start, end = _clause(sentence.text, hit.start, hit.end)
            key = (sentence.start + start, sentence.start + end)
            if key in seen:
                continue
            seen.add(key)
            events.append(Event(
                date=iso_date(hit, reference, future),
                label=hit.label,
                text=sentence.text[start:end],
                cite=Cite(source.id, sentence.paragraph, key[0], key[1]),
            ))
    events.sort(key=lambda e: (e.date == "", e.date, e.cite.start))
    return events


def _without_baselines(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits less those that are the baseline of a comparison, when another is left to date the event."""
    kept = [
        h for h in hits
        if not (_BASELINE_BEFORE.search(text, max(0, h.start - 60), h.start) and not _RANGE_AFTER.match(text, h.end))
    ]
    return kept or hits


def order_events(events: Sequence[Event], source_ids: Sequence[str]) -> list[Event]:
    """Events of all sources sorted by date (undated last, in source order), the first of any repeats
    (same date, same words) kept."""
    rank = {source: i for i, source in enumerate(source_ids)}
    ordered = sorted(events, key=lambda e: (e.date == "", e.date, rank.get(e.cite.source, len(rank)), e.cite.start))
    seen: set[tuple[str, str]] = set()
    out: list[Event] = []
    for event in ordered:
        key = (event.date or event.label.lower(), " ".join(_WORDS.findall(event.text.lower())))
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _clause(text: str, date_start: int, date_end: int) -> tuple[int, int]:
    """Span of the short clause of ``text`` holding ``text[date_start:date_end]``."""
    # Only the text near the date matters; a window keeps giant "sentences" (tables, lists) linear.
    lo, hi = max(0, date_start - _WINDOW), min(len(text), date_end + _WINDOW)
    pieces = _pieces(text, _CLAUSE_BREAK, date_start, date_end, lo, hi)
    i = next(k for k, (s, e) in enumerate(pieces) if s <= date_start < e or date_start < s)
    if _opens(text, pieces, i):
        return _trim(text, pieces[i][0], _opened(text, pieces, i), date_start, date_end)
    lo = hi = i
    while _words(text, pieces[lo][0], pieces[hi][1]) < _MIN_WORDS and (lo > 0 or hi < len(pieces) - 1):
        starts_lower = text[pieces[lo][0]:pieces[lo][0] + 1].islower()
        if lo > 0 and (starts_lower or hi == len(pieces) - 1):
            lo -= 1
        else:
            hi += 1
    start, end = pieces[lo][0], pieces[hi][1]
    if _words(text, start, end) > _MAX_WORDS:
        start, end = _shorten(text, start, end, date_start, date_end)
    return _trim(text, start, end, date_start, date_end)


def _opens(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    """Whether piece ``i`` is a short opener ("In December", "Between 2018 and 2021") of the sentence
    or of the text after a run-in heading ("Women, Peace, and Security: In December, …")."""
    start, end = pieces[i]
    if i + 1 >= len(pieces) or _words(text, start, end) > _OPENER_WORDS:
        return False
    return start == 0 or (i > 0 and text[pieces[i - 1][1]] == ":")


def _opened(text: str, pieces: list[tuple[int, int]], i: int) -> int:
    """End of the event a date opens ("In December, USAID, in collaboration with …, will launch …"):
    the clauses that follow, within ``_MAX_WORDS``, up to a trailing clause ("…, granting Beijing …")
    once the event has ``_OPENER_CLAUSE`` words."""
    start, hi = pieces[i][0], i
    while hi + 1 < len(pieces) and _words(text, start, pieces[hi + 1][1]) <= _MAX_WORDS:
        if _words(text, start, pieces[hi][1]) >= _OPENER_CLAUSE and _TRAILING.match(text, pieces[hi + 1][0]):
            break
        hi += 1
    return pieces[hi][1]


def _pieces(text: str, pattern: re.Pattern[str], keep_start: int, keep_end: int,
            lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """``text[lo:hi]`` cut at ``pattern``, never inside the date itself."""
    hi = len(text) if hi is None else hi
    parens = [p.span() for p in _PARENS.finditer(text, lo, hi)]
    pieces: list[tuple[int, int]] = []
    at = lo
    for m in pattern.finditer(text, lo, hi):
        if m.start() < keep_end and keep_start < m.end():
            continue
        if any(a < m.start() < b for a, b in parens):
            continue
        if m.start() > at:
            pieces.append((at, m.start()))
        at = m.end()
    if hi > at:
        pieces.append((at, hi))
    return pieces or [(lo, hi)]


def _shorten(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    """A long clause cut at "and", "which"… around the date, else a window of words around it."""
    pieces = _pieces(text, _SUB_BREAK, date_start, date_end, start, end)
    i = next((k for k, (s, e) in enumerate(pieces) if s <= date_start < e), 0)
    lo = hi = i
    while _words(text, pieces[lo][0], pieces[hi][1]) < _MIN_WORDS and (lo > 0 or hi < len(pieces) - 1):
        if lo > 0:
            lo -= 1
        else:
            hi += 1
    start, end = pieces[lo][0], pieces[hi][1]
    if _words(text, start, end) <= _MAX_WORDS:
        return start, end
    words = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    first = next(k for k, (s, e) in enumerate(words) if start + e > date_start)
    a = max(0, first - 10)
    b = min(len(words), a + _MAX_WORDS)
    return start + words[a][0], start + words[b - 1][1]


def _trim(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    while start < min(end, date_start) and text[start] in _TRIM:
        start += 1
    link = _LEADING_LINK.match(text, start, date_start)
    if link:
        start = link.end()
    while end > max(start, date_end) and text[end - 1] in _TRIM and not (
        text[end - 1] == "." and _ABBREVIATION.search(text, start, end)
    ):
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())
