"""Dates of figures: fill in a missing year from the publication date and write ISO 8601 forms."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

_ISO_PREFIX = re.compile(r"^\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class DateParts(NamedTuple):
    """A possibly partial calendar date."""

    year: int | None
    """Year, when written or derivable."""
    month: int | None = None
    """Month 1–12, when written."""
    day: int | None = None
    """Day of the month, when written."""


def parse_published(text: str | None) -> DateParts | None:
    """The parts of an ISO 8601 publication date ("2022-11-12", "2022-11", "2022"), or None."""
    if not text:
        return None
    found = _ISO_PREFIX.match(text)
    if found is None:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    return DateParts(year, month, day)


def resolve_date(parts: DateParts, published: DateParts | None) -> DateParts:
    """``parts`` with its year taken from the publication date when the text gives none.

    Of the publication year and the years either side, the one putting the date nearest the
    publication date wins ("December" in a January article is last December).
    """
    if parts.year is not None or parts.month is None or published is None or published.year is None:
        return parts
    anchor = _safe_date(published.year, published.month or 7, published.day or 1)
    if anchor is None:
        return parts
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = _safe_date(year, parts.month, parts.day or 15)
        if candidate is None:
            continue
        distance = abs((candidate - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return parts if best is None else parts._replace(year=best[1])


def iso_date(parts: DateParts) -> str | None:
    """ISO 8601 form: "2025-03-01", "2022-11" or "2021"; None without a year or for impossible dates."""
    if parts.year is None:
        return None
    if parts.month is None:
        return f"{parts.year:04d}"
    if parts.day is None:
        return f"{parts.year:04d}-{parts.month:02d}"
    if _safe_date(parts.year, parts.month, parts.day) is None:
        return None
    return f"{parts.year:04d}-{parts.month:02d}-{parts.day:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
