"""Tests for the fast "any of these words" regexes: the same matches as the plain alternation, longest first."""

from __future__ import annotations

import re

import pytest

from briefgen._speed.literal_alternation import literal_alternation, not_after, word_start

WORDS = ["Hun Sen", "Hun Manet", "Hun", "ASEAN", "(RCAF)", "’s Party", "Xi", "Xi Jinping", "U.S.", "_x_", "Gulf-x"]
TEXTS = [
    "Hun Sen met Hun Manet; Hun spoke. ASEANs and ASEAN-led talks, -ASEAN and ASEAN.",
    "The (RCAF) and x(RCAF) and Army’s Party and Army ’s Party.",
    "Xi Jinping, Xi, Xiaoping, Xi Jinpings, -Xi and Xi-led.",
    "U.S. and U.S.A. and aU.S. and _x_ and a_x_ and Gulf-x and -Gulf-x.",
    "Hun",
    "",
]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@pytest.mark.parametrize("text", TEXTS)
def test_word_start_finds_what_a_plain_alternation_between_word_boundaries_finds(text: str) -> None:
    plain = re.compile(r"\b" + _plain(WORDS) + r"\b")
    fast = re.compile(literal_alternation(WORDS, word_start) + r"\b")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_not_after_finds_what_a_plain_alternation_after_a_look_behind_finds(text: str) -> None:
    plain = re.compile(r"(?<![\w-])" + _plain(WORDS) + r"(?![\w-])")
    fast = re.compile(literal_alternation(WORDS, not_after(r"[\w-]")) + r"(?![\w-])")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_each_branch_opens_with_its_literal_character_so_the_engine_can_skip() -> None:
    source = literal_alternation(["Guam", "Gulf of Thailand", "Mekong"], not_after(r"[\w-]"))
    assert source == r"(?:G(?<![\w-].)u(?:am|lf\ of\ Thailand)|M(?<![\w-].)ekong)"


def test_no_words_match_nothing() -> None:
    assert re.search(literal_alternation(["", ""], word_start), "anything") is None
