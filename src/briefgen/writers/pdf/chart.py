"""A small horizontal bar chart (vector) for a ``FigureBlock``'s bars."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...document import Bar
from .coverage import font_runs
from .styles import Styles

_BAR = 10.0
_GAP = 7.0
_PAD = 6.0
_MAX_LABEL_SHARE = 0.4
_MAX_LABEL_LINES = 3
#: A drawing cannot split across pages, so a long series is drawn in pieces of this many bars.
_BARS_PER_DRAWING = 20
#: A chart is small: never wider than this, whatever the text width (the same in every output format).
CHART_MAX_MM = 120.0


def chart_width(available: float) -> float:
    """Width of a chart, points, given the ``available`` width in points."""
    return min(available, CHART_MAX_MM * 72 / 25.4)


class _Text:
    """Draws strings into a drawing, switching to fallback fonts where needed."""

    def __init__(self, drawing: Drawing, face: str, size: float, missing: dict[str, None]) -> None:
        """Text in ``face`` at ``size``; characters no font has go to ``missing``."""
        self.drawing, self.face, self.size, self.missing = drawing, face, size, missing

    def width(self, text: str) -> float:
        """Drawn width of ``text``."""
        runs = font_runs(text, self.face)
        return float(sum(stringWidth(r.text, r.font or self.face, self.size) for r in runs))

    def draw(self, x: float, y: float, text: str, colour: Color, right: bool = False) -> None:
        """Draw ``text`` with its baseline at ``y``, starting at ``x`` (ending there if ``right``)."""
        runs = font_runs(text, self.face)
        if right and len(runs) == 1 and not runs[0].missing:
            # One run: anchor its end, so renderers with other metrics (SVG in a browser) still align it.
            font = runs[0].font or self.face
            self.drawing.add(
                String(x, y, runs[0].text, fontName=font, fontSize=self.size, fillColor=colour, textAnchor="end")
            )
            return
        if right:
            x -= self.width(text)
        for run in runs:
            if run.missing:
                self.missing.update(dict.fromkeys(run.text))
            font = run.font or self.face
            self.drawing.add(String(x, y, run.text, fontName=font, fontSize=self.size, fillColor=colour))
            x += stringWidth(run.text, font, self.size)


@dataclass(frozen=True, slots=True)
class _Layout:
    """Measures shared by every piece of one chart."""

    face: str
    """Label font."""
    size: float
    """Label size, pt."""
    label_w: float
    """Width of the label column."""
    track_w: float
    """Width of a full-length bar."""
    top: float
    """Value drawn at full length."""


def bar_chart(bars: tuple[Bar, ...], width: float, styles: Styles, missing: dict[str, None]) -> list[Drawing]:
    """Bars with labels on the left and values at their ends, ``width`` points wide, in page-sized pieces."""
    size = styles.classes["figure-label"].fontSize
    face = styles.body_family.regular
    probe = _Text(Drawing(0, 0), face, size, {})
    label_w = min(max(probe.width(b.label) for b in bars) + _PAD, width * _MAX_LABEL_SHARE)
    value_w = max(probe.width(b.display) for b in bars) + _PAD
    track_w = max(width - label_w - value_w, width * 0.2)
    top = max((b.value for b in bars), default=0.0)
    layout = _Layout(face, size, label_w, track_w, top)
    pieces = (bars[i : i + _BARS_PER_DRAWING] for i in range(0, len(bars), _BARS_PER_DRAWING))
    return [_drawing(piece, width, layout, styles, missing) for piece in pieces]


def _drawing(bars: tuple[Bar, ...], width: float, lay: _Layout, styles: Styles, missing: dict[str, None]) -> Drawing:
    """One drawing of consecutive bars."""
    leading = lay.size * 1.2
    lines = [simpleSplit(b.label, lay.face, lay.size, lay.label_w - _PAD)[:_MAX_LABEL_LINES] or [""] for b in bars]
    rows = [max(_BAR, len(ls) * leading) for ls in lines]
    height = sum(rows) + _GAP * len(bars)
    drawing = Drawing(width, height)
    # The renderer's default font is Helvetica, which would be referenced (unembedded) otherwise.
    drawing.initialFontName = lay.face
    text = _Text(drawing, lay.face, lay.size, missing)
    pal = styles.palette
    y = height
    for bar, label_lines, row in zip(bars, lines, rows, strict=True):
        y -= row + _GAP
        mid = y + row / 2
        bar_y = mid - _BAR / 2
        # No pale full-length track behind the bar: it would read as "out of 100".
        length = lay.track_w * max(bar.value, 0.0) / lay.top if lay.top > 0 else 0.0
        if length > 0:
            drawing.add(Rect(lay.label_w, bar_y, length, _BAR, fillColor=pal.accent, strokeColor=None))
        first = mid + (len(label_lines) - 1) * leading / 2 - lay.size * 0.35
        for i, line in enumerate(label_lines):
            text.draw(lay.label_w - _PAD, first - i * leading, line, pal.text, right=True)
        text.draw(lay.label_w + length + _PAD / 2, mid - lay.size * 0.35, bar.display, pal.accent)
    return drawing
