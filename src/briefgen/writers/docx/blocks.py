"""Block nodes as Word paragraphs, lists and tables, each mapped to a named style."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from ...document import (
    Aside,
    Block,
    BlockQuote,
    FigureBlock,
    Heading,
    ListBlock,
    Para,
    Rule,
    Table,
    Text,
    WithSidebar,
)
from . import tables
from .borrow import borrow
from .chart import chart
from .context import Context, Scope
from .inlines import add_paragraph
from .numbering import apply_num, list_style, restart
from .oxml import PPR_ORDER, border, child, element, put, twips
from .styles import para_style

_REGION_PARA = {"quote": "Quote", "pull": "Intense Quote"}
_HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2"}
_BOXED = ("sidebar", "callout")
_TWIPS_PER_PT = 20
_RULE_SPACE_PT = 4
_RULE_GAP_PT = 8
_BORDER_ORDER = ("w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end", "w:between", "w:bar")


def render_blocks(ctx: Context, container: Any, blocks: tuple[Block, ...], scope: Scope) -> None:
    """Append ``blocks`` to a python-docx block container (the body or a table cell)."""
    index = 0
    rule_at: int | None = None
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if isinstance(block, Rule):
            rule_at = len(_blocks(container._element))
            continue
        if isinstance(block, WithSidebar):
            main, side = tables.sidebar_widths(ctx.style, scope.width)
            widths = ((main - twips(tables.GUTTER_MM)) / _TWIPS_PER_PT, side / _TWIPS_PER_PT)
            pad = twips(tables.PAD_MM) / _TWIPS_PER_PT
            borrowed = borrow(block, blocks[index:], ctx.style, widths, pad)
            tables.with_sidebar(ctx, container, borrowed.node, scope, render_blocks)
            index += borrowed.taken
            render_blocks(ctx, container, borrowed.rest, scope)
        else:
            render_block(ctx, container, block, scope)
        if rule_at is not None:
            _rule(ctx, container._element, rule_at)
            rule_at = None
    if rule_at is not None:
        _rule(ctx, container._element, rule_at)


def _rule(ctx: Context, parent: Any, at: int) -> None:
    """A horizontal rule drawn as a border of a neighbouring paragraph, never as an empty paragraph.

    The rule goes above the first paragraph written after it, else below the paragraph before it;
    ``at`` counts the paragraphs and tables written before the rule. Between two tables, or with no
    paragraph beside it, the purely decorative rule is left out.
    """
    items = _blocks(parent)
    after = items[at] if at < len(items) else None
    before = items[at - 1] if at > 0 else None
    if after is not None and after.tag == qn("w:p"):
        _border(ctx, after, "top")
    elif before is not None and before.tag == qn("w:p"):
        _border(ctx, before, "bottom")


def _blocks(parent: Any) -> list[Any]:
    """The paragraphs and tables directly inside a body or cell element."""
    return [item for item in parent if item.tag in (qn("w:p"), qn("w:tbl"))]


def _border(ctx: Context, paragraph: Any, side: str) -> None:
    """Add a rule in the accent colour on one side of a paragraph, spaced off its text."""
    ppr = paragraph.get_or_add_pPr()
    edges = child(ppr, "w:pBdr", PPR_ORDER)
    put(edges, border(side, ctx.style.accent_colour, 6, _RULE_SPACE_PT), _BORDER_ORDER)
    spacing = child(ppr, "w:spacing", PPR_ORDER)
    spacing.set(qn("w:before" if side == "top" else "w:after"), str(_RULE_GAP_PT * _TWIPS_PER_PT))


def render_block(ctx: Context, container: Any, block: Block, scope: Scope) -> None:
    """Append one block."""
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        name = "Sidebar Heading" if scope.region in _BOXED else _HEADING_STYLES[level]
        paragraph = add_paragraph(ctx, container, name, block.children)
        if level > 1:
            _outline(ctx, paragraph, level - 1)
        ctx.mark(paragraph, block.id)
    elif isinstance(block, Para):
        default = _REGION_PARA.get(scope.region, "Normal")
        ctx.mark(add_paragraph(ctx, container, para_style(block.classes, default), block.children), block.id)
    elif isinstance(block, ListBlock):
        _list(ctx, container, block, scope)
    elif isinstance(block, BlockQuote):
        region = "pull" if "pull" in block.classes else "quote"
        render_blocks(ctx, container, block.children, Scope(region, scope.width, scope.depth))
    elif isinstance(block, Rule):
        _rule(ctx, container._element, len(_blocks(container._element)))
    elif isinstance(block, Table):
        tables.table(ctx, container, block, scope)
    elif isinstance(block, Aside):
        tables.callout(ctx, container, block, scope, render_blocks)
    elif isinstance(block, FigureBlock):
        _figure(ctx, container, block, scope)
    elif isinstance(block, WithSidebar):
        tables.with_sidebar(ctx, container, block, scope, render_blocks)


def _outline(ctx: Context, paragraph: Any, wanted: int) -> None:
    """Give a heading the outline level it means (1 = Heading 1), never more than one below the last
    heading's, so headings do not skip levels for screen readers and the navigation pane; the
    paragraph keeps its style's look."""
    level = min(wanted, ctx.heading_level + 1)
    ctx.heading_level = level
    ppr = paragraph._p.get_or_add_pPr()
    put(ppr, element("w:outlineLvl", val=str(level - 1)), PPR_ORDER)


def _list(ctx: Context, container: Any, block: ListBlock, scope: Scope) -> None:
    """List items as list-styled paragraphs; an ordered list restarts at 1."""
    name = list_style(ctx.doc, block.ordered, scope.depth)
    num_id = restart(ctx.doc, name) if block.ordered else None
    inner = Scope(scope.region, scope.width, scope.depth + 1)
    for item in block.items:
        paragraph = add_paragraph(ctx, container, name, item.children)
        if num_id is not None:
            apply_num(paragraph, num_id)
        ctx.mark(paragraph, item.id)
        for nested in item.blocks:
            if isinstance(nested, Para):
                ctx.mark(add_paragraph(ctx, container, "List Continue", nested.children), nested.id)
            else:
                render_block(ctx, container, nested, inner)


def _figure(ctx: Context, container: Any, block: FigureBlock, scope: Scope) -> None:
    """A chart (caption and bar data) or, without bars, its blocks under a caption."""
    if block.bars:
        chart(ctx, container, block, scope)
        return
    if block.caption:
        add_paragraph(ctx, container, "Caption", (Text(block.caption),))
    render_blocks(ctx, container, block.children, scope)
