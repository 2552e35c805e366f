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
from .chart import chart
from .context import Context, Scope
from .inlines import add_paragraph
from .numbering import apply_num, list_style, restart
from .oxml import PPR_ORDER, border, child, element, put
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
        ctx.mark(_heading(ctx, container, block, scope), block.id)
    elif isinstance(block, Para):
        default = _REGION_PARA.get(scope.region, "Normal")
        ctx.mark(add_paragraph(ctx, container, para_style(block.classes, default), block.children), block.id)
    elif isinstance(block, ListBlock):
        _list(ctx, container, block, scope)
    elif isinstance(block, BlockQuote):
        region = "pull" if "pull" in block.classes else "quote"
        if region == "pull":
            _keep_with_section(container._element)
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


def _keep_with_section(parent: Any) -> None:
    """Keep the paragraph (or table row) before a pull quote on the quote's page, so the quote never
    floats away from its section (the quote's own style keeps it with its attribution)."""
    items = _blocks(parent)
    if not items:
        return
    last = items[-1]
    if last.tag == qn("w:tbl"):  # Word keeps a row whose paragraphs all keep with the next one
        rows = last.findall(qn("w:tr"))
        paragraphs = list(rows[-1].iter(qn("w:p"))) if rows else []
    else:
        paragraphs = [last]
    for paragraph in paragraphs:
        put(paragraph.get_or_add_pPr(), element("w:keepNext"), PPR_ORDER)


def _heading(ctx: Context, container: Any, block: Heading, scope: Scope) -> Any:
    """A heading paragraph: the title, a box heading, or the Heading style of its outline level.

    Levels never skip (a template's h3 right after the title is a Heading 1), and the level is the
    style's own: Word ignores an outline level set on a paragraph in a built-in heading style, so
    the navigation pane, the style gallery and screen readers all see the level the style names.
    """
    level = min(max(block.level, 1), 3)
    if level == 1:
        return add_paragraph(ctx, container, _HEADING_STYLES[1], block.children)
    wanted = min(level - 1, ctx.heading_level + 1)
    if scope.region in _BOXED:  # a box's heading does not move the main outline (as in HTML's aside)
        paragraph = add_paragraph(ctx, container, "Sidebar Heading", block.children)
        put(paragraph._p.get_or_add_pPr(), element("w:outlineLvl", val=str(wanted - 1)), PPR_ORDER)
        return paragraph
    ctx.heading_level = wanted
    return add_paragraph(ctx, container, f"Heading {wanted}", block.children)


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
