"""Assemble a reader's extracted blocks into the "text as read" with exact paragraph spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from ..model import Paragraph
from .decode import blank_controls
from .limits import TextBudget
from .paragraphs import build_paragraphs

_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")

#: Between two blocks in the text as read.
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or heading a reader extracted, before it is placed in the text."""

    text: str
    """The block's text."""
    heading: bool = False
    """True for a section heading."""


def clean_block_text(text: str) -> str:
    """Blank controls, collapse runs of spaces, keep single line breaks, trim: the form blocks are stored in."""
    return _NEWLINES.sub("\n", _SPACES.sub(" ", blank_controls(text))).strip()


def assemble(
    blocks: Iterable[Block], judge_headings: bool = False, budget: TextBudget | None = None
) -> tuple[str, tuple[Paragraph, ...]]:
    """Join non-empty blocks with blank lines; returns the text and its paragraphs with exact spans.

    Headings are the blocks marked so, or with ``judge_headings`` the lines that read like headings.
    With a ``budget``, blocks are taken only while the text stays within the source limit.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    headings: set[int] = set()
    offset = 0
    for block in blocks:
        body = clean_block_text(block.text)
        if not body:
            continue
        if budget is not None:
            budget.spend(len(body) + (len(BLOCK_SEPARATOR) if parts else 0))
        if parts:
            parts.append(BLOCK_SEPARATOR)
            offset += len(BLOCK_SEPARATOR)
        if block.heading:
            headings.add(len(spans))
        spans.append((offset, offset + len(body)))
        parts.append(body)
        offset += len(body)
    text = "".join(parts)
    return text, build_paragraphs(text, spans, None if judge_headings else headings)


def iso_date(value: date | datetime | None) -> str | None:
    """``YYYY-MM-DD`` for a date or datetime, None when absent."""
    if value is None:
        return None
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
