"""A short main column beside the sidebar borrows the blocks that follow it, as the PDF's float does.

Word cannot flow text around a table cell, so the page-1 sidebar is a two-cell row: whatever is
not in the left cell starts below the shaded box, leaving a gap when the left cell is short. Block
heights are estimated here (text measured with the brief's font, wrapped greedily, with the style
sheet's sizes and spacing) and following headings, paragraphs and bullet items move into the left
cell until it is about as tall as the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.utils import simpleSplit

from ...document import Block, Heading, ListBlock, Para, WithSidebar, plain_text
from ...style import Style
from ..pdf.fonts import resolve_family
from .styles import SHEET, StyleSpec, para_style

#: A Word line's height as a share of font size × line spacing (ascent + descent of common sans fonts).
LINE_FACTOR = 1.17
#: The left cell may end this share of the box's height below it (a block is moved whole).
OVERSHOOT = 0.08
_LIST_INDENT_PT = 18.0
_HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2"}
_BOX_HEADING = "Sidebar Heading"


@dataclass(frozen=True, slots=True)
class Borrowed:
    """The sidebar layout after borrowing: its node, how many following blocks it took, and what is left."""

    node: WithSidebar
    """The layout with the borrowed blocks at the end of its main column."""
    taken: int
    """Number of following blocks moved (wholly or, for the last, partly) into the main column."""
    rest: tuple[Block, ...]
    """The remainder of a list split at the box's bottom edge, to render right after the layout."""


@cache
def _spec(name: str) -> StyleSpec:
    """The style sheet entry called ``name`` (Normal when the sheet has none)."""
    found = {spec.name: spec for spec in SHEET}
    return found.get(name, found["Normal"])


def _para_height(text: str, name: str, width: float, style: Style) -> float:
    """Estimated height, points, of ``text`` set in style ``name`` in a column ``width`` points wide."""
    spec, normal = _spec(name), _spec("Normal")
    size = getattr(style, spec.size) * spec.scale if spec.size else style.body_size
    if spec.line:  # a multiple of the font's own line height
        line = size * LINE_FACTOR * spec.line
    else:  # at least size × line_spacing (Normal's, unless the style sets its own)
        line = max(size * LINE_FACTOR, (size if spec.line == 0 else style.body_size) * style.line_spacing)
    face = resolve_family(style.heading_font if spec.font == "heading" else style.body_font)
    indent = (spec.indent or 0.0) * 72 / 25.4
    lines = max(1, len(simpleSplit(" ".join(text.split()), face.regular, size, max(width - indent, size))))
    before = spec.before if spec.before is not None else (normal.before or 0.0)
    after = spec.after if spec.after is not None else (normal.after or 0.0)
    return lines * line + before + after


def block_height(block: Block, width: float, style: Style, boxed: bool = False) -> float:
    """Estimated height of a block that reflows (headings, paragraphs, lists); 0 for others."""
    if isinstance(block, Heading):
        name = _BOX_HEADING if boxed else _HEADING_STYLES[min(max(block.level, 1), 3)]
        return _para_height(plain_text(block.children), name, width, style)
    if isinstance(block, Para):
        return _para_height(plain_text(block.children), para_style(block.classes), width, style)
    if isinstance(block, ListBlock):
        return sum(_item_height(block, index, width, style) for index in range(len(block.items)))
    return 0.0


def _item_height(block: ListBlock, index: int, width: float, style: Style) -> float:
    """Estimated height of one list item."""
    item = block.items[index]
    name = "List Number" if block.ordered else "List Bullet"
    own = _para_height(plain_text(item.children), name, width - _LIST_INDENT_PT, style)
    return own + sum(block_height(b, width - _LIST_INDENT_PT, style) for b in item.blocks)


def reflows(block: Block) -> bool:
    """True for blocks that re-wrap to any width and whose height can be estimated."""
    if isinstance(block, (Heading, Para)):
        return True
    if isinstance(block, ListBlock):
        return all(reflows(child) for item in block.items for child in item.blocks)
    return False


def borrow(
    node: WithSidebar, following: tuple[Block, ...], style: Style, widths: tuple[float, float], pad: float
) -> Borrowed:
    """Move following blocks into the main column while it is shorter than the box (main and box widths, pt)."""
    main_w, box_w = widths
    box_h = sum(block_height(b, box_w - 2 * pad, style, boxed=True) for b in node.sidebar.children) + 2 * pad
    used = sum(block_height(b, main_w, style) for b in node.main)
    moved: list[Block] = []
    rest: tuple[Block, ...] = ()
    while used < box_h and len(moved) < len(following):
        block = following[len(moved)]
        if not reflows(block):
            break
        height = block_height(block, main_w, style)
        if used + height <= box_h * (1 + OVERSHOOT) or isinstance(block, Heading):
            moved.append(block)
            used += height
            continue
        if isinstance(block, ListBlock) and not block.ordered:
            count = _items_that_fit(block, box_h * (1 + OVERSHOOT) - used, main_w, style)
            if count:
                moved.append(ListBlock(False, block.items[:count], block.classes))
                rest = (ListBlock(False, block.items[count:], block.classes),)
        break
    # A heading must not end the column while its content starts below the box.
    while moved and isinstance(moved[-1], Heading):
        moved.pop()
    return Borrowed(WithSidebar((*node.main, *moved), node.sidebar), len(moved), rest)


def _items_that_fit(block: ListBlock, room: float, width: float, style: Style) -> int:
    """How many leading items of a list fit in ``room`` points (0 when not even one, or when all do)."""
    used = 0.0
    for index in range(len(block.items)):
        used += _item_height(block, index, width, style)
        if used > room:
            return index
    return 0
