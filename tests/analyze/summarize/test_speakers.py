"""A summary item in a speaker's turn names the speaker; narration and reported speech do not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen import api
from briefgen.analyze.summarize.speakers import (
    ASKER,
    is_quotation,
    presides,
    question_turns,
    speaker_turns,
    spoken,
)
from briefgen.model import Cite, SummaryItem

BRIEF = """title = "Talks"
date = 2025-07-22
[[themes]]
id = "alliance"
title = "Alliance"
description = "Defence ties."
[themes.keywords]
"alliance" = 2
"defense" = 2
"treaty" = 2
"""
TRANSCRIPT = (
    "Remarks at the Pentagon\n\n"
    "SECRETARY HEGSETH: Welcome to the Pentagon. Our alliance with the Philippines has never been stronger "
    "than it is today, and our defense treaty stands.\n\n"
    "We will expand our joint defense exercises next year under the alliance, and the treaty covers the coast.\n\n"
    "PRESIDENT MARCOS: Thank you. We value the alliance and the defense treaty with the United States deeply.\n"
)
NEWS = (
    "Defense ministers met on Monday to review the alliance and the mutual defense treaty.\n\n"
    "“Our alliance has never been stronger,” the secretary said after the talks on the defense treaty.\n\n"
    "The treaty, signed in 1951, remains the basis of the alliance, officials said of the defense pact.\n"
)


def _prepare(tmp_path: Path, text: str) -> tuple[Any, Any, Any]:
    """The brief folder ``tmp_path`` with BRIEF and ``text`` as its source, prepared."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "brief.toml").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    return api.prepare(tmp_path)


