"""Everything drawn as a Word table: data tables, the page-1 sidebar layout, callouts and bar data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.blkcntnr import BlockItemContainer
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Twips

from ...document import Aside, Block, FigureBlock, Table, Text, WithSidebar, plain_text
from .context import Context, Scope
from .inlines import add_paragraph
from .oxml import (
    TBLPR_ORDER,
    TCPR_ORDER,
    TRPR_ORDER,
    border,
    borders,
    element,
    margins,
    no_border,
    put,
    shading,
    twips,
    width,
)
from .styles import TABLE_STYLE

#: Renders blocks into a container; passed in by the block renderer to avoid an import cycle.
RenderBlocks = Callable[[Context, Any, tuple[Block, ...], Scope], None]

PAD_MM = 3.0
GUTTER_MM = 6.0
CHART_MAX_MM = 110.0
CHART_VALUE_MM = 22.0
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def with_sidebar(ctx: Context, container: Any, node: WithSidebar, scope: Scope, render: RenderBlocks) -> None:
    """A borderless 1×2 table: main blocks on the left, the shaded sidebar on the right."""
    side = min(twips(ctx.style.sidebar_width), scope.width // 2)
    widths = [scope.width - side, side]
    table = new_table(container, 1, 2, widths)
    _layout(table)
    main, box = table.rows[0].cells
    gutter, pad = twips(GUTTER_MM), twips(PAD_MM)
    _cell(main, margins("w:tcMar", 0, 0, 0, gutter))
    _cell(box, shading(ctx.style.sidebar_shade))
    _cell(box, margins("w:tcMar", pad, pad, pad, pad))
    render(ctx, main, node.main, Scope("body", widths[0] - gutter))
    render(ctx, box, node.sidebar.children, Scope("sidebar", side - 2 * pad))


def callout(ctx: Context, container: Any, node: Aside, scope: Scope, render: RenderBlocks) -> None:
    """A full-width shaded box (one cell) with an accent rule on its left."""
    table = new_table(container, 1, 1, [scope.width])
    _layout(table)
    box = table.rows[0].cells[0]
    pad = twips(PAD_MM)
    _cell(box, borders("w:tcBorders", {"left": border("left", ctx.style.accent_colour, 18)}))
    _cell(box, shading(ctx.style.sidebar_shade))
    _cell(box, margins("w:tcMar", pad, pad, pad, pad))
    render(ctx, box, node.children, Scope("callout", scope.width - 2 * pad))


def table(ctx: Context, container: Any, node: Table, scope: Scope) -> None:
    """A data table: light rules and a shaded, repeating header row; ``memo-block`` without rules."""
    columns = max((len(row.cells) for row in node.rows), default=0)
    if not columns:
        return
    weights = [
        min(max((len(plain_text(r.cells[i].children)) for r in node.rows if i < len(r.cells)), default=1), 50)
        for i in range(columns)
    ]
    weights = [max(w, 6) for w in weights]
    widths = [scope.width * w // sum(weights) for w in weights]
    widths[-1] += scope.width - sum(widths)
    grid = new_table(container, len(node.rows), columns, widths)
    memo = "memo-block" in node.classes
    if memo:
        _layout(grid)
    else:
        grid.style = ctx.named(TABLE_STYLE)
    body_style = "Table Small" if "compact" in node.classes else "Table Text"
    for index, (row, out_row) in enumerate(zip(node.rows, grid.rows, strict=True)):
        heading_row = bool(row.cells) and all(cell.header for cell in row.cells) and not memo
        if heading_row and index == 0:
            put(out_row._tr.get_or_add_trPr(), element("w:tblHeader"), TRPR_ORDER)
        for cell, out_cell in zip(row.cells, out_row.cells, strict=False):
            add_paragraph(ctx, out_cell, "Table Heading" if cell.header else body_style, cell.children)
            if heading_row:
                _cell(out_cell, shading(ctx.style.sidebar_shade))


def chart(ctx: Context, container: Any, node: FigureBlock, scope: Scope) -> None:
    """Bar data as a caption over a small label/value table (the one place to swap in a chart image)."""
    if node.caption:
        add_paragraph(ctx, container, "Caption", (Text(node.caption),))
    total = min(scope.width, twips(CHART_MAX_MM))
    value = twips(CHART_VALUE_MM)
    grid = new_table(container, len(node.bars), 2, [total - value, value])
    grid.style = ctx.named(TABLE_STYLE)
    for bar, row in zip(node.bars, grid.rows, strict=True):
        label, shown = row.cells
        add_paragraph(ctx, label, "Table Text", (Text(bar.label),))
        add_paragraph(ctx, shown, "Table Text", (Text(bar.display),)).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def new_table(container: Any, rows: int, cols: int, widths: list[int]) -> Any:
    """A fixed-layout table of ``widths`` (twips) with empty cells (no placeholder paragraphs)."""
    grid = BlockItemContainer.add_table(container, rows, cols, Twips(sum(widths)))
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, width("w:tblW", sum(widths)), TBLPR_ORDER)
    put(tbl_pr, element("w:tblLayout", type="fixed"), TBLPR_ORDER)
    for col, value in zip(grid._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Twips(value)
    for row in grid.rows:
        for cell, value in zip(row.cells, widths, strict=True):
            cell.width = Twips(value)
            for item in list(cell._tc):
                if item.tag != qn("w:tcPr"):
                    cell._tc.remove(item)
    return grid


def _layout(grid: Any) -> None:
    """Make a table invisible scaffolding: no rules, no cell padding, flush with the margin."""
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, width("w:tblInd", 0), TBLPR_ORDER)
    put(tbl_pr, borders("w:tblBorders", {side: no_border(side) for side in _EDGES}), TBLPR_ORDER)
    put(tbl_pr, margins("w:tblCellMar", 0, 0, 0, 0), TBLPR_ORDER)


def _cell(cell: Any, prop: Any) -> None:
    """Set one ``w:tcPr`` property of a cell."""
    put(cell._tc.get_or_add_tcPr(), prop, TCPR_ORDER)
