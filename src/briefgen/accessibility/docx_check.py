"""Accessibility rules of a Word file, checked on its XML: headings, tables, pictures, language, spacing, order.

Rules (each finding names one):

- ``language``: the document defaults set a language (``w:docDefaults``' ``w:lang``) and so do the core
  properties (``dc:language``).
- ``title``: the core properties hold a title (Word shows it in place of the file name).
- ``heading-order``: headings (paragraphs with an outline level, own or from their style) open at level 1
  and never go down more than one level at a time; the ``Title`` paragraph is the document title, not a
  heading.
- ``table-header``: a table whose first row is a header row (every cell's text in a heading style) marks
  it ``w:tblHeader`` so it repeats and screen readers announce it; a one-row layout table marks none.
- ``picture-alt``: every picture has alternative text (``descr``) and a title.
- ``empty-paragraph``: no empty paragraph stands in for spacing; the only empty paragraphs allowed are
  the ones Word itself needs (after a table that ends a cell or the body, between two tables, the one
  paragraph of an empty cell).
- ``sidebar-order``: a one-row layout table is read cell by cell, so a cell opening with a sidebar
  heading must be the last cell (the sidebar comes after the main text it sits beside).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from . import Finding

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_TITLE_STYLE = "Title"
_BUILTIN_HEADING = re.compile(r"[Hh]eading ([1-9])")
_SIDEBAR_HEADING = "Sidebar Heading"
_CONTENT = {f"{_W}t", f"{_W}drawing", f"{_W}pict", f"{_W}object", f"{_W}fldChar", f"{_W}instrText", f"{_W}sym"}


class DocxError(ValueError):
    """The file is not a Word document the checker can read."""


class _Styles:
    """The paragraph styles of a document: names, outline levels (own or inherited) and bases."""

    def __init__(self, root: ElementTree.Element | None) -> None:
        self.names: dict[str, str] = {}
        self._outline: dict[str, int] = {}
        self._based: dict[str, str] = {}
        for style in [] if root is None else root.iter(f"{_W}style"):
            style_id = style.get(f"{_W}styleId", "")
            name = style.find(f"{_W}name")
            self.names[style_id] = name.get(f"{_W}val", style_id) if name is not None else style_id
            based = style.find(f"{_W}basedOn")
            if based is not None:
                self._based[style_id] = based.get(f"{_W}val", "")
            level = style.find(f"{_W}pPr/{_W}outlineLvl")
            if level is not None:
                self._outline[style_id] = int(level.get(f"{_W}val", "9"))
        self.default = next(
            (s.get(f"{_W}styleId", "") for s in ([] if root is None else root.iter(f"{_W}style"))
             if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true", "on")),
            "",
        )  # fmt: skip

    def outline(self, style_id: str) -> int | None:
        """The outline level (0 = Heading 1) a style gives, following ``basedOn``; None for body text.

        Word gives the built-in styles ``heading 1`` … ``heading 9`` their level even without ``w:outlineLvl``.
        """
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._outline:
                level = self._outline[style_id]
                return level if level < 9 else None
            builtin = _BUILTIN_HEADING.fullmatch(self.names.get(style_id, ""))
            if builtin:
                return int(builtin.group(1)) - 1
            style_id = self._based.get(style_id, "")
        return None


def check_docx(data: bytes, name: str = "document") -> tuple[Finding, ...]:
    """Every broken rule of the Word file ``data`` (empty when it passes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body_xml = package.read("word/document.xml")
            styles_xml = _optional(package, "word/styles.xml")
            core_xml = _optional(package, "docProps/core.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise DocxError(f"{name}: not a Word document ({exc}); give a .docx file") from None
    try:
        body = ElementTree.fromstring(body_xml).find(f"{_W}body")
        styles_root = ElementTree.fromstring(styles_xml) if styles_xml else None
        core = ElementTree.fromstring(core_xml) if core_xml else None
    except ElementTree.ParseError as exc:
        raise DocxError(f"{name}: broken XML inside the Word file ({exc}); re-save it as .docx") from None
    if body is None:
        raise DocxError(f"{name}: word/document.xml has no body; re-save it as .docx")
    styles = _Styles(styles_root)
    findings: list[Finding] = []
    findings += _language(styles_root, core)
    findings += _title(core)
    findings += _headings(body, styles)
    findings += _tables(body, styles)
    findings += _pictures(body)
    findings += _empty_paragraphs(body)
    return tuple(findings)


def _optional(package: zipfile.ZipFile, part: str) -> bytes | None:
    """A part's bytes, or None when the package lacks it."""
    return package.read(part) if part in package.namelist() else None


def _language(styles: ElementTree.Element | None, core: ElementTree.Element | None) -> list[Finding]:
    """The ``language`` rule."""
    found: list[Finding] = []
    lang = None if styles is None else styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    if lang is None or not lang.get(f"{_W}val"):
        found.append(Finding("language", "word/styles.xml", "document defaults set no language (w:lang)"))
    core_lang = None if core is None else core.find(f"{_DC}language")
    if core_lang is None or not (core_lang.text or "").strip():
        found.append(Finding("language", "docProps/core.xml", "no dc:language in the core properties"))
    return found


def _title(core: ElementTree.Element | None) -> list[Finding]:
    """The ``title`` rule."""
    title = None if core is None else core.find(f"{_DC}title")
    if title is None or not (title.text or "").strip():
        return [Finding("title", "docProps/core.xml", "no document title in the core properties")]
    return []


def _paragraphs(parent: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """Paragraphs in reading order: the body's and each table cell's, row by row, cell by cell."""
    for child in parent:
        if child.tag == f"{_W}p":
            yield child
        elif child.tag == f"{_W}tbl":
            for row in child.findall(f"{_W}tr"):
                for cell in row.findall(f"{_W}tc"):
                    yield from _paragraphs(cell)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _paragraphs(content)


def _style_id(paragraph: ElementTree.Element, styles: _Styles) -> str:
    """The paragraph's style id (the default paragraph style when it names none)."""
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else styles.default


def _text(element: ElementTree.Element) -> str:
    """The visible text under ``element``."""
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


def _headings(body: ElementTree.Element, styles: _Styles) -> list[Finding]:
    """The ``heading-order`` rule."""
    found: list[Finding] = []
    previous = 0
    for paragraph in _paragraphs(body):
        style_id = _style_id(paragraph, styles)
        if styles.names.get(style_id) == _TITLE_STYLE:
            continue
        own = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
        outline = int(own.get(f"{_W}val", "9")) if own is not None else styles.outline(style_id)
        if outline is None or outline >= 9:
            continue
        level = outline + 1
        if level > previous + 1:
            where = f"heading '{_text(paragraph)[:60]}'"
            expected = "level 1" if previous == 0 else f"at most level {previous + 1}"
            found.append(Finding("heading-order", where, f"level {level} follows level {previous}; use {expected}"))
        previous = level
    return found


def _tables(body: ElementTree.Element, styles: _Styles) -> list[Finding]:
    """The ``table-header`` and ``sidebar-order`` rules, for every table (nested ones too)."""
    found: list[Finding] = []
    for number, table in enumerate(body.iter(f"{_W}tbl"), start=1):
        rows = table.findall(f"{_W}tr")
        if not rows:
            continue
        where = f"table {number} ('{_text(rows[0])[:40]}')"
        marked = rows[0].find(f"{_W}trPr/{_W}tblHeader") is not None
        if len(rows) == 1:
            if marked:
                found.append(Finding("table-header", where, "a one-row layout table marks a header row"))
            found += _sidebar_order(rows[0], styles, where)
        elif _is_header_row(rows[0], styles) and not marked:
            found.append(Finding("table-header", where, "the header row is not marked (w:tblHeader)"))
    return found


def _is_header_row(row: ElementTree.Element, styles: _Styles) -> bool:
    """True when every cell of ``row`` holds text, all of it in heading-styled paragraphs."""
    cells = row.findall(f"{_W}tc")
    if not cells:
        return False
    for cell in cells:
        texts = [p for p in cell.iter(f"{_W}p") if _text(p).strip()]
        if not texts or any("heading" not in styles.names.get(_style_id(p, styles), "").lower() for p in texts):
            return False
    return True


def _sidebar_order(row: ElementTree.Element, styles: _Styles, where: str) -> list[Finding]:
    """The ``sidebar-order`` rule for one layout row."""
    cells = row.findall(f"{_W}tc")
    for index, cell in enumerate(cells[:-1]):
        first = next((p for p in cell.findall(f"{_W}p") if _text(p).strip()), None)
        if first is not None and styles.names.get(_style_id(first, styles)) == _SIDEBAR_HEADING:
            message = f"cell {index + 1} of {len(cells)} is a sidebar; it must come after the main text"
            return [Finding("sidebar-order", where, message)]
    return []


def _pictures(body: ElementTree.Element) -> list[Finding]:
    """The ``picture-alt`` rule."""
    found: list[Finding] = []
    for number, doc_pr in enumerate(body.iter(f"{_WP}docPr"), start=1):
        for attr, what in (("descr", "alternative text"), ("title", "a title")):
            if not (doc_pr.get(attr) or "").strip():
                found.append(Finding("picture-alt", f"picture {number} ('{doc_pr.get('name', '')}')", f"no {what}"))
    return found


def _empty_paragraphs(body: ElementTree.Element) -> list[Finding]:
    """The ``empty-paragraph`` rule, in the body and every table cell."""
    found: list[Finding] = []
    for container in [body, *body.iter(f"{_W}tc")]:
        blocks = [child for child in container if child.tag in (f"{_W}p", f"{_W}tbl")]
        for index, block in enumerate(blocks):
            if block.tag != f"{_W}p" or _has_content(block):
                continue
            after_table = index > 0 and blocks[index - 1].tag == f"{_W}tbl"
            last = index == len(blocks) - 1
            before_table = not last and blocks[index + 1].tag == f"{_W}tbl"
            alone = len(blocks) == 1 and container is not body
            if alone or (after_table and (last or before_table)):
                continue
            previous = next((_text(b) for b in reversed(blocks[:index]) if _text(b).strip()), "")
            where = f"{'body' if container is body else 'table cell'}, after '{previous[-50:]}'"
            message = "an empty paragraph used for spacing; use paragraph spacing"
            found.append(Finding("empty-paragraph", where, message))
    return found


def _has_content(paragraph: ElementTree.Element) -> bool:
    """True when the paragraph shows something: text, a picture, a field, a page break."""
    for node in paragraph.iter():
        if node.tag in _CONTENT and (node.tag != f"{_W}t" or (node.text or "")):
            return True
        if node.tag == f"{_W}br" and node.get(f"{_W}type") == "page":
            return True
    return False
