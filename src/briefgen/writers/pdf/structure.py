"""The flow builder that also builds the PDF's structure tree: each block's flowables drawn inside its node.

Headings become H1–H3, paragraphs P, lists L/LI/Lbl/LBody, tables Table/TR/TH/TD (header cells with
column scope; a header row repeated on a later page is an artifact), quotes BlockQuote, boxes Aside,
charts Figure with alternative text and their captions Caption. The key-figure sidebar is laid out
beside the bottom line but read after it: its node is attached after the main column's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import Table as RLTable

from ...document import (
    Aside,
    Block,
    BlockQuote,
    FigureBlock,
    Heading,
    ListBlock,
    ListItem,
    Para,
    Table,
    WithSidebar,
)
from ...style import Style
from .flow import FlowBuilder
from .inline import InlineMarkup
from .styles import Styles
from .tables import has_bold
from .tagging import Node, Tagged, Tagger


class TaggingFlowBuilder(FlowBuilder):
    """``FlowBuilder`` whose flowables are drawn inside the structure nodes of ``tagger``'s tree."""

    def __init__(self, styles: Styles, markup: InlineMarkup, style: Style, tagger: Tagger) -> None:
        """As ``FlowBuilder``, adding to ``tagger.root``."""
        super().__init__(styles, markup, style)
        self.tagger = tagger
        self.parent = tagger.root
        self._sidebar: tuple[tuple[Block, ...], Node] | None = None

    @contextmanager
    def _under(self, node: Node) -> Iterator[Node]:
        """Nodes made inside the block go under ``node``."""
        outer, self.parent = self.parent, node
        try:
            yield node
        finally:
            self.parent = outer

    def blocks(self, blocks: tuple[Block, ...], width: float, boxed: bool = False) -> list[Flowable]:
        """As ``FlowBuilder.blocks``; the sidebar's blocks go under its (detached) ``Aside`` node."""
        if self._sidebar is not None and blocks is self._sidebar[0]:
            with self._under(self._sidebar[1]):
                return super().blocks(blocks, width, boxed)
        return super().blocks(blocks, width, boxed)

    def block(self, block: Block, width: float, boxed: bool) -> list[Flowable]:
        """One block's flowables, inside a node of its structure type."""
        if isinstance(block, WithSidebar):
            return super().block(block, width, boxed)
        role = _role(block)
        if role is None:
            return super().block(block, width, boxed)
        node = self.parent.add(role)
        with self._under(node):
            flow = super().block(block, width, boxed)
        if isinstance(block, FigureBlock) and block.bars:
            from ..chart_image import alt_text  # here: chart_image imports this package (an html-only build)

            node.role = "Div"
            flow = [self._figure_parts(f, node, alt_text(block.bars, block.caption)) for f in flow]
        elif isinstance(block, BlockQuote):
            flow = [self._paragraphs(f, node) for f in flow]
        elif isinstance(block, Table):
            row_heads = _row_heads(block)
            if not row_heads and not _has_header_row(block) and "figure-strip" not in block.classes:
                node.role = "Div"  # a table with no header cells lays out text: its cells are paragraphs
            flow = [self._cells(f, node, index, row_heads) for index, f in enumerate(flow)]
        return [Tagged(f, node) for f in flow]

    def heading(self, node: Heading, boxed: bool) -> Flowable:
        """A heading: its node's level is the heading's (levels are made consecutive on save)."""
        self.parent.role = f"H{min(max(node.level, 1), 3)}"
        return super().heading(node, boxed)

    def _item(self, item: ListItem, style: ParagraphStyle, width: float) -> Any:
        """A list item: ``LI`` holding its body (``LBody``); the bullet becomes its ``Lbl`` when drawn."""
        entry = self.parent.add("LI")
        body = entry.add("LBody")
        with self._under(body):
            rl_item = super()._item(item, style, width)
        rl_item._flowables = [Tagged(f, body) for f in rl_item._flowables]
        return rl_item

    def with_sidebar(self, node: WithSidebar, width: float, following: tuple[Block, ...]) -> tuple[list[Flowable], int]:
        """The sidebar beside the main column, its ``Aside`` node read after the main column's blocks."""
        aside = Node("Aside")
        outer, self._sidebar = self._sidebar, (node.sidebar.children, aside)
        try:
            flow, taken = super().with_sidebar(node, width, following)
        finally:
            self._sidebar = outer
        self.parent.attach(aside)
        return flow, taken

    def _figure_parts(self, flowable: Any, group: Node, alt: str) -> Any:
        """Inside a chart's box: the caption as ``Caption``, the drawing as a ``Figure`` drawn whole."""
        if isinstance(flowable, Drawing):
            return Tagged(flowable, group.add("Figure", alt=alt), whole=True)
        if isinstance(flowable, Paragraph):
            return Tagged(flowable, group.add("Caption"))
        if isinstance(flowable, RLTable):
            for row in flowable._cellvalues:
                for col, value in enumerate(row):
                    if isinstance(value, (list, tuple)):
                        row[col] = [self._figure_parts(v, group, alt) for v in value]
        return flowable

    def _paragraphs(self, flowable: Any, group: Node) -> Any:
        """Inside a quote's box: each paragraph (the quotation, its attribution) as a ``P``."""
        if isinstance(flowable, Paragraph):
            return Tagged(flowable, group.add("P"))
        if isinstance(flowable, RLTable):
            for row in flowable._cellvalues:
                for col, value in enumerate(row):
                    if isinstance(value, (list, tuple)):
                        row[col] = [self._paragraphs(v, group) for v in value]
        return flowable

    def _cells(self, flowable: Any, table: Node, piece: int, row_heads: bool) -> Any:
        """A data table's rows as ``TR`` and cells as ``TH`` (column or row scope) or ``TD``.

        A long table is laid out in pieces, each under the header row again: after the first piece
        that row is drawn as an artifact. A table of no header cells (``Div``) has its cells as ``P``.
        """
        if not isinstance(flowable, RLTable):
            return flowable
        header = getattr(flowable, "repeatRows", 0) or 0
        for index, row in enumerate(flowable._cellvalues):
            if piece > 0 and index < header:
                row[:] = [Tagged(cell, Node("Artifact")) for cell in row]
                continue
            if table.role == "Div":
                row[:] = [Tagged(cell, table.add("P")) for cell in row]
                continue
            tr = table.add("TR")
            for col, cell in enumerate(row):
                if index < header or _strip_head(flowable, index):
                    kind = tr.add("TH", scope="Column")
                elif row_heads and col == 0:
                    kind = tr.add("TH", scope="Row")
                else:
                    kind = tr.add("TD")
                row[col] = Tagged(cell, kind)
        return flowable


