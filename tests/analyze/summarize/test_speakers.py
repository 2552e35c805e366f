"""A summary item in a speaker's turn names the speaker; narration and reported speech do not."""

from __future__ import annotations

from pathlib import Path

from briefgen import api
from briefgen.analyze.summarize.speakers import speaker_turns, spoken
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


def _items(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "brief.toml").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    _spec, _analysis, brief = api.prepare(tmp_path)
    return [(i.speaker, i.text) for t in brief.themes for i in t.summary]


def _speakers(tmp_path: Path, text: str) -> dict[str, str]:
    """Every sentence's speaker, as a summary item of it would name it."""
    (tmp_path / "brief.toml").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    _spec, analysis, _brief = api.prepare(tmp_path)
    turns = speaker_turns(analysis.sources, analysis.quotes)
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


def test_narration_and_quoted_speech_name_no_speaker(tmp_path: Path) -> None:
    assert set(_speakers(tmp_path, NEWS).values()) == {""}
