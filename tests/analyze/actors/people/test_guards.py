"""People on texts nobody tuned on: no plural acronym, country or courtesy title inside a name, and titles of
courtesy after an article or joined to another title by "and"."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_plural_acronym_is_no_name_word(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Keir Starmer asked Tory MPs said to have voted against it to speak.\n")
    assert not any("MPs" in name for name in people)


def test_country_of_the_role_before_is_cut_from_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The heads of delegation (Minister for Trade of Norway Ingrid Solberg, Deputy Secretary of State"
        " Paul Kendrick) agreed to meet again.\n",
    )
    assert "Ingrid Solberg" in people
    assert not any(name.startswith("Norway") for name in people)


def test_courtesy_titles_after_an_article_stay_out_of_names_and_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "THE Opposition Leader Hon Matthew Kora will not respond to the statements.\n"
        "Prime Minister The Right Hon Dr Dennis Albury has criticized the opposition.\n",
    )
    assert people["Matthew Kora"].role == "Opposition Leader"
    assert people["Dennis Albury"].role == "Prime Minister"


def test_two_titles_joined_by_and_are_both_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Deputy Prime Minister and Minister for Defence the Hon. Rachel Marlow MP met her counterparts.\n"
        "Later the President and Chancellor Ingrid Vogt opened the fair.\n",
    )
    assert people["Rachel Marlow"].role == "Deputy Prime Minister; Minister for Defence"
    assert people["Ingrid Vogt"].role == "Chancellor"


def test_a_list_goes_back_over_its_items_affiliations(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Later she held talks with Paolo Verdani of Italy, Kerrin Moyle of Australia and Melanie Jorgensen of"
        " Canada.\n",
    )
    assert {"Paolo Verdani", "Kerrin Moyle", "Melanie Jorgensen"} <= set(people)


def test_a_year_before_a_given_name_names_an_event(tmp_path: Path) -> None:
    people = people_in(tmp_path, "They agreed to make the 2024 Summer Olympics in Paris a success.\n")
    assert not people


def test_storms_and_a_suffix_alone_are_no_people(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "He drove down Martin Luther King Jr. Boulevard toward the memorial, officials said.\n"
        "Typhoon Haikui said to weaken as it moved north.\n",
    )
    assert not people
