"""What a figure's surface says before it is labelled (``Reading``), and where it stands (``Context``).

Both are named tuples rather than frozen dataclasses: thousands are made per text, and a frozen
dataclass of this size costs about five times as much to create.
"""

from __future__ import annotations

from typing import NamedTuple

from ...model import FigureKind
from .dates import DateParts


class Reading(NamedTuple):
    """What a figure's surface says, before labelling."""

    start: int
    """Offset of the surface's first character in the source text."""
    end: int
    """Offset one past its last character."""
    kind: FigureKind
    """Figure kind."""
    value: float
    """Value in base units (the year for dates, the low bound for ranges)."""
    unit: str
    """Unit as in ``Figure.unit``."""
    inner: FigureKind | None = None
    """For ranges, the kind of the bounds."""
    low: float | None = None
    """Lower bound of a range."""
    high: float | None = None
    """Upper bound of a range."""
    qualifier: str | None = None
    """Qualifier words, lower case, as written."""
    iso: str | None = None
    """ISO 8601 date, year or interval."""
    date: DateParts | None = None
    """Year, month and day of a date (year None when unknown)."""
    count_words: str = ""
    """Counted noun phrase or hyphenated noun of a count."""
    raw: float = 0.0
    """Number as written before unit conversion (3 in "three decades")."""
    raw_unit: str = ""
    """Unit word as written ("decades", "month" for a rate, "points")."""
    scaled: bool = False
    """True when the number was written with a scale word ("1.2 million")."""
    spelled: bool = False
    """True when the number was written in words."""
    fraction: tuple[int, int] | None = None
    """Numerator and denominator of a fraction in words."""


class Context(NamedTuple):
    """Where an anchor stands: the text, its sentence and the source's publication date."""

    text: str
    """The whole source text."""
    sentence_start: int
    """Offset of the sentence's first character."""
    sentence_end: int
    """Offset one past the sentence's last character."""
    published: DateParts | None
    """Publication date, for dates written without a year."""
