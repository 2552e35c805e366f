"""A TrueType font that remembers string widths and encodes text it has seen without a loop per character.

Line breaking measures every word, and the same words come back on every line, paragraph and brief;
drawing encodes every run of text into the font's subset codes, one Python step per character in
ReportLab. Both give exactly what ``TTFont`` gives: widths are remembered per font object (so a font
registered again under the same name starts afresh), and text is encoded through a table of the codes
ReportLab has already assigned in that document, falling back to ReportLab for any character it has not.

Saving, every document embeds each face's subsets: a subset font file cut from the TrueType file and
compressed (about 1 ms a face). A subset is the list of characters given codes, and ASCII always has its
own codes, so briefs in the same characters embed the same subsets: the font file of a subset and the
compressed streams are remembered per process (the latest ``_MAX_SUBSETS``), the same bytes as made anew.
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

from . import syntax

#: Texts longer than this are measured, not remembered (a very long token is seldom measured twice).
_MAX_KEY = 64
#: The remembered widths are forgotten when they pass this many (memory stays bounded).
_MAX_WIDTHS = 100_000
_NBSP = 0xA0
_SPACE = 0x20
_PRINTABLE_ASCII = range(0x20, 0x7F)
#: Subset font files (and compressed font streams) remembered per process.
_MAX_SUBSETS = 32


_compressed = functools.lru_cache(maxsize=2 * _MAX_SUBSETS)(zlib.compress)
"""Compressed font streams (subset font files, ToUnicode maps), by their uncompressed bytes."""


class _RememberedZCompress(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    """ReportLab's Flate filter (the same name, the same ``zlib.compress``), remembering what it compressed."""

    def encode(self, text: Any) -> bytes:
        """``text`` compressed, as ``PDFStreamFilterZCompress`` compresses it."""
        if isinstance(text, str):
            text = text.encode("utf8")
        return _compressed(bytes(text))


_FONT_STREAM = _RememberedZCompress()


class _Codes:
    """The subset codes ReportLab has assigned in one document, as a ``str.translate`` table of subset 0."""

    __slots__ = ("ascii", "chars", "table")

    def __init__(self) -> None:
        self.ascii = False
        """True when every printable ASCII character (U+0020-U+007E) is its own code in ``table``."""
        self.table: dict[int, int] = {}
        """Code point -> code, for characters assigned a code in subset 0 (the first 256 codes)."""
        self.chars: set[str] = set()
        """The characters of ``table``."""


class CachingTTFont(TTFont):  # type: ignore[misc]
    """``TTFont`` with remembered string widths and a fast encoding of text whose characters have codes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """As ``TTFont``."""
        super().__init__(*args, **kwargs)
        self._widths: dict[tuple[str, float], float] = {}
        make = self.face.makeSubset
        subset_file = functools.lru_cache(maxsize=_MAX_SUBSETS)(lambda key: make(list(key)))
        self.face.makeSubset = lambda subset: subset_file(tuple(subset))

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
        """The width of ``text`` at ``size`` points, as ``TTFont.stringWidth`` gives it."""
        if type(text) is not str or len(text) > _MAX_KEY:
            width: float = super().stringWidth(text, size, encoding)
            return width
        key = (text, size)
        known = self._widths.get(key)
        if known is None:
            if len(self._widths) >= _MAX_WIDTHS:
                self._widths.clear()
            known = self._widths[key] = super().stringWidth(text, size, encoding)
        return known

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """``text`` as (subset, codes) runs, as ``TTFont.splitString`` gives them (and assigns new codes)."""
        state = self.state.get(doc) if type(text) is str and text else None
        codes: _Codes | None = getattr(state, "_briefgen_codes", None)
        if codes is not None:
            if codes.ascii and text.isascii() and text.isprintable():  # most text: its own codes
                return [(0, text.encode("ascii"))]
            if codes.chars.issuperset(text):
                return [(0, text.translate(codes.table).encode("latin-1"))]
        runs: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        if type(text) is str:
            self._learn(text, self.state[doc])
        return runs

    def addObjects(self, doc: Any) -> None:
        """Add the font's subsets to ``doc`` as ``TTFont`` does; their widths written by ``syntax.NumberArray``."""
        state = self.state.get(doc)
        named = state is not None and state.internalName is not None
        names = [f"{state.internalName}+{n}" for n in range(len(state.subsets))] if named else []
        objects = doc.idToObject
        before = len(objects)
        super().addObjects(doc)
        for obj in list(objects.values())[before:]:  # the subsets' font files and ToUnicode maps
            if type(obj) is pdfdoc.PDFStream and obj.filters == [pdfdoc.PDFZCompress]:
                obj.filters = [_FONT_STREAM]
        fonts = objects["BasicFonts"].dict
        for name in names:
            font = fonts.get(name)
            if font is not None and type(getattr(font, "Widths", None)) is pdfdoc.PDFArray:
                font.Widths = syntax.NumberArray(font.Widths.sequence)

    @staticmethod
    def _learn(text: str, state: Any) -> None:
        """Add the codes of ``text``'s characters that now have one in subset 0 to the document's table."""
        codes = getattr(state, "_briefgen_codes", None)
        assigned = state.assignments
        if codes is None:  # the document's first text: every code assigned so far (ReportLab gives ASCII its own)
            codes = state._briefgen_codes = _Codes()
            text = "".join(map(chr, assigned)) + (chr(_NBSP) if _SPACE in assigned else "") + text
        for char in set(text) - codes.chars:
            point = ord(char)
            code = assigned.get(_SPACE if point == _NBSP else point)
            if code is not None and code < 256:
                codes.table[point] = code
                codes.chars.add(char)
        if not codes.ascii:
            table = codes.table
            codes.ascii = all(table.get(point) == point for point in _PRINTABLE_ASCII)
