"""Sentence splitting: hand-checked gold on real texts, the hard cases, and exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.analyze.sentences.boundaries import sentence_spans
from briefgen.analyze.sentences.split import split_sentences
from briefgen.ingest import read_source

FIXTURES = Path(__file__).parents[3] / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
GOLD = FIXTURES / "sentences"


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def _sentences(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    return [s.text for s in split_sentences(read_source(path, "s"))]


@pytest.mark.parametrize("gold", sorted(p.name for p in GOLD.glob("*.txt") if p.stem != "tricky"))
def test_corpus_texts_match_the_hand_checked_gold(gold: str) -> None:
    source = read_source(CORPUS / gold, "gold")
    expected = (GOLD / gold).read_text(encoding="utf-8").splitlines()
    assert [s.text for s in split_sentences(source)] == expected


def _tricky_blocks() -> list[list[str]]:
    blocks = (GOLD / "tricky.txt").read_text(encoding="utf-8").split("\n\n")
    out = [[line for line in block.splitlines() if line and not line.startswith("#")] for block in blocks]
    return [b for b in out if b]


@pytest.mark.parametrize("sentences", _tricky_blocks(), ids=lambda b: b[0][:30])
def test_hard_cases(sentences: list[str]) -> None:
    assert _split(" ".join(sentences)) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles never end a sentence; a surname that looks like one does
        ("Gen. Vong Pisen met Adm. Paparo.", ["Gen. Vong Pisen met Adm. Paparo."]),
        ("He met Hun Sen. The talks went well.", ["He met Hun Sen.", "The talks went well."]),
        # initials, suffixes and dotted acronyms go on unless a sentence opener follows
        ("President Joseph R. Biden, Jr. met Xi.", ["President Joseph R. Biden, Jr. met Xi."]),
        # after a name's suffix a title opens the next sentence; another capitalised word goes on
        (
            "He spoke with Teodoro Locsin, Jr. Secretary Pompeo then left.",
            ["He spoke with Teodoro Locsin, Jr.", "Secretary Pompeo then left."],
        ),
        ("They marked Martin Luther King Jr. Day.", ["They marked Martin Luther King Jr. Day."]),
        ("It angered the U.S. The talks failed.", ["It angered the U.S.", "The talks failed."]),
        ("The U.S. Navy sailed. It left.", ["The U.S. Navy sailed.", "It left."]),
        # numbers after an abbreviation, decimals
        ("Resolution No. 5 passed on Jan. 6 by 2.5 votes.", ["Resolution No. 5 passed on Jan. 6 by 2.5 votes."]),
        # quotations
        ("“We agree,” he said. “We act.” Then he left.", ["“We agree,” he said.", "“We act.”", "Then he left."]),
        ("“Why now?” Hun Sen asked. Nobody knew.", ["“Why now?” Hun Sen asked.", "Nobody knew."]),
        # ellipses
        ("It stalled… Then it resumed.", ["It stalled…", "Then it resumed."]),
        # lower case after a full stop is no boundary; no boundary inside "U.S.-China"
        ("Costs rose, e.g. in fuel. U.S.-China talks ended.", ["Costs rose, e.g. in fuel.", "U.S.-China talks ended."]),
        ("1. Introduction of the plan", ["1. Introduction of the plan"]),
        # a transcript's speaker labels in capitals are the same abbreviations
        (
            "Thanks, all. MR. KRITENBRINK: Thank you. SEC. CARTER: Well, yes. Made by ACME CO. The end.",
            ["Thanks, all.", "MR. KRITENBRINK: Thank you.", "SEC. CARTER: Well, yes.", "Made by ACME CO.", "The end."],
        ),
    ],
)
def test_cases(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_headings_are_one_sentence_and_paragraphs_never_merge(tmp_path: Path) -> None:
    text = "Security in the Region\nThe navy sailed. It returned\nA new paragraph starts here.\n"
    assert _sentences(tmp_path, text) == [
        "Security in the Region",
        "The navy sailed.",
        "It returned",
        "A new paragraph starts here.",
    ]


def test_spans_are_exact_on_every_fixture() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        source = read_source(path, path.stem)
        sentences = split_sentences(source)
        assert sentences, path
        for s in sentences:
            assert source.text[s.start : s.end] == s.text
            assert s.text == s.text.strip()
            assert source.paragraphs[s.paragraph].start <= s.start < s.end <= source.paragraphs[s.paragraph].end


def test_hard_wrapped_paragraph_keeps_its_line_breaks(tmp_path: Path) -> None:
    text = "The minister spoke at length\nabout the treaty. She then\nleft for Hanoi.\n"
    expected = ["The minister spoke at length\nabout the treaty.", "She then\nleft for Hanoi."]
    assert _sentences(tmp_path, text) == expected
