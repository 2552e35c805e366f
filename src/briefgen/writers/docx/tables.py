"""Everything drawn as a Word table: data tables, the page-1 sidebar layout and callouts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.blkcntnr import BlockItemContainer
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import _Cell
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...document import Aside, Block, Cell, Table, WithSidebar, plain_text
from ...style import Style
from ..pdf.fonts import resolve_family
from ..pdf.tables import PAD, column_widths, has_bold, strip_widths
from .context import Context, Scope
from .inlines import add_paragraph
from .oxml import (
    PPR_ORDER,
    TBLPR_ORDER,
    TCPR_ORDER,
    TRPR_ORDER,
    border,
    borders,
    child,
    element,
    margins,
    no_border,
    put,
    shading,
    twips,
    width,
)
from .styles import CELL_MARGINS, TABLE_STYLE, TABLE_TEXT_SCALE, para_style

#: Renders blocks into a container; passed in by the block renderer to avoid an import cycle.
RenderBlocks = Callable[[Context, Any, tuple[Block, ...], Scope], None]

PAD_MM = 3.0
_SLACK = 1.06
GUTTER_MM = 6.0
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def sidebar_widths(style: Style, width: int) -> tuple[int, int]:
    """Widths (twips) of the main column's cell (gutter included) and of the sidebar's cell."""
    side = min(twips(style.sidebar_width), width // 2)
    return width - side, side


def with_sidebar(ctx: Context, container: Any, node: WithSidebar, scope: Scope, render: RenderBlocks) -> None:
    """The shaded sidebar as a one-cell table floating at the right margin, the main blocks flowing beside it.

    The main blocks (the bottom line and what follows) stay ordinary body paragraphs that wrap around
    the box, as Word does with a table whose text wrapping is "Around"; only the sidebar is a table.
    """
    side = sidebar_widths(ctx.style, scope.width)[1]
    box = new_table(container, 1, 1, [side])
    _layout(box)
    tbl_pr = box._tbl.tblPr
    gutter = str(twips(GUTTER_MM))
    put(tbl_pr, element("w:tblpPr", leftFromText=gutter, rightFromText="0", topFromText="0",
                        bottomFromText=gutter, vertAnchor="text", horzAnchor="margin", tblpXSpec="right",
                        tblpY="1"), TBLPR_ORDER)  # fmt: skip
    put(tbl_pr, element("w:tblOverlap", val="never"), TBLPR_ORDER)
    tbl_pr.remove(tbl_pr.find(qn("w:tblInd")))
    cell = row_cells(box.rows[0])[0]
    pad = twips(PAD_MM)
    _cell(cell, shading(ctx.style.sidebar_shade))
    _cell(cell, margins("w:tcMar", pad, pad, pad, pad))
    render(ctx, cell, node.sidebar.children, Scope("sidebar", side - 2 * pad))
    render(ctx, container, node.main, Scope("body", scope.width - side - twips(GUTTER_MM)))


def callout(ctx: Context, container: Any, node: Aside, scope: Scope, render: RenderBlocks) -> None:
    """A shaded band with an accent rule on its left, drawn on the callout's own paragraphs and tables.

    No layout table holds it: staff edit its heading and figures as ordinary body paragraphs and a
    data table, each carrying the band's shading and rule (Word joins the paragraphs' borders).
    """
    parent = container._element
    existing = list(parent)
    seen = {id(item) for item in existing}
    pad = twips(PAD_MM)
    render(ctx, container, node.children, Scope("callout", scope.width - pad))
    for item in parent:
        if id(item) in seen:
            continue
        if item.tag == qn("w:p"):
            ppr = item.get_or_add_pPr()
            put(ppr, borders("w:pBdr", {"left": border("left", ctx.style.accent_colour, 18, 4)}), PPR_ORDER)
            put(ppr, shading(ctx.style.sidebar_shade), PPR_ORDER)
            indent = child(ppr, "w:ind", PPR_ORDER)
            indent.set(qn("w:left"), str(pad))
            indent.set(qn("w:right"), str(pad // 2))
        elif item.tag == qn("w:tbl"):
            tbl_pr = item.tblPr
            put(tbl_pr, width("w:tblInd", pad), TBLPR_ORDER)
            put(tbl_pr, shading(ctx.style.sidebar_shade), TBLPR_ORDER)
            for cell in item.iter(qn("w:tc")):
                put(cell.get_or_add_tcPr(), shading(ctx.style.sidebar_shade), TCPR_ORDER)


def table(ctx: Context, container: Any, node: Table, scope: Scope) -> None:
    """A data table: light rules and a shaded, repeating header row; ``memo-block`` without rules."""
    columns = max((len(row.cells) for row in node.rows), default=0)
    if not columns:
        return
    if "figure-strip" in node.classes:
        figure_strip(ctx, container, node, columns, scope)
        return
    memo = "memo-block" in node.classes
    widths = _column_widths(ctx.style, node, columns, scope.width)
    grid = new_table(container, len(node.rows), columns, widths)
    if memo:
        _layout(grid)
    else:
        grid._tbl.tblStyle_val = ctx.table_style_id(TABLE_STYLE)  # as ``grid.style = <the style>`` sets it
        # Repeated on the table itself: LibreOffice ignores a table style's cell margins.
        put(grid._tbl.tblPr, margins("w:tblCellMar", *CELL_MARGINS), TBLPR_ORDER)
    body_style = "Table Small" if "compact" in node.classes else "Table Text"
    for index, (row, out_row) in enumerate(zip(node.rows, grid.rows, strict=True)):
        heading_row = bool(row.cells) and all(cell.header for cell in row.cells) and not memo
        if heading_row and index == 0:
            put(out_row._tr.get_or_add_trPr(), element("w:tblHeader"), TRPR_ORDER)
        for cell, out_cell in zip(row.cells, row_cells(out_row), strict=False):
            default = "Table Heading" if cell.header else body_style
            add_paragraph(ctx, out_cell, para_style(cell.classes, default), cell.children)
            if heading_row:
                _cell(out_cell, shading(ctx.style.sidebar_shade))


def figure_strip(ctx: Context, container: Any, node: Table, columns: int, scope: Scope) -> None:
    """A strip of key figures: numbers over labels on a shaded band under an accent rule, no grid."""
    widths = _strip_widths(ctx.style, node, columns, scope.width)
    grid = new_table(container, len(node.rows), columns, widths)
    _layout(grid)
    # The PDF strip's padding (points) in twips: wide on the left and at the band's top and bottom.
    left, right, top, bottom = (round(PAD * f * 20) for f in (1.5, 0.5, 1.5, 2.0))
    last = len(node.rows) - 1
    for index, (row, out_row) in enumerate(zip(node.rows, grid.rows, strict=True)):
        padded = list(row.cells) + [Cell(())] * (columns - len(row.cells))
        for cell, out_cell in zip(padded, row_cells(out_row), strict=True):
            default = "Key Figure" if cell.header else "Key Figure Label"
            add_paragraph(ctx, out_cell, para_style(cell.classes, default), cell.children)
            _cell(out_cell, shading(ctx.style.sidebar_shade))
            edge = (top if index == 0 else 20, bottom if index == last else 20)
            _cell(out_cell, margins("w:tcMar", edge[0], left, edge[1], right))
            if index == 0:
                _cell(out_cell, borders("w:tcBorders", {"top": border("top", ctx.style.accent_colour, 16)}))
            _cell(out_cell, element("w:vAlign", val="bottom" if index == 0 else "top"))


def _column_widths(style: Style, node: Table, columns: int, total: int) -> list[int]:
    """Column widths (twips) in proportion to content, never narrower than a column's longest word.

    Text is measured with the brief's font, as the PDF writer measures its tables.
    """
    family = resolve_family(style.body_font)
    size = style.small_size if "compact" in node.classes else style.body_size * TABLE_TEXT_SCALE
    texts: list[list[str]] = []
    fonts: list[list[tuple[str, float]]] = []
    for row in node.rows:
        cells = list(row.cells) + [Cell(())] * (columns - len(row.cells))
        texts.append([plain_text(c.children) for c in cells])
        fonts.append([(family.bold if c.header or has_bold(c) else family.regular, size) for c in cells])
    # Measured a little large: Word and LibreOffice set the text with their own metrics.
    points = column_widths(texts, fonts, total / 20 / _SLACK, fill_last="memo-block" in node.classes)
    points = [p * _SLACK for p in points]
    widths = [int(p * 20) for p in points]
    widths[-1] += total - sum(widths)
    return widths


def _strip_widths(style: Style, node: Table, columns: int, total: int) -> list[int]:
    """Figure-strip column widths (twips), measured with the brief's fonts as the PDF writer's are."""
    body, head = resolve_family(style.body_font), resolve_family(style.heading_font)
    rows = [list(row.cells) + [Cell(())] * (columns - len(row.cells)) for row in node.rows]
    values = [stringWidth(plain_text(c.children), head.bold, style.figure_size) * _SLACK for c in rows[0]]
    labels = [[plain_text(c.children) for c in cells] for cells in rows[1:]]
    fonts = [[(body.regular, style.small_size * _SLACK)] * columns for _ in rows[1:]]
    points = strip_widths(values, labels, fonts, total / 20)
    widths = [int(p * 20) for p in points]
    widths[-1] += total - sum(widths)
    return widths


def new_table(container: Any, rows: int, cols: int, widths: list[int]) -> Any:
    """A fixed-layout table of ``widths`` (twips) with empty cells (no placeholder paragraphs)."""
    grid = BlockItemContainer.add_table(container, rows, cols, Twips(sum(widths)))
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, width("w:tblW", sum(widths)), TBLPR_ORDER)
    put(tbl_pr, element("w:tblLayout", type="fixed"), TBLPR_ORDER)
    for col, value in zip(grid._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Twips(value)
    twips = [str(value) for value in widths]
    for tr in grid._tbl.iterchildren(_TR):
        for tc, text in zip(tr.iterchildren(_TC), twips, strict=True):
            # What ``cell.width = Twips(value)`` sets on the w:tcW (type dxa) python-docx's new table gives each cell
            tc_w = tc.find(_TC_W)
            tc_w.set(_TYPE, "dxa")
            tc_w.set(_W, text)
            for item in list(tc):
                if item.tag != _TC_PR:
                    tc.remove(item)
    return grid


_TR, _TC, _TC_PR, _TYPE, _W = qn("w:tr"), qn("w:tc"), qn("w:tcPr"), qn("w:type"), qn("w:w")
_TC_W = f"{_TC_PR}/{qn('w:tcW')}"


def row_cells(row: Any) -> list[Any]:
    """A python-docx row's cells, one per ``w:tc``: the tables made here span and merge no cells, so python-docx's
    walk over spans and vertical merges (a look-up per cell) is not needed."""
    table = row.table
    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _layout(grid: Any) -> None:
    """Make a table invisible scaffolding: no rules, no cell padding, flush with the margin."""
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, width("w:tblInd", 0), TBLPR_ORDER)
    put(tbl_pr, borders("w:tblBorders", {side: no_border(side) for side in _EDGES}), TBLPR_ORDER)
    put(tbl_pr, margins("w:tblCellMar", 0, 0, 0, 0), TBLPR_ORDER)


def _cell(cell: Any, prop: Any) -> None:
    """Set one ``w:tcPr`` property of a cell."""
    put(cell._tc.get_or_add_tcPr(), prop, TCPR_ORDER)
