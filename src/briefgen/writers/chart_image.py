"""The PDF's bar chart as an image for the other formats: inline SVG (HTML) and PNG (DOCX).

The chart is laid out once, as the reportlab drawing the PDF embeds (``pdf.chart``); this module
replays that drawing's rectangles and strings as SVG elements or onto a Pillow image, so every
format shows the same chart, with the same fonts, colours and proportions.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from math import ceil

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.fonts import ps2tt
from reportlab.pdfbase import pdfmetrics

from ..document import Bar
from ..style import Style
from .pdf.chart import bar_chart, chart_width
from .pdf.coverage import MissingGlyphWarning, describe
from .pdf.styles import make_styles

log = logging.getLogger(__name__)

#: Resolution of chart images: sharp in print, small in the file.
PNG_DPI = 200
_PT_PER_MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class Chart:
    """A laid-out chart: its drawings stacked top to bottom, and its overall size in points."""

    drawings: tuple[Drawing, ...]
    """The pieces, in order (long series are drawn in several)."""
    width: float
    """Width, points."""
    height: float
    """Total height, points."""
    missing: tuple[str, ...] = ()
    """Characters of the labels that no installed font can draw."""


def layout_chart(bars: tuple[Bar, ...], available_pt: float, style: Style) -> Chart:
    """The chart of ``bars`` for a column ``available_pt`` points wide (capped like the PDF's)."""
    missing: dict[str, None] = {}
    width = chart_width(available_pt)
    drawings = tuple(bar_chart(bars, width, make_styles(style), missing))
    return Chart(drawings, width, sum(float(d.height) for d in drawings), tuple(missing))


def _report_missing(chart: Chart) -> None:
    """Warn (and log) naming the characters a chart image cannot draw."""
    if not chart.missing:
        return
    names = ", ".join(describe(char) for char in chart.missing)
    message = f"chart image: no installed font has glyphs for {len(chart.missing)} character(s): {names}"
    log.warning(message)
    warnings.warn(message, MissingGlyphWarning, stacklevel=3)


def text_width_pt(style: Style) -> float:
    """The page's text width in points."""
    return (style.page_mm[0] - style.margin_left - style.margin_right) * _PT_PER_MM


def alt_text(bars: tuple[Bar, ...], caption: str) -> str:
    """What the chart shows, in words: ``"Bar chart: Caption. Label 65%; …"``."""
    values = "; ".join(f"{bar.label} {bar.display}" for bar in bars)
    head = f"Bar chart: {caption.strip().rstrip('.')}." if caption.strip() else "Bar chart:"
    return f"{head} {values}."


def _shapes(chart: Chart) -> Iterator[tuple[float, Rect | String]]:
    """Every shape of the chart with the y offset (from the top, points) of its drawing."""
    top = 0.0
    for drawing in chart.drawings:
        for shape in drawing.contents:
            if isinstance(shape, (Rect, String)):
                yield top + float(drawing.height), shape
        top += float(drawing.height)


def _hex(colour: Color) -> str:
    """``#rrggbb`` of a reportlab colour."""
    return "#" + str(colour.hexval())[2:].lower()


def _svg_font(font_name: str) -> str:
    """SVG font attributes for a registered reportlab font."""
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    raw = getattr(face, "familyName", b"")
    family = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    _, bold, italic = ps2tt(font_name)
    attrs = f'font-family="{escape(family)}, sans-serif"' if family else 'font-family="sans-serif"'
    if bold:
        attrs += ' font-weight="bold"'
    if italic:
        attrs += ' font-style="italic"'
    return attrs


def chart_svg(bars: tuple[Bar, ...], caption: str, available_pt: float, style: Style) -> str:
    """The chart as an inline ``<svg>`` element (no styles or scripts) with a title and an aria-label."""
    chart = layout_chart(bars, available_pt, style)
    label = alt_text(bars, caption)
    w, h = f"{chart.width:.2f}", f"{chart.height:.2f}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{escape(label)}"'
        f' viewBox="0 0 {w} {h}" width="{w}pt" height="{h}pt">',
        f"<title>{escape(caption or label, quote=False)}</title>",
    ]
    for bottom, shape in _shapes(chart):
        if isinstance(shape, Rect):
            y = bottom - float(shape.y) - float(shape.height)
            parts.append(
                f'<rect x="{float(shape.x):.2f}" y="{y:.2f}" width="{float(shape.width):.2f}"'
                f' height="{float(shape.height):.2f}" fill="{_hex(shape.fillColor)}"/>'
            )
        else:
            anchor = ' text-anchor="end"' if shape.textAnchor == "end" else ""
            parts.append(
                f'<text x="{float(shape.x):.2f}" y="{bottom - float(shape.y):.2f}" {_svg_font(shape.fontName)}'
                f' font-size="{float(shape.fontSize):.2f}" fill="{_hex(shape.fillColor)}"{anchor}>'
                f"{escape(shape.text, quote=False)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _pil_font(font_name: str, size: float) -> ImageFont.FreeTypeFont:
    """The Pillow font of a registered reportlab TrueType font at ``size`` pixels."""
    face = pdfmetrics.getFont(font_name).face
    index_tag = getattr(face, "subfontNameX", b"") or b""
    index = int(index_tag.decode().lstrip("-") or 0) if isinstance(index_tag, bytes) else 0
    return ImageFont.truetype(str(face.filename), size=size, index=index)


def _rgba(colour: Color) -> tuple[int, int, int, int]:
    """A reportlab colour as 8-bit RGBA."""
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255), 255)


def chart_png(bars: tuple[Bar, ...], available_pt: float, style: Style, dpi: int = PNG_DPI) -> tuple[bytes, Chart]:
    """The chart as PNG bytes on a transparent background, and its layout (for the displayed size)."""
    chart = layout_chart(bars, available_pt, style)
    _report_missing(chart)
    scale = dpi / 72
    image = Image.new("RGBA", (ceil(chart.width * scale), ceil(chart.height * scale)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
    for bottom, shape in _shapes(chart):
        if isinstance(shape, Rect):
            top = (bottom - float(shape.y) - float(shape.height)) * scale
            left = float(shape.x) * scale
            box = (left, top, left + float(shape.width) * scale, top + float(shape.height) * scale)
            draw.rectangle(box, fill=_rgba(shape.fillColor))
        else:
            key = (str(shape.fontName), float(shape.fontSize) * scale)
            if key not in fonts:
                fonts[key] = _pil_font(*key)
            anchor = "rs" if shape.textAnchor == "end" else "ls"
            position = (float(shape.x) * scale, (bottom - float(shape.y)) * scale)
            draw.text(position, shape.text, font=fonts[key], fill=_rgba(shape.fillColor), anchor=anchor)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue(), chart
