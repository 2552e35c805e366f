"""The figure extractor's shortcuts give exactly what the slow, plain forms give.

``figure_text`` replaces backward regex searches with string methods, ``figure_digits`` rules out
branches before their patterns run, and ``AnchorIndex`` scans a whole text once instead of each
sentence: each is checked here against the form it replaces, on the corpus and on odd text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefgen.analyze.figures.anchors import AnchorIndex, find_anchors
from briefgen.analyze.figures.digits import NUMBER_BRANCHES, number_branches
from briefgen.analyze.figures.lookback import end_before, previous_word
from briefgen.analyze.figures.patterns import patterns

CORPUS = Path(__file__).parents[3] / "tests" / "fixtures" / "corpus"
_PREV_WORD = re.compile(r"(\S+)\s*\Z")
_ODD = (
    "In 2019, 1,200 people (5%) paid US$ 3.5 bn - or $5-10 million - on 12th Sept. 2021; "
    "twenty-five hundred years  to 2025–26, G20 COVID-19 10:30 v2.0 mid-2024 1 in 4 "
    "5 US  dollars, 3 percent, 7 per cent, 2 bps, 4 tonnes, 9 km/h. “Forty” naïve5 ſome 3K 8\u00a0km "
    "early 2020 Monday,  March 3 MAR 4 -3.1% −0.5 x5 _6 .7 ,8 5.\n6 two-thirds a dozen Between 3 and 4"
)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + [_ODD]


def test_previous_word_matches_the_regex_search() -> None:
    rng = random.Random(7)
    chars = ["a", "B", "1", " ", "\n", "\u00a0", "\u2003", "\x1c", "\x85", ",", "é", "\u200b"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        lo, hi = rng.randint(-2, len(text) + 1), rng.randint(-2, len(text) + 2)
        found = _PREV_WORD.search(text, lo, hi)
        assert previous_word(text, lo, hi) == (None if found is None else (found.start(1), found.group(1)))


@pytest.mark.parametrize(
    ("text", "at", "marks", "expected"),
    [
        ("early 2020", 6, "", 4),
        ("mid-2020", 4, "-", 2),
        ("in  2020", 4, "", 1),
        ("x2020", 1, "-", -1),
        (" 5", 1, "", -1),
    ],
)
def test_end_before(text: str, at: int, marks: str, expected: int) -> None:
    assert end_before(text, 0, at, marks) == expected


def test_number_branches_keep_every_branch_that_matches() -> None:
    branches = patterns().branches
    for text in _texts():
        for digit in re.finditer(r"[0-9]", text):
            pos = digit.start()
            for end in (len(text), min(len(text), pos + 3)):
                kept = number_branches(text, pos, end)
                assert set(kept) <= set(NUMBER_BRANCHES)
                for name in NUMBER_BRANCHES:
                    if name not in kept:
                        assert branches[name].match(text, pos, end) is None, (name, text[pos : pos + 40])


def test_anchor_index_matches_the_scan_of_each_sentence() -> None:
    rng = random.Random(3)
    for text in _texts():
        index = AnchorIndex(text)
        for _ in range(300):
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + 300))
            assert index.anchors(start, end) == find_anchors(text, start, end), (start, end)
