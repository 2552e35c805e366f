"""Labels that name a noun yet do not say what the figure measures (issue 10), on made-up sentences:
kept in the JSON with ``label_complete`` False, never boxed; small counts stay off the page."""

from __future__ import annotations

import pytest

from _figures import figure_at
from briefgen.analyze.figures.complete import says_measure
from briefgen.analyze.figures.extract import complement_label
from briefgen.compose import MIN_BOX_SALIENCE


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a verb torn from its "to": the object and the verb swapped places in the label
        ("The ministry has asked Vietnam to draw up a plan to reduce the rice trade surplus by $3 billion.",
         "$3 billion"),
        # an amount restated as a share: the share is the debt's, which the label does not name
        ("The island owes about $40 million to a Korean lender, equivalent to about 12 percent of GDP.",
         "about 12 percent"),
        # the figure measures the noun of "with a … of", and whose it is another sentence says
        ("It is the third largest donor in the region with a total pledge of 4.1 billion USD.",
         "4.1 billion USD"),
    ],
)
def test_a_label_that_does_not_say_what_is_measured_is_not_complete(sentence: str, surface: str) -> None:
    figure = figure_at(sentence, surface)
    assert not figure.label_complete, figure.label


@pytest.mark.parametrize(
    ("label", "sentence", "surface", "kind", "unit", "expected"),
    [
        ("growers and herders has climbed", "The number of young growers and herders has climbed to 9,000.",
         "9,000", "count", "", False),
        ("painters from regions to honour", "The fair will feature over 30 painters from both regions to honour "
         "the shared heritage.", "30", "count", "painters", False),
        ("metre patrol boat", "The navy will send one 52-metre patrol boat to the drill.", "52-metre", "count",
         "metre", False),
        ("families who moved house last year did so by train", "Of the families who moved house last year, 40% "
         "did so by train.", "40%", "percent", "%", False),
        ("rural poverty cutting", "The reform could cut rural poverty by half.", "half", "percent", "%", False),
        ("pupils age 5", "Each school takes pupils age 5 to 11.", "11", "count", "pupils", False),
        ("numbers are expected to reach", "Their numbers are expected to reach 4,000 by June.", "4,000", "count",
         "", False),
        ("to be spent by the state", "Some $9 million is to be spent by the state.", "$9 million", "money", "USD",
         True),
        ("parliament approving for the army", "The budget passed, with parliament approving $3 billion for the "
         "army.", "$3 billion", "money", "USD", False),
        ("relief aid that Japan has given to the people of Peru", "It is the relief aid that Japan has given to "
         "the people of Peru, worth $2 million.", "$2 million", "money", "USD", True),
        ("farm aid as share of the state budget", "Farm aid came to $9 million, or 2% of the state budget.",
         "2%", "percent", "%", True),
        ("grants to schools", "The board gave $5 million in grants to schools.", "$5 million", "money", "USD", True),
    ],
)
def test_says_measure_reads_the_label_against_its_sentence(
    label: str, sentence: str, surface: str, kind: str, unit: str, expected: bool
) -> None:
    start = sentence.index(surface)
    assert says_measure(label, sentence, start, start + len(surface), kind, surface, unit) is expected


def test_a_count_under_ten_is_no_key_figure_but_a_measure_may_be() -> None:
    few = figure_at("The talks covered four priority areas of the new agenda.", "four priority areas")
    many = figure_at("The talks drew 4,000 delegates from the region.", "4,000 delegates")
    assert few.salience < MIN_BOX_SALIENCE <= many.salience


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        ("Norway is the third largest donor in the region with a total pledge of 4.1 billion USD and a key "
         "lender with a loan book of 900 million USD in 2022.", "4.1 billion USD",
         "total pledge of Norway as third largest donor in the region"),
        ("Norway is the third largest donor in the region with a total pledge of 4.1 billion USD and a key "
         "lender with a loan book of 900 million USD in 2022.", "900 million USD",
         "loan book of Norway as key lender, 2022"),
        ("A rare painting with a reserve price of $40 million goes on sale in Paris.", "$40 million",
         "reserve price of rare painting"),
    ],
)
def test_a_with_a_noun_of_figure_measures_that_noun_of_its_owner(sentence: str, surface: str, label: str) -> None:
    figure = figure_at(sentence, surface)
    assert (figure.label, figure.label_complete) == (label, True)


def test_a_label_holding_with_a_noun_is_turned_to_that_noun_of_its_owner() -> None:
    sentence = "A rare painting with a reserve price of €40 million ($43 million) goes on sale."
    start = sentence.index("$43")
    assert complement_label(sentence, start, "rare painting with a reserve price, 2024") == \
        "reserve price of rare painting, 2024"
    assert complement_label(sentence, start, "rare painting") is None
