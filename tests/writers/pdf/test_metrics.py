"""The font metrics the PDF writer gives ReportLab's paragraphs are ReportLab's own, font by font."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from briefgen.writers.pdf import breaks, metrics  # noqa: F401  (importing the writer installs them)
from briefgen.writers.pdf.ttf import CachingTTFont

SIZES = (6.2, 7, 9.5, 10, 10.0, 13.5)
TEXTS = ("", " ", "Cambodia", "ASEM’s", "60%", "a\u00a0b", "x" * 100, b"bytes")


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfmetrics, "_fonts", {})
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})


def test_installed_in_reportlabs_paragraphs() -> None:
    assert paragraph.getAscentDescent is metrics.ascent_descent
    assert paragraph.stringWidth is metrics.string_width


@pytest.mark.parametrize("kind", [TTFont, CachingTTFont])
def test_answers_are_pdfmetrics(kind: type[TTFont]) -> None:
    pdfmetrics.registerFont(kind("face", "Vera.ttf"))
    for name in ("face", "Helvetica", "Times-Bold"):
        for size in (*SIZES, None):
            assert metrics.ascent_descent(name, size) == pdfmetrics.getAscentDescent(name, size)
            assert metrics.ascent_descent(name, size) == pdfmetrics.getAscentDescent(name, size)  # remembered
        for size in SIZES:
            for text in TEXTS:
                for _ in range(2):
                    assert metrics.string_width(text, name, size) == pdfmetrics.stringWidth(text, name, size)


def test_a_font_registered_again_is_asked_afresh() -> None:
    pdfmetrics.registerFont(CachingTTFont("face", "Vera.ttf"))
    vera = metrics.ascent_descent("face", 10), metrics.string_width("Cambodia", "face", 10)
    pdfmetrics._fonts["face"] = CachingTTFont("face", "VeraBd.ttf")  # another font under the same name
    bold = metrics.ascent_descent("face", 10), metrics.string_width("Cambodia", "face", 10)
    assert bold == (pdfmetrics.getAscentDescent("face", 10), pdfmetrics.stringWidth("Cambodia", "face", 10))
    assert bold[1] != vera[1]
