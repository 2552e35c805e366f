"""The one-pager's figure strip (``table.figure-strip``): large accent numbers over small grey labels on a
shaded band, without a grid, in the PDF, the DOCX and the HTML alike."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Twips
from pypdf import PdfReader
from reportlab.lib.colors import HexColor

from briefgen.document import Cell, Document, Row, Sup, Table, Text
from briefgen.style import Style
from briefgen.writers.base import RenderJob
from briefgen.writers.docx import write_docx
from briefgen.writers.html import write_html
from briefgen.writers.pdf import write_pdf
from briefgen.writers.pdf.inline import InlineMarkup
from briefgen.writers.pdf.styles import make_styles
from briefgen.writers.pdf.tables import build_table, strip_widths

from writers.sample_document import sample_job

FIGURES = (("~65%", "share of global GDP"), ("$17.7B", "Chinese aid received by 2024"), ("53", "ASEM partners"))


def _strip(figures: tuple[tuple[str, str], ...] = FIGURES) -> Table:
    """A figure strip as the one-pager writes it: values with a citation mark, then labels."""
    values = Row(tuple(Cell((Text(v), Sup((Text("1"),), ("cite",))), True, ("figure-value",)) for v, _ in figures))
    labels = Row(tuple(Cell((Text(label),), False, ("figure-label",)) for _, label in figures))
    return Table((values, labels), ("figure-strip",))


def _job(tmp_path: Path, table: Table) -> RenderJob:
    job = sample_job(tmp_path)
    return replace(job, document=Document(job.document.header, job.document.footer, (table,)))


def _built(style: Style, table: Table, width: float = 480.0) -> Any:
    """The platypus table of ``table``."""
    styles = make_styles(style)
    built = build_table(table, width, styles, InlineMarkup(frozenset(), styles.palette.accent, {}))
    assert built is not None
    return built


def test_pdf_strip_is_a_shaded_band_without_grid() -> None:
    style = Style()
    built = _built(style, _strip())
    lines = [c[0] for c in built._linecmds]
    assert "GRID" not in lines and "INNERGRID" not in lines and "BOX" not in lines
    assert lines == ["LINEABOVE"]  # one accent rule over the band, as over the sidebar
    assert any(c[0] == "BACKGROUND" and c[3] == HexColor(style.sidebar_shade) for c in built._bkgrndcmds)
    assert built.repeatRows == 0


def test_pdf_strip_numbers_are_large_accent_bold_and_labels_small_muted() -> None:
    style = Style(figure_size=19, small_size=7, accent_colour="#112233", muted_colour="#445566")
    built = _built(style, _strip())
    value, label = built._cellvalues[0][0], built._cellvalues[1][0]
    assert value.style.fontSize == 19 and value.style.fontName == make_styles(style).heading_family.bold
    assert value.style.textColor == HexColor("#112233")
    assert label.style.fontSize == 7 and label.style.textColor == HexColor("#445566")
    assert value.style.spaceBefore == 0 and label.style.spaceAfter == 0  # cells pad themselves


def test_strip_columns_are_equal_when_the_numbers_fit() -> None:
    built = _built(Style(), _strip())
    assert built._colWidths == pytest.approx([160.0, 160.0, 160.0])


def test_strip_keeps_each_number_on_one_line() -> None:
    assert strip_widths([200.0, 20.0, 20.0], [["a", "b", "c"]], [[("Helvetica", 7.0)] * 3], 480) == pytest.approx(
        [208 + 72, 28 + 72, 28 + 72]  # 2 × 4 pt padding each, then the 216 pt left shared out
    )
    # Numbers too wide for the line altogether: shared out in proportion.
    assert strip_widths([400.0, 400.0], [], [], 404) == pytest.approx([202.0, 202.0])


def test_pdf_strip_reads_numbers_then_labels(tmp_path: Path) -> None:
    pdf = write_pdf(_job(tmp_path, _strip()))
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "~65%1 $17.7B1 531" in text.replace("¹", "1")
    assert "share of global GDP" in text and text.index("$17.7B") < text.index("ASEM partners")


def test_docx_strip_uses_key_figure_styles_on_shaded_borderless_cells(tmp_path: Path) -> None:
    table = docx.Document(io.BytesIO(write_docx(_job(tmp_path, _strip())))).tables[0]
    assert table.style is None or table.style.name != "Brief Table"
    edges = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in edges} == {"nil"}
    assert [c.paragraphs[0].style.name for c in table.rows[0].cells] == ["Key Figure"] * 3
    assert [c.paragraphs[0].style.name for c in table.rows[1].cells] == ["Key Figure Label"] * 3
    fills = {c._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) for r in table.rows for c in r.cells}
    assert fills == {Style().sidebar_shade.lstrip("#").upper()}
    top = table.rows[0].cells[0]._tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:top')}")
    assert top is not None and top.get(qn("w:color")) == Style().accent_colour.lstrip("#").upper()
    assert table.rows[0]._tr.trPr is None or table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is None
    widths = [c.width for c in table.rows[0].cells]
    assert max(widths) - min(widths) <= Twips(20)  # equal columns (rounding aside)


def test_cell_classes_style_cells_of_ordinary_tables_too(tmp_path: Path) -> None:
    table = Table((Row((Cell((Text("53"),), True, ("figure-value",)), Cell((Text("x"),), True))),))
    cells = docx.Document(io.BytesIO(write_docx(_job(tmp_path, table)))).tables[0].rows[0].cells
    assert [c.paragraphs[0].style.name for c in cells] == ["Key Figure", "Table Heading"]


def test_html_strip_css_has_no_grid_and_a_shaded_band(tmp_path: Path) -> None:
    job = _job(tmp_path, _strip())
    page = write_html(job).decode("utf-8")
    css = page[page.index("<style>") : page.index("</style>")]
    assert '<table class="figure-strip"><tr><th class="figure-value">~65%' in page
    assert "table.figure-strip { background: var(--shade); border-top: 2pt solid var(--accent);" in css
    assert "table.figure-strip th, table.figure-strip td { border: none; background: none;" in css
    assert f".figure-value {{ font-size: {job.style.figure_size}pt; font-weight: bold; color: var(--accent);" in css
