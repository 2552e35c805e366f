"""The page template: running header and footer (classification banner) and "Page X of Y" on every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

from ...style import Style
from .styles import Styles

MM = 72 / 25.4


def page_size(style: Style) -> tuple[float, float]:
    """Page width and height in points."""
    width, height = style.page_mm
    return width * MM, height * MM


def frame_width(style: Style) -> float:
    """Width of the body frame, points, computed as ``make_doc`` computes it: flowables measured at this width
    before the layout keep their line breaks when the frame places them (one float apart, they would wrap again).
    """
    page_w = page_size(style)[0]
    return float(page_w - style.margin_left * MM - style.margin_right * MM)


class PageDecor:
    """Draws the running header, footer and page number; ``total`` is the page count once known."""

    def __init__(
        self,
        header: list[Paragraph],
        footer: list[Paragraph],
        styles: Styles,
        style: Style,
        total: int | None,
    ) -> None:
        """Header and footer paragraphs, styles, page settings and the page count (None: unknown)."""
        self.header, self.footer = header, footer
        self.styles, self.style, self.total = styles, style, total

    def _stack(self, canvas: Canvas, paras: list[Paragraph], width: float) -> list[tuple[Paragraph, float]]:
        """Each paragraph with its wrapped height."""
        return [(p, p.wrapOn(canvas, width, 10_000)[1]) for p in paras]

    def _draw_block(self, canvas: Canvas, paras: list[Paragraph], centre_y: float, width: float) -> None:
        """Draw paragraphs stacked, the stack centred vertically on ``centre_y``."""
        stack = self._stack(canvas, paras, width)
        y = centre_y + sum(h for _, h in stack) / 2
        for para, height in stack:
            y -= height
            para.drawOn(canvas, self.style.margin_left * MM, y)

    def __call__(self, canvas: Canvas, doc: Any) -> None:
        """Decorate the page being drawn."""
        page_w, page_h = page_size(self.style)
        width = page_w - (self.style.margin_left + self.style.margin_right) * MM
        canvas.saveState()
        with _pagination(canvas, "Header"):
            self._draw_block(canvas, self.header, page_h - self.style.margin_top * MM / 2, width)
        footer_y = self.style.margin_bottom * MM / 2
        total = str(self.total) if self.total is not None else "?"
        number = Paragraph(f"Page {canvas.getPageNumber()} of {total}", self.styles.page_number)
        with _pagination(canvas, "Footer"):
            self._draw_block(canvas, self.footer, footer_y, width)
            self._draw_block(canvas, [number], footer_y, width)
        canvas.restoreState()


@contextmanager
def _pagination(canvas: Canvas, subtype: str) -> Iterator[None]:
    """Running heads as typed pagination artifacts (PDF/UA: a screen reader knows to skip them) on a tagging
    canvas, whose page content is otherwise one untyped ``/Artifact`` sequence around the tagged content."""
    if not hasattr(canvas, "tagger"):
        yield
        return
    canvas._code.append(f"EMC /Artifact <</Type /Pagination /Subtype /{subtype}>> BDC")
    try:
        yield
    finally:
        canvas._code.append("EMC /Artifact BMC")


class DatedDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A document whose creation and modification dates are a fixed moment (the brief's date)."""

    stamp: dt.datetime = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

    def beforeDocument(self) -> None:
        """Stamp the info dictionary's dates with ``stamp`` instead of the clock."""
        text = self.stamp.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
        self.canv.setDateFormatter(lambda *_parts: text)


def _skip(*_args: Any, **_kwargs: Any) -> None:
    """Draws nothing."""


#: One flowable placed by the layout: the flowable, its frame, x, y and the width left beside it (``_sW``).
Placed = tuple[Any, Frame, float, float, float]


class LayoutRecord:
    """What the layout placed on each page, in order: recorded by a ``RecordingFrame``, drawn by ``PlacedPage``."""

    def __init__(self) -> None:
        """No pages yet."""
        self.pages: list[list[Placed]] = []

    def __deepcopy__(self, _memo: dict[int, Any]) -> LayoutRecord:
        """Itself: ReportLab deep-copies the frame (which holds the record) to measure lists of flowables."""
        return self

    def begin_page(self, _canvas: Canvas, _doc: Any) -> None:
        """The page template's ``onPage`` during the layout: a new page begins."""
        self.pages.append([])


class RecordingFrame(Frame):  # type: ignore[misc]
    """A frame that places flowables exactly as ``Frame`` does but draws nothing: it records where each goes."""

    record: LayoutRecord

    def _add(self, flowable: Any, canv: Any, trySplit: int = 0) -> int:
        """Place ``flowable`` (1 when it fits), its ``drawOn`` shadowed for the call to record the place."""
        page = self.record.pages[-1]

        def place(_canv: Any, x: float, y: float, _sW: float = 0) -> None:
            page.append((flowable, self, x, y, _sW))

        shadow = vars(flowable)  # on the object itself: a ``Tagged`` would pass a set attribute on to what it wraps
        shadow["drawOn"] = place
        try:
            placed: int = super()._add(flowable, canv, trySplit)
            return placed
        finally:
            del shadow["drawOn"]

    add = _add


class PlacedPage(Flowable):  # type: ignore[misc]
    """One recorded page's flowables, drawn where the layout placed them, as ``Frame`` would have drawn them.

    It takes no room (a ``PageBreak`` follows it), so the document template's drawing pass costs no layout."""

    def __init__(self, placed: list[Placed]) -> None:
        """The page's placed flowables in drawing order."""
        super().__init__()
        self.placed = placed

    def wrap(self, availWidth: float, _availHeight: float) -> tuple[float, float]:
        """No height: the page's flowables were placed by the layout pass."""
        return availWidth, 0

    def drawOn(self, canv: Any, _x: float, _y: float, _sW: float = 0) -> None:
        """Draw each flowable at its place with the calls ``Frame._add`` makes around ``drawOn``."""
        for flowable, frame, x, y, width_left in self.placed:
            flowable._frame = frame
            flowable.canv = canv
            try:
                flowable.drawOn(canv, x, y, _sW=width_left)
            finally:
                for name in ("canv", "_frame"):
                    if hasattr(flowable, name):
                        delattr(flowable, name)


def replay_story(record: LayoutRecord) -> list[Flowable]:
    """The story of the drawing pass: each recorded page, then a page break."""
    story: list[Flowable] = []
    for placed in record.pages:
        story += [PlacedPage(placed), PageBreak()]
    return story[:-1] or [PlacedPage([])]


def make_doc(
    out: Any,
    style: Style,
    decor: PageDecor,
    meta: dict[str, Any],
    stamp: dt.datetime,
    *,
    record: LayoutRecord | None = None,
) -> BaseDocTemplate:
    """A one-template document with the format's page size and margins; ``meta`` goes to the PDF info.

    ``record``: the layout pass, which places flowables as the drawing pass would but draws nothing,
    recording every page's placed flowables in ``record`` instead."""
    page_w, page_h = page_size(style)
    left, right = style.margin_left * MM, style.margin_right * MM
    top, bottom = style.margin_top * MM, style.margin_bottom * MM
    frame = (RecordingFrame if record is not None else Frame)(
        left,
        bottom,
        frame_width(style),
        page_h - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    if record is not None:
        frame.record = record
    doc = DatedDocTemplate(
        out,
        pagesize=(page_w, page_h),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        invariant=1,
        displayDocTitle=1,
        **meta,
    )
    doc.stamp = stamp
    on_page = record.begin_page if record is not None else decor
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc
