"""``write_docx``: a RenderJob's document tree as the bytes of a Word file."""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from ...errors import TemplateError
from ..base import RenderJob
from ..dates import zip_time
from .blocks import render_blocks
from .context import Context, Scope
from .fonts import embed_fonts
from .oxml import element
from .package import drop_stale_parts, reproducible_zip, set_app_properties, set_core_properties
from .page import setup_page, write_running_heads
from .styles import find_style, install_styles

REFERENCE = "reference.docx"
SPACER_STYLE = "Brief Spacer"


def write_docx(job: RenderJob) -> bytes:
    """Render the job as a .docx; the same job always gives the same bytes."""
    reference = job.template_dir / REFERENCE
    has_reference = reference.is_file()
    doc = _open(reference if has_reference else None)
    _clear_body(doc)
    drop_stale_parts(doc)
    install_styles(doc, job.style, keep_existing=has_reference)
    text_width = setup_page(doc, job.style, keep_existing=has_reference)
    ctx = Context(doc, job.style)
    write_running_heads(ctx, job.document)
    render_blocks(ctx, doc._body, job.document.body, Scope("body", text_width))
    _tidy(doc)
    set_core_properties(doc, job.brief)
    set_app_properties(doc)
    embed_fonts(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return reproducible_zip(buffer.getvalue(), zip_time(job.brief))


def _open(reference: Path | None) -> Any:
    """python-docx's default template, or the format's reference.docx."""
    if reference is None:
        return docx.Document()
    try:
        return docx.Document(str(reference))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise TemplateError(f"{reference}: not a usable Word document ({exc}); re-save it as .docx") from None


def _clear_body(doc: Any) -> None:
    """Remove the template's content, keeping its final section settings."""
    body = doc.element.body
    for item in list(body):
        if item.tag != qn("w:sectPr"):
            body.remove(item)


def _tidy(doc: Any) -> None:
    """Satisfy Word: every cell ends with a paragraph, adjacent tables are kept apart, body ends in one."""
    spacer = find_style(doc, SPACER_STYLE).style_id
    body = doc.element.body
    for container in [body, *body.iter(qn("w:tc"))]:
        blocks = [item for item in container if item.tag in (qn("w:p"), qn("w:tbl"))]
        for first, second in itertools.pairwise(blocks):
            if first.tag == second.tag == qn("w:tbl"):
                first.addnext(_spacer(spacer))
        if not blocks or blocks[-1].tag == qn("w:tbl"):
            paragraph = _spacer(spacer)
            if container is body and body.find(qn("w:sectPr")) is not None:
                body.find(qn("w:sectPr")).addprevious(paragraph)
            else:
                container.append(paragraph)


def _spacer(style_id: str) -> Any:
    """An empty paragraph in the tiny spacer style."""
    paragraph = element("w:p")
    properties = element("w:pPr")
    properties.append(element("w:pStyle", val=style_id))
    paragraph.append(properties)
    return paragraph
