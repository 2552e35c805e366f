"""Reader for Word documents (``.docx``): styled headings, paragraphs, tables as rows, core properties."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.opc.coreprops import CoreProperties
from docx.oxml.ns import qn

from ..errors import IngestError
from .blocks import Block, assemble
from .decode import DEFAULT_MAX_BYTES
from .limits import TextBudget
from .source import Metadata, RawSource
from .zipguard import check_zip

_HEADING_NAME = re.compile(r"(heading [1-9]|title)", re.I)
_BODY_LEVEL = 9
_MAX_STYLE_DEPTH = 16
_CELL_SEPARATOR = " | "
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent"))
_CUSTOM_XML, _INS, _TXBX = qn("w:customXml"), qn("w:ins"), qn("w:txbxContent")
_VAL = qn("w:val")
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): " ", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_SKIP_TAGS = {qn("w:del"), qn("w:moveFrom"), _TXBX, qn("w:instrText"), qn("w:fldData"), qn("w:rPr"), qn("w:pPr")}


def read_docx(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """A Word document: body paragraphs in order, heading styles kept, each table row one paragraph."""
    check_zip(path, data, ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
        styles = _StyleIndex(document.styles.element)
        text, paragraphs = assemble(_blocks(document.element.body, styles), budget=TextBudget(path, max_bytes))
        metadata = _metadata(document)
    except IngestError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on malformed packages
        raise IngestError(
            f"{path}: not a readable Word .docx file ({type(exc).__name__}); re-save it from Word or LibreOffice"
        ) from None
    if not metadata.title and paragraphs and paragraphs[0].heading:
        metadata = metadata.with_title(paragraphs[0].text)
    return RawSource(text, paragraphs, "docx", "utf-8", metadata)


class _StyleIndex:
    """Which paragraph style ids are headings: named Heading 1-9 or Title, or with an outline level."""

    def __init__(self, styles: Any) -> None:
        self._styles = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style"))}
        self._cache: dict[str, bool] = {}

    def is_heading(self, style_id: str | None) -> bool:
        """True when the style or one it is based on is a heading style."""
        if style_id is None:
            return False
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id)
        return self._cache[style_id]

    def _resolve(self, style_id: str) -> bool:
        current: str | None = style_id
        for _ in range(_MAX_STYLE_DEPTH):
            style = self._styles.get(current)
            if style is None:
                return False
            name = style.find(qn("w:name"))
            if name is not None and _HEADING_NAME.fullmatch(name.get(_VAL, "").strip()):
                return True
            if _outline_level(style.find(qn("w:pPr"))) < _BODY_LEVEL:
                return True
            based_on = style.find(qn("w:basedOn"))
            current = based_on.get(_VAL) if based_on is not None else None
        return False


def _outline_level(ppr: Any) -> int:
    level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    try:
        return int(level.get(_VAL)) if level is not None else _BODY_LEVEL
    except (TypeError, ValueError):
        return _BODY_LEVEL


def _blocks(container: Any, styles: _StyleIndex) -> Iterator[Block]:
    """Paragraphs and table rows of a body-like element, descending into content controls."""
    for child in container:
        if child.tag == _P:
            ppr = child.find(qn("w:pPr"))
            style = ppr.find(qn("w:pStyle")) if ppr is not None else None
            heading = styles.is_heading(style.get(_VAL) if style is not None else None)
            yield Block(_paragraph_text(child), heading or _outline_level(ppr) < _BODY_LEVEL)
        elif child.tag == _TBL:
            for row in (r for r in child if r.tag == _TR):
                cells = (" ".join(_cell_text(cell).split()) for cell in row if cell.tag == _TC)
                yield Block(_CELL_SEPARATOR.join(c for c in cells if c))
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML, _INS):
            yield from _blocks(child, styles)


def _cell_text(cell: Any) -> str:
    return " ".join(_paragraph_text(p) for p in cell.iter(_P) if not _in_textbox(p, cell))


def _in_textbox(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _TXBX:
            return True
        parent = parent.getparent()
    return False


def _paragraph_text(paragraph: Any) -> str:
    """Visible text of a paragraph: runs, hyperlinks, fields and insertions, without hidden or deleted text."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP_TAGS or (tag == qn("w:r") and _hidden(child)):
                continue
            if tag in _TEXT_TAGS:
                replacement = _TEXT_TAGS[tag]
                if tag == qn("w:br") and child.get(qn("w:type")) in ("page", "column"):
                    replacement = " "
                parts.append(child.text or "" if replacement is None else replacement)
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(_VAL, "true").lower() not in ("0", "false", "off")


def _metadata(document: Any) -> Metadata:
    """Title and author from the core properties. Their ``created`` is when the file was made, not when the
    text was published, so it does not date the source (brief.toml's [provenance] can)."""
    props = _core_properties(document)
    if props is None:
        return Metadata()
    return Metadata(
        title=(props.title or "").strip(),
        author=(props.author or "").strip() or None,
    )


def _core_properties(document: Any) -> CoreProperties | None:
    """Core properties found by relationship type suffix: LibreOffice writes a variant python-docx misses."""
    for rel in document.part.package.rels.values():
        if not rel.is_external and rel.reltype.endswith("/metadata/core-properties"):
            props = getattr(rel.target_part, "core_properties", None)
            return props if isinstance(props, CoreProperties) else None
    return None
