"""People introduced in ways the first finders missed: a family name spelled like an English word after a
title, a hyphenated title, a portfolio between the title and the name, a byline, kin in apposition, a role
with "of" before the name, a name after a preposition with its role in apposition, a legislator's party tag,
a titled name "of" a body, and the family name first or last for one person."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_family_name_spelled_like_a_word_after_a_title(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Chinese Vice-Premier He Xiaoming arrived in Lima on Sunday.\n"
        "The talks with President Park Min-Jee went well, officials said.\n"
        "The minister spoke first. He Xiaoming was not there, and Park Avenue was closed.\n",
    )
    assert people["He Xiaoming"].role == "Chinese Vice-Premier"
    assert people["Park Min-Jee"].role == "President"
    assert "Park Avenue" not in people


def test_a_portfolio_between_the_title_and_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Acting Assistant Secretary for Tax Policy Laura Benning has pointed out that the gap is large.\n"
        "Philippine Secretary of National Defense Ramon Castillo Jr. spoke by phone today.\n",
    )
    assert people["Laura Benning"].role == "Acting Assistant Secretary for Tax Policy"
    assert "Castillo Jr" not in people


def test_a_byline_names_its_authors(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "By: Deputy Assistant Secretary for Macroeconomics Neil Okafor\n"
        "The economy grew in the quarter, the data show.\n",
    )
    assert people["Neil Okafor"].role == "Deputy Assistant Secretary for Macroeconomics"


def test_kin_in_apposition_and_a_role_with_of_before_a_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Morrow’s wife, Della Hodges Price, confirmed that he died at home.\n"
        "As you heard, our Director of National Intelligence, Walter Brisk, noted at a forum that it was so.\n"
        "Guests included Louis, Grand Duke of Lorraine, Jean Asterby, Lorraine's Minister for Foreign Affairs, "
        "and others.\n",
    )
    assert people["Della Hodges Price"].role == ""
    assert people["Walter Brisk"].role == "Director of National Intelligence"
    assert people["Jean Asterby"].role == "Minister for Foreign Affairs"


def test_a_name_after_a_preposition_with_its_role_in_apposition(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "According to Rahul Vermani, an analyst at the institute, prices will rise.\n"
        "The talks in Phnom Penh, the capital, went on.\n",
    )
    assert people["Rahul Vermani"].role == "analyst at the institute"
    assert "Phnom Penh" not in people


def test_a_party_tag_is_no_acronym_and_a_body_after_a_titled_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The bill was introduced by Senator Tamsin Duckley (D-Ill.) last year.\n"
        "Admiral Mark Rollins of Cyber Command, in testimony in April, said the threat was growing.\n",
    )
    assert people["Tamsin Duckley"].role == "Senator"
    assert "Mark Rollins" in people


def test_family_name_first_or_last_is_one_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The President will meet Prime Minister Abe Shinzo on the 31st. He hosted Prime Minister Shinzo Abe "
        "in Tokyo last year.\n",
    )
    assert len(people) == 1
    (abe,) = people.values()
    assert {abe.name, *abe.aliases} >= {"Abe Shinzo", "Shinzo Abe"}


def test_bare_names_with_particles_and_former_or_joined_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The talks with Ahmed bin Khalid went well, and reporters asked Ursula van der Berg about them.\n"
        "Republican candidate and former President Dwight Carlson spoke in Ohio.\n",
    )
    assert "Ahmed bin Khalid" in people
    assert "Ursula van der Berg" in people
    assert people["Dwight Carlson"].role == "Republican candidate; former President"


def test_a_titled_name_with_its_body_holds_in_a_heading(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Opening remarks by President of the European Council Hendrik Van Doorne at the 9th Summit\n"
        "We closed the last summit in Brussels and today I have the privilege of opening this one.\n",
    )
    assert people["Hendrik Van Doorne"].role == "President of the European Council"


def test_given_names_and_family_names_of_many_cultures(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The plan drew praise from Ngozi Adeyemi and Kristalina Petrova.\n"
        "Wang Lihua told reporters in Beijing that the talks went well.\n"
        "They flew from Hong Kong to Abu Dhabi, where Shin Bet officers waited.\n",
    )
    assert {"Ngozi Adeyemi", "Kristalina Petrova", "Wang Lihua"} <= set(people)
    assert not {"Hong Kong", "Abu Dhabi", "Shin Bet"} & set(people)


def test_praise_in_a_quotation_gives_no_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Omar Haddad, a former envoy, has died at 70.\n"
        "Lena Brook wrote, “Omar Haddad was an extraordinarily skilled diplomat who never gave up.”\n",
    )
    assert people["Omar Haddad"].role == "former envoy"


def test_a_portfolio_of_several_fields_then_a_middle_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Under Secretary for Marketing and Regulatory Programs Helena Marie Castell said the program would grow.\n"
        "Foreign Minister of Ruritania Karl Ostrava and Deputy Minister Anna Weber met on Monday.\n",
    )
    assert people["Helena Marie Castell"].role == "Under Secretary for Marketing and Regulatory Programs"
    assert not any(name.startswith("Programs") for name in people)
    assert people["Anna Weber"].role == "Deputy Minister"


def test_a_member_of_parliament_titled_before_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Opposition MP Somchai Wongsakul said that he would not back the bill.\n"
        "Labour MEP Anna Berg said the vote was close.\n",
    )
    assert people["Somchai Wongsakul"].role.endswith("MP")
    assert people["Anna Berg"].role.endswith("MEP")


def test_an_abbreviated_given_name_is_part_of_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Foreign Affairs Secretary Ma. Teresa Villanueva underscored the rule of law at sea.\n"
        "Tech founder Jack Ma. The company he built kept growing.\n",
    )
    assert people["Ma. Teresa Villanueva"].role == "Foreign Affairs Secretary"
    assert "Ma" not in people and "Teresa Villanueva" not in people


def test_a_role_that_holds_another_persons_name_is_not_the_first_persons(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The deal was signed by Ruritania’s ambassador Karl Ostrava, President of the Northern Trust Corporation "
        "(NTC) Helena Marie Castell and others.\n",
    )
    assert "Helena Marie Castell" not in people["Karl Ostrava"].role
