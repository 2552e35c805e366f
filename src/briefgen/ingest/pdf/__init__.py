"""Reader for PDF files: the text layer, paragraphs rebuilt across lines and pages, furniture dropped."""

from __future__ import annotations

from pathlib import Path

from ...errors import IngestError
from ..blocks import assemble
from ..decode import DEFAULT_MAX_BYTES
from ..limits import TextBudget
from ..source import RawSource
from .columns import reading_order
from .document import laid_out_pages, open_pdf, pdf_metadata
from .furniture import drop_furniture
from .lines import UNMAPPED, Line, page_lines
from .reflow import reflow

__all__ = ["read_pdf"]

# Fewer visible characters than this per page, on average, means the pages are images.
_MIN_CHARS_PER_PAGE = 5


def read_pdf(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """A PDF's text layer as paragraphs; metadata from its document information."""
    document = open_pdf(path, data)
    budget = TextBudget(path, max_bytes)
    pages: list[list[Line]] = []
    for number, page in enumerate(laid_out_pages(path, document)):
        lines = page_lines(page, number)
        budget.spend(sum(len(line.text) for line in lines))
        pages.append(reading_order(lines))
    visible = sum(len(line.text) for lines in pages for line in lines)
    if visible < _MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise IngestError(f"{path}: the PDF has no text layer (scanned pages?); run OCR first")
    unmapped = sum(line.text.count(UNMAPPED) for lines in pages for line in lines)
    if unmapped * 10 > visible:
        raise IngestError(f"{path}: the PDF's fonts do not map to text; run OCR or re-export the PDF")
    flowed = reflow(drop_furniture(pages))
    text, paragraphs = assemble(flowed.blocks, judge_headings=not flowed.styled, budget=TextBudget(path, max_bytes))
    metadata = pdf_metadata(document)
    if not metadata.title and paragraphs and paragraphs[0].heading:
        metadata = metadata.with_title(paragraphs[0].text)
    return RawSource(text, paragraphs, "pdf", "utf-8", metadata)
