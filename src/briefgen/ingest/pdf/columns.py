"""Reading order on a page: find column gutters, then read each column top to bottom, row by row.

A gutter is a vertical strip of white space that at most a few lines (titles, footers, spanning
headings) cross, with a good share of the page's lines wholly on each side. Lines that cross a
gutter span the columns: the columns above such a line are read before it, those below after it.
"""

from __future__ import annotations

import itertools
from collections import Counter

from .lines import Line

#: Share of a page's lines that may cross a gutter (full-width titles, footers).
MAX_CROSSING = 0.1
#: Share of a page's lines that must lie wholly on each side of a gutter.
MIN_SIDE = 0.15
#: Narrowest gutter, in multiples of the page's body font size.
MIN_GUTTER = 1.0
#: Widest span of text searched for gutters, in points: the largest page PDF allows (200 inches).
MAX_WIDTH = 14_400
_ROW_TOLERANCE = 0.3


def reading_order(lines: list[Line]) -> list[Line]:
    """The page's lines in reading order: column by column, top to bottom, left to right in a row."""
    if len(lines) < 2:
        return list(lines)
    bands = _bands(lines)
    ordered: list[Line] = []
    pending: list[list[Line]] = [[] for _ in bands]
    for line in sorted(lines, key=lambda item: item.top):
        column = _column(line, bands)
        if column is None:
            _flush(pending, ordered)
            ordered.append(line)
        else:
            pending[column].append(line)
    _flush(pending, ordered)
    return ordered


def _flush(pending: list[list[Line]], ordered: list[Line]) -> None:
    for column in pending:
        ordered.extend(_rows(column))
        column.clear()


def _rows(lines: list[Line]) -> list[Line]:
    """Lines sorted top to bottom; lines on the same row (e.g. split by wide justified spaces) left to right."""
    result: list[Line] = []
    row: list[Line] = []
    for line in lines:
        if row and abs(line.top - row[0].top) > _ROW_TOLERANCE * row[0].size:
            result.extend(sorted(row, key=lambda item: item.x0))
            row = []
        row.append(line)
    result.extend(sorted(row, key=lambda item: item.x0))
    return result


def _bands(lines: list[Line]) -> list[tuple[float, float]]:
    """Column extents between the page's gutters (one band when there is no gutter)."""
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    min_width = MIN_GUTTER * sizes.most_common(1)[0][0]
    width = int(right - left) + 1
    if width > MAX_WIDTH:  # text drawn far off the page: no columns worth finding
        return [(left, right)]
    cover = [0] * width
    for line in lines:
        for x in range(max(0, int(line.x0 - left)), min(width, int(line.x1 - left) + 1)):
            cover[x] += 1
    allowed = MAX_CROSSING * len(lines)
    cuts: list[float] = []
    start: int | None = None
    for x in range(width + 1):
        open_strip = x < width and cover[x] <= allowed
        if open_strip and start is None:
            start = x
        elif not open_strip and start is not None:
            if x - start >= min_width and _splits(lines, left + start, left + x):
                cuts.append(left + (start + x) / 2)
            start = None
    edges = [left, *cuts, right]
    return list(itertools.pairwise(edges))


def _splits(lines: list[Line], gap_start: float, gap_end: float) -> bool:
    before = sum(1 for line in lines if line.x1 <= gap_start + 1)
    after = sum(1 for line in lines if line.x0 >= gap_end - 1)
    return min(before, after) >= MIN_SIDE * len(lines)


def _column(line: Line, bands: list[tuple[float, float]]) -> int | None:
    for index, (start, end) in enumerate(bands):
        if line.x0 >= start - 1 and line.x1 <= end + 1:
            return index
    return None
