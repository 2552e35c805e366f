"""Sentence splitting keeps abbreviations and initials together and spans exact."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences import split_sentences
from briefgen.ingest import read_source

FIXTURES = Path(__file__).parent.parent / "fixtures" / "corpus"


def _sentences(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    return [s.text for s in split_sentences(read_source(path, "s"))]


def test_abbreviations_and_initials(tmp_path: Path) -> None:
    text = (
        "The conference was chaired by Admiral Samuel J. Paparo, Commander of the U.S. Indo-Pacific Command. "
        "It focused on coordination. “It is an honor,” he said. Then it ended!\n"
    )
    assert _sentences(tmp_path, text) == [
        "The conference was chaired by Admiral Samuel J. Paparo, Commander of the U.S. Indo-Pacific Command.",
        "It focused on coordination.",
        "“It is an honor,” he said.",
        "Then it ended!",
    ]


def test_spans_are_exact_on_every_fixture() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        source = read_source(path, path.stem)
        sentences = split_sentences(source)
        assert sentences, path
        for s in sentences:
            assert source.text[s.start : s.end] == s.text
            assert source.paragraphs[s.paragraph].start <= s.start < s.end <= source.paragraphs[s.paragraph].end
