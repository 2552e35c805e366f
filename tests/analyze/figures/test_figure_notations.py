"""Notations of money and percentages beyond the plain '$5 million' and '5 percent' (made-up sentences)."""

from __future__ import annotations

import pytest

from briefgen.analyze.figures.anchors import AnchorIndex, find_anchors
from briefgen.analyze.figures.extract import extract_figures
from briefgen.model import Figure, Paragraph, Sentence, Source


def _figures(text: str) -> list[Figure]:
    """The figures of ``text`` as one paragraph and one sentence."""
    paragraph = Paragraph(0, 0, len(text), text)
    source = Source("src", "test", "test.txt", "0" * 64, text, (paragraph,))
    return extract_figures(source, [Sentence("src", 0, 0, len(text), text)])


def _one(text: str, surface: str) -> Figure:
    found = [f for f in _figures(text) if f.text == surface]
    assert found, [f.text for f in _figures(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Exports were reduced by $3.0 billion to $9.0 billion.", ["$3.0 billion", "$9.0 billion"]),
        ("Grain exports are forecast up $700 million to $33.8 billion.", ["$700 million", "$33.8 billion"]),
        ("Sales fell nearly $2 billion to $5 billion.", ["nearly $2 billion", "$5 billion"]),
        ("Inflation was cut by 2% to 5% last year.", ["2%", "5%"]),
    ],
)
def test_a_change_then_a_level_is_no_range(text: str, surfaces: list[str]) -> None:
    assert [f.text for f in _figures(text) if f.kind in ("money", "percent", "range")] == surfaces


@pytest.mark.parametrize(
    "text", ["The cost is $2 billion to $3 billion.", "Estimates range from $5 million to $7 million."]
)
def test_a_range_of_amounts_stays_a_range(text: str) -> None:
    assert [f.kind for f in _figures(text)] == ["range"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Growth will be one and one-half percent.", "one and one-half percent", 1.5, "%"),
        ("Growth will be one and three-tenths percent.", "one and three-tenths percent", 1.3, "%"),
        ("Prices rose three-tenths percent.", "three-tenths percent", 0.3, "%"),
        ("The rate slipped a tenth of a point to 4.3 percent.", "a tenth of a point", 0.1, "percentage points"),
        ("Participation slipped two-tenths of a point.", "two-tenths of a point", 0.2, "percentage points"),
        ("Rates rose three-quarters of a percentage point.", "three-quarters of a percentage point", 0.75,
         "percentage points"),
        ("The Fed raised the rate to 3-3/4 percent.", "3-3/4 percent", 3.75, "%"),
        ("A 1-1/2 percent rise.", "1-1/2 percent", 1.5, "%"),
    ],
)
def test_fractions_in_percentages(text: str, surface: str, value: float, unit: str) -> None:
    figure = _one(text, surface)
    assert (figure.kind, figure.unit) == ("percent", unit)
    assert figure.value == pytest.approx(value)


def test_a_whole_number_and_a_fraction_bound_a_range() -> None:
    figure = _one("The target range is 3-3/4 to 4 percent.", "3-3/4 to 4 percent")
    assert (figure.kind, figure.low, figure.high) == ("range", 3.75, 4.0)


def test_two_and_a_half_years_is_no_share() -> None:
    assert all(f.kind != "percent" for f in _figures("It came two and a half years later."))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A grant of approximately 167million JPY was signed.", "approximately 167million JPY", 167e6, "JPY"),
        ("The grant (on 18 March, 2010, JPY1.3B) was signed.", "JPY1.3B", 1.3e9, "JPY"),
        ("It costs RM2.5 billion.", "RM2.5 billion", 2.5e9, "MYR"),
        ("It costs USD40 million.", "USD40 million", 40e6, "USD"),
        ("An obligation of Rs.825 crore was made.", "Rs.825 crore", 8.25e9, "INR"),
    ],
)
def test_glued_scales_and_currency_codes(text: str, surface: str, value: float, unit: str) -> None:
    figure = _one(text, surface)
    assert (figure.kind, figure.unit) == ("money", unit)
    assert figure.value == pytest.approx(value)


def test_a_code_glued_to_one_digit_is_no_money() -> None:
    assert all(f.kind != "money" for f in _figures("The site runs PHP7 and the G20 met."))


def test_an_approximation_in_brackets_after_the_amount() -> None:
    figure = _one("Seven projects worth $750 million (approx.) are under way.", "$750 million (approx.)")
    assert figure.qualifier == "approx."


def test_as_high_as_and_more_than_half_the() -> None:
    assert _one("Losses could be as high as four trillion dollars.", "as high as four trillion dollars").qualifier \
        == "as high as"
    half = _one("More than half the population is in need.", "More than half")
    assert (half.kind, half.value, half.qualifier) == ("percent", 50.0, "more than")


def test_the_scan_and_the_plain_search_agree_on_glued_codes() -> None:
    text = "Grants: JPY1.3B, RM2.5 billion, Rs.825 crore, USD40 million, PHP7, G20 and 3.5 percent."
    index = AnchorIndex(text)
    for start in range(0, len(text), 7):
        assert index.anchors(start, len(text)) == find_anchors(text, start, len(text)), start
