"""Document tables to platypus tables: content-sized columns, light grid, shaded header; figure strips."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table as RLTable

from ...document import Cell, Inline, Strong, Table, Text, plain_text
from ...errors import MarkupError
from .breaks import BreakingParagraph
from .inline import InlineMarkup
from .styles import Styles

PAD = 4.0
#: How much more room than a table's height a second layout must have to keep the first one's rows.
_ROOM = 1e-6


class MeasuredTable(RLTable):  # type: ignore[misc]
    """A platypus table that keeps its row heights when laid out again at the same width with room for them all.

    A table under a heading is measured whole to keep the heading with its first rows, then laid out again
    by the frame; ``Table._calc`` would measure every cell again to the same heights (its cells keep their
    lines). It stops early only where the rows so far pass the height available, so when the last layout
    measured every row, at the same width, and the new height exceeds the table's, its answer is the same.
    """

    def _calc(self, availWidth: float, availHeight: float) -> None:
        """``Table._calc``, skipped when its last run at ``availWidth`` measured every row and they all fit."""
        laid = self.__dict__.get("_laid_width")
        if laid is not None and laid == availWidth and availHeight > self._height + _ROOM:
            return
        super()._calc(availWidth, availHeight)
        complete = getattr(self, "_hmax", None) == len(self._argH)
        self._laid_width = availWidth if complete else None


def _cell_style(styles: Styles, table: Table, cell: Cell) -> ParagraphStyle:
    """The paragraph style of a cell's text: its class's (``figure-value``…), else the table's."""
    for name in cell.classes:
        if name in styles.classes:
            own = styles.classes[name]
            return ParagraphStyle(f"cell-{name}", parent=own, spaceBefore=0, spaceAfter=0)
    if "compact" in table.classes:
        return styles.compact_cell
    return styles.cell_header if cell.header else styles.cell


def has_bold(cell: Cell) -> bool:
    """True when a cell holds bold text (measured with the bold face, which is wider)."""
    return _has_strong(cell.children)


def _has_strong(nodes: tuple[Inline, ...]) -> bool:
    """True when ``nodes`` or their children hold a ``Strong`` (a module function: a recursive closure would be a
    reference cycle left to the garbage collector)."""
    return any(isinstance(n, Strong) or (not isinstance(n, Text) and _has_strong(n.children)) for n in nodes)


def column_widths(
    texts: list[list[str]], fonts: list[list[tuple[str, float]]], avail: float, fill_last: bool = False
) -> list[float]:
    """Column widths filling ``avail``: in proportion to content, never narrower than the longest word.

    A word wider than an equal share of ``avail`` (a URL) counts as that share: it breaks across lines.
    With ``fill_last`` the other columns keep their natural width and the last one takes the rest.
    """
    columns = max(len(row) for row in texts)
    natural = [2 * PAD] * columns
    minimum = [2 * PAD] * columns
    share = max(avail / columns, 2 * PAD)
    for row, row_fonts in zip(texts, fonts, strict=True):
        for col, (text, (font, size)) in enumerate(zip(row, row_fonts, strict=True)):
            natural[col] = max(natural[col], stringWidth(text, font, size) + 2 * PAD)
            longest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
            minimum[col] = max(minimum[col], min(longest + 2 * PAD, share))
    natural = [min(n, avail) for n in natural]
    if fill_last and sum(natural[:-1]) < avail * 0.5:
        return [*natural[:-1], avail - sum(natural[:-1])]
    if sum(natural) <= avail:
        return [n * avail / sum(natural) for n in natural]
    if sum(minimum) >= avail:
        return [m * avail / sum(minimum) for m in minimum]
    spare = avail - sum(minimum)
    stretch = [n - m for n, m in zip(natural, minimum, strict=True)]
    total = sum(stretch) or 1.0
    return [m + spare * s / total for m, s in zip(minimum, stretch, strict=True)]


