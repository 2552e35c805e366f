"""Tests for transcript labels: finding the full name a text gives a label's family name, and its spelling."""

from __future__ import annotations

import re

import pytest

from briefgen.analyze.actors.labels import _introductions, _spelling, _spelling_by_regex
from briefgen.analyze.actors.lexicon import NAME_TOKEN

TEXTS = [
    "First we have Ben Rhodes; he’s the deputy. MR. RHODES: Thanks. Rhodes said Ben J. Rhodes and (Ben Rhodes).",
    "Ben Rhodes Rhodes, Mr. Ben  Rhodes\nRhodes and al-Ben Rhodes’s and xBen Rhodes and Ben Rhodesia.",
    "Rhodes at the start, then Jean-Pierre and Karine Jean-Pierre; KARINE JEAN-PIERRE: yes.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("surname", ["Rhodes", "Jean-Pierre", "Pierre", "J.", "Ben"])
def test_introductions_are_the_matches_a_scan_of_the_whole_text_finds(text: str, surname: str) -> None:
    plain = rf"(?<![\w.’'-])(?P<given>(?:{NAME_TOKEN}\s+){{1,2}}){re.escape(surname)}(?![\w’'-])"
    assert [m.span() for m in _introductions(text, surname)] == [m.span() for m in re.finditer(plain, text)]


def test_a_label_is_spelled_as_the_text_writes_the_name_outside_capitals() -> None:
    text = "MCAULIFFE: Hello. xMcAuliffe, mcauliffe and then McAuliffe said. O’BRIEN: O’Brien."
    assert _spelling(text, "MCAULIFFE") == "McAuliffe"
    assert _spelling(text, "O’BRIEN") == "O’Brien"
    assert _spelling(text, "RHODES") is None


@pytest.mark.parametrize("name", ["MCAULIFFE", "O’BRIEN", "RHODES", "İNAN", "BEN"])
def test_a_labels_spelling_is_what_a_case_blind_scan_of_the_whole_text_finds(name: str) -> None:
    texts = ["MCAULIFFE: Hi. xMcAuliffe, mcauliffe, McAuliffe-Smith, then McAuliffe. O’Brien. Ben_ Ben",
             "İnan said; İNAN: yes. Rhodes Rhodes", ""]
    for text in texts:
        assert _spelling(text, name) == _spelling_by_regex(text, name)
