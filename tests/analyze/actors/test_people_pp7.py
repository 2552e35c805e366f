"""People on made-up sentences of the kinds the pp7- batch held: Arabic names of descent with a capitalised "Bin"
and "Al", a title's place before a title of courtesy, and a person's name inside a facility's name."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_name_of_descent_with_capitalised_particles_is_whole(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The delegation included Deputy Prime Minister Saif Bin Zayed Al Nahyan, among other officials. "
        "National Security Adviser Sheikh Hazza Bin Zayed Al Nahyan attended too.\n",
    )
    assert set(people) == {"Saif Bin Zayed Al Nahyan", "Hazza Bin Zayed Al Nahyan"}


def test_the_father_named_in_a_name_is_another_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "King Salman Bin Abdulaziz held talks in Riyadh. The meeting was attended by Minister of Defense "
        "Prince Mohammed Bin Salman Bin Abdulaziz. King Salman thanked him.\n",
    )
    assert "Salman Bin Abdulaziz" in people and "Mohammed Bin Salman Bin Abdulaziz" in people
    assert "Salman" in people["Salman Bin Abdulaziz"].aliases
    assert "Salman" not in people["Mohammed Bin Salman Bin Abdulaziz"].aliases


def test_a_title_of_courtesy_ends_a_titles_place(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The delegation included the Crown Prince of Dubai Sheikh Hamdan Bin Mohammed bin Rashid Al Maktoum.\n",
    )
    assert list(people) == ["Hamdan Bin Mohammed bin Rashid Al Maktoum"]
    assert people["Hamdan Bin Mohammed bin Rashid Al Maktoum"].role == "Crown Prince of Dubai"


def test_a_name_before_a_facility_over_words_never_in_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "The minister arrived at Riyadh’s King Khaled International Airport, where King Salman met him.\n"
    )
    assert "Khaled" not in people
    assert "Salman" in people
