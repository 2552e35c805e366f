"""A FigureBlock's bars as a captioned PNG picture (the PDF's chart) with alternative text."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Pt

from ...document import Bar, FigureBlock, Text
from ...style import Style
from ..chart_image import Chart, alt_text, chart_png
from .context import Context, Scope
from .inlines import add_paragraph
from .oxml import xml_safe

CAPTION_STYLE = "Caption"
CHART_STYLE = "Brief Chart"
#: A chart's title (shown by Word's alt-text pane) when it has no caption.
CHART_TITLE = "Bar chart"
_TWIPS_PER_PT = 20


def chart(ctx: Context, container: Any, node: FigureBlock, scope: Scope) -> None:
    """The caption, then the chart as an inline picture as wide as the PDF draws it."""
    if node.caption:
        add_paragraph(ctx, container, CAPTION_STYLE, (Text(node.caption),))
    png, layout = _chart_png(node.bars, scope.width / _TWIPS_PER_PT, ctx.style)
    paragraph = add_paragraph(ctx, container, CHART_STYLE)
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png), width=Pt(layout.width), height=Pt(layout.height))
    describe(run._r, alt_text(node.bars, node.caption), node.caption or CHART_TITLE)


@lru_cache(maxsize=64)
def _chart_png(bars: tuple[Bar, ...], width: float, style: Style) -> tuple[bytes, Chart]:
    """``chart_png``, drawn once per process for the same bars, width and style (drawing and PNG
    compression cost more than the rest of a DOCX)."""
    return chart_png(bars, width, style)


def describe(run_element: Any, description: str, title: str) -> None:
    """Set the alternative text (``descr``) and title of the pictures in a run."""
    for doc_pr in run_element.iter(qn("wp:docPr")):
        doc_pr.set("descr", xml_safe(description))
        if title:
            doc_pr.set("title", xml_safe(title))
