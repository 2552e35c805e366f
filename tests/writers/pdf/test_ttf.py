"""The caching TrueType font measures and encodes exactly as ReportLab's ``TTFont`` does."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from briefgen.writers.pdf.ttf import CachingTTFont

FONT = "Vera.ttf"  # ships with reportlab


class _Doc:
    """A stand-in document (fonts keep their code assignments per document, weakly)."""


def _texts() -> list[str]:
    """Words and runs of text: ASCII, curly quotes, a no-break space, a tab, more than 256 distinct characters."""
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(32, 127)] + list("’“”–—·…é\u00a0\t") + [chr(c) for c in range(0x100, 0x250)]
    texts = ["", " ", "Cambodia", "ASEM’s", "60%", "“quoted”", "a\u00a0b", "tab\there"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(400)]
    return texts + texts  # each seen again, when its characters have codes


def test_widths_are_reportlabs() -> None:
    plain, caching = TTFont("plain", FONT), CachingTTFont("caching", FONT)
    for text in _texts():
        for size in (7, 9.5, 10.0):
            assert caching.stringWidth(text, size) == plain.stringWidth(text, size)


def test_encoding_is_reportlabs_and_assigns_the_same_codes() -> None:
    plain, caching = TTFont("plain", FONT), CachingTTFont("caching", FONT)
    doc_a, doc_b = _Doc(), _Doc()  # two documents: each its own code assignments
    for index, text in enumerate(_texts()):
        doc = doc_a if index % 3 else doc_b
        assert caching.splitString(text, doc) == plain.splitString(text, doc)
    for doc in (doc_a, doc_b):
        assert caching.state[doc].subsets == plain.state[doc].subsets
        assert caching.state[doc].assignments == plain.state[doc].assignments


def test_bytes_are_encoded_as_reportlab_does() -> None:
    plain, caching = TTFont("plain", FONT), CachingTTFont("caching", FONT)
    doc = _Doc()
    for text in (b"plain bytes", "caf\u00e9".encode(), b"plain bytes"):
        assert caching.splitString(text, doc) == plain.splitString(text, doc)
        assert caching.stringWidth(text, 10) == plain.stringWidth(text, 10)


def _document(font: TTFont) -> bytes:
    """A small PDF in ``font`` (registered under one name for both font classes)."""
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(font.fontName, 10)
    for line, text in enumerate(_texts()[:120]):
        canvas.drawString(20, 800 - 6 * line, text)
    canvas.save()
    return out.getvalue()


def test_a_document_in_the_caching_font_is_byte_identical() -> None:
    assert _document(CachingTTFont("same-name", FONT)) == _document(TTFont("same-name", FONT))


def test_remembered_subsets_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    make = TTFontFace.makeSubset
    monkeypatch.setattr(TTFontFace, "makeSubset", lambda face, subset: made.append(1) or make(face, subset))
    _forget_registered_fonts(monkeypatch)  # else ReportLab would draw in the first font of the face registered
    font = CachingTTFont("remembering", FONT)
    first = _document(font)
    cut = len(made)
    assert cut >= 1
    again = [_document(font) for _ in range(2)]
    assert len(made) == cut  # the later documents found every subset
    assert first == again[0] == again[1]
    _forget_registered_fonts(monkeypatch)
    assert first == _document(TTFont("remembering", FONT))


def _forget_registered_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """ReportLab's font registry emptied for one test (restored after it)."""
    monkeypatch.setattr(pdfmetrics, "_fonts", {})
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
