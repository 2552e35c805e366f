"""``write_docx``: a RenderJob's document tree as the bytes of a Word file."""

from __future__ import annotations

import copy
import io
import itertools
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from ..._speed.disk_cache import cache_key, cached_bytes
from ...errors import TemplateError
from ...incremental import code_fingerprint
from ...style import Style
from ..base import RenderJob
from ..dates import zip_time
from .blocks import render_blocks
from .context import Context, Scope
from .fonts import StyleChains, embed_fonts
from .numbering import lists_ready
from .oxml import element
from .package import drop_stale_parts, package_members, reproducible_zip, set_app_properties, set_core_properties
from .page import setup_page, write_running_heads
from .styles import find_style, install_styles, seed_index, style_positions

REFERENCE = "reference.docx"
SPACER_STYLE = "Brief Spacer"


def write_docx(job: RenderJob) -> bytes:
    """Render the job as a .docx; the same job always gives the same bytes."""
    reference = job.template_dir / REFERENCE
    doc, start = _prepared(reference if reference.is_file() else None, job.style)
    text_width = start.text_width
    ctx = Context(doc, job.style, table_style_ids=start.table_style_ids)
    write_running_heads(ctx, job.document)
    render_blocks(ctx, doc._body, job.document.body, Scope("body", text_width))
    _tidy(doc)
    set_core_properties(doc, job.brief)
    set_app_properties(doc)
    embed_fonts(doc, start.chains)
    return reproducible_zip(package_members(doc, start.blobs), zip_time(job.brief))


@dataclass(frozen=True, slots=True)
class _Start:
    """A starting document opened in this process, and what every copy of it shares."""

    doc: Any
    """The document, opened, ready for a body, never written into: each write takes a deep copy."""
    text_width: int
    """Width of the text column, twips."""
    positions: dict[str, int]
    """``style_positions`` of its style sheet (each copy's ``find_style`` index is made from them)."""
    table_style_ids: dict[str, str | None]
    """``Context.table_style_id``'s answers (the same for every copy: a write adds no table style)."""
    shared: dict[int, Any]
    """What every copy shares with the document instead of copying it (``copy.deepcopy``'s memo): the style sheet's
    part, when no write changes it (every list style there with its numbering), else nothing."""
    blobs: dict[Any, bytes]
    """The saved bytes of the shared parts (``package_members``' ``known``)."""
    chains: StyleChains | None
    """The shared style sheet's ``StyleChains`` (``embed_fonts``'), None when the sheet is not shared."""


_PREPARED: OrderedDict[tuple[bytes | None, Style], _Start] = OrderedDict()
"""Starting documents made before in this process, by (reference.docx bytes or None, style). The latest
``_MAX_PREPARED`` are kept."""
_MAX_PREPARED = 16
_MAX_STORED = 64
"""Starting documents kept on disk (about 0.4 MB each; the key changes with every edit of the code)."""
_WIDTH_BYTES = 8


def _prepared(reference: Path | None, style: Style) -> tuple[Any, _Start]:
    """The document to write a body into: the starting document emptied, restyled and paged, and its text width.

    It depends only on the starting document, the style and the code, so it is made once and later opened from
    its saved bytes (restyling and the style sheet's set-up cost more than reading it back): kept on disk between
    processes (``_speed.disk_cache``, keyed by those three), and opened once per process: a deep copy of the
    opened document (its parts and their XML trees) costs about half of opening the bytes again. The style sheet
    (most of the document's XML) is not copied when no write changes it: the copies share it, and its saved bytes."""
    key = (reference.read_bytes() if reference is not None else None, style)
    known = _PREPARED.get(key)
    if known is None:
        disk_key = cache_key(
            b"reference" if key[0] is not None else b"python-docx default",
            key[0] or b"",
            repr(style).encode(),
            code_fingerprint().encode(),
        )
        stored = cached_bytes("docx-start", disk_key, lambda: _make_prepared(reference, style), _MAX_STORED)
        doc = docx.Document(io.BytesIO(stored[_WIDTH_BYTES:]))
        styles_part = doc.part._styles_part
        shared = lists_ready(doc)  # else a write may add a list style or numbering to the sheet: each copies it
        known = _Start(
            doc,
            int.from_bytes(stored[:_WIDTH_BYTES], "big"),
            style_positions(doc),
            {},
            {id(styles_part): styles_part, id(styles_part.element): styles_part.element} if shared else {},
            {styles_part: styles_part.blob} if shared else {},
            StyleChains(styles_part.element) if shared else None,
        )
        _PREPARED[key] = known
        if len(_PREPARED) > _MAX_PREPARED:
            _PREPARED.popitem(last=False)
    else:
        _PREPARED.move_to_end(key)
    doc = copy.deepcopy(known.doc, dict(known.shared))
    seed_index(doc, known.positions)
    return doc, known


def _make_prepared(reference: Path | None, style: Style) -> bytes:
    """The text width (8 bytes) and the starting document, saved (``_prepared``)."""
    doc = _open(reference)
    _clear_body(doc)
    drop_stale_parts(doc)
    install_styles(doc, style, keep_existing=reference is not None)
    text_width = setup_page(doc, style, keep_existing=reference is not None)
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_STORED) as package:
        for name, data in package_members(doc).items():
            package.writestr(name, data)
    return text_width.to_bytes(_WIDTH_BYTES, "big") + saved.getvalue()


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
    for container in [body, *body.iter(_TC)]:
        blocks = [item for item in container if item.tag in _BLOCK_TAGS]
        for first, second in itertools.pairwise(blocks):
            if first.tag == second.tag == _TBL:
                first.addnext(_spacer(spacer))
        if not blocks or blocks[-1].tag == _TBL:
            paragraph = _spacer(spacer)
            if container is body and body.find(_SECT_PR) is not None:
                body.find(_SECT_PR).addprevious(paragraph)
            else:
                container.append(paragraph)


_TC, _TBL, _SECT_PR = qn("w:tc"), qn("w:tbl"), qn("w:sectPr")
_BLOCK_TAGS = (qn("w:p"), _TBL)


def _spacer(style_id: str) -> Any:
    """An empty paragraph in the tiny spacer style."""
    paragraph = element("w:p")
    properties = element("w:pPr")
    properties.append(element("w:pStyle", val=style_id))
    paragraph.append(properties)
    return paragraph
