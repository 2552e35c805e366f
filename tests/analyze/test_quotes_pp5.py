"""Quotes of the kinds the pp5- batch held: a transcript whose answers are labelled by the spokesperson's full
name in title case ("Lin Hua:"), the questions by the asking outlet."""

from __future__ import annotations

from pathlib import Path

from _quotes import quotes_in


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in quotes_in(tmp_path, text)]


def test_a_full_name_label_is_a_turn_when_the_text_gives_the_name_with_a_title(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "Foreign Ministry Spokesperson Lin Hua’s Regular Press Conference on May 2, 2023\n"
        "Xinhua: Can you share more information on the visit of the president?\n"
        "Lin Hua: The two countries enjoy a traditional friendship. We welcome the visit.\n",
    )
    assert any(speaker == "Lin Hua" and text.startswith("The two countries") for speaker, text in quotes)


def test_a_title_case_name_label_without_a_titled_mention_is_no_turn(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "Washington Post: The bill passed on Monday after a long debate in the house.\n")
    assert quotes == []


def test_a_body_that_said_what_a_quote_reports_is_its_speaker(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "The US State Department said Ms Dana Kerr met Prince Ali and “reaffirmed support for the partnership”.\n"
        "“They discussed efforts to advance a political resolution of the conflict,” it said.\n"
        "Norway's Ministry of Foreign Affairs (MFA) said both leaders had a \"fruitful exchange of views on a range "
        "of issues.\"\n",
    )
    assert quotes[0][0] == "The US State Department"
    assert quotes[1][0] == "The US State Department"
    assert quotes[2][0] == "Norway's Ministry of Foreign Affairs"


def test_a_relative_clause_of_speech_names_the_person_before_it(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "The rise matters for people like 83-year-old Louisiana resident Alfred Mace, who says “any increase is "
        "welcomed.”\n",
    )
    assert quotes == [("Alfred Mace", "any increase is welcomed.")]


def test_a_role_phrase_speaker_is_the_person_last_made_a_subject(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "ADDIS ABABA — As fuel prices soared this year, Abel Tesfaye decided to buy an electric car.\n"
        "He faces a range of issues, from the supply of electricity to the scarcity of spare parts.\n"
        "“Charging my car has been a challenge,” the civil servant said.\n",
    )
    assert quotes == [("Abel Tesfaye", "Charging my car has been a challenge")]


def test_a_role_phrase_for_someone_brought_in_unnamed_stays_as_written(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "Defense Secretary Lloyd Austin met his counterparts in Tokyo, a senior defense official told reporters.\n"
        "“The intent here is for the command to become a joint force headquarters,” the official said.\n",
    )
    assert quotes[-1][0] == "the official"


def test_who_said_something_earlier_in_the_sentence_speaks_a_quote_that_ends_it(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "Fed Chairman Jerome Powell said the question of when to moderate the pace of rate increases is now less "
        "important than the question of how high to raise rates and how long to keep policy restrictive, “which "
        "really will be our principal focus.”\n",
    )
    assert quotes == [("Jerome Powell", "which really will be our principal focus.")]
