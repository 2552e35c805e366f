"""Bare full names proved by their echo: the family name alone elsewhere before a possessive or a speech verb,
a personal pronoun near, and no junk from firms, places, storms or bodies that read the same way."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_bare_name_whose_family_name_recurs_alone(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "KAMPALA — When the rains failed again, Odongo Kabwimukya sold his cattle. Weeks later, he wonders "
        "whether it was wise.\n"
        "Kabwimukya’s choice is shared by many herders in the region.\n",
    )
    assert "Odongo Kabwimukya" in people
    assert people["Odongo Kabwimukya"].mentions == 2


def test_a_bare_name_echoed_by_a_speech_verb(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The league hopes players such as Tavita Rimuola will draw crowds. He won twice last year.\n"
        "Rimuola said he was ready for the new season.\n",
    )
    assert "Tavita Rimuola" in people


def test_no_echo_without_a_personal_pronoun(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Oil giant Norvalco Petrona raised its prices on Monday. Petrona said demand was strong in Asia.\n"
        "Tropical Storm Odalys hit the coast. Odalys’s winds were strong, and it moved inland.\n",
    )
    assert not {"Norvalco Petrona", "Tropical Storm Odalys", "Storm Odalys", "Petrona", "Odalys"} & set(people)


def test_no_echo_for_a_place_or_a_longer_run(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Traffic in Dar Salamoto is heavy, he said. Salamoto’s roads are jammed, he added.\n"
        "The Grand Vettori Fund paid him. Vettori’s staff said he left.\n"
        "Although Merrow Halvik was late, Halvik said he was pleased.\n",
    )
    assert not {"Dar Salamoto", "Grand Vettori", "Vettori Fund", "Although Merrow"} & set(people)


def test_a_bodys_short_name_is_no_family_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The summit of the Coastal Nations Union (Conu) opened on Tuesday.\n"
        "\"Distinguished Conu members, we are all aware of the magnitude of current global challenges, and the "
        "main key to addressing them is Conu's unity,\" said Minister Tara Vell in his opening speech.\n",
    )
    assert "Tara Vell" in people
    assert not {"Distinguished Conu", "Conu"} & set(people)
