"""The dates a writer stamps into its output: the brief's own date, never the clock."""

from __future__ import annotations

import datetime as dt
import os

from ..errors import WriteError
from ..model import Brief


def brief_time(brief: Brief) -> dt.datetime:
    """The brief's date at 00:00 UTC (never the clock)."""
    try:
        day = dt.date.fromisoformat(brief.date[:10])
    except ValueError:
        raise WriteError(f"brief '{brief.name}': date '{brief.date}' is not a date such as 2026-11-28") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def zip_time(brief: Brief) -> dt.datetime:
    """Timestamp for zip entries: SOURCE_DATE_EPOCH when set, else the brief's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return brief_time(brief)
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise WriteError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{epoch}'") from None
