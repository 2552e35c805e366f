"""Label classes found on a fresh batch of number-dense texts (issue 10): a plural noun that looks like a verb,
totals dated "to date" / "so far", a change verb's infinitive or "-ing" form before "by", an "-ed" adjective
before the subject's noun.

Every sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

import pytest

from _figures import figure_at


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # a plural noun before an auxiliary or a time is the phrase's head, not its verb
        ("Auditors found that about $8 million in repair costs were never billed.", "$8 million", ["repair costs"]),
        ("The county reported $3 million in storage costs last year.", "$3 million", ["storage costs", "last year"]),
        # "to date", "so far": the period of a running total
        ("To date, the ministry has disbursed $45 million in flood relief.", "$45 million",
         ["flood relief", "to date"]),
        ("So far, the port authority has collected $6 million in fees.", "$6 million", ["fees", "so far"]),
        # a change verb's infinitive or "-ing" form governs a "by" figure: the change of its subject
        ("Analysts expect the regional economy to shrink by 2 percent this year.", "2 percent",
         ["shrinking", "regional economy", "this year"]),
        ("Most coastal towns lost residents, shrinking by nearly 6 percent.", "6 percent",
         ["shrinking", "coastal towns"]),
        # an "-ed" word before the subject's noun and its auxiliary is an adjective of the subject
        ("Small landlocked countries are expected to see losses, shrinking by about 3 percent.", "3 percent",
         ["landlocked countries"]),
    ],
)
def test_label_says_measure_and_period(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)


def test_so_far_inside_the_sentence_dates_the_figure() -> None:
    figure = figure_at("The fund has paid $12 million in claims so far.", "$12 million")
    assert figure.label.endswith("so far"), figure.label


def test_a_verb_after_a_plural_subject_still_ends_the_phrase() -> None:
    figure = figure_at("Exports of maize rose by 4 percent in 2020.", "4 percent")
    assert "maize" in figure.label and "2020" in figure.label, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # "fiscal year 2012" is one period; "from fiscal year 2001 through fiscal year 2008" a span of them
        ("The ministry spent $4 billion on ports in fiscal year 2012.", "$4 billion", ["fiscal year 2012"]),
        ("The army reported outlays of about $80 billion for training from fiscal year 2001 through fiscal year 2005.",
         "$80 billion", ["outlays", "army", "fiscal years 2001–2005"]),
        # an amount right after an opening phrase: the opener does not say what it measures
        ("In addition, about $9 million was appropriated for fiscal year 2010.", "$9 million",
         ["appropriated", "fiscal year 2010"]),
        ("Of that amount, $2 million has been provided for fiscal year 2011.", "$2 million",
         ["provided", "fiscal year 2011"]),
        # a participle with only a time after it: the participle, then the period
        ("The total also includes the $7 million approved for fiscal year 2012.", "$7 million",
         ["approved", "fiscal year 2012"]),
    ],
)
def test_fiscal_years_and_openers(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)
    assert "that amount" not in figure.label and "addition" not in figure.label


def test_a_small_count_before_a_time_does_not_claim_it() -> None:
    figure = figure_at("Aid to the region reached $40 million for these three provinces since the start of 2019.",
                       "$40 million")
    assert "2019" in figure.label, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # a purpose after the amount's noun says what it is for
        ("The bank has lent $80 million in credit to support small farms in the delta.", "$80 million",
         ["credit", "to support small farms"]),
        # a relative clause after the amount: its verb as a participle, its subject as the agent
        ("The grant is on top of the $20 million that local councils spend yearly on parks.", "$20 million",
         ["spent yearly by local councils"]),
        # a list item's number in brackets opens nothing
        ("The law splits the fund as follows: (1) $9 million is allocated to rural clinics; and (2) more.",
         "$9 million", ["allocated to rural clinics"]),
    ],
)
def test_purposes_relative_clauses_and_list_items(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)


def test_a_participle_after_to_is_no_purpose() -> None:
    figure = figure_at("Prices fell 9% in March futures to reduced volumes.", "9%")
    assert "reduced" not in figure.label, figure.label


def test_an_amount_from_a_giver_to_a_receiver_in_a_list_is_labelled_but_not_complete() -> None:
    figure = figure_at("$4.5 million from the ministry to the northern provinces,", "$4.5 million")
    assert figure.label == "from ministry to northern provinces", figure.label
    assert not figure.label_complete


def test_a_relative_clause_takes_no_earlier_time() -> None:
    figure = figure_at("The pledge adds to $6 million announced in May, as well as $30 million that donors give "
                       "annually to schools.", "$30 million")
    assert "May" not in figure.label and "given annually by donors" in figure.label, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        # "NOUN of $X VERB n%": the noun is the amount's measure and the change verb's subject
        ("Freight revenue of $3.2 billion rose 4% on higher volumes.", "$3.2 billion", "Freight revenue"),
        ("Freight revenue of $3.2 billion rose 4% on higher volumes.", "4%", "rise in Freight revenue"),
        # shares listed after a first one with only their own part: a share of the same whole, and its period
        ("In 2018, about 52% of the budget was for salaries; 30% for buildings; and 18% for books.", "30%",
         "share of budget for buildings, 2018"),
        # two things sharing one object after their prepositions, paired by "respectively"
        ("In 2016, Kenyan exports to, and imports from, India were $2 billion and $5 billion, respectively.",
         "$5 billion", "imports from India, 2016"),
    ],
)
def test_subjects_lists_and_pairs(sentence: str, surface: str, label: str) -> None:
    figure = figure_at(sentence, surface)
    assert figure.label == label
    assert figure.label_complete, figure.label


def test_a_listed_share_is_as_sure_as_the_one_it_follows() -> None:
    figure = figure_at("About 60% of this money was for wages; 40% for rent.", "40%")
    assert figure.label == "share of money for rent"
    assert not figure.label_complete  # "this money": which money, another sentence says


def test_a_noun_after_an_amount_is_still_a_noun() -> None:
    figure = figure_at("The firm reported a $3 million increase in sales.", "$3 million")
    assert "increase" in figure.label and "sales" in figure.label, figure.label


def test_a_passive_with_a_particle_keeps_it() -> None:
    figure = figure_at("(2) $6 billion is set aside for rural hospitals; and (3) more.", "$6 billion")
    assert figure.label.startswith("set aside for rural hospitals"), figure.label


def test_a_possessive_name_gives_way_to_its_initials() -> None:
    figure = figure_at("The office announced the World Health Organization’s (WHO’s) new grant of $3 million to "
                       "clinics.", "$3 million")
    assert "WHO’s" in figure.label and "Organization" not in figure.label, figure.label


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        # a change's new level after "to" is the level of what changed, not the change
        ("Average weekly wages for workers on private, nonfarm payrolls rose 9 cents to $31.40.", "$31.40",
         "Average weekly wages for workers on private, nonfarm payrolls"),
        # "NOUN, at N," names what the number counts
        ("The number of idle plants, at 1.2 million, was unchanged.", "1.2 million", "number of idle plants"),
    ],
)
def test_levels_and_appositives(sentence: str, surface: str, label: str) -> None:
    figure = figure_at(sentence, surface)
    assert figure.label == label
    assert figure.label_complete, figure.label


def test_a_receiver_after_a_duration_is_kept() -> None:
    figure = figure_at("The treaty calls for the state to pay a minimum of $4 million each year for at least 3 years "
                       "to the river commission.", "$4 million")
    assert "to river commission" in figure.label, figure.label