def build_table(table: Table, width: float, styles: Styles, markup: InlineMarkup) -> RLTable | None:
    """A platypus table for ``table`` at ``width`` (None when it has no cells); ``memo-block`` is bare."""
    if not any(row.cells for row in table.rows):
        return None
    columns = max((len(r.cells) for r in table.rows), default=1)
    narrowest = 2 * PAD + styles.body_size  # padding and about one character
    if columns * narrowest > width:
        fit = max(1, int(width // narrowest))
        raise MarkupError(
            f"PDF: a table of {columns} columns does not fit the text width of {width / mm:.0f} mm (at most "
            f"{fit} fit): give the template's table fewer columns or narrow the margins in style.toml"
        )
    data: list[list[BreakingParagraph]] = []
    texts: list[list[str]] = []
    fonts: list[list[tuple[str, float]]] = []
    for row in table.rows:
        cells = list(row.cells) + [Cell(())] * (columns - len(row.cells))
        row_styles = [_cell_style(styles, table, cell) for cell in cells]
        pairs = zip(cells, row_styles, strict=True)
        data.append([BreakingParagraph(markup.markup(c.children, s), s) for c, s in pairs])
        texts.append([plain_text(c.children) for c in cells])
        faces = [styles.body_family.bold if has_bold(c) else s.fontName for c, s in zip(cells, row_styles, strict=True)]
        fonts.append([(face, s.fontSize) for face, s in zip(faces, row_styles, strict=True)])
    if "figure-strip" in table.classes:
        return _strip(data, texts, fonts, width, styles)
    has_header = bool(table.rows) and all(c.header for c in table.rows[0].cells)
    commands: list[tuple[object, ...]] = [
        styles.table_font(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD * 0.75),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    pal = styles.palette
    if "memo-block" in table.classes:
        commands.append(("LEFTPADDING", (0, 0), (0, -1), 0))
    else:
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, pal.grid))
        if has_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), pal.header_fill))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, pal.accent))
    widths = column_widths(texts, fonts, width, fill_last="memo-block" in table.classes)
    repeat = 1 if has_header else 0
    result = MeasuredTable(data, colWidths=widths, style=commands, repeatRows=repeat, hAlign="LEFT", splitInRow=1)
    result.spaceBefore = styles.body_size * 0.4
    result.spaceAfter = styles.body_size * 0.8
    return result


def _one_line_width(para: BreakingParagraph) -> float:
    """The width of a paragraph's text set on one line."""
    para.wrap(1e6, 1e6)
    return max(para.getActualLineWidths0(), default=0.0)


def strip_widths(
    values: list[float], labels: list[list[str]], fonts: list[list[tuple[str, float]]], avail: float
) -> list[float]:
    """Columns of a figure strip: each number (``values``: its width on one line) whole, the rest shared equally.

    ``labels`` are the texts of the rows under the numbers (wrapped at need), ``fonts`` their faces and sizes.
    """
    need = [v + 2 * PAD for v in values]
    for row, row_fonts in zip(labels, fonts, strict=True):
        for col, (text, (font, size)) in enumerate(zip(row, row_fonts, strict=True)):
            longest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
            need[col] = max(need[col], min(longest, avail / len(need)) + 2 * PAD)
    if sum(need) > avail:
        return [n * avail / sum(need) for n in need]
    share = avail / len(need)
    if max(need) <= share:
        return [share] * len(need)
    spare = (avail - sum(need)) / len(need)
    return [n + spare for n in need]


def _strip(
    data: list[list[BreakingParagraph]],
    texts: list[list[str]],
    fonts: list[list[tuple[str, float]]],
    width: float,
    styles: Styles,
) -> RLTable:
    """A figure strip: large numbers over small labels on a shaded band under an accent rule, no grid."""
    pal = styles.palette
    values = [_one_line_width(para) for para in data[0]]
    commands: list[tuple[object, ...]] = [
        styles.table_font(),
        ("BACKGROUND", (0, 0), (-1, -1), pal.shade),
        ("LINEABOVE", (0, 0), (-1, 0), 2.0, pal.accent),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD * 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD * 0.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), PAD * 1.5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), PAD * 2),
    ]
    widths = strip_widths(values, texts[1:], fonts[1:], width)
    result = MeasuredTable(data, colWidths=widths, style=commands, hAlign="LEFT")
    result.spaceBefore = styles.body_size * 0.6
    result.spaceAfter = styles.body_size * 0.8
    result.keep_whole = True
    return result
