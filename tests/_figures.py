"""Test helper: the figures of a made-up sentence, read as one paragraph and one sentence."""

from __future__ import annotations

from briefgen.analyze.figures.extract import extract_figures
from briefgen.model import Figure, Paragraph, Sentence, Source


def figures_of(text: str) -> list[Figure]:
    """The figures of ``text``, read as one paragraph and one sentence of a source dated 2024-06-01."""
    paragraph = Paragraph(0, 0, len(text), text)
    source = Source("src", "test", "test.txt", "0" * 64, text, (paragraph,), date="2024-06-01")
    return extract_figures(source, [Sentence("src", 0, 0, len(text), text)])


def figure_at(text: str, surface: str) -> Figure:
    """The one figure of ``text`` whose surface holds ``surface``."""
    found = [f for f in figures_of(text) if surface in f.text]
    assert len(found) == 1, f"{surface!r} in {[f.text for f in figures_of(text)]}"
    return found[0]
