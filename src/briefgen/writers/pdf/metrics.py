"""Font metrics for ReportLab's paragraphs, remembered: the same answers as ``pdfmetrics`` without its detours.

ReportLab's line breaking and drawing ask ``getAscentDescent`` for every word of a paragraph of several
runs (about 900 times a seed brief); for a TrueType font it answers by raising and catching an
``AttributeError`` (the font has no ``ascent`` of its own, its face has) before it scales the face's
figures. ``ascent_descent`` remembers each (font name, size)'s answer with the font object it came from,
so a font registered again under the same name is asked afresh. ``string_width`` skips ``getFont``'s
look-up and, for a ``CachingTTFont``, its method call: it reads the font's remembered widths directly.
``install`` gives ReportLab's paragraph module both (the same numbers, so the same layout and bytes).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as _paragraph

from .ttf import CachingTTFont

_MAX_SIZES = 4096
_KNOWN: dict[tuple[str, Any], tuple[Any, tuple[float, float]]] = {}
"""(font name, size) -> (the font object, its ascent and descent at that size)."""


def ascent_descent(fontName: str, fontSize: Any = None) -> tuple[float, float]:
    """``pdfmetrics.getAscentDescent(fontName, fontSize)``."""
    key = (fontName, fontSize)
    known = _KNOWN.get(key)
    fonts = pdfmetrics._fonts  # ReportLab's registry, read each time (a test may swap it)
    if known is not None and known[0] is fonts.get(fontName):
        return known[1]
    value: tuple[float, float] = pdfmetrics.getAscentDescent(fontName, fontSize)
    font = fonts.get(fontName)  # registered by the call when it was not before
    if font is not None:
        if len(_KNOWN) >= _MAX_SIZES:
            _KNOWN.clear()
        _KNOWN[key] = (font, value)
    return value


def string_width(text: Any, fontName: str, fontSize: float, encoding: str = "utf8") -> float:
    """``pdfmetrics.stringWidth(text, fontName, fontSize, encoding)``."""
    font = pdfmetrics._fonts.get(fontName)
    if type(font) is CachingTTFont:
        known: float | None = font._widths.get((text, fontSize))
        if known is not None:
            return known
    elif font is None:
        width: float = pdfmetrics.stringWidth(text, fontName, fontSize, encoding)
        return width
    measured: float = font.stringWidth(text, fontSize, encoding=encoding)
    return measured


def install() -> None:
    """Make ReportLab's paragraphs use ``ascent_descent`` and ``string_width`` (idempotent)."""
    _paragraph.getAscentDescent = ascent_descent
    _paragraph.stringWidth = string_width
