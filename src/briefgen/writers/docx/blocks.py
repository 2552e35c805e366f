"""Block nodes as Word paragraphs, lists and tables, each mapped to a named style."""

from __future__ import annotations

from typing import Any

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
from .oxml import twips
from .styles import para_style

_REGION_PARA = {"quote": "Quote", "pull": "Intense Quote"}
_HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2"}
_BOXED = ("sidebar", "callout")
_TWIPS_PER_PT = 20


def render_blocks(ctx: Context, container: Any, blocks: tuple[Block, ...], scope: Scope) -> None:
    """Append ``blocks`` to a python-docx block container (the body or a table cell)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
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


def render_block(ctx: Context, container: Any, block: Block, scope: Scope) -> None:
    """Append one block."""
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        name = "Sidebar Heading" if scope.region in _BOXED else _HEADING_STYLES[level]
        ctx.mark(add_paragraph(ctx, container, name, block.children), block.id)
    elif isinstance(block, Para):
        default = _REGION_PARA.get(scope.region, "Normal")
        ctx.mark(add_paragraph(ctx, container, para_style(block.classes, default), block.children), block.id)
    elif isinstance(block, ListBlock):
        _list(ctx, container, block, scope)
    elif isinstance(block, BlockQuote):
        region = "pull" if "pull" in block.classes else "quote"
        render_blocks(ctx, container, block.children, Scope(region, scope.width, scope.depth))
    elif isinstance(block, Rule):
        add_paragraph(ctx, container, "Brief Rule")
    elif isinstance(block, Table):
        tables.table(ctx, container, block, scope)
    elif isinstance(block, Aside):
        tables.callout(ctx, container, block, scope, render_blocks)
    elif isinstance(block, FigureBlock):
        _figure(ctx, container, block, scope)
    elif isinstance(block, WithSidebar):
        tables.with_sidebar(ctx, container, block, scope, render_blocks)


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
