"""Render a job to PDF bytes: one layout pass, then drawing (which knows the page count), metadata, glyph report."""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from ..._speed.gc_pause import gc_paused
from ...errors import MarkupError, WriteError
from ...style import Style
from ..base import RenderJob
from ..dates import brief_time
from .coverage import MissingGlyphWarning, describe
from .flow import anchor_ids
from .inline import InlineMarkup
from .page import LayoutRecord, PageDecor, frame_width, make_doc, replay_story
from .structure import TaggingFlowBuilder
from .styles import Styles, make_styles
from .tagging import Tagger, canvas_maker

log = logging.getLogger(__name__)

#: Document language written to the catalog's /Lang (briefgen reads and writes English text).
LANGUAGE = "en"


def metadata(job: RenderJob) -> dict[str, Any]:
    """PDF info fields of a brief: title, author, subject, keywords, creator and language."""
    brief = job.brief
    themes = [theme.title for theme in brief.themes]
    return {
        "title": brief.title,
        "author": brief.author or "briefgen",
        "subject": brief.subtitle or " · ".join(themes),
        "keywords": themes,
        "creator": "briefgen",
        "lang": LANGUAGE,
    }


def _running(job: RenderJob, styles: Styles, markup: InlineMarkup, footer: bool) -> list[Paragraph]:
    """The header or footer paragraphs, banner-styled where marked."""
    paras = job.document.footer if footer else job.document.header
    out = []
    for para in paras:
        style = styles.for_para(para.classes, styles.running)
        out.append(Paragraph(markup.markup(para.children, style), style))
    return out


@dataclass(frozen=True, slots=True)
class _Flow:
    """What is laid out and drawn: the running header and footer and the body's flowables."""

    header: list[Paragraph]
    """The running header."""
    footer: list[Paragraph]
    """The running footer."""
    story: list[Flowable]
    """The body."""
    tagger: Tagger
    """The structure tree the body is drawn into (tagged PDF)."""


def _flow(job: RenderJob, styles: Styles, missing: dict[str, None]) -> _Flow:
    """The flowables of a job; characters no font has are recorded in ``missing``."""
    markup = InlineMarkup(anchor_ids(job.document), styles.palette.accent, missing)
    header = _running(job, styles, markup, footer=False)
    footer = _running(job, styles, markup, footer=True)
    width = frame_width(job.style)
    # An empty story would make a PDF with no pages at all; keep one page with its banners.
    tagger = Tagger(job.brief.title, LANGUAGE, brief_time(job.brief))
    story = TaggingFlowBuilder(styles, markup, job.style, tagger).story(job.document, width) or [Spacer(1, 1)]
    return _Flow(header, footer, story, tagger)


def _build(
    job: RenderJob, styles: Styles, flow: _Flow, story: list[Flowable], record: LayoutRecord | None, total: int | None
) -> bytes:
    """Build a document from ``story``: the layout pass (into ``record``; nothing drawn, nothing saved) or the
    drawing pass."""
    decor = PageDecor(flow.header, flow.footer, styles, job.style, total)
    out = io.BytesIO()
    meta = {**metadata(job), "initialFontName": styles.body_family.regular}
    doc = make_doc(out, job.style, decor, meta, brief_time(job.brief), record=record)
    if record is not None:
        doc._doSave = 0  # the layout pass: drawing and serialising would be wasted
    try:
        doc.build(story, canvasmaker=Canvas if record is not None else canvas_maker(flow.tagger))
    except LayoutError as exc:
        detail = " ".join(str(exc).split())[:160]
        raise WriteError(
            f"brief '{job.brief.name}': a block is too large to lay out on a PDF page ({detail})"
        ) from None
    finally:
        doc._nameSpace.clear()  # ReportLab's name space for document expressions holds the document (a cycle)
    return out.getvalue()


def _render(job: RenderJob, styles: Styles, flow: _Flow) -> bytes:
    """One layout pass that records where every flowable goes, then the drawing of the recorded pages, which
    knows the page count ("Page X of Y") without laying out again."""
    record = LayoutRecord()
    try:
        _build(job, styles, flow, list(flow.story), record, None)
        return _build(job, styles, flow, replay_story(record), None, len(record.pages))
    finally:
        # The reference cycles of a write (the record's frame and pages, the structure tree's parent links)
        # broken, so reference counting frees the write's objects instead of the cyclic garbage collector.
        record.pages.clear()
        flow.tagger.release()


def report_missing(missing: dict[str, None]) -> None:
    """Warn (and log) naming every character no installed font can draw."""
    if not missing:
        return
    names = ", ".join(describe(char) for char in missing)
    message = f"PDF: no installed font has glyphs for {len(missing)} character(s): {names}"
    log.warning(message)
    warnings.warn(message, MissingGlyphWarning, stacklevel=3)


@lru_cache(maxsize=16)
def _styles(style: Style) -> Styles:
    """``make_styles``, once per format style and process (the parsed-markup cache is keyed by these objects)."""
    return make_styles(style)


def write_pdf(job: RenderJob) -> bytes:
    """The brief as PDF bytes; identical input gives identical bytes."""
    styles = _styles(job.style)
    missing: dict[str, None] = {}
    try:
        with gc_paused():  # tens of thousands of objects live until the write ends: no scans of them meanwhile
            data = _render(job, styles, _flow(job, styles, missing))
    except MarkupError as exc:  # the layout found what the template asked for does not fit: name the template
        raise MarkupError(f"{job.template_dir / 'brief.html.j2'}: {exc}") from None
    report_missing(missing)
    return data
