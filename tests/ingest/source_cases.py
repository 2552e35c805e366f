"""Shared helpers for the real-world reader tests: expected paragraphs from the plain-text corpus."""

from __future__ import annotations

from pathlib import Path

from briefgen.model import Paragraph
from fixtures.sources.make_sources import corpus_blocks

SOURCES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"


def norm(text: str) -> str:
    """Whitespace-normalised text, soft hyphens removed."""
    return " ".join(text.replace("\u00ad", "").split())


def expected(corpus_name: str) -> list[tuple[str, bool]]:
    """(text, heading) of each paragraph of a corpus text, list markers removed."""
    return [(norm(block.text), block.heading) for block in corpus_blocks(corpus_name)]


def got(paragraphs: tuple[Paragraph, ...]) -> list[tuple[str, bool]]:
    """(text, heading) of paragraphs a reader produced, normalised like ``expected``."""
    return [(norm(p.text), p.heading) for p in paragraphs]


def assert_exact_spans(text: str, paragraphs: tuple[Paragraph, ...]) -> None:
    """Every paragraph's span cuts exactly its text out of the text as read, in order."""
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))
    end = 0
    for p in paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.start >= end
        end = p.end
