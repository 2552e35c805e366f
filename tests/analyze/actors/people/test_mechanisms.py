"""People found by general mechanisms: bare names that open with a given name, a role then the name at a
sentence's end, a month's name as a family name after a title, lists of titled people, organisation names
leading a title, possessive affiliations after a speech verb, and no junk from look-alike capitalised runs."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_bare_names_that_open_with_a_given_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Reporters asked about the comments on Helen Markovic made last week.\n"
        "The council welcomed the choice of Gordon Ashby as its new spokesman.\n"
        "The team will compete at the Summer Olympic Games in July.\n"
        "The carrier USS Donald Peterson sailed at dawn past Marshall Islands.\n",
    )
    assert {"Helen Markovic", "Gordon Ashby"} <= set(people)
    assert not {"Summer Olympic Games", "Donald Peterson", "Marshall Islands"} & set(people)


def test_a_role_then_the_name_at_a_sentence_end(tmp_path: Path) -> None:
    people = people_in(tmp_path, "The President called the new Prime Minister of Freedonia, Clara Voss.\n")
    assert people["Clara Voss"].role == "Prime Minister of Freedonia"


def test_a_month_as_family_name_after_a_title(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The President spoke with Prime Minister May on Tuesday about the talks.\n"
        "The next round opens in May 2026, the ministry said.\n",
    )
    assert people["May"].role == "Prime Minister"
    assert len(people) == 1


def test_a_list_of_titled_people_gives_each_their_own_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The Secretary met Prime Minister Sato Kenji, Minister for Foreign Affairs Ono Hiro, and National "
        "Security Advisor Mori Taro in Tokyo.\n",
    )
    assert people["Sato Kenji"].role == "Prime Minister"
    assert people["Ono Hiro"].role == "Minister for Foreign Affairs"
    assert people["Mori Taro"].role == "National Security Advisor"


def test_a_known_organisation_before_a_title_belongs_to_the_role(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Pentagon Press Secretary Alan Brooks provided the following readout.\n")
    assert people["Alan Brooks"].role == "Pentagon Press Secretary"


def test_a_possessive_affiliation_after_a_speech_verb(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "“The ice was thicker than we thought,” said University of Otago’s Mere Tawhiri, who led the study.\n",
    )
    assert "Mere Tawhiri" in people
    assert not any("University" in name for name in people)


def test_a_nationality_before_a_title_and_initials_in_a_list(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Meeting on Tuesday, US Secretary of State Alan Brooks, Indian External Affairs Minister R. Menon, and "
        "Japanese Foreign Minister Sato Kenji issued a joint statement.\n",
    )
    assert people["Alan Brooks"].role == "US Secretary of State"
    assert people["R. Menon"].role == "Indian External Affairs Minister"
    assert people["Sato Kenji"].role == "Japanese Foreign Minister"


def test_a_title_with_its_place_or_body_then_the_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "At the ceremony, U.S. Ambassador to Chile Alan Brooks said the drill would help.\n"
        "It was hosted by the Prime Minister of Italy Carla Neri and chaired by the President of the European "
        "Council Hugo Van Acker.\n",
    )
    assert people["Alan Brooks"].role == "U.S. Ambassador to Chile"
    assert people["Carla Neri"].role == "Prime Minister of Italy"
    assert people["Hugo Van Acker"].role == "President of the European Council"


def test_a_name_after_a_country_in_the_possessive_with_a_korean_given_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Japan’s Minister of Defense Ken Ota and South Korea’s Lee Min-sik recalled their commitment. "
        "The Saudi-led coalition and China’s Belt and Road were also discussed.\n",
    )
    assert "Lee Min-sik" in people
    assert people["Ken Ota"].role == "Minister of Defense"
    assert not any("Belt" in name or "Saudi" in name for name in people)


def test_roles_joined_by_and_before_a_title_are_two_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "We have Carla Neri, the Special Assistant and Senior Director for European Affairs.\n"
        "The council chose Gordon Ashby as its new spokesman.\n",
    )
    assert people["Carla Neri"].role == "Special Assistant; Senior Director for European Affairs"
    assert people["Gordon Ashby"].role == "spokesman"


def test_reporters_called_on_by_given_name_in_a_transcript(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Press Briefing by the Press Secretary\n"
        "MR. STONE: Good afternoon, everybody. Darlene, why don’t you kick us off?\n"
        "Q Sure, thanks. Josh, do you have anything on the talks?\n"
        "MR. STONE: I do not. That was a long answer to your question, Darlene.\n"
        "Jeff.\n"
        "Q Thanks. What about the trade deal?\n"
        "MS. LANE: Thanks, Mark. I will take that one.\n",
    )
    assert {"Darlene", "Jeff"} <= set(people)
    assert not {"Mark", "Josh"} & set(people)  # the previous speaker, the briefer: no people of their own


def test_list_mates_of_a_known_name_arepeople_in(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The team of captain Corey Pavin includes Stewart Cink, Tiger Woods and Phil Mickelson.\n"
        "Secretary of Defense Lloyd J. Austin III and Philippine Secretary of National Defense Ana Cruz spoke.\n",
    )
    assert {"Corey Pavin", "Stewart Cink", "Tiger Woods", "Phil Mickelson", "Ana Cruz"} <= set(people)
    assert "Philippine Secretary" not in people


def test_a_modifier_joined_to_a_title_by_a_hyphen(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Let me thank Assistant-Secretary-General Okafor for her briefing.\n"
        "Deputy-Director-General Miriam Tal spoke next, after the ex-Minister's remarks.\n",
    )
    assert people["Okafor"].role == "Assistant-Secretary-General"
    assert people["Miriam Tal"].role == "Deputy-Director-General"


def test_list_mates_after_an_affiliation(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Speakers included Senator Ruth Olander, Daniel Marchetti of the Lakeside Refugee Council, and Obinna "
        "Kalu of the Riverbend Action Alliance.\n"
        "Guests included Senator Ruth Olander of the Water Board, and Ohio Valley.\n",
    )
    assert {"Ruth Olander", "Daniel Marchetti", "Obinna Kalu"} <= set(people)
    assert not {"Lakeside Refugee Council", "Riverbend Action Alliance", "Ohio Valley"} & set(people)


def test_titles_of_the_treasury_and_arabic_articles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "“This is a historic day,” said Secretary of the Treasury Janet L. Yellen.\n"
        "Under Secretary for Terrorism and Financial Intelligence Sigal Mandelker met President el-Sisi. Sisi "
        "said he was pleased. WHO Director-General Tedros Adhanom Ghebreyesus spoke later.\n",
    )
    assert people["Janet L. Yellen"].role == "Secretary of the Treasury"
    assert people["Sigal Mandelker"].role == "Under Secretary for Terrorism and Financial Intelligence"
    assert "Sisi" in people["el-Sisi"].aliases
    assert people["Tedros Adhanom Ghebreyesus"].role == "WHO Director-General"
    assert not any(name.endswith("Affairs") for name in people)


def test_apposition_roles_keep_their_own_words_but_not_the_place(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Kate Brennan, director of immunization at the World Health Organization, told reporters the numbers rose.\n"
        "“It will be hot,” said Dana Fell, a meteorologist in Seattle.\n"
        "“We were surprised,” said Amara Okafor, chief economist at the bank.\n",
    )
    assert people["Kate Brennan"].role == "director of immunization at the World Health Organization"
    assert people["Dana Fell"].role == "meteorologist"
    assert people["Amara Okafor"].role == "chief economist at the bank"


def test_no_people_from_places_and_firms_that_open_with_a_given_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Analysts at Morgan Stanley expect growth. The storm hit Virginia Beach on Monday. Crowds gathered at "
        "the Lincoln Memorial and in Victoria Harbour.\n",
    )
    assert people == {}
