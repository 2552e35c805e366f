"""People by the shape the text gives them: a family name alone before a speech verb that a "he" follows, an
apposition whose role is a plain noun compound ("a rice farmer"), an author's line with its title."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_family_name_alone_before_a_speech_verb_and_a_pronoun(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "In a release at the end of the summit Kalnbergs said a new plan had been endorsed, though he gave no"
        " details.\n“The summit can be considered a success,” Kalnbergs said.\n",
    )
    assert "Kalnbergs" in people


def test_a_capitalised_word_alone_is_no_person_where_it_opens_sentences_or_follows_a_place_word(
        tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Prosecutors said he had fled the country in March.\n"
        "Officials in Valmiera said he was arrested there.\n"
        "The talks were held in Valmiera, and Valmiera said he had left.\n",
    )
    assert not people


def test_an_apposition_whose_role_is_a_plain_noun_compound(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Teisina Fukofuka, a 69-year-old former parliament member, suspects the loans were a trap.\n"
        "Sione Latu, a rice farmer, said the road had helped.\n",
    )
    assert people["Teisina Fukofuka"].role == "former parliament member"
    assert people["Sione Latu"].role == "rice farmer"


def test_an_authors_line_with_a_title_names_a_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Guest blog post by Stefan M. Seligman, Under Secretary of Commerce for International Trade\n"
        "Exports supported millions of jobs last year, the figures show.\n",
    )
    assert people["Stefan M. Seligman"].role == "Under Secretary of Commerce for International Trade"


def test_a_family_name_alone_after_a_title_with_its_body(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "This morning the Director of the White House Gender Policy Council Kleinert, and others launched it.\n",
    )
    assert people["Kleinert"].role == "Director of the White House Gender Policy Council"


def test_a_byline_with_a_name_alone(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Drought hits the villages again\nBy Daniel Mungai:\nThe rains failed this year.\n")
    assert "Daniel Mungai" in people


def test_a_hyphenated_given_name_opens_a_bare_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Hayashi met with Jean-Yves Le Druan of France on Monday.\n"
        "The Rolls-Royce Holdings board met in Derby, and ferries sailed to Marie-Galante Island.\n",
    )
    assert "Jean-Yves Le Druan" in people
    assert not any("Rolls" in name or "Galante" in name for name in people)
