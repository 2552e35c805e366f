"""Fuzzing the source readers: any bytes give a source or the project's own one-line error, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.ingest import reader_for
from briefgen.ingest.source import make_source

FIXTURES = Path(__file__).parent.parent / "fixtures" / "sources"
LIMIT = 1 << 20

_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["# title: T", "# url: javascript:alert(1)", "# source: https://x.org", "# date: 2026-02-30",
                     "---", "title: x", "url: data:x", "", "\x00", "\ufeff", "# ", "- item", "1. item", "\r"]),
)
TEXT = st.lists(_LINE, max_size=30).map("\n".join)


def _read(name: str, data: bytes) -> None:
    path = Path("/nonexistent/fuzz") / name
    try:
        raw = reader_for(path)(path, data, LIMIT)
        source = make_source("fuzz", path, data, raw, name)
    except BriefgenError as exc:
        assert "\n" not in str(exc), str(exc)
        return
    for paragraph in source.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(source.text)
    assert source.url is None or source.url.lower().startswith(("http://", "https://", "mailto:"))


def _mutate(base: bytes, edits: list[tuple[int, bytes]]) -> bytes:
    data = bytearray(base)
    for position, chunk in edits:
        at = position % (len(data) + 1)
        data[at : at + len(chunk)] = chunk
    return bytes(data)


EDITS = st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=8)), max_size=6)


@given(st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_text_reader(data: bytes) -> None:
    _read("a.txt", data)


@given(st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_markdown_reader(data: bytes) -> None:
    _read("a.md", data)


_TAGS = st.sampled_from(["p", "h1", "article", "div", "script", "title", "meta", "a", "table", "td", "br", "html"])
HTML = st.lists(
    st.one_of(st.text(max_size=40), _TAGS.map(lambda t: f"<{t}>"), _TAGS.map(lambda t: f"</{t}>"),
              st.just('<meta property="og:url" content="javascript:alert(1)">'), st.just("<!--"), st.just("&#0;")),
    max_size=40,
).map("".join)


@given(st.one_of(HTML.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
def test_html_reader(data: bytes) -> None:
    _read("a.html", data)


DOCX = (FIXTURES / "factsheet.docx").read_bytes()


def _docx_with(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item.filename, parts.get(item.filename, source.read(item.filename)))
    return out.getvalue()


DOCUMENT_XML = zipfile.ZipFile(io.BytesIO(DOCX)).read("word/document.xml")


@given(st.one_of(EDITS.map(lambda e: _mutate(DOCX, e)), EDITS.map(lambda e: _docx_with({"word/document.xml": _mutate(
    DOCUMENT_XML, e)}))))
def test_docx_reader(data: bytes) -> None:
    _read("a.docx", data)


def _small_pdf() -> bytes:
    """A one-page PDF of a few lines (the mutation base: small, so each example is quick)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=1, invariant=1)
    for n, line in enumerate(["Cambodia said on Monday that the port will reopen.", "It cost $5 million.", "1"]):
        page.drawString(72, 720 - 14 * n, line)
    page.showPage()
    page.save()
    return out.getvalue()


PDF = _small_pdf()


@given(st.one_of(EDITS.map(lambda e: _mutate(PDF, e)), st.binary(max_size=200).map(lambda b: b"%PDF-1.4\n" + b)))
def test_pdf_reader(data: bytes) -> None:
    _read("a.pdf", data)
