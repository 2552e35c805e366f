"""Labels read from short windows are the labels read from the whole windows; tokens are as the plain pattern gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefgen.analyze.figures import windows as figure_windows
from briefgen.analyze.figures.extract import extract_figures
from briefgen.analyze.figures.patterns import HYPHEN, SPACES, patterns
from briefgen.analyze.sentences.split import split_sentences
from briefgen.ingest import read_source

CORPUS = Path(__file__).parents[3] / "tests" / "fixtures" / "corpus"
_PLAIN_WORD = rf"[^\s,;:()\[\]“”\"!?‘’'{HYPHEN[3:]}]"
_PLAIN_TOKEN = re.compile(
    rf"{_PLAIN_WORD}+(?:(?:,[0-9]|['’]{_PLAIN_WORD}){_PLAIN_WORD}*)*|[,;:()\[\]“”\"!?{HYPHEN[3:]}]"
)
_SNIPPETS = (
    "In 2019, ",
    "by 2024, ",
    "$5 million in aid to Cambodia",
    "U.S.",
    "etc.",
    "approx. ",
    "Mr. Hun",
    "!",
    "?",
    " — ",
    "(5%)",
    "www.x.org/a",
    "a@b.com",
    "two-thirds of the",
    "1,000-strong force",
    "over 300 people",
    "the first half of 2024",
    "between 3 and 4",
    ", ",
    ". ",
    ": ",
    "“",
    "”",
    "-",
    "the",
    "of",
    "and",
    "in",
)


def test_spaces_are_every_space_character() -> None:
    spaces = re.compile(f"[{SPACES}]")
    assert [c for c in map(chr, range(0x110000)) if spaces.match(c)] == [
        c for c in map(chr, range(0x110000)) if c.isspace()
    ]


def test_label_tokens_match_the_plain_pattern() -> None:
    rng = random.Random(11)
    chars = list(" \t\n\u00a0\u2003\x1c\x85,;:()[]“”\"!?‘’'–—-.x1éA_\u200b")
    token = patterns().label_token
    for _ in range(50000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 16)))
        assert token.findall(text) == _PLAIN_TOKEN.findall(text), text


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(5)
    for text in list(texts):
        parts = list(text[:5000])
        for _ in range(150):
            parts.insert(rng.randint(0, len(parts)), rng.choice(_SNIPPETS) + rng.choice(("", " ")))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("short", [1, 8, 24])
def test_short_windows_give_the_labels_of_whole_windows(
    short: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, text in enumerate(_texts()):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        source = read_source(path, "s")
        sentences = split_sentences(source)
        monkeypatch.setattr(figure_windows, "SHORT", figure_windows.WINDOW)  # never short
        whole = extract_figures(source, sentences)
        monkeypatch.setattr(figure_windows, "SHORT", short)
        assert extract_figures(source, sentences) == whole
