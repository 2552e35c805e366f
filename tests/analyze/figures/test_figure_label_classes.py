"""Label classes that generalise to unseen texts (issue 10): whole noun phrases, subjects and periods, and
labels the caption reader is unsure of kept off the page (``label_complete`` False).

Every sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

import pytest

from _figures import figure_at

# --- a subject or phrase joined by "and" keeps both nouns --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        ("Freight between Spain and Morocco reached $40 billion in 2019.", "$40 billion",
         ["Freight between Spain and Morocco", "2019"]),
        ("Sales of wheat and barley rose by 12% last year.", "12%", ["Sales of wheat and barley"]),
        ("Imports from dairy and poultry farms fell 8 percent in March.", "8 percent",
         ["Imports", "dairy and poultry"]),
    ],
)
def test_a_subject_joined_by_and_keeps_its_head(sentence: str, surface: str, words: list[str]) -> None:
    figure = figure_at(sentence, surface)
    for word in words:
        assert word in figure.label, (word, figure.label)


def test_a_noun_object_before_and_is_not_the_next_clause_subject() -> None:
    figure = figure_at("Ghana built roads and Togo received $3 million in grants.", "$3 million")
    assert "roads" not in figure.label and "Togo" in figure.label