def _has_header_row(table: Table) -> bool:
    """True when the table's first row is all header cells."""
    return bool(table.rows) and bool(table.rows[0].cells) and all(c.header for c in table.rows[0].cells)


def _row_heads(table: Table) -> bool:
    """True when, with no header row, every row opens with a bold cell that names it (TO:, a key figure)."""
    rows = [row for row in table.rows if row.cells]
    return (
        not _has_header_row(table)
        and len(rows) > 0
        and all(len(row.cells) > 1 and (row.cells[0].header or has_bold(row.cells[0])) for row in rows)
    )


def _strip_head(table: RLTable, index: int) -> bool:
    """True for the numbers row of a figure strip (large numbers over their labels)."""
    return index == 0 and getattr(table, "keep_whole", False) and not getattr(table, "repeatRows", 0)


_ROLES: dict[type, str] = {
    Heading: "H2",
    Para: "P",
    ListBlock: "L",
    BlockQuote: "BlockQuote",
    Table: "Table",
    Aside: "Aside",
    FigureBlock: "Div",
}
"""The structure type of each kind of block; blocks drawn as artifacts (rules) have none."""


def _role(block: Block) -> str | None:
    """The structure type of a block; None for blocks drawn as artifacts (rules)."""
    return _ROLES.get(type(block))
