"""The text object the PDF writer draws paragraphs with writes ReportLab's own operators for text and colour."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

import briefgen
from briefgen.writers.pdf.marked_text import MarkedText
from briefgen.writers.pdf.ttf import CachingTTFont

#: A bundled face with glyphs for more than 256 of the characters below (so a second subset is used).
FONT = str(Path(briefgen.__file__).parent / "data" / "fonts" / "LiberationSans-Regular.ttf")
TEXTS = ["", "Cambodia", "60%", "(parens) and \\ back", "’curly’ and “quotes”", "a\u00a0b", "Ǎ beyond ÿ", "ĀāĂă" * 70]
TEXTS += ["".join(map(chr, range(0x100, 0x250))), "back to ASCII"]  # past 256 codes: a second subset and back
COLOURS = [HexColor("#1f3b5c"), Color(0.1, 0.2, 0.3), Color(0, 0, 0, alpha=0.5), CMYKColor(0, 0, 0, 1), (1, 0, 0)]


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfmetrics, "_fonts", {})
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})


def _operators(kind: type[PDFTextObject], font: str) -> str:
    canvas = Canvas(io.BytesIO(), invariant=1)
    text = kind(canvas, 72, 700)
    for colour in COLOURS:
        text.setFont(font, 10, 13)
        for part in TEXTS:
            text.setFillColor(colour)
            text._textOut(part, 1)
            text._textOut(part)
    code: str = text.getCode()
    return code


@pytest.mark.parametrize("face", ["caching", "plain", "Helvetica"])
def test_operators_are_reportlabs(face: str) -> None:
    pdfmetrics.registerFont(CachingTTFont("caching", FONT))
    pdfmetrics.registerFont(CachingTTFont("plain", FONT))
    if face == "plain":
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics._fonts["plain"] = TTFont("plain", FONT)
    assert _operators(MarkedText, face) == _operators(PDFTextObject, face)


@pytest.mark.parametrize("colour", [Color(0.1, 0.2, 0.3), Color(0, 0, 0, alpha=0.5), Color(0, 0, 0, alpha=1)])
def test_fill_alpha_is_set_as_reportlab_sets_it(colour: Color) -> None:
    made = []
    for kind in (MarkedText, PDFTextObject):
        canvas = Canvas(io.BytesIO(), invariant=1)
        text = kind(canvas, 72, 700)
        for _ in range(2):
            text.setFillColor(colour)
            text.setFillColor(Color(0.5, 0.5, 0.5, alpha=0.25))
        made.append((text.getCode(), canvas._doc._pdfVersion, dict(canvas._extgstate._d)))
    assert made[0] == made[1]
    with pytest.raises(ValueError, match="setFillAlpha invalid value"):
        MarkedText(Canvas(io.BytesIO()), 0, 0).setFillColor(Color(0, 0, 0, alpha=1.5))
