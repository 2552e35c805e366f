"""Rendering state shared by the DOCX block and inline renderers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from ...style import Style
from .oxml import bookmark
from .styles import find_style

_NOT_NAME = re.compile(r"[^0-9A-Za-z_]")
_MAX_NAME = 40


def anchor_name(anchor: str) -> str:
    """Word bookmark name for a document anchor id (letters, digits, _; starts with a letter; ≤ 40)."""
    name = _NOT_NAME.sub("_", anchor)
    if not name[:1].isalpha():
        name = "a_" + name
    if len(name) > _MAX_NAME or name != anchor:
        digest = hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:6]
        name = f"{name[: _MAX_NAME - 7]}_{digest}"
    return name


@dataclass(frozen=True, slots=True)
class Scope:
    """Where blocks are being written: the region (which picks styles) and the width available."""

    region: str
    """``body``, ``sidebar``, ``callout``, ``quote`` or ``pull``."""
    width: int
    """Width available to tables, twips."""
    depth: int = 0
    """List nesting depth (0 outside lists)."""


@dataclass(slots=True)
class Context:
    """The document being built, its style settings and the bookmarks placed so far."""

    doc: Any
    """The python-docx Document."""
    style: Style
    """The format's style settings."""
    bookmarks: dict[str, int] = field(default_factory=dict)
    """Bookmark names already placed, with their ids."""
    styles: dict[str, Any] = field(default_factory=dict)
    """Styles looked up so far, by name."""
    style_ids: dict[str, str | None] = field(default_factory=dict)
    """``style_id``'s answers so far, by style name."""
    table_style_ids: dict[str, str | None] = field(default_factory=dict)
    """``table_style_id``'s answers so far, by style name (shared by the copies of one starting document)."""
    heading_level: int = 0
    """Outline level (1 = Heading 1) of the last heading written, 0 before any: levels never skip."""

    def named(self, name: str) -> Any:
        """The document's style called ``name`` (the writer creates every style it uses)."""
        if name not in self.styles:
            found = find_style(self.doc, name)
            if found is None:
                raise KeyError(f"style {name!r} missing from the document")
            self.styles[name] = found
        return self.styles[name]

    def style_id(self, name: str) -> str | None:
        """The id of style ``name`` to put on a paragraph or run; None for the default paragraph style.

        (Setting ``paragraph.style`` through python-docx scans every style of the document each time.)
        """
        if name in self.style_ids:
            return self.style_ids[name]
        found = self.named(name)
        style_id: str | None = found.style_id
        if found.element.get(qn("w:default")) in ("1", "true", "on") and found.type == WD_STYLE_TYPE.PARAGRAPH:
            style_id = None
        self.style_ids[name] = style_id
        return style_id

    def table_style_id(self, name: str) -> str | None:
        """The id python-docx's ``table.style = <style name>`` puts on a table: None for the default table style.

        (That setter scans every style of the document for the default table style each time.)
        """
        if name not in self.table_style_ids:
            self.table_style_ids[name] = self.doc.part.get_style_id(self.named(name), WD_STYLE_TYPE.TABLE)
        return self.table_style_ids[name]

    def mark(self, paragraph: Any, anchor: str) -> None:
        """Place a bookmark for ``anchor`` around a paragraph (once per anchor)."""
        if not anchor:
            return
        name = anchor_name(anchor)
        if name in self.bookmarks:
            return
        self.bookmarks[name] = len(self.bookmarks)
        bookmark(paragraph._p, self.bookmarks[name], name)
