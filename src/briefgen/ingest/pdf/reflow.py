"""Rebuild paragraphs from PDF lines: where a paragraph breaks, how its lines join, which are headings."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...resources import word_list
from ..blocks import Block
from .lines import Line

#: A line pitch this much over the usual one for its font size is a paragraph gap.
GAP_FACTOR = 1.2
#: Text this much larger than the body text is a heading (when it reads like one).
HEADING_SCALE = 1.12
_HYPHENS = "-\u2010"
_DASHES = _HYPHENS + "\u2013\u2014"
_SOFT_HYPHEN = "\u00ad"
_CLOSERS = "\"'”’)]"
_MAX_HEADING_LINES = 4
_MAX_HEADING_WORDS = 25
# Words start only where a letter run starts, and letter runs never backtrack, so a long run of
# letters (text drawn without spaces) is scanned once, not once per letter.
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]++)+")
_TAIL_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]++(?:-[^\W\d_]++)*)-$")
_HEAD_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Reflowed:
    """Rebuilt paragraphs, and whether the PDF's fonts marked headings at all."""

    blocks: tuple[Block, ...]
    """Paragraphs and headings in reading order."""
    styled: bool
    """True when headings were recognised by font size or weight (else judge them from the text)."""


def reflow(pages: Sequence[Sequence[Line]]) -> Reflowed:
    """Group lines into paragraphs, join them undoing line-end hyphenation, and mark headings."""
    lines = [line for page in pages for line in page]
    if not lines:
        return Reflowed((), styled=False)
    layout = _Layout(pages)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not layout.breaks(groups[-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    vocabulary = {w.lower() for line in lines for w in _HYPHENATED.findall(line.text)}
    texts = [join_lines([line.text for line in group], vocabulary) for group in groups]
    flags = [layout.is_heading(group, text) for group, text in zip(groups, texts, strict=True)]
    return Reflowed(tuple(Block(t, f) for t, f in zip(texts, flags, strict=True)), styled=any(flags))


def join_lines(lines: Sequence[str], vocabulary: frozenset[str] | set[str] = frozenset()) -> str:
    """Join a paragraph's lines with spaces, undoing hyphenation at line ends.

    A soft hyphen always goes. A hyphen between letters goes when the next line starts in lower case
    and the hyphenated word does not occur elsewhere in the document (``vocabulary``); it stays,
    without a space, before a capital or digit (``Indo-`` + ``Pacific``) or after a non-letter (``U.S.-``),
    and with a space before a word such as ``and`` (``small-`` + ``and medium-sized``).
    """
    text = ""
    for line in lines:
        text = _join(text, line, vocabulary) if text else line
    return text


def _join(left: str, right: str, vocabulary: frozenset[str] | set[str]) -> str:
    last = left[-1]
    if last == _SOFT_HYPHEN:
        return left[:-1] + right
    if last not in _DASHES or len(left) < 2 or left[-2].isspace():
        return f"{left} {right}"
    if last in _HYPHENS and left[-2].isalpha() and right[:1].isalpha() and right[0].islower():
        tail, head = _TAIL_WORD.search(left), _HEAD_WORD.match(right)
        if head and head.group(0) in word_list("pdf_suspended_hyphen_words.txt"):
            return f"{left} {right}"
        compound = f"{tail.group(1)}-{head.group(0)}".lower() if tail and head else ""
        if compound not in vocabulary and "-" not in (tail.group(1) if tail else ""):
            return left[:-1] + right
    return left + right


class _Layout:
    """Measurements of the document's text: body font size, usual line pitch, column right edges."""

    def __init__(self, pages: Sequence[Sequence[Line]]) -> None:
        lines = [line for page in pages for line in page]
        weights: Counter[float] = Counter()
        for line in lines:
            weights[round(line.size, 1)] += len(line.text)
        self.body_size = weights.most_common(1)[0][0]
        self._page_body = [[line for line in page if self._is_body(line)] for page in pages]
        self._body = [line for page in self._page_body for line in page]
        self._pitches = _usual_pitches(pages)
        self._edges: dict[tuple[int, int, int, int], float] = {}

    def _is_body(self, line: Line) -> bool:
        return abs(line.size - self.body_size) < 0.6 and not line.bold

    def pitch(self, size: float) -> float:
        """The usual distance from one line's top to the next for a font size."""
        return self._pitches.get(round(size), size * 1.25)

    def right_edge(self, line: Line, start: float) -> float:
        """The right edge of the text block of a line (or row of fragments) starting at ``start``: the
        furthest end of body lines beside it that do not start further left (so an indented quotation
        has its own, nearer edge)."""
        key = (line.page, round(start), round(line.x1), round(line.size))
        if key not in self._edges:

            def beside(other: Line) -> bool:
                return other.x0 < line.x1 and other.x1 > start and other.x0 >= start - 0.5 * line.size

            page = [b for b in self._page_body[line.page] if beside(b)]
            pool = page if len(page) >= 3 else [b for b in self._body if beside(b)]
            self._edges[key] = max([line.x1, *(b.x1 for b in pool)])
        return self._edges[key]

    def breaks(self, group: list[Line], line: Line) -> bool:
        """True when ``line`` starts a new paragraph after the lines in ``group``."""
        prev = group[-1]
        if line.item or abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
            return True
        if line.page == prev.page and _same_row(line, prev) and line.x0 >= prev.x1 - 1:
            return False  # a line split by wide justified spaces, or the next cell of a table row
        # The row ``prev`` ends: one line, or fragments of a line split by wide spaces.
        row = [other for other in group if other.page == prev.page and _same_row(other, prev)]
        start = min(other.x0 for other in row)
        below = line.page == prev.page and line.top > prev.top + 0.5 * prev.height and _overlaps(line, prev)
        if below:
            if line.top - prev.top > self.pitch(prev.size) * GAP_FACTOR:
                return True
            if self._is_body(line) and _indent_break(line, start, row[0].item, len(group) > len(row)):
                return True
        room = self.right_edge(prev, start) - prev.x1
        return 0 < line.first_word + 0.25 * prev.size < room

    def is_heading(self, group: list[Line], text: str) -> bool:
        """True for a short paragraph in larger or bold type that does not end like a sentence."""
        if len(group) > _MAX_HEADING_LINES or len(text.split()) > _MAX_HEADING_WORDS or group[0].item:
            return False
        if text.rstrip(_CLOSERS)[-1:] in ".,;:":
            return False
        larger = min(line.size for line in group) > self.body_size * HEADING_SCALE
        return larger or all(line.bold for line in group)


def _indent_break(line: Line, start: float, item: bool, continued: bool) -> bool:
    """A first-line indent after a row starting at ``start``, or an outdent after a paragraph's
    continuation lines (``continued``) or after a list item's first line."""
    step = 0.5 * line.size
    if line.x0 > start + step:
        return True
    return line.x0 < start - step and (continued or item)


def _same_row(a: Line, b: Line) -> bool:
    return abs(a.top - b.top) < 0.3 * min(a.size, b.size)


def _overlaps(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and a.x1 > b.x0


def _usual_pitches(pages: Sequence[Sequence[Line]]) -> dict[int, float]:
    """The most common top-to-top distance between consecutive lines, per rounded font size."""
    seen: dict[int, Counter[float]] = {}
    for page in pages:
        for prev, line in itertools.pairwise(page):
            pitch = line.top - prev.top
            if abs(line.size - prev.size) < 0.3 and 0.8 * prev.size < pitch < 3 * prev.size and _overlaps(line, prev):
                seen.setdefault(round(prev.size), Counter())[round(pitch * 2) / 2] += 1
    return {size: min(p for p, n in c.items() if n == max(c.values())) for size, c in seen.items()}
