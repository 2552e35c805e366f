"""The analyst's sections as one text, so the source analysis stages (sentences, figures) can read it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import AnalystSection, Paragraph, Source

ANALYST_SOURCE_ID = "analysis"
"""Source id of the analyst's text (never a source of the brief)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a stretch of the analyst text stands: section, block, and offset in the block's text."""

    section: int
    """Index of the section."""
    block: int
    """Index of the block in its section."""
    offset: int
    """Character offset in the block's text."""


@dataclass(frozen=True, slots=True)
class AnalystText:
    """The blocks of every section joined by blank lines, as a ``Source``, with each block's place."""

    source: Source
    """The text as a source: one paragraph per block."""
    blocks: tuple[tuple[int, int], ...]
    """(section, block) of each paragraph, parallel to ``source.paragraphs``."""

    def place(self, paragraph: int, offset: int) -> Place:
        """The place of an offset into ``source.text`` that falls in ``paragraph``."""
        section, block = self.blocks[paragraph]
        return Place(section, block, offset - self.source.paragraphs[paragraph].start)


def analyst_text(sections: Sequence[AnalystSection], path: str) -> AnalystText:
    """The analyst text of ``sections`` (from the file at ``path``)."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    blocks: list[tuple[int, int]] = []
    offset = 0
    for s_index, section in enumerate(sections):
        for b_index, block in enumerate(section.blocks):
            if parts:
                parts.append("\n\n")
                offset += 2
            body = block.text
            paragraphs.append(Paragraph(len(paragraphs), offset, offset + len(body), body))
            blocks.append((s_index, b_index))
            parts.append(body)
            offset += len(body)
    source = Source(ANALYST_SOURCE_ID, "Analysis", path, "", "".join(parts), tuple(paragraphs), reader="markdown")
    return AnalystText(source, tuple(blocks))
