"""Pick the comparable figures of a theme for a bar chart: like with like only.

Bars share a kind and unit, and what their labels say: the same measure (the label's head noun, "share"
for shares), the same kind of quantity (a cumulative total, a pledge, an amount received or spent, as
``chart_kinds.toml`` [quantities] lists them), the same rate ("per month" never beside a total) and the
same period (the years the label names). A figure whose label is incomplete is never drawn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Figure
from ..resources import data_toml
from .filters import currency_signs, plain_number, qualifier_mark


@dataclass(frozen=True, slots=True)
class ChartBar:
    """One bar: a figure with its value written in the chart's common scale."""

    label: str
    """What the figure measures (its label)."""
    value: str
    """The number as the bar shows it, in the chart's scale (``$17,700M``, ``~65%``)."""
    figure: Figure
    """The figure itself (for its cite)."""


@dataclass(frozen=True, slots=True)
class Chart:
    """Comparable figures, largest first, ready to write as ``<figure class="chart">`` rows."""

    kind: str
    """The figures' kind (``percent``, ``money``, ``count``)."""
    unit: str
    """Their shared unit (``%``, ``USD``, ``partners``)."""
    measure: str
    """What the numbers are in, for a caption (``%``, ``USD millions``, ``partners``)."""
    bars: tuple[ChartBar, ...]
    """The bars, largest value first."""


@dataclass(frozen=True, slots=True)
class _Settings:
    """The chart rules of ``chart_kinds.toml``."""

    min_bars: int
    max_bars: int
    measures: dict[str, str]
    scales: tuple[tuple[float, str, str], ...]
    quantities: dict[str, str]
    """Label word -> the kind of quantity it marks (stock, pledge, received)."""
    rates: frozenset[str]
    """Words that open or are a rate ("per", "monthly")."""


@cache
def _settings() -> _Settings:
    data = data_toml("chart_kinds.toml")
    scales = sorted(((10.0 ** int(k), v["word"], v["suffix"]) for k, v in data["scales"].items()), reverse=True)
    quantities = {w: kind for kind, words in data["quantities"].items() if kind != "rates" for w in words}
    return _Settings(
        int(data["min_bars"]), int(data["max_bars"]), dict(data["measures"]), tuple(scales), quantities,
        frozenset(data["quantities"]["rates"]),
    )


def comparable(figures: Iterable[Figure], min_bars: int | None = None) -> Chart | None:
    """The largest group of like figures (see the module), at least ``min_bars`` of them, or None.

    Repeats of one number with one label count once; a group over ``max_bars`` keeps its most salient.
    """
    rules = _settings()
    least = rules.min_bars if min_bars is None else max(2, int(min_bars))
    groups: dict[Like, dict[tuple[float, str], Figure]] = {}
    for figure in figures:
        if figure.kind in rules.measures and figure.value > 0 and figure.label_complete:
            key = (figure.value, " ".join(figure.label.lower().split()))
            groups.setdefault(like(figure), {}).setdefault(key, figure)
    candidates = [list(g.values()) for g in groups.values() if len(g) >= least]
    if not candidates:
        return None
    best = max(candidates, key=len)  # the first of equally large groups wins (source order)
    if len(best) > rules.max_bars:
        best = sorted(best, key=lambda f: -f.salience)[: rules.max_bars]
    best.sort(key=lambda f: -f.value)
    kind, unit = best[0].kind, best[0].unit
    return _chart(kind, unit, best, rules)


@dataclass(frozen=True, slots=True)
class Like:
    """What must match for two figures to stand in one chart."""

    kind: str
    """Figure kind."""
    unit: str
    """Unit (currency code, "%", counted noun)."""
    measure: str
    """The label's head noun, lower case ("aid", "share"), or "" when it has none."""
    quantity: frozenset[str]
    """Kinds of quantity the label names (stock, pledge, received); empty when it names none."""
    rate: str
    """The rate's unit ("month"), or "" for an amount."""
    period: frozenset[str]
    """Years the label names."""


_YEAR = re.compile(r"\b(?:1[5-9]|20)[0-9]{2}\b")
_WORD = re.compile(r"[\w’'-]+|,")


def like(figure: Figure) -> Like:
    """The measure, kind of quantity, rate and period its label states."""
    rules = _settings()
    words = _WORD.findall(figure.label)
    lows = [w.lower() for w in words]
    quantity = frozenset(rules.quantities[w] for w in lows if w in rules.quantities)
    rate = ""
    for i, low in enumerate(lows):
        if low in rules.rates and low not in ("per", "each", "every", "a"):
            rate = low.removesuffix("ly").replace("dai", "day").replace("annual", "year")
        elif low in ("per", "each", "every") and i + 1 < len(lows) and lows[i + 1].isalpha():
            rate = lows[i + 1].removesuffix("s")
    return Like(figure.kind, figure.unit, _head(words), quantity, rate, frozenset(_YEAR.findall(figure.label)))


def _head(words: list[str]) -> str:
    """The head noun of a label: the last plain word before its first link ("of", "to", ",", …)."""
    links = {"of", "to", "for", "from", "in", "on", "at", "by", "with", "per", "each", "since", "through", ","}
    rules = _settings()
    head = ""
    for word in words:
        low = word.lower()
        if low in links:
            break
        if word[:1].isupper() or not word[:1].isalpha() or low in rules.quantities or low in rules.rates:
            continue  # names ("U.S."), numbers and quantity words say whose or which, not what
        if len(low) > 5 and low.endswith("ed"):
            continue  # participles ("pledged") say which kind of quantity
        head = low
    return head.removesuffix("s") if len(head) > 3 and not head.endswith("ss") else head


def _chart(kind: str, unit: str, figures: list[Figure], rules: _Settings) -> Chart:
    if kind != "money":
        sign = "%" if unit == "%" else ""
        bars = tuple(ChartBar(f.label, f"{qualifier_mark(f)}{plain_number(f.value)}{sign}", f) for f in figures)
        return Chart(kind, unit, rules.measures[kind].format(unit=unit, scale=""), bars)
    smallest = min(f.value for f in figures)
    size, word, suffix = next((s for s in rules.scales if smallest >= s[0]), rules.scales[-1])
    sign = currency_signs().get(unit, "")
    bars = tuple(ChartBar(f.label, _money(f, size, suffix, sign), f) for f in figures)
    return Chart(kind, unit, rules.measures[kind].format(unit=unit, scale=word), bars)


def _money(figure: Figure, size: float, suffix: str, sign: str) -> str:
    """An amount in the chart's scale, with the figure's qualifier mark: ``>$100M``, ``$17,700M``."""
    number = figure.value / size
    text = f"{number:,.0f}" if number >= 100 or number == int(number) else f"{number:,.1f}"
    amount = f"{sign}{text}{suffix}" if sign else f"{text}{suffix} {figure.unit}"
    return f"{qualifier_mark(figure)}{amount}"


def chart_filter(figures: Any, min_bars: int | None = None) -> Chart | None:
    """The ``chart`` template filter: ``theme.figures | chart`` (None when nothing is comparable)."""
    return comparable(figures, min_bars)
