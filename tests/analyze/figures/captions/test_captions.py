"""Qualifier bounds, word quantities and captions (what is measured, for whom, when) on made-up sentences.

Each class of rule is tried on several phrasings written for these tests (none from the gold texts).
"""

from __future__ import annotations

import pytest

from _figures import figure_at, figures_of
from briefgen.analyze.figures.bounds import bound

# --- qualifiers and their bounds --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier", "expected"),
    [
        ("Fares are capped at no more than $40 a trip.", "$40", "no more than", "le"),
        ("Not more than 15 percent of seats went to women.", "15 percent", "not more than", "le"),
        ("The law requires no less than 30 percent of seats for women.", "30 percent", "no less than", "ge"),
        ("No fewer than 3 million households lost power.", "3 million", "no fewer than", "ge"),
        ("More than 80 percent of voters turned out.", "80 percent", "more than", "gt"),
        ("The fine is capped at $500 for small firms.", "$500", "capped at", "le"),
        ("Each grant is a maximum of $2 million.", "$2 million", "a maximum of", "le"),
        ("Donors pledged a minimum of $4 million a year.", "$4 million", "a minimum of", "ge"),
        ("Firms reported losses exceeding $9 million.", "$9 million", "exceeding", "gt"),
        ("Growth may fall to 2 percent or less next year.", "2 percent", "or less", "le"),
        ("Turnout of 60 percent or more is needed.", "60 percent", "or more", "ge"),
        ("The fund holds $3 billion-plus in reserves.", "$3 billion", "-plus", "gt"),
        ("Loans of up to $5 million are offered.", "$5 million", "up to", "le"),
        ("At most 10 percent of the budget goes to defence.", "10 percent", "at most", "le"),
        ("Less than 5 percent of roads are paved.", "5 percent", "less than", "lt"),
        ("Fewer than 2 million people voted.", "2 million", "fewer than", "lt"),
        ("A ticket costs about $20.", "$20", "about", "approx"),
        ("Nearly 30 percent of homes flooded.", "30 percent", "nearly", "approx"),
        ("Roughly 4 million people fled.", "4 million", "roughly", "approx"),
        ("At least $1 billion is needed.", "$1 billion", "at least", "ge"),
    ],
)
def test_qualifiers_keep_their_bound(sentence: str, surface: str, qualifier: str, expected: str) -> None:
    figure = figure_at(sentence, surface)
    assert figure.qualifier == qualifier
    assert bound(figure.qualifier) == expected
    assert qualifier.lstrip("-") in figure.text.lower()  # the qualifier stays inside the surface


def test_a_negated_qualifier_is_never_read_without_its_negation() -> None:
    for sentence in ("Rents rose by no more than 3 percent.", "Spending was not more than $8 million."):
        figure = figures_of(sentence)[0]
        assert figure.qualifier is not None and figure.qualifier.startswith(("no ", "not "))
        assert bound(figure.qualifier) == "le"


def test_bounds_of_plain_and_unknown_qualifiers() -> None:
    assert bound(None) == "" and bound("") == ""
    assert bound("an additional") == "" and bound("a total of") == ""
    assert bound("More  Than") == "gt"
    assert bound("whatever") == ""


def test_and_up_after_a_bare_number_is_no_qualifier() -> None:
    figures = figures_of("Children aged 6 and up to 12 get $250 each.")
    assert [(f.text, f.qualifier) for f in figures if f.kind != "money"] == [("6", None), ("up to 12", "up to")]


# --- quantities in words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value", "qualifier"),
    [
        ("The scheme covers more than half a billion people.", "half a billion people", "count", 5e8, "more than"),
        ("Nearly half a million visitors came.", "half a million visitors", "count", 5e5, "nearly"),
        ("The state spent half a billion dollars on roads.", "half a billion dollars", "money", 5e8, None),
        ("Two-thirds of the loans are in arrears.", "Two-thirds", "percent", 200 / 3, None),
        ("One-third of schools lack water.", "One-third", "percent", 100 / 3, None),
        ("Nine in 10 farmers own no land.", "Nine in 10", "percent", 90.0, None),
        ("Nine out of 10 clinics reopened.", "Nine out of 10", "percent", 90.0, None),
        ("One in five children is underweight.", "One in five", "percent", 20.0, None),
        ("Poverty fell by more than half.", "half", "percent", 50.0, "more than"),
        ("More than half of the staff quit.", "half", "percent", 50.0, "more than"),
        ("That share is only half for women.", "half", "percent", 50.0, "only"),
    ],
)
def test_word_quantities_are_valued(
    sentence: str, surface: str, kind: str, value: float, qualifier: str | None
) -> None:
    figure = figure_at(sentence, surface)
    assert (figure.kind, figure.qualifier) == (kind, qualifier)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose in the first half of 2023.",
        "The first three quarters of 2011 were slow.",
        "The talks lasted half an hour.",
    ],
)
def test_parts_of_a_period_are_no_shares(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.kind == "percent"]


