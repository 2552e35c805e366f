"""DOCX sidebar layout: a short main column borrows the blocks that follow, as the PDF's float does."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
from docx.oxml.ns import qn

from briefgen.document import (
    Aside,
    Block,
    Cell,
    Heading,
    ListBlock,
    ListItem,
    Para,
    Row,
    Table,
    Text,
    WithSidebar,
)
from briefgen.style import Style
from briefgen.writers.docx import write_docx
from briefgen.writers.docx.borrow import block_height, borrow

from writers.sample_document import sample_job

WIDTHS = (330.0, 156.0)
PAD = 8.5
SENTENCE = "Cambodia has reaffirmed its commitment to strengthening Asia-Europe relations in the ASEM process."


def _sidebar(figures: int) -> Aside:
    """A key-figure box with ``figures`` value/label pairs."""
    blocks: list[Block] = [Heading(3, (Text("Key figures"),))]
    for n in range(figures):
        blocks.append(Para((Text(f"${n}M"),), classes=("figure-value",)))
        blocks.append(Para((Text("aid pledged to Cambodia"),), classes=("figure-label",)))
    return Aside(tuple(blocks), classes=("sidebar",))


def _bullets(count: int) -> ListBlock:
    return ListBlock(False, tuple(ListItem((Text(f"{n}. {SENTENCE}"),)) for n in range(count)))


def test_longer_text_is_taller() -> None:
    short = block_height(Para((Text("One line."),)), 300.0, Style())
    long = block_height(Para((Text(SENTENCE * 6),)), 300.0, Style())
    narrow = block_height(Para((Text(SENTENCE * 6),)), 150.0, Style())
    assert 0 < short < long < narrow


def test_a_short_column_borrows_following_blocks_up_to_the_box_height() -> None:
    node = WithSidebar((Para((Text(SENTENCE),)),), _sidebar(6))
    section, after = Heading(2, (Text("Section"),)), Heading(2, (Text("Next"),))
    following = (section, _bullets(2), Para((Text(SENTENCE),)), after, _bullets(30))
    result = borrow(node, following, Style(), WIDTHS, PAD)
    assert result.taken == 5  # both headings, the short list, the paragraph and part of the long list
    assert result.node.main[1:5] == following[:4]
    split = result.node.main[5]
    assert isinstance(split, ListBlock) and len(split.items) + len(result.rest[0].items) == 30


def test_a_long_bullet_list_is_split_at_the_box_bottom() -> None:
    node = WithSidebar((Para((Text(SENTENCE),)),), _sidebar(6))
    items = _bullets(30)
    result = borrow(node, (items,), Style(), WIDTHS, PAD)
    assert result.taken == 1
    moved = result.node.main[-1]
    assert isinstance(moved, ListBlock) and 0 < len(moved.items) < 30
    assert len(result.rest) == 1 and isinstance(result.rest[0], ListBlock)
    assert moved.items + result.rest[0].items == items.items


def test_tables_and_numbered_lists_are_not_borrowed_or_split() -> None:
    node = WithSidebar((), _sidebar(6))
    table = Table((Row((Cell((Text("a"),)),)),))
    assert borrow(node, (table, Para((Text("x"),))), Style(), WIDTHS, PAD).taken == 0
    numbered = ListBlock(True, _bullets(30).items)
    result = borrow(node, (numbered,), Style(), WIDTHS, PAD)
    assert result.taken == 0 and result.rest == ()


def test_a_column_as_tall_as_the_box_borrows_nothing() -> None:
    node = WithSidebar((_bullets(12),), _sidebar(2))
    assert borrow(node, (Para((Text(SENTENCE),)),), Style(), WIDTHS, PAD).taken == 0


def test_a_heading_never_ends_the_column() -> None:
    node = WithSidebar((Para((Text(SENTENCE),)),), _sidebar(6))
    following = (Heading(2, (Text("Section"),)), Table((Row((Cell((Text("a"),)),)),)))
    result = borrow(node, following, Style(), WIDTHS, PAD)
    assert result.taken == 0 and len(result.node.main) == 1


def test_the_word_file_puts_borrowed_blocks_beside_the_box_and_the_rest_below(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    node = WithSidebar((Para((Text("Main text."),)),), _sidebar(6))
    body = (node, Heading(2, (Text("Section"),)), _bullets(30), Para((Text("After."),)))
    data = write_docx(replace(job, document=replace(job.document, body=body)))
    doc = docx.Document(io.BytesIO(data))
    main_cell = doc.tables[0].rows[0].cells[0]
    assert "Section" in main_cell.text and "0. Cambodia" in main_cell.text
    below = [p.text for p in doc.paragraphs]
    assert "29. " + SENTENCE in below and below[-1] == "After."
    assert "Section" not in below
    assert doc.element.body.find(qn("w:tbl")) is not None
