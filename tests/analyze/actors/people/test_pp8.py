"""People on made-up sentences of the kinds the pp8- batch held: a carrier named after a president and named again
without its prefix, laws and doctrines named after people."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_ship_named_again_without_its_prefix_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The carrier USS Ronald Reagan (CVN 76) arrived in Manila. Ronald Reagan will host ship tours, and Reagan "
        "Sailors will visit schools, said Capt. Daryle Cardone.\n",
    )
    assert set(people) == {"Daryle Cardone"}


def test_a_titled_namesake_of_a_ship_stays(tmp_path: Path) -> None:
    people = people_in(tmp_path, "President Ronald Reagan once spoke aboard USS Ronald Reagan in Japan.\n")
    assert set(people) == {"Ronald Reagan"}


def test_laws_doctrines_and_accords_named_after_people_are_no_people(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Congress repealed the Jackson-Vanik Amendment. Officials cited the Monroe Doctrine and the Abraham "
        "Accords, said Senator Tom Udall.\n",
    )
    assert set(people) == {"Tom Udall"}


def test_a_given_name_opening_a_quoted_title_is_no_person(tmp_path: Path) -> None:
    people = people_in(tmp_path, "He read “Long Walk to Freedom” by Nelson Mandela at the event.\n")
    assert set(people) == {"Nelson Mandela"}


def test_a_name_in_a_title_that_the_text_names_elsewhere_stays(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The panel discussed “Neither a Hawk nor a Dove by Khurshid Mahmud Kasuri” with Zahid Hussain. "
        "Later, Khurshid Mahmud Kasuri said the book took years.\n",
    )
    assert "Khurshid Mahmud Kasuri" in people


def test_a_bare_name_before_a_place_noun_is_a_place(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Ben Thanh market reopened on Monday, said Mayor Nguyen Van Nen.\n")
    assert set(people) == {"Nguyen Van Nen"}


def test_a_name_after_the_before_a_verb_is_a_thing(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The Ronald Reagan had just come from exercises near Korea. The Joe Biden administration welcomed it.\n",
    )
    assert set(people) == {"Joe Biden"}


def test_hausa_honorifics_are_courtesy_not_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The Special Adviser, Alhaji Mohammed Nma Kolo, said the state was ready. Hajiya Binta Mamman agreed.\n",
    )
    assert "Mohammed Nma Kolo" in people and "Binta Mamman" in people


def test_list_mates_after_each_ones_country_of_origin(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "This year’s laureates are Miriam Coronel-Ferrer from the Philippines, Eugenio Lemos from Timor-Leste, "
        "and Korvi Rakshand from Bangladesh.\n",
    )
    assert set(people) == {"Miriam Coronel-Ferrer", "Eugenio Lemos", "Korvi Rakshand"}


def test_enlisted_ranks_and_ratings_are_titles_not_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "“It was an experience I will never forget,” said Air Traffic Controller 2nd Class Jamero Jo. "
        "“It was really important to me,” said Airman Catherine Blick. Seaman Apprentice Schuyler Olivar was home.\n",
    )
    assert set(people) == {"Jamero Jo", "Catherine Blick", "Schuyler Olivar"}
    assert people["Catherine Blick"].role == "Airman"


def test_places_and_colleges_that_open_with_a_given_name_are_no_people_but_family_names_stay(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Students at Virginia Tech protested. Victoria Peak was foggy. Adelaide Oval was full. "
        "The Jose Rizal monument stands. Senator Frank Church spoke. Michael Camp attended.\n",
    )
    assert set(people) == {"Frank Church", "Michael Camp"}


def test_a_name_after_a_noun_of_ships_is_a_ship(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Sailors aboard the George Washington trained. The destroyer John S. McCain docked in Danang, and McCain’s "
        "crew went ashore. Navy Secretary Carlos Del Toro said the ship would leave on Friday.\n",
    )
    assert set(people) == {"Carlos Del Toro"}


def test_his_excellency_is_courtesy_not_a_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The Meeting was co-chaired by His Excellency Le Hoai Trung, Deputy Minister of Foreign Affairs of Viet Nam.\n",
    )
    assert list(people) == ["Le Hoai Trung"]


def test_a_name_before_a_noun_of_landforms_is_a_place(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Workers tunneled through the Sierra Nevada mountains, said historian Gordon Chang.\n")
    assert set(people) == {"Gordon Chang"}


def test_outlets_armed_groups_and_firms_that_read_like_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Al Jazeera reported the strike. Al Qaeda claimed it. Jollibee Foods said profits rose. "
        "Manny Pangilinan said he would step down.\n",
    )
    assert set(people) == {"Manny Pangilinan"}


def test_an_authors_line_with_the_outlet_after_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "4 laureates receive 2023 Ramon Magsaysay Award\nNillicent Bautista - Philstar.com\n"
        "MANILA — The four recipients were honored on Saturday.\n",
    )
    assert set(people) == {"Nillicent Bautista"}
    assert set(people_in(tmp_path, "By Jintana Panyaarvudh, The Nation\nThe talks went well.\n")) == {
        "Jintana Panyaarvudh"}


def test_a_portfolio_of_several_fields_before_a_name_set_off_by_commas(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Also speaking, Commissioner for Industry, Trade and Investment, Aminu Takuma, said the decision was right.\n",
    )
    assert people["Aminu Takuma"].role == "Commissioner for Industry, Trade and Investment"


def test_a_role_noun_right_after_a_bare_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "Zahid Hussain correspondent for the Times of London was the moderator of the panel discussion.\n"
    )
    assert people["Zahid Hussain"].role == "correspondent for the Times of London"


def test_a_verb_opening_a_command_is_no_part_of_a_name(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Meet Jane Doe, the new envoy to Manila.\n")
    assert list(people) == ["Jane Doe"]


def test_appositions_headed_by_delegate_and_head(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Ravi Kumar, a delegate from India, said it was historic. Jane Doe, the head of the agency, agreed.\n",
    )
    assert people["Ravi Kumar"].role == "delegate"
    assert people["Jane Doe"].role == "head of the agency"


def test_initials_without_full_stops_open_indian_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The flyover was commissioned by the then Chief Minister M Karunanidhi. A Chinese delegation came. "
        "The event was attended by Chennai Mayor R Priya and others.\n",
    )
    assert set(people) == {"M Karunanidhi", "R Priya"}
    assert people["M Karunanidhi"].role == "then Chief Minister"


def test_a_role_ends_before_and_the_next_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Panelists were Ashraf Jehangir Qazi, former ambassador to Washington and Mehr Tarar, senior columnist in "
        "Daily Times.\n",
    )
    assert people["Ashraf Jehangir Qazi"].role == "former ambassador to Washington"
    assert people["Mehr Tarar"].role == "senior columnist"


def test_channels_ratings_agencies_and_parties_after_said_are_no_people(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "“Prices are rising,” said Channel NewsAsia. “We will appeal,” said Move Forward. “Growth slowed,” Fitch "
        "Ratings said. “Exports grew,” Statistics Korea said. “It is fine,” said Jane Doe.\n",
    )
    assert set(people) == {"Jane Doe"}
