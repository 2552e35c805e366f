"""Tests for joining stage outputs: the actor-name pattern finds what ``\\b(?:name|…)\\b`` finds."""

from __future__ import annotations

import re

import pytest

from briefgen.analyze.merge import _names_pattern

NAMES = sorted(["Hun Sen", "Hun Manet", "Hun", "ASEAN", "(RCAF)", "’s Party", "Xi", "Xi Jinping", "U.S.", "_x_"])
TEXTS = [
    "Hun Sen met Hun Manet; Hun spoke. ASEANs and ASEAN-led talks.",
    "The (RCAF) and x(RCAF) and Army’s Party and Army ’s Party.",
    "Xi Jinping, Xi, Xiaoping, Xi Jinpings.",
    "U.S. and U.S.A. and aU.S. and _x_ and a_x_.",
    "Hun",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)) + r")\b")
    assert [m.span() for m in _names_pattern(NAMES).finditer(text)] == [m.span() for m in plain.finditer(text)]
