"""Notations of money and percentages beyond the plain '$5 million' and '5 percent' (made-up sentences)."""

from __future__ import annotations

import pytest

from _figures import figures_of as _figures
from briefgen.analyze.figures.anchors import AnchorIndex, find_anchors
from briefgen.model import Figure


def _one(text: str, surface: str) -> Figure:
    """The first figure of ``text`` whose surface is ``surface`` exactly."""
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


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A $1.5-billion deal was signed.", "$1.5-billion", 1.5e9, "USD"),
        ("The EU gave €56,5 million.", "€56,5 million", 56.5e6, "EUR"),
        ("Jakarta set aside Rp5 trillion.", "Rp5 trillion", 5e12, "IDR"),
        ("Dhaka allotted Tk 500 crore.", "Tk 500 crore", 5e9, "BDT"),
        ("Kenya spent KSh 5 billion.", "KSh 5 billion", 5e9, "KES"),
        ("Lagos got 2 billion naira.", "2 billion naira", 2e9, "NGN"),
        ("Suva spent 10 million Fijian dollars.", "10 million Fijian dollars", 10e6, "FJD"),
    ],
)
def test_more_currencies_and_notations(text: str, surface: str, value: float, unit: str) -> None:
    figure = _one(text, surface)
    assert (figure.kind, figure.unit) == ("money", unit)
    assert figure.value == pytest.approx(value)


def test_a_decimal_comma_needs_a_currency_and_a_scale() -> None:
    assert _one("It employs 1,500 people.", "1,500 people").value == 1500
    assert _one("It cost $1,250.", "$1,250").value == 1250


def test_search_and_rescue_is_no_currency() -> None:
    assert all(f.kind != "money" for f in _figures("They sent 2 SAR helicopters."))


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("Now one-in-three women work.", "one-in-three", 100 / 3, None),
        ("Now one out of every four adults votes.", "one out of every four", 25.0, None),
        ("They said so, nearly nine in 10.", "nearly nine in 10", 90.0, "nearly"),
        ("Spending was around a quarter, they said.", "around a quarter", 25.0, "around"),
        ("Less than a fifth.", "Less than a fifth", 20.0, "less than"),
        ("Costs rose by a quarter in 2020.", "a quarter", 25.0, None),
    ],
)
def test_shares_in_words(text: str, surface: str, value: float, qualifier: str | None) -> None:
    figure = _one(text, surface)
    assert figure.kind == "percent"
    assert figure.value == pytest.approx(value)
    assert figure.qualifier == qualifier


def test_an_ordinal_after_a_verb_is_no_share() -> None:
    assert [f.kind for f in _figures("He came a third.")] == ["ordinal"]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Grants of $10,000 and up are open.", "$10,000 and up", "and up"),
        ("It is worth north of $5 billion.", "north of $5 billion", "north of"),
        ("The deficit is just shy of $2 trillion.", "just shy of $2 trillion", "just shy of"),
        ("Turnout was 40 percent or so.", "40 percent or so", "or so"),
    ],
)
def test_bound_idioms(text: str, surface: str, qualifier: str) -> None:
    assert _one(text, surface).qualifier == qualifier


def test_a_decimal_without_its_whole_part() -> None:
    figure = _one("After a .2% across-the-board rescission, it got more.", ".2%")
    assert (figure.kind, figure.value) == ("percent", 0.2)
    assert all(f.text != ".5" for f in _figures("Version v.5 and No.5 came out."))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It was a 3-percentage-point increase.", "3-percentage-point", 3.0, "percentage points"),
        ("It was a 25-basis-point hike.", "25-basis-point", 0.25, "percentage points"),
        ("About 1/3 of voters agreed.", "About 1/3", 100 / 3, "%"),
    ],
)
def test_hyphened_points_and_slash_fractions(text: str, surface: str, value: float, unit: str) -> None:
    figure = _one(text, surface)
    assert (figure.kind, figure.unit) == ("percent", unit)
    assert figure.value == pytest.approx(value)


