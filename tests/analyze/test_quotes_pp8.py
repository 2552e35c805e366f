"""Quote speakers on made-up texts of the kinds the pp8- batch held: an adverb between the speaker and the speech
verb ("He only said: “…”")."""

from __future__ import annotations

from pathlib import Path

from _quotes import quotes_in


def test_an_adverb_before_the_speech_verb_keeps_the_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Prime Minister Srettha Thavisin chose not to respond to the question about the defence portfolio.\n"
        "He only said: “Please wait for the list to be formally announced.”\n"
        "“It will not be disappointing,” Srettha later added.\n",
    )
    assert [q.speaker for q in quotes] == ["Srettha Thavisin", "Srettha Thavisin"]


def test_a_slogan_a_sentence_runs_through_is_no_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "The four recipients were conferred “Asia’s premier prize and highest honor” at the theater on Saturday.\n",
    )
    assert quotes == []


def test_a_phrase_after_a_speech_verb_in_its_sentence_stays(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Defence Minister Richard Marles spoke on Monday.\n"
        "He said the crew advised the destroyer that divers were working and “requested the ship keep clear”.\n",
    )
    assert [q.text for q in quotes] == ["requested the ship keep clear"]


def test_a_role_phrase_after_the_verb_is_kept_whole_and_an_apposed_name_wins(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“We lost everything we had,” said a 45-year-old farmer who asked not to be named.\n"
        "“We have been waiting for days,” said one resident, Maria Santos, 52.\n",
    )
    assert [q.speaker for q in quotes] == ["a 45-year-old farmer", "Maria Santos"]
