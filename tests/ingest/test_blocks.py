"""Assembling extracted blocks: control characters blanked, exact spans, the source limit on the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.errors import IngestError
from briefgen.ingest.blocks import Block, assemble
from briefgen.ingest.limits import TextBudget
from ingest.source_cases import assert_exact_spans


def test_control_characters_in_blocks_become_spaces() -> None:
    blocks = [Block("Broken\x00font\x03map", heading=True), Block("Tab\there,\x0bform\x0cfeed\x85.")]
    text, paragraphs = assemble(blocks)
    assert [p.text for p in paragraphs] == ["Broken font map", "Tab here, form feed ."]
    assert_exact_spans(text, paragraphs)


def test_blocks_are_taken_only_while_the_text_is_within_the_limit() -> None:
    taken: list[int] = []

    def blocks() -> Iterator[Block]:
        for n in range(1000):
            taken.append(n)
            yield Block(f"Paragraph number {n:04d}.")  # 22 characters, 24 with the blank line

    budget = TextBudget(Path("long.docx"), 240)
    with pytest.raises(IngestError, match=r"^long.docx: extracted text exceeds the 0.000229 MB source limit"):
        assemble(blocks(), budget=budget)
    assert len(taken) == 11
    text, _ = assemble([Block(f"Paragraph number {n:04d}.") for n in range(10)], budget=TextBudget(Path("x"), 238))
    assert len(text) == 238
