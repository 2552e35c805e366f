"""Test helper: a fixture file or a snippet of text as a Source and its sentences."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.ingest import read_source
from briefgen.model import Sentence, Source

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


def load(name: str) -> tuple[Source, list[Sentence]]:
    """The fixture whose file name starts with ``name`` ("cambodia", "08")."""
    path = next(FIXTURES.glob(f"{name}*.txt"))
    source = read_source(path, path.stem)
    return source, split_sentences(source)


def from_text(tmp_path: Path, text: str) -> tuple[Source, list[Sentence]]:
    """A source read from ``text`` (one paragraph per line)."""
    path = tmp_path / "snippet.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "snippet")
    return source, split_sentences(source)