def test_a_year_then_an_amount_is_no_range() -> None:
    figures = figures_of("The allowance rose from $1,500 per pupil in 2019 to $2,100 for each pupil in rural areas.")
    money = [f for f in figures if f.kind == "money"]
    assert [f.value for f in money] == [1500.0, 2100.0]


# --- captions: the measure from the words tied to the number ----------------------------------------


def _label(sentence: str, surface: str) -> str:
    return figure_at(sentence, surface).label


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # a level verb: the subject is what is measured
        ("The budget deficit stood at $12 billion.", "$12 billion", ["budget deficit"]),
        ("Inflation was 7.5 percent.", "7.5 percent", ["Inflation"]),
        ("Rice exports climbed to $3 billion.", "$3 billion", ["Rice exports"]),
        ("Our total aid to Nepal now totals nearly $90 million.", "$90 million", ["aid to Nepal"]),
        # a level noun ("a new high of", "a total of") is see-through
        ("Tourism revenue reached a new high of $5 billion.", "$5 billion", ["Tourism revenue"]),
        ("Port traffic rose 8 percent, for a total of $2.1 billion.", "$2.1 billion", ["Port traffic"]),
        # a change verb keeps the verb
        ("Household debt grew 4 percent.", "4 percent", ["growth in Household debt"]),
        # the phrase the amount is "in" or "of"
        ("The bank lent $40 million in housing loans to Kenya.", "$40 million", ["housing loans", "Kenya"]),
        ("The firm booked a $6 million loss.", "$6 million", ["loss"]),
        ("One importer reported a loss of $2 million.", "$2 million", ["loss", "importer"]),
        # a past participle names who acted
        ("Japan pledged $50 million in grants to Fiji.", "$50 million", ["grants", "pledged", "Fiji", "Japan"]),
        ("Chile imported $9 billion of machinery.", "$9 billion", ["machinery", "imported", "Chile"]),
        # a pronoun subject is taken back to the clause that introduced it
        ("The utility said that it would invest $2 billion.", "$2 billion", ["utility", "invest"]),
    ],
)
def test_money_and_percent_captions_name_the_measure(sentence: str, surface: str, words: list[str]) -> None:
    label = _label(sentence, surface)
    for word in words:
        assert word in label, (word, label)


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        ("Vietnam accounts for 30 percent of the region's rice exports.", "30 percent", ["Vietnam share of"]),
        ("In 2023, the EU made up 45 percent of the new orders.", "45 percent", ["EU share of new orders"]),
        ("Members account for 65 percent of global trade.", "65 percent", ["share of global trade"]),
        ("About 40 percent of the roads are unpaved.", "40 percent", ["share of roads", "unpaved"]),
        ("Some 70 percent of output is exported to Europe.", "70 percent", ["share of output", "exported"]),
        ("The state's debt could climb to 90 percent of GDP.", "90 percent", ["debt", "share of GDP"]),
    ],
)
def test_share_captions(sentence: str, surface: str, words: list[str]) -> None:
    label = _label(sentence, surface)
    for word in words:
        assert word in label, (word, label)


@pytest.mark.parametrize(
    ("sentence", "surface", "wanted", "unwanted"),
    [
        (
            "The ruling party won 55 percent of the vote, while 4 percent of ballots were declared invalid.",
            "4 percent",
            ["ballots", "invalid"],
            ["party", "vote"],
        ),
        (
            "Invalid ballots made up 3 percent of the total, and the opposition took 38 percent of the vote.",
            "3 percent",
            ["Invalid ballots"],
            ["opposition"],
        ),
        (
            "Invalid ballots made up 3 percent of the total, and the opposition took 38 percent of the vote.",
            "38 percent",
            ["vote"],
            ["Invalid", "ballots"],
        ),
    ],
)
def test_a_caption_comes_from_the_words_tied_to_its_number(
    sentence: str, surface: str, wanted: list[str], unwanted: list[str]
) -> None:
    label = _label(sentence, surface)
    for word in wanted:
        assert word in label, (word, label)
    for word in unwanted:
        assert word not in label, (word, label)


