"""Reading PDFs: paragraphs rebuilt across lines and pages, hyphenation undone, furniture dropped."""

from __future__ import annotations

import io
import re
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import briefgen.ingest.pdf
import briefgen.ingest.pdf.document
from briefgen.errors import IngestError
from briefgen.ingest.pdf import read_pdf
from briefgen.ingest.pdf.furniture import is_page_number
from briefgen.ingest.pdf.reflow import join_lines
from briefgen.ingest.source import RawSource
from fixtures.sources.make_sources import CAMBODIA, FACTSHEET
from ingest.pdf_cases import one_page_pdf, text_ops
from ingest.source_cases import SOURCES, assert_exact_spans, expected, got, norm


def _read(path: Path) -> RawSource:
    return read_pdf(path, path.read_bytes())


def test_libreoffice_pdf_reads_like_the_text_version() -> None:
    raw = _read(SOURCES / "cambodia.pdf")
    assert got(raw.paragraphs) == expected(CAMBODIA)
    assert_exact_spans(raw.text, raw.paragraphs)
    # The fixture was hyphenated at line ends (soft hyphens): words come back whole.
    assert "partnerships across sectors" in raw.text and "comprising 53 partners" in raw.text


def test_two_columns_are_read_one_after_the_other() -> None:
    raw = _read(SOURCES / "cambodia_columns.pdf")
    # Narrow justified columns break compounds at their hyphen ("high-" + "level"); without a
    # dictionary the reader cannot tell those from hyphenation, so compare ignoring hyphens.
    def unhyphenated(rows: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
        return [(text.replace("-", ""), heading) for text, heading in rows]

    assert unhyphenated(got(raw.paragraphs)) == unhyphenated(expected(CAMBODIA))
    assert "Cambodia Outlook" not in raw.text  # the running header
    assert_exact_spans(raw.text, raw.paragraphs)


def test_headers_footers_and_page_numbers_are_dropped() -> None:
    raw = _read(SOURCES / "factsheet.pdf")
    body = expected(FACTSHEET)
    assert got(raw.paragraphs)[: len(body)] == body
    assert_exact_spans(raw.text, raw.paragraphs)
    assert not re.search(r"Page \d", raw.text)
    assert "U.S.-ASEAN Comprehensive Strategic Partnership" not in [p.text for p in raw.paragraphs]
    tail = " ".join(p.text for p in raw.paragraphs[len(body) :])
    assert "$860 million" in tail and "State and USAID" in tail  # the table's cells are kept


def test_metadata_from_document_info() -> None:
    meta = _read(SOURCES / "factsheet.pdf").metadata
    assert meta.title.startswith("FACT SHEET: President Biden")
    assert meta.author == "White House Press Office"
    assert meta.date is None  # the file's CreationDate is a file timestamp, not a publication date


_WIDTH = 345.0
_PAGES: list[list[tuple[str, list[str]]]] = [
    [
        ("title", ["Security Outlook for the Region"]),
        ("body", ["Officials from ten countries met in the capital this week to review the",
                  "state of security cooperation, and they warned that the threat of trans-",
                  "national crime, piracy and smuggling across the whole of the Indo-",
                  "Pacific region has grown steadily since 2020."]),
        ("body", ["Delegates agreed a joint plan of action with their closest and well-",
                  "known partners, covering maritime patrols, training and the sharing"]),
    ],
    [
        ("body", ["of information about smuggling routes and vessels, and they set a",
                  "review date for next year."]),
        ("heading", ["Funding"]),
        ("body", ["The plan costs $45 million over three years, a well-known concern for",
                  "smaller members."]),
    ],
    [("body", ["A final communiqué will be issued after the summit."])],
]
_FONTS = {"title": ("Helvetica-Bold", 16.0), "heading": ("Helvetica-Bold", 13.0), "body": ("Helvetica", 11.0)}


def _synthetic_pdf(path: Path) -> Path:
    """Three pages with a running header, 'Page n of 3' footers, justified lines and line-end hyphens."""
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setTitle("Security Outlook")
    c.setAuthor("Regional Desk")
    for number, page in enumerate(_PAGES, start=1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, "Regional Outlook Quarterly | Restricted")
        c.drawCentredString(297, 40, f"Page {number} of {len(_PAGES)}")
        y = 760.0
        for kind, lines in page:
            font, size = _FONTS[kind]
            for index, line in enumerate(lines):
                text = c.beginText(72, y)
                text.setFont(font, size)
                gaps = line.count(" ")
                if kind == "body" and index < len(lines) - 1 and gaps:
                    text.setWordSpace((_WIDTH - stringWidth(line, font, size)) / gaps)
                text.textLine(line)
                c.drawText(text)
                y -= size * 1.3
            y -= 10
        c.showPage()
    c.save()
    return path


def test_paragraphs_rebuilt_across_lines_and_pages(tmp_path: Path) -> None:
    raw = _read(_synthetic_pdf(tmp_path / "outlook.pdf"))
    assert [(p.text, p.heading) for p in raw.paragraphs] == [
        ("Security Outlook for the Region", True),
        ("Officials from ten countries met in the capital this week to review the state of security "
         "cooperation, and they warned that the threat of transnational crime, piracy and smuggling across "
         "the whole of the Indo-Pacific region has grown steadily since 2020.", False),
        ("Delegates agreed a joint plan of action with their closest and well-known partners, covering "
         "maritime patrols, training and the sharing of information about smuggling routes and vessels, "
         "and they set a review date for next year.", False),
        ("Funding", True),
        ("The plan costs $45 million over three years, a well-known concern for smaller members.", False),
        ("A final communiqué will be issued after the summit.", False),
    ]
    assert_exact_spans(raw.text, raw.paragraphs)
    assert raw.metadata.title == "Security Outlook" and raw.metadata.author == "Regional Desk"
    assert raw.metadata.date is None


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the threat of trans-", "national crime"], "the threat of transnational crime"),
        (["in the Indo-", "Pacific"], "in the Indo-Pacific"),
        (["the U.S.-", "ASEAN summit"], "the U.S.-ASEAN summit"),
        (["between 2019–", "2020 and"], "between 2019–2020 and"),
        (["a state-of-", "the-art plan"], "a state-of-the-art plan"),
        (["with soft\u00ad", "hyphens"], "with softhyphens"),
        (["a dash -", "then more"], "a dash - then more"),
        (["small-", "and medium-sized"], "small- and medium-sized"),
        (["plain line", "next line"], "plain line next line"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_join_lines_keeps_hyphens_the_document_uses() -> None:
    assert join_lines(["a well-", "known plan"], {"well-known"}) == "a well-known plan"
    assert join_lines(["a well-", "known plan"]) == "a wellknown plan"


@pytest.mark.parametrize("text", ["7", "- 7 -", "Page 7 of 12", "7/12", "xiv", "p. 4", "— 12 —"])
def test_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2024 report", "Civil", "mix", "Page Seven", "12 | Report"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


def _pdf(*, encrypt: pdfencrypt.StandardEncryption | None = None, scanned: bool = False) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt=encrypt)
    if scanned:
        from PIL import Image

        c.drawImage(ImageReader(Image.new("L", (300, 400), 230)), 72, 300, 300, 400)
    else:
        c.drawString(72, 720, "The text layer of this page holds one sentence.")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_owner_password_only_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "owner.pdf"
    path.write_bytes(_pdf(encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0)))
    assert [norm(p.text) for p in _read(path).paragraphs] == ["The text layer of this page holds one sentence."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_pdf(encrypt=pdfencrypt.StandardEncryption("user", ownerPassword="owner")),
         "encrypted; remove the password first"),
        (_pdf(scanned=True), "no text layer"),
        (b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n", "not a readable PDF"),
        (_pdf()[:400], "not a readable PDF"),
        (b"Plain text saved with a .pdf name.", "not a PDF file"),
    ],
    ids=["encrypted", "scanned", "garbage", "truncated", "not-pdf"],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        _read(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text
    if message == "no text layer":
        assert "run OCR first" in text


def test_text_past_the_source_limit_stops_at_that_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = SOURCES / "cambodia.pdf"  # four pages of about 2,000 characters
    laid_out: list[int] = []
    lines_of = briefgen.ingest.pdf.page_lines

    def counted(page: Any, number: int) -> Any:
        laid_out.append(number)
        return lines_of(page, number)

    monkeypatch.setattr(briefgen.ingest.pdf, "page_lines", counted)
    with pytest.raises(IngestError) as info:
        read_pdf(path, path.read_bytes(), max_bytes=3000)
    assert str(info.value) == (
        f"{path}: extracted text exceeds the 0.00286 MB source limit; split the document or raise --max-source-mb"
    )
    assert laid_out == [0, 1]


def test_a_page_drawing_too_many_characters_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefgen.ingest.pdf.document, "MAX_PAGE_GLYPHS", 500)
    path = tmp_path / "dense.pdf"
    path.write_bytes(one_page_pdf(text_ops([b"Forty characters of text, drawn small.."] * 13, size=2)))
    with pytest.raises(IngestError) as info:
        _read(path)
    assert str(info.value) == f"{path}: page 1 draws over 500 characters; the PDF looks malformed or hostile"
    path.write_bytes(one_page_pdf(text_ops([b"Forty characters of text, drawn small.."] * 12, size=2)))
    assert len(_read(path).text) > 400


def test_a_very_long_word_reads_in_linear_time(tmp_path: Path) -> None:
    """Text drawn without spaces is one long "word": the hyphenation patterns must not backtrack on it."""
    path = tmp_path / "word.pdf"
    path.write_bytes(one_page_pdf(text_ops([b"a" * 30_000], size=1)))
    started = time.perf_counter()
    assert len(_read(path).text) == 30_000
    assert time.perf_counter() - started < 5  # 16 s when the scan backtracked
    started = time.perf_counter()
    assert join_lines(["a" * 30_000 + " pre-", "fix"]).endswith(" prefix")
    assert time.perf_counter() - started < 1


def test_text_far_off_the_page_does_not_size_the_column_search(tmp_path: Path) -> None:
    path = tmp_path / "far.pdf"
    ops = b"BT /F1 12 Tf 72 700 Td (Text on the page.) Tj ET BT /F1 12 Tf 1000000000 680 Td (Far away.) Tj ET"
    path.write_bytes(one_page_pdf(ops))
    tracemalloc.start()
    try:
        text = _read(path).text
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "Text on the page." in text and "Far away." in text
    assert peak < 100 * 1024 * 1024  # a list of a billion gutter counts (7.6 GB) before
