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


def test_a_body_before_a_plural_role_is_no_list_mate(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The event was attended by Chief Secretary Shiv Das Meena, Lok Sabha members Dayanidhi Maran and others.\n",
    )
    assert "Lok Sabha" not in people
    assert "Shiv Das Meena" in people


def test_a_list_mate_before_a_verb_stays_a_person(tmp_path: Path) -> None:
    people = people_in(tmp_path, "President Joe Biden, Kamala Harris and Antony Blinken met on Monday.\n")
    assert {"Joe Biden", "Kamala Harris", "Antony Blinken"} <= set(people)


def test_a_sports_team_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "He said: \"We want to see Kenya's Harambee Stars rise to international status.\" Nigeria's Super Eagles "
        "lost. President William Ruto spoke.\n",
    )
    assert set(people) == {"William Ruto"}


def test_a_street_in_another_language_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "The flyover on Anna Salai opened on Friday. Traffic on Jalan Sudirman was slow, Anna Lim said.\n"
    )
    assert "Anna Salai" not in people and "Jalan Sudirman" not in people


def test_a_publisher_or_periodical_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "\"Charming,\" says People and \"tart, funny,\" writes Entertainment Weekly. The audiobook is out from "
        "Thomas Nelson Audio; critic Michiko Kakutani praised it.\n",
    )
    assert "Entertainment Weekly" not in people and "Thomas Nelson Audio" not in people
    assert "Michiko Kakutani" in people


def test_a_heading_on_the_next_line_does_not_make_a_name_a_thing(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Ambassador Schieffer Comments on Missile Launches\nAmbassador J. Thomas Schieffer\n"
        "Press Comments After Meeting\nAMBASSADOR SCHIEFFER: I came over this morning.\n",
    )
    assert "J. Thomas Schieffer" in people


def test_a_local_office_is_a_title_not_part_of_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "\"We need to honor him,\" Councilman Tim Thomas said. Assemblywoman Nily Rozic agreed.\n"
    )
    assert people["Tim Thomas"].role == "Councilman"
    assert people["Nily Rozic"].role == "Assemblywoman"


def test_a_place_of_worship_named_after_someone_is_no_mention(tmp_path: Path) -> None:
    people = people_in(tmp_path, "They prayed at the Sultan Qaboos Grand Mosque. President Biden Visits Port Louis\n")
    assert "Qaboos" not in people
    assert "Biden" in people


def test_towns_lines_and_saints_places_are_no_people(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "George Town in Penang flooded. The Elizabeth Line opened. The talks moved to Santa Clara, "
        "Vice President Sara Duterte said.\n",
    )
    assert set(people) == {"Sara Duterte"}