def test_slashes_that_are_no_shares() -> None:
    assert all(f.kind != "percent" for f in _figures("A 24/7 service since the 9/11 attacks, in 3/4 of 2020."))


def test_a_plus_sign_after_the_amount() -> None:
    assert _one("Spending topped $1bn+ last year.", "$1bn+").qualifier == "-plus"


def test_news_agency_scales_and_footnote_markers() -> None:
    assert _one("Exports rose to $5.1 bln.", "$5.1 bln").value == pytest.approx(5.1e9)
    assert _one("It shipped 2.5 mln tonnes.", "2.5 mln tonnes").value == pytest.approx(2.5e6)
    assert _one("Total aid: $45.2 million¹ in all.", "$45.2 million").value == pytest.approx(45.2e6)
    assert _one("Turnout was 36 percent² overall.", "36 percent").value == 36


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("USAID is providing up to an additional $100 million.", "up to an additional $100 million", "up to"),
        ("It gave more than an estimated $2 billion.", "more than an estimated $2 billion", "more than"),
        ("It gave nearly a further $30 million.", "nearly a further $30 million", "nearly"),
        ("It gave about an estimated 40% of it.", "an estimated 40%", "an estimated"),
        ("It gave an additional $5 million.", "an additional $5 million", "an additional"),
    ],
)
def test_a_bound_before_another_qualifier(text: str, surface: str, qualifier: str) -> None:
    assert _one(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("We gave a hundred and fifty million dollars.", "a hundred and fifty million dollars", 150e6),
        ("We gave one point five billion dollars.", "one point five billion dollars", 1.5e9),
        ("Growth was two point three percent.", "two point three percent", 2.3),
        ("Maybe three and a half billion dollars.", "three and a half billion dollars", 3.5e9),
    ],
)
def test_numbers_as_spoken_in_transcripts(text: str, surface: str, value: float) -> None:
    assert _one(text, surface).value == pytest.approx(value)


def test_a_spoken_point_needs_a_scale_or_percent_after_it() -> None:
    assert [f.text for f in _figures("At one point two officials left.")] == ["two officials"]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The rate has ranged from 3.9 percent to 4.1 percent.", "3.9 percent to 4.1 percent", 3.9, 4.1),
        ("Growth of between 8.3 percent and 8.8 percent.", "between 8.3 percent and 8.8 percent", 8.3, 8.8),
        ("Growth of 2 per cent to 3 per cent.", "2 per cent to 3 per cent", 2.0, 3.0),
    ],
)
def test_a_range_whose_low_end_says_percent(text: str, surface: str, low: float, high: float) -> None:
    figure = _one(text, surface)
    assert (figure.kind, figure.low, figure.high) == ("range", low, high)


@pytest.mark.parametrize(
    "text", ["It rose 3 percent to 5 percent.", "It was cut by 5 percent to 7 percent.", "Up 5 percent to $9 billion."]
)
def test_a_change_in_percent_then_a_level_is_no_range(text: str) -> None:
    assert all(f.kind != "range" for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Funds were shared, with no state receiving less than $1.25 billion.", "less than $1.25 billion",
         "not less than"),
        ("The plan does not cover more than 5 percent of costs.", "more than 5 percent", "not more than"),
        ("It didn't grow more than 2% a year.", "more than 2%", "not more than"),
        ("There is no doubt that more than 50% agree.", "more than 50%", "more than"),
        ("It is not only more than 40% of the total.", "more than 40%", "more than"),
    ],
)
def test_a_negator_before_a_comparison_turns_its_bound(text: str, surface: str, qualifier: str) -> None:
    assert _one(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The budget is ₹5 lakh crore.", "₹5 lakh crore", 5e12),
        ("It set aside 3 lakh crore rupees.", "3 lakh crore rupees", 3e12),
        ("It cost US$ 100 mil.", "US$ 100 mil", 100e6),
        ("The EU gave €56,5 mil.", "€56,5 mil", 56.5e6),
    ],
)
def test_compound_and_abbreviated_scales(text: str, surface: str, value: float) -> None:
    assert _one(text, surface).value == pytest.approx(value)
