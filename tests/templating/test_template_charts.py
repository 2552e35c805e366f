"""Comparable figures: like with like (kind, unit, measure, kind of quantity, rate, period), at least three,
drawn largest first in one scale."""

from __future__ import annotations

from briefgen.model import Cite, Figure
from briefgen.templating.charts import comparable

CITE = Cite("s", 0, 0, 1)


def _fig(value: float, unit: str, kind: str, label: str, qualifier: str | None = None, display: str = "") -> Figure:
    return Figure(str(value), value, unit, kind, label, CITE, qualifier=qualifier, display=display)  # type: ignore[arg-type]


def test_shares_make_a_chart_largest_first() -> None:
    figures = [
        _fig(65, "%", "percent", "share of global GDP", "approximately", "65%"),
        _fig(60, "%", "percent", "share of world population"),
        _fig(75, "%", "percent", "share of global tourism"),
        _fig(68, "%", "percent", "share of global trade"),
        _fig(53, "partners", "count", "partners"),
    ]
    chart = comparable(figures)
    assert chart is not None
    assert (chart.kind, chart.unit, chart.measure) == ("percent", "%", "%")
    assert [b.value for b in chart.bars] == ["75%", "68%", "~65%", "60%"]
    assert chart.bars[2].label == "share of global GDP"


def test_money_shares_one_scale_with_qualifier_marks() -> None:
    figures = [
        _fig(17.7e9, "USD", "money", "aid received by Cambodia"),
        _fig(588e6, "USD", "money", "aid received by Laos"),
        _fig(100e6, "USD", "money", "aid received by Myanmar", "over"),
    ]
    chart = comparable(figures)
    assert chart is not None
    assert chart.measure == "USD millions"
    assert [b.value for b in chart.bars] == ["$17,700M", "$588M", ">$100M"]


def test_currencies_without_a_sign_name_their_code() -> None:
    chart = comparable([_fig(v * 1e9, "KHR", "money", f"item {v}") for v in (1, 2, 3.5)])
    assert chart is not None
    assert [b.value for b in chart.bars] == ["3.5B KHR", "2B KHR", "1B KHR"]


def test_too_few_mixed_or_uncomparable_figures_make_no_chart() -> None:
    assert comparable([_fig(65, "%", "percent", "a"), _fig(60, "%", "percent", "b")]) is None
    assert comparable([_fig(65, "%", "percent", "a"), _fig(6, "USD", "money", "b"), _fig(3, "x", "count", "c")]) is None
    assert comparable([_fig(y, "year", "year", f"event {y}") for y in (2001, 2010, 2020)]) is None
    assert comparable([]) is None


def test_repeats_count_once_and_the_threshold_can_be_lowered() -> None:
    repeated = [_fig(65, "%", "percent", "GDP share"), _fig(65, "%", "percent", "GDP  share")]
    repeated.append(_fig(3, "%", "percent", "tourism share"))
    assert comparable(repeated) is None
    two = comparable(repeated, 2)
    assert two is not None and len(two.bars) == 2


def test_the_largest_group_wins_and_long_series_keep_their_most_salient() -> None:
    counts = [_fig(n, "ships", "count", f"fleet {n}") for n in range(1, 13)]
    counts = [Figure(f.text, f.value, f.unit, f.kind, f.label, CITE, salience=f.value) for f in counts]
    money = [_fig(v, "USD", "money", f"m{v}") for v in (1e6, 2e6, 3e6)]
    chart = comparable([*money, *counts])
    assert chart is not None and chart.unit == "ships"
    assert [b.value for b in chart.bars] == ["12", "11", "10", "9", "8", "7", "6", "5"]


def test_pledged_received_and_cumulative_amounts_never_share_a_chart() -> None:
    mixed = [
        _fig(1.5e9, "USD", "money", "total humanitarian aid contributed by the U.S. government"),
        _fig(74e6, "USD", "money", "additional humanitarian aid"),
        _fig(300e6, "USD", "money", "humanitarian aid received by Ukraine"),
    ]
    assert comparable(mixed) is None
    assert comparable(mixed, 2) is None


def test_a_monthly_amount_never_stands_beside_a_total() -> None:
    figures = [
        _fig(200, "USD", "money", "wage per month of garment workers"),
        _fig(190, "USD", "money", "wage per month of textile workers"),
        _fig(5e9, "USD", "money", "wage bill of garment factories"),
    ]
    chart = comparable(figures, 2)
    assert chart is not None
    assert {b.figure.value for b in chart.bars} == {200, 190}


def test_different_measures_and_periods_stay_apart() -> None:
    measures = [
        _fig(47.5e6, "USD", "money", "award approved for Arkansas"),
        _fig(40.8e6, "USD", "money", "award approved for Connecticut"),
        _fig(30, "USD", "money", "discount per eligible household"),
    ]
    chart = comparable(measures, 2)
    assert chart is not None and {b.figure.value for b in chart.bars} == {47.5e6, 40.8e6}
    periods = [
        _fig(10, "%", "percent", "GDP growth, 2019"),
        _fig(8, "%", "percent", "GDP growth, 2020"),
        _fig(7, "%", "percent", "GDP growth, 2021"),
    ]
    assert comparable(periods) is None


def test_figures_with_incomplete_labels_are_never_drawn() -> None:
    figures = [_fig(v, "%", "percent", "share of ERA1 allocation") for v in (78, 37, 50)]
    figures[0] = Figure("78", 78, "%", "percent", "share of ERA1 allocation", CITE, label_complete=False)
    chart = comparable(figures, 2)
    assert chart is not None and [b.figure.value for b in chart.bars] == [50, 37]
