"""The document tree's blocks to platypus flowables: headings, lists, quotes, boxes, sidebar, charts."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, ListFlowable, Spacer
from reportlab.platypus import ListItem as RLListItem

from ...document import (
    Aside,
    Block,
    BlockQuote,
    Document,
    FigureBlock,
    Heading,
    ListBlock,
    ListItem,
    Para,
    Rule,
    Table,
    WithSidebar,
    plain_text,
)
from ...style import Style
from . import sidebar
from .breaks import BreakingParagraph
from .chart import bar_chart, chart_width
from .chunks import para_pieces, table_pieces
from .inline import InlineMarkup
from .keep import keep_headings_with_starts
from .outline import OutlineLevels, outlined
from .styles import Styles
from .tables import MeasuredTable, build_table

_MM = 72 / 25.4
_BOX_PAD = 8.0


def anchor_ids(document: Document) -> frozenset[str]:
    """Every id in the document that an internal link may target."""
    return frozenset(_ids(document.body))


def _ids(blocks: tuple[Block, ...]) -> Iterator[str]:
    """The ids of ``blocks`` and of the blocks inside them (a module function: a recursive closure would be a
    reference cycle left to the garbage collector)."""
    for block in blocks:
        if isinstance(block, (Heading, Para)) and block.id:
            yield block.id
        elif isinstance(block, ListBlock):
            for item in block.items:
                if item.id:
                    yield item.id
                yield from _ids(item.blocks)
        elif isinstance(block, (BlockQuote, Aside, FigureBlock)):
            yield from _ids(block.children)
        elif isinstance(block, WithSidebar):
            yield from _ids(block.main)
            yield from _ids(block.sidebar.children)


def _padding(left: float, right: float, top: float, bottom: float) -> list[tuple[object, ...]]:
    """Cell padding commands for a one-cell table."""
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


class FlowBuilder:
    """Builds the flowables of one rendering pass (outline levels are counted per pass)."""

    def __init__(self, styles: Styles, markup: InlineMarkup, style: Style) -> None:
        """Styles, inline markup writer and the format's settings."""
        self.styles = styles
        self.markup = markup
        self.style = style
        self.levels = OutlineLevels()

    def story(self, document: Document, width: float) -> list[Flowable]:
        """The body's flowables; boxes move to the next page whole unless taller than a page.

        (KeepTogether only works at the top level: inside a table cell it cannot be split.)
        """
        page = (self.style.page_mm[1] - self.style.margin_top - self.style.margin_bottom) * _MM
        flow = keep_headings_with_starts(self.blocks(document.body, width), width, page)
        return [KeepTogether([f]) if getattr(f, "keep_whole", False) else f for f in flow]

    def blocks(self, blocks: tuple[Block, ...], width: float, boxed: bool = False) -> list[Flowable]:
        """Flowables of ``blocks`` laid out ``width`` points wide (``boxed``: inside a shaded box)."""
        out: list[Flowable] = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            index += 1
            if isinstance(block, WithSidebar):
                flow, taken = self.with_sidebar(block, width, blocks[index:])
                out.extend(flow)
                index += taken
            else:
                out.extend(self.block(block, width, boxed))
        return out

    def block(self, block: Block, width: float, boxed: bool) -> list[Flowable]:
        """Flowables of one block."""
        if isinstance(block, Heading):
            return [self.heading(block, boxed)]
        if isinstance(block, Para):
            return [self.para(piece, width, boxed) for piece in para_pieces(block)]
        if isinstance(block, ListBlock):
            return [self.list_block(block, width)] if block.items else []
        if isinstance(block, BlockQuote):
            return [self.quote(block, width)]
        if isinstance(block, Table):
            return self.table(block, width)
        if isinstance(block, Aside):
            return [self.aside(block, width)]
        if isinstance(block, FigureBlock):
            return self.figure(block, width, boxed)
        if isinstance(block, Rule):
            return [
                HRFlowable(width="100%", thickness=0.6, color=self.styles.palette.grid, spaceBefore=6, spaceAfter=6)
            ]
        if isinstance(block, WithSidebar):
            return self.with_sidebar(block, width, ())[0]
        raise TypeError(f"not a block node: {block!r}")  # pragma: no cover - closed union

    def table(self, node: Table, width: float) -> list[Flowable]:
        """A table; a very long one as consecutive tables with no space between (see ``chunks``)."""
        header = bool(node.rows) and all(c.header for c in node.rows[0].cells)
        tables = [t for t in (build_table(p, width, self.styles, self.markup) for p in table_pieces(node, header)) if t]
        for before, after in itertools.pairwise(tables):
            before.spaceAfter = after.spaceBefore = 0
        return list(tables)

    def heading(self, node: Heading, boxed: bool) -> Flowable:
        """A title, section or sub-section heading; sections outside boxes get an outline entry."""
        s = self.styles
        if node.level <= 1:
            return BreakingParagraph(self.markup.markup(node.children, s.title, node.id), s.title)
        style = s.box_heading if boxed else s.h2 if node.level == 2 else s.h3
        title = " ".join(plain_text(node.children).split())
        mark = self.levels.mark(title, node.level) if title and not boxed else None
        return outlined(self.markup.markup(node.children, style, node.id), style, mark)

    def para(self, node: Para, width: float, boxed: bool) -> Flowable:
        """A paragraph in its class's style; a ``bluf`` paragraph outside a box gets an accent bar."""
        style = self.styles.for_para(node.classes)
        para = BreakingParagraph(self.markup.markup(node.children, style, node.id), style)
        if "bluf" in node.classes and not boxed:
            return self._accent_box([para], width, self.styles.palette.accent)
        return para

    def _box(self, content: list[Flowable], width: float, commands: list[tuple[object, ...]]) -> Any:
        """A one-cell table holding ``content``, styled by ``commands``."""
        base = [self.styles.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        box = MeasuredTable([[content]], colWidths=[width], style=[*base, *commands], splitInRow=1, hAlign="LEFT")
        box.spaceBefore = box.spaceAfter = self.styles.body_size * 0.6
        box.keep_whole = True
        return box

    def _accent_box(self, content: list[Flowable], width: float, colour: Color, line: float = 3.0) -> Any:
        """Content set off by a vertical bar on its left."""
        commands = [*_padding(10, 0, 2, 2), ("LINEBEFORE", (0, 0), (0, -1), line, colour)]
        return self._box(content, width, commands)

    def list_block(self, node: ListBlock, width: float) -> Flowable:
        """A bulleted or numbered list; nested blocks stay inside their item."""
        s = self.styles
        item_style = s.classes["note"] if "sources" in node.classes else s.item
        indent = item_style.fontSize * 1.6
        items = [self._item(item, item_style, width - indent) for item in node.items]
        common: dict[str, Any] = {
            "bulletFontName": s.body_family.regular,
            "bulletFontSize": item_style.fontSize,
            "bulletColor": s.palette.accent,
            "leftIndent": indent,
            "spaceBefore": 2,
            "spaceAfter": s.body_size * 0.5,
        }
        if node.ordered:
            return ListFlowable(items, bulletType="1", bulletFormat="%s.", **common)
        return ListFlowable(items, bulletType="bullet", start="•", **common)

    def _item(self, item: ListItem, style: ParagraphStyle, width: float) -> Any:
        """One list item: its text, then its nested blocks."""
        flow: list[Flowable] = [BreakingParagraph(self.markup.markup(item.children, style, item.id), style)]
        flow.extend(self.blocks(item.blocks, width))
        return RLListItem(flow)

    def quote(self, node: BlockQuote, width: float) -> Flowable:
        """A pull quote (large italic, accent bar) or an ordinary indented quotation."""
        s = self.styles
        pull = "pull" in node.classes
        default = s.pull if pull else s.quote
        content: list[Flowable] = []
        for child in node.children:
            if isinstance(child, Para):
                style = s.for_para(child.classes, default)
                content.append(BreakingParagraph(self.markup.markup(child.children, style, child.id), style))
            else:
                content.extend(self.block(child, width - 12, False))
        colour = s.palette.accent if pull else s.palette.grid
        return self._accent_box(content, width, colour, 3.0 if pull else 1.5)

    def _box_content(self, node: Aside, width: float) -> list[Flowable]:
        """The blocks of an aside, laid out inside its padding."""
        return self.blocks(node.children, width - 2 * _BOX_PAD, boxed=True) or [Spacer(1, 1)]

    def aside(self, node: Aside, width: float) -> Flowable:
        """A full-width shaded box (a callout, or a sidebar with nothing to sit beside)."""
        commands = [
            *_padding(_BOX_PAD, _BOX_PAD, _BOX_PAD, _BOX_PAD),
            ("BACKGROUND", (0, 0), (-1, -1), self.styles.palette.shade),
        ]
        if "bluf" in node.classes:
            commands.append(("LINEBEFORE", (0, 0), (0, -1), 3.0, self.styles.palette.accent))
        return self._box(self._box_content(node, width), width, commands)

    def figure(self, node: FigureBlock, width: float, boxed: bool) -> list[Flowable]:
        """A bar chart with its caption, or the figure's own blocks when it has no bars."""
        s = self.styles
        if not node.bars:
            flow = self.blocks(node.children, width, boxed)
            if node.caption:
                flow.append(BreakingParagraph(self.markup.text(node.caption, s.caption.fontName), s.caption))
            return flow
        flow = []
        if node.caption:
            flow.append(BreakingParagraph(self.markup.text(node.caption, s.caption.fontName), s.caption))
        flow.extend(bar_chart(node.bars, chart_width(width), s, self.markup.missing))
        # A one-cell table, not KeepTogether: it must also work inside boxes and beside the sidebar.
        return [self._box(flow, width, _padding(0, 0, 0, 0))]

    def with_sidebar(self, node: WithSidebar, width: float, following: tuple[Block, ...]) -> tuple[list[Flowable], int]:
        """The key-figure box with main blocks beside it, and how many following blocks moved up beside it."""
        # A short main column borrows the text that follows, as a CSS float would.
        side_w = min(self.style.sidebar_width * _MM, width * 0.45)
        main_w = width - side_w - sidebar.GAP
        box = self.blocks(node.sidebar.children, side_w - 2 * sidebar.PAD, boxed=True) or [Spacer(1, 1)]
        height = sidebar.box_height(box, side_w - 2 * sidebar.PAD)
        column = sidebar.Column()
        rest = sidebar.fill_beside(column, self.blocks(node.main, main_w), main_w, height)
        taken = 0
        while not rest and column.used < height:
            group = _reflowing_group(following[taken:])
            if not group:
                break
            rest = sidebar.fill_beside(column, self.blocks(group, main_w), main_w, height)
            taken += len(group)
        table = sidebar.beside(column.blocks, box, (width - side_w, side_w), self.styles)
        table.keep_whole = True
        return [table, *rest], taken


def _reflows(block: Block) -> bool:
    """True for blocks whose flowables re-wrap to any width (no fixed-width tables or drawings)."""
    if isinstance(block, Heading):
        return True
    if isinstance(block, Para):
        return "bluf" not in block.classes
    if isinstance(block, ListBlock):
        return all(_reflows(child) for item in block.items for child in item.blocks)
    return False


def _reflowing_group(following: tuple[Block, ...]) -> tuple[Block, ...]:
    """The next block (with any headings before it) if all of it can move beside a sidebar, else ()."""
    for end, block in enumerate(following, start=1):
        if not _reflows(block):
            return ()
        if not isinstance(block, Heading):
            return following[:end]
    return ()
