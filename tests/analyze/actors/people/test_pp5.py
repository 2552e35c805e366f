"""People and roles on made-up sentences of the kinds the pp5- batch held: a list of "Name - Post" lines,
given names with diacritics and Spanish double surnames, a title whose body has link words and a possessive,
two titled people joined by "and" that a run of capitals would take for one organisation."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_name_and_its_title_after_a_dash_on_a_line_of_their_own(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The governor named her new team on Monday. Here are the members:\n"
        "Tomás Herrera - Secretary of the Treasury\n"
        "Lucía de la Vega - Secretary of Public Health\n"
        "Herrera said the team would start at once.\n",
    )
    assert people["Tomás Herrera"].role == "Secretary of the Treasury"
    assert people["Lucía de la Vega"].role == "Secretary of Public Health"


def test_a_dash_before_a_plain_phrase_names_nobody(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Annual Report - Summary of the Year\nThe board met twice.\n")
    assert people == {}


def test_given_names_with_diacritics_and_two_family_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The reform began under the presidency of Andrés Manuel Ortega Ruiz, who left office in 2023.\n",
    )
    assert "Andrés Manuel Ortega Ruiz" in people


def test_a_title_with_a_body_of_several_words_then_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Premier Wu Dongsheng and Chairman of the Standing Committee of the National People’s Congress Zhao "
        "Lanfeng will meet the visitor.\n",
    )
    assert people["Wu Dongsheng"].role == "Premier"
    assert people["Zhao Lanfeng"].role == "Chairman of the Standing Committee of the National People’s Congress"


def test_no_junk_from_a_role_word_an_acronym_or_a_portfolio(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Moderator Priya NANDA, BBC Presenter and Producer and FCA President, noted that alliances will be tested.\n"
        "Professor Chan KOH and Professor Lim TAN spoke after her.\n"
        "The Office of the UN High Commissioner for Human Rights that is part of the system said nothing.\n"
        "U.S. Ambassador to Indonesia Sung Y. Kim and Bakamla’s Rear Admiral TNI Budi Eko Santoso opened the "
        "centre. Rear Admiral TNI Budi stated that it will be run by Bakamla.\n",
    )
    assert "Priya NANDA" in people
    assert "Sung Y. Kim" in people and people["Sung Y. Kim"].role == "U.S. Ambassador to Indonesia"
    assert "Budi Eko Santoso" in people
    assert not {"Moderator Priya NANDA", "FCA President", "Rights", "TNI Budi", "TNI Budi Eko Santoso"} & set(people)


def test_roles_around_names_with_courtesy_titles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Oman’s Foreign Minister, Prince Khalid bin Tariq, held talks on Monday. Princess Lina bint Fahad, Oman’s "
        "ambassador to Washington, and Rosa Lind, the Chargé d’Affaires at the US Embassy in Muscat, attended.\n"
        "The leader met Mr Tomi Arief, co-founder of ride-hailing firm Gocar.\n",
    )
    assert people["Khalid bin Tariq"].role == "Foreign Minister"
    assert people["Lina bint Fahad"].role == "ambassador to Washington"
    assert people["Rosa Lind"].role == "Chargé d’Affaires at the US Embassy in Muscat"
    assert people["Tomi Arief"].role == "co-founder of ride-hailing firm Gocar"


def test_a_body_opening_the_line_before_a_title_is_the_roles(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Foreign Ministry Spokesperson Lin Hua’s Regular Press Conference\nLin Hua spoke.\n")
    assert people["Lin Hua"].role == "Foreign Ministry Spokesperson"


def test_names_given_a_role_with_as_or_after_a_sentences_opening_word(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The delegation will attend the inauguration of Bola Ahmed Tunde as President of Nigeria on May 29.\n"
        "It matters for people like 83-year-old Louisiana resident Alfred Mace, who says it helps.\n"
        "He will meet Mr. Tadao Oshiro, Speaker of the House of Representatives and others.\n"
        "Nancy Pell said the bill passed. Meanwhile Kevin McCord disagreed.\n",
    )
    assert people["Bola Ahmed Tunde"].role == "President of Nigeria"
    assert people["Alfred Mace"].role == "Louisiana resident"
    assert people["Tadao Oshiro"].role == "Speaker of the House of Representatives"
    assert "Kevin McCord" in people


def test_a_titled_name_in_a_title_case_heading_ends_before_a_capitalised_preposition(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Statement From National Security Advisor Jake Sullivan On The Anniversary\nToday we mark the day.\n",
    )
    assert people["Jake Sullivan"].role == "National Security Advisor"
    assert people_in(tmp_path, "Remarks By Vice President Harris At Press Conference\nThank you all.\n")[
        "Harris"].role == "Vice President"


def test_titles_joined_by_a_slash_are_one_role(tmp_path: Path) -> None:
    people = people_in(tmp_path, "High Representative/Vice-President Federica Moretti spoke in Brussels.\n")
    assert people["Federica Moretti"].role == "High Representative/Vice-President"


def test_a_body_after_a_role_and_a_comma_ending_a_list_item_is_the_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The members of the delegation are as follows:\n"
        "The Honorable Marta Lugo, Under Secretary of Commerce for International Trade, U.S. Department of "
        "Commerce: Under Secretary Lugo will lead the talks.\n"
        "Mr. Dean Greer, Chargé d’Affaires, a.i., U.S. Embassy Abuja: Mr. Greer will host them.\n"
        "John Smithers, the spokesman, said on Monday: nothing more.\n",
    )
    assert people["Marta Lugo"].role == (
        "Under Secretary of Commerce for International Trade, U.S. Department of Commerce")
    assert people["Dean Greer"].role == "Chargé d’Affaires, a.i., U.S. Embassy Abuja"
    assert people["John Smithers"].role == "spokesman"


def test_no_person_from_a_producer_or_a_party_epithet_and_no_role_over_a_full_stop(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Oil producer Saudi Aramco and gas producer Qatar Energy agreed.\n"
        "Speaker Mike Jansen was in the West Bank, which the Louisiana Republican said belongs to them.\n"
        "The ministry must change, said President Yoon of South Korea. Presidential spokesperson Kim Eun-hee said "
        "so.\n",
    )
    assert "Saudi Aramco" not in people and "Louisiana Republican" not in people
    assert people["Kim Eun-hee"].role == "Presidential spokesperson"
