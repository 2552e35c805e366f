"""Captions built from the grammar around a figure: the noun an amount modifies, a passive verb and the time
after it, an appositive's noun, the clause's one free time. Made-up sentences (none from the gold texts)."""

from __future__ import annotations

import pytest

from _figures import figure_at


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # a share "of" a phrase holding an amount: the phrase's noun, and what the predicate says of it
        ("Two-thirds of Kenya's $7 billion debt is owed to China.", "Two-thirds", ["debt", "owed", "China"]),
        ("Half of the city's $2 billion budget goes to schools.", "Half", ["budget", "schools"]),
        # an amount as the subject of a passive verb: the verb, and the time after it
        ("Nearly $900 million in food aid was delivered in March.", "$900 million", ["food aid", "delivered", "March"]),
        ("More than $40 million in grants were awarded in 2019.", "$40 million", ["grants", "awarded", "2019"]),
        # the clause's only time that belongs to no other figure
        ("The fund held $3 billion in reserves, the central bank said in 2022.", "$3 billion", ["reserves", "2022"]),
    ],
)
def test_captions_say_what_for_whom_and_when(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)
    assert figure.label_complete, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # "X, approved for $N, …": the noun before the appositive participle says whose, but a name and what
        # happened to it ("Nebraska approved") do not say what is measured: kept, unsure
        ("Nebraska, approved for $87 million estimates it will connect 20,000 homes.", "$87 million",
         ["Nebraska", "approved"]),
        ("Vermont, allocated $15 million under the plan, expects to finish by 2026.", "$15 million",
         ["Vermont", "allocated"]),
    ],
)
def test_a_name_and_its_participle_stay_unsure(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)
    assert "by Vermont" not in figure.label  # an appositive participle is passive: Vermont did not allocate
    assert not figure.label_complete, figure.label


def test_an_s_word_before_a_subject_pronoun_is_a_verb_not_the_amount_s_noun() -> None:
    figure = figure_at("Ohio, granted $9 million estimates it will hire 40 nurses.", "$9 million")
    assert "estimates" not in figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("A first-class stamp now costs 73 cents.", "73 cents", 0.73),
        ("The tax adds 18.4 cents per gallon of gasoline.", "18.4 cents", 0.184),
        ("Bus fares rose from 90 cents to $1.25 last year.", "90 cents", 0.9),
    ],
)
def test_cents_are_money_in_hundredths(sentence: str, surface: str, value: float) -> None:
    figure = figure_at(sentence, surface)
    assert figure.kind in ("money", "range") and figure.unit == "USD"
    assert abs((figure.low if figure.kind == "range" and figure.low is not None else figure.value) - value) < 1e-9


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier", "expected"),
    [
        ("Some 9 million people are eligible for the scheme—nearly 30% of adults.", "30%", "nearly", "approx"),
        ("Rents were set at or below 30 percent of income.", "30 percent", "at or below", "le"),
        ("Loans go to firms at or above 80 percent of capacity.", "80 percent", "at or above", "ge"),
    ],
)
def test_qualifiers_after_a_dash_and_at_or_bounds(sentence: str, surface: str, qualifier: str, expected: str) -> None:
    from briefgen.analyze.figures.bounds import bound

    figure = figure_at(sentence, surface)
    assert figure.qualifier == qualifier
    assert bound(figure.qualifier) == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # a share governed by a past verb: whose it is, through a relative clause
        ("Ohio, which spent nothing in the spring, had disbursed 60% of its grant by the end of June.", "60%",
         ["share", "grant", "disbursed by Ohio"]),
        # a coordinated verb's subject is a count with its noun
        ("Four agencies hired 900 staff and spent more than $12 million in May.", "$12 million",
         ["agencies", "spent", "May"]),
        # a demonstrative before a subject is dropped, not the subject
        ("These two programs received $30 million in 2020.", "$30 million", ["programs", "2020"]),
    ],
)
def test_whose_share_and_whose_amount(sentence: str, surface: str, words: list[str]) -> None:
    label = figure_at(sentence, surface).label
    for word in words:
        assert word in label, (word, label)


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # "[verb] [object] by [amount]": the object and the verb that changed it
        ("The new rule cut the cost of insulin by $35 a month.", "$35", ["cost of insulin", "cut"]),
        # a count's own noun as the object of "reach": the count, not the subject, is measured
        ("Health workers have reached 4 million children with vaccines.", "4 million children",
         ["children", "reached", "by Health workers"]),
        # a rate per any unit
        ("Diesel now costs $1.10 per liter more than in May.", "$1.10", ["per liter"]),
    ],
)
def test_changed_objects_counted_objects_and_rates(sentence: str, surface: str, words: list[str]) -> None:
    label = figure_at(sentence, surface).label
    for word in words:
        assert word in label, (word, label)
