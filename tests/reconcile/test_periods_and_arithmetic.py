"""Reconciliation across periods (years of the label, sentence, paragraph or source date) and conflicts one
step of arithmetic away (a share of a stated total). Made-up news sentences."""

from __future__ import annotations

from pathlib import Path

from briefgen import api
from briefgen.model import Brief


def _brief(tmp_path: Path, first: str, second: str, dates: tuple[str, str] | None = None) -> Brief:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "brief.toml").write_text('title = "Pair"\ndate = 2026-01-05\n', encoding="utf-8")
    for name, body, date in zip(("a", "b"), (first, second), dates or ("", ""), strict=True):
        head = f"# title: Story {name}\n# date: {date}\n\n" if date else ""
        text = f"{head}Officials spoke to reporters on Monday.\n{body}\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return api.prepare(folder)[2]


def test_figures_of_elections_named_in_the_paragraph_are_not_one_quantity(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "The 2013 election was close. The ruling party won 48 percent of the vote, its worst result.",
        "The 2018 election was a landslide. The ruling party won 77 percent of the vote, its best result.",
    )
    assert brief.discrepancies == ()


def test_figures_of_sources_years_apart_are_not_one_quantity(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "The ruling party won 48 percent of the vote, officials said.",
        "The ruling party won 77 percent of the vote, officials said.",
        ("2013-07-30", "2018-07-31"),
    )
    assert brief.discrepancies == ()


def test_the_same_quantity_of_one_period_is_still_flagged(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "The ruling party won 48 percent of the vote, officials said.",
        "The ruling party won 44 percent of the vote, officials said.",
        ("2013-07-30", "2013-08-02"),
    )
    [discrepancy] = brief.discrepancies
    assert [f.value for f in discrepancy.figures] == [48, 44]


def test_a_share_of_a_stated_total_that_contradicts_another_source_is_flagged(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "Laos owes China more than $4 billion, according to the World Bank.",
        "About two-thirds of Laos's $4.3 billion external debt is owed to China, the lender said.",
    )
    [discrepancy] = brief.discrepancies
    stated, derived = discrepancy.figures
    assert (stated.cite.source, stated.value) == ("a", 4e9)
    assert derived.cite.source == "b" and abs(derived.value - 4.3e9 * 2 / 3) < 1e6
    assert derived.text == "About two-thirds of Laos's $4.3 billion"  # the words it comes from, cited exactly
    assert "debt" in derived.label and "China" in derived.label


def test_a_share_of_a_total_that_agrees_is_not_flagged(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "Laos owes China more than $4 billion, according to the World Bank.",
        "About two-thirds of Laos's $6.3 billion external debt is owed to China, the lender said.",
    )
    assert brief.discrepancies == ()


def test_a_share_of_another_measure_is_not_compared(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        "Laos owes China more than $4 billion, according to the World Bank.",
        "About a third of Laos's $9 billion budget goes to schools, the ministry said.",
    )
    assert brief.discrepancies == ()
