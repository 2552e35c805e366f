"""Figures across sources: one figure several sources report is listed once; differing values are flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import api
from briefgen.model import Brief, Figure

OPENING = "Officials in the region discussed the figures at a meeting in the capital on Monday."


def _brief(tmp_path: Path, first: str, second: str) -> Brief:
    """The brief of a folder holding two one-paragraph news texts."""
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "brief.toml").write_text('title = "Pair"\ndate = 2026-01-05\n', encoding="utf-8")
    (folder / "a.txt").write_text(f"{OPENING}\n{first}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"{OPENING}\n{second}\n", encoding="utf-8")
    return api.prepare(folder)[2]


def _find(brief: Brief, text: str) -> list[Figure]:
    return [f for f in brief.figures if f.text == text]


@pytest.mark.parametrize(
    ("first", "second", "surface"),
    [
        ("Beijing pledged $588 million in aid to Cambodia between 2018 and 2021.",
         "Between 2018 and 2021, China pledged $588 million in aid to Cambodia, officials said.", "$588 million"),
        ("By 2024, Cambodia had received $17.7 billion in Chinese aid.",
         "Cambodia had received $18 billion in Chinese aid by 2024, analysts estimate.", "$17.7 billion"),
        ("The fund paid $588 million in aid to farmers last year.",
         "The fund paid about $600 million in aid to farmers last year.", "$588 million"),
        ("The bloc now has 53 partners from Asia and Europe.",
         "Its 53 partners from Asia and Europe met in Brussels.", "53 partners"),
    ],
    ids=["same", "rounded", "approximate", "count"],
)
def test_a_figure_two_sources_report_is_listed_once_with_both_cites(
    tmp_path: Path, first: str, second: str, surface: str
) -> None:
    brief = _brief(tmp_path, first, second)
    [figure] = _find(brief, surface)
    assert figure.cite.source == "a"
    assert [c.source for c in figure.also] == ["b"]
    assert len([f for f in brief.figures if f.kind == figure.kind and f.unit == figure.unit]) == 1
    assert brief.discrepancies == ()
    cited = {(p.source, p.paragraph) for p in brief.passages}
    assert (figure.also[0].source, figure.also[0].paragraph) in cited


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Between 2018 and 2021, Beijing pledged $588 million in aid to Cambodia.",
         "Between 2018 and 2021, Beijing pledged $600 million in aid to Cambodia, analysts said.",
         [588e6, 600e6]),
        ("The bloc now has 53 partners from Asia and Europe.",
         "The bloc now has 51 partners from Asia and Europe.", [53, 51]),
        ("Unemployment among young workers rose to 12 percent in March.",
         "Unemployment among young workers rose to 14.5 percent in March.", [12, 14.5]),
        ("The ministry spent more than $100 million on military assistance.",
         "The ministry spent $80 million on military assistance.", [100e6, 80e6]),
        ("Tariffs of 20 to 30 percent applied to rice imports.",
         "Tariffs of 40 to 50 percent applied to rice imports.", [20, 40]),
    ],
    ids=["money", "count", "percent", "broken-bound", "disjoint-ranges"],
)
def test_one_quantity_given_differently_is_flagged_with_both_values(
    tmp_path: Path, first: str, second: str, values: list[float]
) -> None:
    brief = _brief(tmp_path, first, second)
    [discrepancy] = brief.discrepancies
    assert [f.value for f in discrepancy.figures] == values
    assert [f.cite.source for f in discrepancy.figures] == ["a", "b"]
    assert discrepancy.kind == discrepancy.figures[0].kind and discrepancy.label
    # Never silently merged: both values stay in the brief's figures.
    assert {f.value for f in brief.figures} >= set(values)
    assert all(not f.also for f in discrepancy.figures)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("In 2019, the bank lent $50 million to rice farmers.", "In 2023, the bank lent $70 million to rice farmers."),
        ("Japan pledged $50 million in aid to Cambodia.", "Australia pledged $80 million in aid to Cambodia."),
        ("Members account for 65 percent of global GDP.", "Members account for 68 percent of global trade."),
        ("Members account for 65 percent of global GDP.", "Members account for 65 percent of global trade."),
        ("Tariffs of 20 to 30 percent applied to rice imports.",
         "Tariffs of 25 to 35 percent applied to rice imports."),
        ("The ministry spent more than $100 million on military assistance.",
         "The ministry spent $150 million on military assistance."),
        ("The two nations signed a trade pact.", "The three nations signed a trade pact."),
        ("The forum was founded in 1996.", "The forum was founded in 1998."),
        ("The forum held its 13th summit in Phnom Penh.", "The forum held its 14th summit in Phnom Penh."),
        ("The forum met on March 1, 2024 in Phnom Penh.", "The forum met on March 3, 2024 in Phnom Penh."),
    ],
    ids=["other-year", "other-donor", "other-measure", "same-value-other-measure", "overlapping-ranges", "bound-kept",
         "small-counts", "years", "ordinals", "dates"],
)
def test_different_things_are_neither_merged_nor_flagged(tmp_path: Path, first: str, second: str) -> None:
    brief = _brief(tmp_path, first, second)
    assert brief.discrepancies == ()
    assert all(not f.also for f in brief.figures)


def test_figures_of_one_source_are_left_alone(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "Beijing pledged $588 million in aid to Cambodia. Later Beijing pledged $600 million in aid to Cambodia.",
        "Farm output rose by a tenth.",
    )
    assert brief.discrepancies == ()
    assert len(_find(brief, "$588 million")) == len(_find(brief, "$600 million")) == 1
