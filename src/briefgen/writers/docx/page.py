"""The page: size and margins from the Style, and the running header and footer with page X of Y."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from ...document import Document, Para
from ...style import Style
from .context import Context
from .inlines import add_paragraph
from .oxml import field_runs
from .styles import para_style

HEADER_DISTANCE_MM = 8.0
MIN_HEADER_DISTANCE_MM = 4.0
EMU_PER_TWIP = 635


def setup_page(doc: Any, style: Style, *, keep_existing: bool) -> int:
    """Apply page size and margins (unless a reference.docx sets them); returns the text width, twips."""
    section = doc.sections[-1]
    if not keep_existing:
        page_width, page_height = style.page_mm
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Mm(page_width)
        section.page_height = Mm(page_height)
        section.top_margin = Mm(style.margin_top)
        section.bottom_margin = Mm(style.margin_bottom)
        section.left_margin = Mm(style.margin_left)
        section.right_margin = Mm(style.margin_right)
        section.header_distance = Mm(HEADER_DISTANCE_MM)
        section.footer_distance = Mm(HEADER_DISTANCE_MM)
    # A reference.docx may put its header at the paper's edge, where printers clip the banner.
    for attr in ("header_distance", "footer_distance"):
        if (getattr(section, attr) or 0) < Mm(MIN_HEADER_DISTANCE_MM):
            setattr(section, attr, Mm(HEADER_DISTANCE_MM))
    usable = section.page_width - section.left_margin - section.right_margin
    return int(usable) // EMU_PER_TWIP


def write_running_heads(ctx: Context, document: Document) -> None:
    """Header and footer paragraphs on every page (all header variants the section uses)."""
    even = ctx.doc.settings.odd_and_even_pages_header_footer
    for section in ctx.doc.sections:
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        if even:
            headers.append(section.even_page_header)
            footers.append(section.even_page_footer)
        for header in headers:
            _fill(ctx, header, document.header, page_numbers=False)
        for footer in footers:
            _fill(ctx, footer, document.footer, page_numbers=True)


def _fill(ctx: Context, part: Any, paragraphs: tuple[Para, ...], *, page_numbers: bool) -> None:
    """Replace a header or footer's content with ``paragraphs`` (banner style by default)."""
    part.is_linked_to_previous = False
    root = part._element
    for item in list(root):
        if item.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt")):
            root.remove(item)
    for para in paragraphs:
        add_paragraph(ctx, part, para_style(para.classes, "Brief Banner"), para.children)
    if page_numbers:
        line = add_paragraph(ctx, part, "Brief Page Number")
        line.add_run("Page ")
        field_runs(line.add_run, "PAGE", "1")
        line.add_run(" of ")
        field_runs(line.add_run, "NUMPAGES", "1")
    if not paragraphs and not page_numbers:
        part.add_paragraph()
