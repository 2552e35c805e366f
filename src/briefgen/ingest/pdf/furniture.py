"""Drop page furniture: running headers and footers repeated across pages, and page numbers.

A line at a page's top or bottom edge is furniture when it is a bare page number, when the same
text (numbers aside) stands at the same height on another page's edge (running heads that change
per chapter), or when it repeats at the edge of most pages wherever it stands.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .lines import Line

#: How many line positions at the top and at the bottom of a page may hold furniture.
EDGE_LINES = 2
#: Share of pages a line must repeat on to count as a running header or footer.
REPEAT_SHARE = 0.5

_DIGITS = re.compile(r"\d+")
_ROMAN = r"(?=[ivxlc])(?:c[dm]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})"
_PAGE_NUMBER = re.compile(
    rf"[\W_]*(?:(?:page|p\.|pg\.?)\s*)?(?:\d{{1,4}}|{_ROMAN})(?:\s*(?:of|/|from)\s*\d{{1,4}})?[\W_]*",
    re.IGNORECASE,
)


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without lines at their top or bottom edge that repeat on most pages or are page numbers."""
    edges = [_edge_lines(lines) for lines in pages]
    anywhere: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    for edge in edges:
        anywhere.update({_key(line.text) for line in edge})
        placed.update({(_key(line.text), _height(line)) for line in edge})
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))

    def furniture(line: Line) -> bool:
        key = _key(line.text)
        return is_page_number(line.text) or anywhere[key] >= needed or placed[key, _height(line)] >= 2

    kept = []
    for lines, edge in zip(pages, edges, strict=True):
        drop = {id(line) for line in edge if furniture(line)}
        kept.append([line for line in lines if id(line) not in drop])
    return kept


def is_page_number(text: str) -> bool:
    """True for a bare page number: ``7``, ``- 7 -``, ``Page 7 of 12``, ``7/12``, ``vii``."""
    return _PAGE_NUMBER.fullmatch(text.strip()) is not None


def _edge_lines(lines: list[Line]) -> list[Line]:
    """Lines on the page's first and last ``EDGE_LINES`` distinct rows."""
    rows = sorted({round(line.top) for line in lines})
    edge_rows = set(rows[:EDGE_LINES]) | set(rows[-EDGE_LINES:])
    return [line for line in lines if round(line.top) in edge_rows]


def _height(line: Line) -> int:
    """The line's height on the page in 2-point steps, so the same running head matches across pages."""
    return round(line.top / 2)


def _key(text: str) -> str:
    """Compare furniture lines ignoring case, spacing and numbers (``Page 3`` ~ ``Page 4``)."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))
