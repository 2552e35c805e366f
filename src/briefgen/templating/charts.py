"""Pick the comparable figures of a theme (same kind and unit, enough of them) for a bar chart."""

from __future__ import annotations

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


@cache
def _settings() -> _Settings:
    data = data_toml("chart_kinds.toml")
    scales = sorted(((10.0 ** int(k), v["word"], v["suffix"]) for k, v in data["scales"].items()), reverse=True)
    return _Settings(int(data["min_bars"]), int(data["max_bars"]), dict(data["measures"]), tuple(scales))


def comparable(figures: Iterable[Figure], min_bars: int | None = None) -> Chart | None:
    """The largest group of comparable figures (same chartable kind and unit, at least ``min_bars``), or None.

    Repeats of one number with one label count once; a group over ``max_bars`` keeps its most salient.
    """
    rules = _settings()
    least = rules.min_bars if min_bars is None else max(2, int(min_bars))
    groups: dict[tuple[str, str], dict[tuple[float, str], Figure]] = {}
    for figure in figures:
        if figure.kind in rules.measures and figure.value > 0:
            key = (figure.value, " ".join(figure.label.lower().split()))
            groups.setdefault((figure.kind, figure.unit), {}).setdefault(key, figure)
    candidates = [list(g.values()) for g in groups.values() if len(g) >= least]
    if not candidates:
        return None
    best = max(candidates, key=len)  # the first of equally large groups wins (source order)
    if len(best) > rules.max_bars:
        best = sorted(best, key=lambda f: -f.salience)[: rules.max_bars]
    best.sort(key=lambda f: -f.value)
    kind, unit = best[0].kind, best[0].unit
    return _chart(kind, unit, best, rules)


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