def _items(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _spec, _analysis, brief = _prepare(tmp_path, text)
    return [(i.speaker, i.text) for t in brief.themes for i in t.summary]


def _speakers(tmp_path: Path, text: str) -> dict[str, str]:
    """Every sentence's speaker, as a summary item of it would name it."""
    _spec, analysis, _brief = _prepare(tmp_path, text)
    asked = question_turns(analysis.sources, analysis.sentences)
    turns = speaker_turns(analysis.sources, analysis.quotes, (), asked)
    out = {}
    for s in analysis.sentences:
        item = SummaryItem(s.text, Cite(s.source, s.paragraph, s.start, s.end))
        out[s.text[:14]] = spoken(item, turns).speaker
    return out


def test_a_transcript_sentence_names_the_speaker_of_its_turn_and_the_turn_goes_on(tmp_path: Path) -> None:
    speakers = _speakers(tmp_path, TRANSCRIPT)
    assert speakers["Remarks at the"] == ""  # the heading before any turn
    assert speakers["Our alliance w"] == "Hegseth"
    assert speakers["We will expand"] == "Hegseth"  # a paragraph continuing his turn
    assert speakers["We value the a"] == "Marcos"
    assert [s for s, _ in _items(tmp_path / "brief", TRANSCRIPT)] == ["Marcos"]  # the brief's item says whose


def test_narration_names_no_speaker_and_quoted_speech_names_its_own(tmp_path: Path) -> None:
    speakers = _speakers(tmp_path, NEWS)
    assert speakers["“Our alliance "] == "the secretary"  # as the text names the speaker
    assert {v for k, v in speakers.items() if not k.startswith("“")} == {""}


def test_a_quotation_goes_into_the_bottom_line_only_with_its_speaker(tmp_path: Path) -> None:
    text = (
        "Army spokesman Major Emmanuel Garcia said the drills in the defense treaty area would stay near shore. "
        "\"There is no way that we will hold these exercises on contested waters under the alliance. "
        "Clearly all exercises will be done on our own territory under the defense treaty,\" Garcia said.\n\n"
        "\"The treaty and the alliance must be respected by every defense partner in the region.\n\n"
        "Defense ministers met on Monday to review the alliance and the mutual defense treaty.\n"
    )
    brief = _prepare(tmp_path, text)[2]
    for item in brief.bluf:
        assert item.speaker or not is_quotation(item.text), item.text
    assert is_quotation("Clearly all exercises will be done on our own territory.\"")
    assert is_quotation("“We agree,” he said.") and not is_quotation("He called it a “historic” day.")


def test_a_title_naming_one_speaker_gives_the_first_person_sentences_a_speaker() -> None:
    from briefgen.analyze.summarize.speakers import first_person, title_speaker

    assert title_speaker("Remarks by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing") == (
        "Ambassador Linda Thomas-Greenfield"
    )
    assert title_speaker("Opening remarks by President of the European Council Herman Van Rompuy at the Summit") == (
        "President of the European Council Herman Van Rompuy"
    )
    assert title_speaker("Remarks by President Obama and President Quang of Vietnam in Joint Press Conference") == ""
    assert title_speaker("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on July 13, 2017") == (
        "Foreign Ministry Spokesperson Geng Shuang"
    )  # a title and a name in the possessive
    assert title_speaker("Secretary Blinken’s Remarks to the Press") == "Secretary Blinken"
    assert title_speaker("China's Regular Press Conference") == ""  # one word names no speaker
    assert title_speaker("Joint Statement of the Security Consultative Committee") == ""
    assert title_speaker("Taiwan and Kiribati sever ties") == ""
    assert first_person("Our interdependence is greater than ever.")
    assert not first_person("The US and the EU met.") and not first_person("“We will win,” he said.")


def test_a_speech_names_its_speaker_on_first_person_items_only(tmp_path: Path) -> None:
    text = (
        "# title: Remarks by Ambassador Jane Doe at the Alliance Forum\n"
        "Our alliance has never been stronger, and our defense treaty is the anchor of the region.\n\n"
        "The treaty was signed in 1951 and the alliance has grown with every defense review since.\n\n"
        "We will deepen the alliance and review the defense treaty with our partners next year.\n"
    )
    _spec, _analysis, brief = _prepare(tmp_path, text)
    items = [(i.text, i.speaker) for t in brief.themes for i in t.summary]
    assert items
    for sentence, speaker in items:  # the title's speaker, as written there (she is named nowhere else)
        assert speaker == ("Ambassador Jane Doe" if sentence.startswith(("Our", "We")) else "")


BRIEFING = (
    "Department Press Briefing\n\n"
    "MR PRICE: Good afternoon. The alliance with the Philippines is strong, and our defense treaty stands firm.\n\n"
    "QUESTION: Thanks, Ned. The other side says the treaty and the alliance are a threat to its defense. "
    "Do you accept that?\n\n"
    "MR PRICE: No. The defense treaty is a pillar of the alliance, and we stand by every word of it.\n"
)


def test_a_reporters_question_is_the_reporters_and_stays_out_of_the_bottom_line(tmp_path: Path) -> None:
    speakers = _speakers(tmp_path, BRIEFING)
    assert speakers["The alliance w"] == "Price"
    assert speakers["The other side"] == ASKER  # not Price's answer going on
    assert speakers["The defense tr"] == "Price"
    # BRIEFING's theme gets no summary; here the reporter's claim stands alone and would make the bottom line
    brief = _prepare(tmp_path / "brief", ASKED_CLAIM)[2]
    assert brief.bluf and all(item.speaker != ASKER for item in brief.bluf)


ASKED_CLAIM = (
    "Department Press Briefing\n\n"
    "MR PRICE: Good afternoon. Our alliance with the Philippines has never been stronger, and the mutual defense "
    "treaty covers every coast guard vessel at sea.\n\n"
    "QUESTION: Thanks, Ned. Chinese ships blocked a Philippine supply mission to the shoal under the defense treaty "
    "in March, the largest stand-off since the alliance began in 1951. Do you accept that?\n\n"
    "MR PRICE: No. The two navies will hold joint defense drills under the treaty in the spring, the largest since "
    "2016.\n\n"
    "Manila and Washington signed a new alliance roadmap on maritime defense cooperation last week.\n"
)
"""A briefing whose question puts forward a claim that reads as an item on its own ("Chinese ships blocked …")."""


def test_an_answer_after_the_question_in_its_paragraph_is_not_the_reporters(tmp_path: Path) -> None:
    text = (
        "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference\n\n"
        "Q: The Philippine statement on the treaty and the alliance is said to signal goodwill. What's your "
        "comment? A: We agree with the statement, and the defense treaty must not harm the alliance in the region.\n"
    )
    speakers = _speakers(tmp_path, text)
    assert speakers["Q: The Philipp"] == ASKER
    assert speakers["A: We agree wi"] == "Foreign Ministry Spokesperson Geng Shuang"  # the title's, not the reporter's


def test_an_unlabelled_answer_after_an_asked_question_is_not_the_reporters(tmp_path: Path) -> None:
    text = (
        "Press remarks by the High Representative ahead of the Summit\n\n"
        "The defense treaty and the alliance will be on the agenda of the summit tomorrow in the capital.\n\n"
        "Q. How will the alliance keep its defense treaty from being overtaken by other partners?\n\n"
        "Engaging more. We have to invest more in the alliance, and the defense treaty has to be updated.\n\n"
        "Q: Thank you. I have one on the treaty.\n\n"
        "The alliance said the defense treaty is outdated. Do you agree with that assessment of it?\n"
    )
    speakers = _speakers(tmp_path, text)
    assert speakers["How will the a"] == ASKER
    assert speakers["We have to inv"] == ""  # the answer, which has no label of its own
    assert speakers["The alliance s"] == ASKER  # the question goes on until it has asked


MODERATED = (
    "Briefing on the Alliance\n\n"
    "MODERATOR: Good afternoon. Today the Assistant Secretary will speak on the alliance and the defense "
    "treaty with the Philippines, and then take questions on the treaty.\n\n"
    "ASSISTANT SECRETARY KRITENBRINK: Thank you. Our alliance has never been stronger, and the mutual defense "
    "treaty covers every coast guard vessel at sea.\n\n"
    "The two navies will hold joint defense drills under the treaty in the spring, the largest since 2016.\n\n"
    "Manila and Washington signed a new alliance roadmap on maritime defense cooperation last week.\n"
)
"""A moderated briefing: the moderator's opening, then the official's turn and the paragraphs it goes on over."""


def test_a_moderators_words_stay_out_of_the_bottom_line(tmp_path: Path) -> None:
    brief = _prepare(tmp_path, MODERATED)[2]
    assert brief.bluf and all(i.speaker != "Moderator" for i in brief.bluf)


def test_a_moderator_shows_under_a_theme_only_when_no_one_else_does_and_is_no_pull_quote(tmp_path: Path) -> None:
    text = (
        MODERATED + "\n"
        "The treaty allies will also open a defense logistics hub at Subic Bay under the alliance next year.\n\n"
        "Two more Philippine bases will host rotating forces under the defense treaty and the alliance plan.\n"
    )
    brief = _prepare(tmp_path, text)[2]
    shown = [i for t in brief.themes for i in t.summary]
    assert shown and all(i.speaker != "Moderator" for i in shown)
    assert all(q.speaker != "Moderator" for t in brief.themes for q in t.quotes)
    assert presides("Moderator") and presides("Staff") and not presides("Kritenbrink")


def test_the_bottom_line_of_a_transcript_is_from_the_speakers_its_title_names(tmp_path: Path) -> None:
    text = (
        "# title: Secretary Hegseth Answers Questions on the Alliance\n"
        "MR. CHIPMAN: The alliance and the defense treaty are on the floor now. Take three or four defense "
        "questions on the treaty in a group.\n\n"
        "Q: Thank you. Will the alliance treaty cover the coast guard?\n\n"
        "SEC. HEGSETH: Our alliance has never been stronger, and the mutual defense treaty covers every coast "
        "guard vessel at sea.\n\n"
        "The two navies will hold joint defense drills under the treaty in the spring, the largest since 2016.\n\n"
        "Manila and Washington signed a new alliance roadmap on maritime defense cooperation last week.\n\n"
        "The treaty allies will also open a defense logistics hub at Subic Bay under the alliance next year.\n"
    )
    brief = _prepare(tmp_path, text)[2]
    assert brief.bluf and all(i.speaker == "Hegseth" for i in brief.bluf)  # not the chair's words
    assert any(i.speaker == "Chipman" for t in brief.themes for i in t.summary)  # shown under its theme


def test_a_title_names_a_speaker_by_the_title_of_their_label(tmp_path: Path) -> None:
    from _sentences import from_text
    from briefgen.analyze.summarize.speakers import voices

    source, sentences = from_text(
        tmp_path,
        "# title: Secretary of Defense Bilateral in Honor of President Marcos\n"
        "SECRETARY OF DEFENSE PETE HEGSETH: Welcome to the Pentagon.\n"
        "PRESIDENT FERDINAND MARCOS: Thank you for the warm welcome.\n"
        "MODERATOR: We now go to the press.\n",
    )
    assert voices([source], sentences) == {source.id: {"hegseth", "marcos"}}  # the moderator's words are not theirs
