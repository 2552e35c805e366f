"""Short display forms of figures for sidebars: "$588M", "$17.7B", "65%", "1.2M", "1 Mar 2025"."""

from __future__ import annotations

from functools import cache

from .lexicon import lexicon
from .types import Reading

_SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def display(reading: Reading) -> str:
    """The sidebar form of a reading; qualifiers are left to the template (see ``Figure.qualifier``)."""
    kind = reading.inner if reading.kind == "range" else reading.kind
    if reading.kind == "range" and reading.low is not None and reading.high is not None:
        return _range(reading, kind, reading.low, reading.high)
    if kind == "money":
        return _money_prefix(reading.unit) + compact(reading.value, money=True) + _rate(reading)
    if kind == "percent":
        return _percent(reading)
    if kind == "count":
        return compact(reading.value) if reading.scaled and reading.value >= 1e6 else plain(reading.value)
    if kind == "year":
        return f"{int(reading.value)}{reading.raw_unit}"
    if kind == "date":
        return _date(reading)
    if kind == "duration":
        return f"{plain(reading.raw)} {_plural(reading.raw_unit, reading.raw)}"
    if kind == "ordinal":
        return ordinal(int(reading.value))
    return plain(reading.value)


def plain(value: float) -> str:
    """A number with thousands separators and no needless decimals: "109,000", "2.5"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def compact(value: float, money: bool = False) -> str:
    """A number shortened with K/M/B/T: "588M", "17.7B"; small money amounts stay whole ("4,000")."""
    for size, suffix in _SUFFIXES:
        if value >= size and (suffix != "K" or value >= 10_000 or not money):
            short = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return short + suffix
    return plain(value)


def ordinal(value: int) -> str:
    """An ordinal in digits: 1st, 2nd, 3rd, 11th, 13th, 21st."""
    if 10 <= value % 100 <= 20:
        return f"{value}th"
    return f"{value}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(value % 10, 'th') }"


@cache
def _symbols() -> dict[str, str]:
    return {c.code: c.symbol for c in lexicon().currencies}


def _money_prefix(code: str) -> str:
    symbol = _symbols().get(code, "")
    return symbol if symbol else f"{code} "


def _rate(reading: Reading) -> str:
    return f"/{reading.raw_unit}" if reading.raw_unit else ""


def _percent(reading: Reading) -> str:
    if reading.fraction is not None:
        top, bottom = reading.fraction
        return f"{top} in {bottom}" if reading.raw_unit == "in" else f"{top}/{bottom}"
    if reading.raw_unit == "bp":
        return f"{plain(reading.raw)} bp"
    if reading.unit == "percentage points":
        return f"{plain(reading.value)} pp"
    return f"{plain(reading.value)}%"


def _date(reading: Reading) -> str:
    parts = reading.date
    if parts is None or parts.month is None:
        return f"{int(reading.value)}"
    month = lexicon().month_display[parts.month]
    pieces = [str(parts.day)] if parts.day else []
    pieces.append(month)
    if parts.year:
        pieces.append(str(parts.year))
    return " ".join(pieces)


def _plural(word: str, value: float) -> str:
    singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s") if word.endswith("s") else word
    if value == 1:
        return singular
    return singular[:-1] + "ies" if singular.endswith("y") and singular[-2:-1] not in "aeiou" else singular + "s"


def _range(reading: Reading, kind: str | None, low: float, high: float) -> str:
    if kind == "money":
        prefix = _money_prefix(reading.unit)
        return f"{prefix}{compact(low, money=True)}–{compact(high, money=True)}"
    if kind == "percent":
        mark = " pp" if reading.unit == "percentage points" else "%"
        return f"{plain(low)}–{plain(high)}{mark}"
    if kind == "year":
        return f"{int(low)}–{int(high)}"
    if kind == "duration":
        factor = lexicon().durations[reading.raw_unit][1]
        return f"{plain(low / factor)}–{plain(high / factor)} {_plural(reading.raw_unit, 2)}"
    return f"{compact(low) if low >= 1e6 else plain(low)}–{compact(high) if high >= 1e6 else plain(high)}"