# --- captions: periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        ("Exports reached $4 billion in 2019.", "$4 billion", ", 2019"),
        ("In 2015, the ministry spent $3 million on roads.", "$3 million", ", 2015"),
        ("By 2030, wind will supply 40 percent of the grid's power.", "40 percent", ", by 2030"),
        ("Prices rose 6 percent in March 2022.", "6 percent", ", March 2022"),
        ("The port will receive $700 million in investment from 2016 through 2020.", "$700 million", ", 2016–2020"),
        ("From FY2012 – FY2014, Ghana received $20 million in food aid.", "$20 million", ", FY2012–FY2014"),
        ("Last year, the city collected $90 million in fees.", "$90 million", ", last year"),
        ("Revenue was $8 billion as of 2021.", "$8 billion", ", as of 2021"),
        ("Between 2010 and 2015, donors gave $1 billion in aid.", "$1 billion", ", 2010–2015"),
    ],
)
def test_captions_end_with_the_period_the_sentence_gives(sentence: str, surface: str, period: str) -> None:
    assert _label(sentence, surface).endswith(period)


def test_a_caption_without_a_period_in_its_sentence_has_none() -> None:
    label = _label("The ministry spent $3 million on roads.", "$3 million")
    assert label == "spent on roads"  # what was done, on what; no period appended


def test_a_later_sentence_does_not_lend_its_period() -> None:
    figures = figures_of("Aid reached $5 million. In 2020, loans fell.")
    assert figures[0].label == "Aid"


# --- captions: figures listed together share a measure ---------------------------------------------


def test_listed_figures_share_the_measure_with_their_own_periods() -> None:
    text = "Unemployment was 5.1 percent in 2018, 4.8 percent in 2019 and 6.2 percent in 2020."
    labels = [f.label for f in figures_of(text) if f.kind == "percent"]
    assert labels == ["Unemployment, 2018", "Unemployment, 2019", "Unemployment, 2020"]


def test_up_from_compares_with_the_same_measure() -> None:
    text = "Sales of electric cars rose to $8 billion in 2022, up from $6 billion in 2021."
    first, second = (f for f in figures_of(text) if f.kind == "money")
    assert first.label == "Sales of electric cars, 2022"
    assert second.label == "Sales of electric cars, 2021"


def test_a_restatement_in_parentheses_shares_the_measure() -> None:
    text = "The utility will spend $900 million (about $300 million a year) on new lines."
    second = figure_at(text, "$300 million")
    assert "per year" in second.label


def test_an_own_phrase_wins_over_a_listed_measure() -> None:
    text = "The donors gave $2 million in cash plus $500,000 in equipment."
    assert _label(text, "$500,000") == "equipment"


# --- captions: for whom, and rates --------------------------------------------------------------------


def test_a_for_phrase_opening_the_sentence_says_for_whom() -> None:
    label = _label("For a family of four, the subsidy will total $1,200.", "$1,200")
    assert label.startswith("subsidy") and "family of four" in label


def test_a_for_each_phrase_after_the_amount_says_for_whom() -> None:
    label = _label("Parents received a payment of $150 per month for each child under 5.", "$150")
    assert "payment" in label and "each child under 5" in label and "month" in label


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The state pays $10 million annually in grants.", "$10 million", "year"),
        ("The fund gives $2 million each year to clinics.", "$2 million", "year"),
        ("Workers earn $300 a month in wages.", "$300", "month"),
    ],
)
def test_rates_show_in_the_caption(sentence: str, surface: str, unit: str) -> None:
    assert f"per {unit}" in _label(sentence, surface)


def test_an_additional_amount_says_so() -> None:
    assert _label("The bank added an additional $5 million in loans.", "$5 million").startswith("additional loans")


# --- captions: verbs that are easy to miss --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # an infinitive takes its clause's subject, or the noun after "for"
        ("A rival gang used the same scheme to extort $2 million.", "$2 million", ["rival gang", "extort"]),
        ("The deal calls for Norway to provide $30 million.", "$30 million", ["Norway", "provide"]),
        # a verb that names the measure itself
        ("The new bridge is expected to cost $1.2 billion.", "$1.2 billion", ["bridge cost"]),
        # a demonstrative subject keeps its noun
        ("That figure is only half for rural clinics.", "half", ["figure", "rural clinics"]),
        # a relative clause after a share's noun
        ("About 30 percent of the firms that applied got loans.", "30 percent", ["share of firms", "got loans"]),
    ],
)
def test_captions_through_infinitives_and_demonstratives(sentence: str, surface: str, words: list[str]) -> None:
    label = _label(sentence, surface)
    for word in words:
        assert word in label, (word, label)


def test_to_before_a_verb_does_not_continue_the_phrase() -> None:
    label = _label("The fund will invest $40 million in new clinics to improve rural care.", "$40 million")
    assert label == "new clinics to improve rural care"  # the noun phrase ends at "to"; the purpose follows it


def test_small_numbers_stay_inside_a_for_each_phrase() -> None:
    label = _label("Parents get up to $300 a month for each child aged 6 to 17.", "$300")
    assert "each child aged 6 to 17" in label
