"""Text lines of a laid-out PDF page, with the geometry and font facts paragraph rebuilding needs."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pdfminer.layout import LTAnno, LTChar, LTComponent, LTPage, LTTextBox, LTTextLineHorizontal

# Glyphs that open a list item; U+F0xx are the Symbol/Wingdings private-use bullets Word and
# LibreOffice emit.
_BULLETS = frozenset("•◦▪▫‣∙●○■□◆◇►▸➢➤✓✔⁃") | frozenset(chr(c) for c in range(0xF000, 0xF100))
_BOLD_MARKS = ("bold", "black", "heavy", "semibold", "demibold")
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_CID = re.compile(r"\(cid:\d+\)")
#: Stands for a glyph the PDF's font does not map to any character.
UNMAPPED = "\ufffd"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page; coordinates in points, ``top``/``bottom`` measured from the page top."""

    page: int
    """0-based page number."""
    text: str
    """The line's text, spaces collapsed, list marker removed."""
    x0: float
    """Left edge of the text (after any list marker)."""
    x1: float
    """Right edge of the text."""
    top: float
    """Distance of the line's top from the page top."""
    bottom: float
    """Distance of the line's bottom from the page top."""
    size: float
    """Median font size of its characters."""
    bold: bool
    """True when most characters are in a bold face."""
    first_word: float
    """Width of the first word, to judge whether it would have fitted on the line before."""
    item: bool = False
    """True when the line starts a list item (a bullet glyph was removed)."""

    @property
    def height(self) -> float:
        """Line height."""
        return self.bottom - self.top


def page_lines(page: LTPage, number: int) -> list[Line]:
    """The page's text lines as pdfminer found them, bullet glyph lines folded into their items."""
    lines = [line for component in page for line in _lines(component, number, page.height)]
    markers = [line for line in lines if _is_marker(line.text)]
    result = []
    for line in lines:
        if _is_marker(line.text):
            continue
        if any(_same_row(marker, line) and marker.x1 <= line.x0 + 1 for marker in markers):
            line = replace(line, item=True)
        result.append(line)
    return result


def _lines(component: LTComponent, number: int, height: float) -> Iterator[Line]:
    if isinstance(component, LTTextBox):
        for child in component:
            if isinstance(child, LTTextLineHorizontal):
                line = _line(child, number, height)
                if line is not None:
                    yield line


def _line(source: LTTextLineHorizontal, number: int, height: float) -> Line | None:
    items = [item for item in source if isinstance(item, LTChar | LTAnno)]
    text = _CID.sub(UNMAPPED, "".join(_LIGATURES.get(ch, ch) for item in items for ch in item.get_text()))
    chars = [item for item in items if isinstance(item, LTChar) and not item.get_text().isspace()]
    if not chars:
        return None
    item = False
    stripped = text.lstrip()
    if len(stripped) > 2 and stripped[0] in _BULLETS and stripped[1].isspace():
        text, chars, item = stripped[1:], chars[1:], True
    words = " ".join(text.split())
    if not words or not chars:
        return None
    return Line(
        page=number,
        text=words,
        x0=chars[0].x0,
        x1=max(c.x1 for c in chars),
        top=height - source.y1,
        bottom=height - source.y0,
        size=statistics.median(c.size for c in chars),
        bold=sum(_is_bold(c.fontname) for c in chars) * 2 > len(chars),
        first_word=_first_word_width(items),
        item=item,
    )


def _first_word_width(items: list[LTChar | LTAnno]) -> float:
    start: LTChar | None = None
    end: LTChar | None = None
    for item in items:
        blank = item.get_text().isspace()
        if start is None:
            if isinstance(item, LTChar) and not blank:
                start = end = item
        elif blank:
            break
        elif isinstance(item, LTChar):
            end = item
    return end.x1 - start.x0 if start is not None and end is not None else 0.0


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in _BOLD_MARKS)


def _is_marker(text: str) -> bool:
    return len(text) == 1 and text in _BULLETS


def _same_row(a: Line, b: Line) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.height, b.height)
