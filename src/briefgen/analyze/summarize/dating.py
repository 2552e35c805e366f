"""Voice and time: an item from a source dated well before the brief shows that date, and its future
tense is flagged as possibly stale."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace

from ...model import SummaryItem
from ...resources import data_toml

STALE_DAYS = 31
"""A source dated more than this many days before the brief is shown with its date."""

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*|[’']ll")


def parse_date(text: str | None) -> dt.date | None:
    """An ISO date (``2022-11-12``, ``2022-11``, ``2022``) as a date (first day of the month or year)."""
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        return dt.date(numbers[0], *[*numbers[1:], 1, 1][:2])
    except (ValueError, TypeError):
        return None


def future_tense(text: str) -> bool:
    """True when the sentence speaks of the future ("will", "shall", "tomorrow")."""
    future = frozenset(data_toml("summary_signals.toml")["voice"]["future"])
    return any(w.lower() in future for w in _WORD.findall(text))


def dated(item: SummaryItem, source_dates: Mapping[str, str | None], brief_date: str) -> SummaryItem:
    """The item with its source's date when that is more than a month before the brief's, and ``stale``
    when it then speaks in the future tense."""
    when = parse_date(source_dates.get(item.cite.source))
    brief = parse_date(brief_date)
    if when is None or brief is None or (brief - when).days <= STALE_DAYS:
        return item
    iso = source_dates[item.cite.source]
    return replace(item, date=iso, stale=future_tense(item.text))
