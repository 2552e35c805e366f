"""Captions shaped as clauses are read as noun phrases, or stay unsure (off the page)."""

from __future__ import annotations

import pytest

from _figures import figure_at
from briefgen.analyze.figures.fragments import broken_off, dangles, participle


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        # a change verb and its subject: the change, named as a noun
        ("Rice exports grew 7.5 percent in 2019.", "7.5 percent", "growth in Rice exports, 2019"),
        ("Similarly, the province's tourism revenue fell 3 percent.", "3 percent",
         "fall in province's tourism revenue"),
        ("Meanwhile, diesel sales were up 4% over last year.", "4%", "rise in diesel sales, over last year"),
        # a subject, its verb and the figure as the verb's object: what was done, and by whom
        ("The Water Board provides $12 million a year.", "$12 million", "provided by Water Board per year"),
        ("The regional agency has disbursed nearly $80 million.", "$80 million", "disbursed by regional agency"),
        ("Three counties spent $450,000.", "$450,000", "spent by Three counties"),
        ("Inspectors have so far checked $2 million in invoices.", "$2 million",
         "invoices checked by Inspectors, so far"),
        # "for X to [verb]": X is who does it
        ("The treaty calls for the city to pay $4 million a year to the port.", "$4 million",
         "paid by city to port per year"),
        # a verb of a level: its subject is the measure
        ("Car sales slumped to 3.7% in June.", "3.7%", "Car sales, June"),
        ("Farm exports tallied more than $12 billion in 2019.", "$12 billion", "Farm exports, 2019"),
        # a modal: what is to be done
        ("Mining firms would invest $3.2 billion.", "$3.2 billion", "to be invested by Mining firms"),
        # a verb group in "-ing" with its auxiliary: the object, its participle and the agent
        ("The city is providing $9 million in rent relief.", "$9 million", "rent relief provided by city"),
    ],
)
def test_clause_captions_read_as_noun_phrases(sentence: str, surface: str, label: str) -> None:
    figure = figure_at(sentence, surface)
    assert figure.label == label
    assert figure.label_complete, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a verb group with an infinitive: a plan, not what the number measures
        ("Ten towns are approved to receive $40 million.", "$40 million"),
        # an intransitive verb with a perfect: no object to name
        ("The jobless rate has ranged from 3.9 percent to 4.1 percent.", "3.9 percent"),
        ("The jobless rate has ranged from 3.9 percent to 4.1 percent.", "4.1 percent"),  # shares the first's
        # a verb that moves no amount: the figure may be its subject's level, never "neared by Sales"
        ("Sales neared $5 billion.", "$5 billion"),
        # the figure's role, not its measure
        ("The reform was an important factor in the overall growth in farm lending to over $2.3 billion in August.",
         "$2.3 billion"),
        # an adjective the phrase broke off on
        ("The program gives a discount of up to $75 per eligible household.", "$75"),
        # a difference: from what, the caption does not say
        ("Spending in August was 130% more than spending in June.", "130%"),
        ("Export jobs pay up to 18 percent higher wages.", "18 percent"),
    ],
)
def test_clause_fragments_stay_unsure(sentence: str, surface: str) -> None:
    figure = figure_at(sentence, surface)
    assert not figure.label_complete, figure.label


def test_a_part_named_by_including_takes_the_whole_s_receiver() -> None:
    sentence = ("Between 2015 and 2020, Tokyo pledged $900 million in aid to Laos, including over $150 million "
                "in flood relief.")
    part = figure_at(sentence, "$150 million")
    assert part.label == "flood relief to Laos, 2015–2020"
    assert part.label_complete
    own = figure_at("Tokyo pledged $900 million in aid to Laos, including $150 million for roads.", "$150 million")
    assert "Tokyo" not in own.label  # a part with its own "for" phrase says whom it is for


@pytest.mark.parametrize(
    ("verb", "done"),
    [("provides", "provided"), ("invest", "invested"), ("spends", "spent"), ("providing", "provided"),
     ("giving", "given"), ("distributed", "distributed"), ("steal", "stolen"), ("carries", "carried"),
     ("stole", "stolen")],
)
def test_participles_by_form(verb: str, done: str | None) -> None:
    assert participle(verb) == done


def test_captions_that_break_off_inside_a_phrase() -> None:
    assert broken_off(["credit", "per", "child", "for", "children", "between", "ages", "6"])  # "and 17" cut off
    assert not broken_off(["credit", "for", "children", "between", "ages", "6", "and", "17"])
    assert broken_off(["discount", "per", "eligible"])
    assert not broken_off(["discount", "per", "eligible", "household"])
    assert dangles(["license", "fees", "plus"])
    assert not dangles(["license", "fees"])
