"""Headings that add a PDF outline (bookmark) entry where they are drawn, even inside table cells."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from .breaks import BreakingParagraph


@dataclass(frozen=True, slots=True)
class OutlineMark:
    """An outline entry: its title, destination key and nesting level (0 = top)."""

    title: str
    """Text shown in the viewer's outline pane."""
    key: str
    """Destination name, unique within the document."""
    level: int
    """0 for sections, 1 for their sub-sections."""


class OutlinedParagraph(BreakingParagraph):
    """A heading paragraph that registers its outline entry when drawn."""

    outline: OutlineMark | None = None

    def draw(self) -> None:
        """Bookmark the heading's top edge, add the outline entry, then draw the text."""
        mark = self.outline
        if mark is not None:
            self.canv.bookmarkHorizontal(mark.key, 0, self.height)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=False)
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split as a paragraph does, keeping the outline entry on the first part."""
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            part.outline = self.outline if index == 0 else None
        return parts


def outlined(markup: str, style: ParagraphStyle, mark: OutlineMark | None) -> Any:
    """A heading paragraph carrying ``mark`` (or none)."""
    para = OutlinedParagraph(markup, style)
    para.outline = mark
    return para


class OutlineLevels:
    """Assigns outline levels in document order so a level never jumps by more than one."""

    def __init__(self) -> None:
        """No sections seen yet."""
        self._sections = 0
        self._count = 0

    def mark(self, title: str, level: int) -> OutlineMark:
        """The entry of a heading of ``level`` (2 or 3) titled ``title``."""
        self._count += 1
        key = f"outline-{self._count}"
        if level <= 2 or self._sections == 0:
            self._sections += 1
            return OutlineMark(title, key, 0)
        return OutlineMark(title, key, 1)
