"""Reading Word documents: styled headings, body paragraphs, tables as rows, core properties, bad files."""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import briefgen.ingest.docx
from briefgen.errors import IngestError
from briefgen.ingest import read_source
from briefgen.ingest.docx import read_docx
from briefgen.ingest.source import RawSource
from fixtures.sources.make_sources import FACTSHEET, FACTSHEET_TABLE
from ingest.source_cases import SOURCES, assert_exact_spans, expected, got


def _read(path: Path) -> RawSource:
    return read_docx(path, path.read_bytes())


def test_libreoffice_docx_reads_like_the_text_version() -> None:
    raw = _read(SOURCES / "factsheet.docx")
    body = expected(FACTSHEET)
    rows = [(" | ".join(row), False) for row in FACTSHEET_TABLE]
    assert got(raw.paragraphs) == body + rows
    assert_exact_spans(raw.text, raw.paragraphs)
    assert raw.paragraphs[0].heading and raw.paragraphs[1].section == 0


def test_header_and_footer_are_not_body_text() -> None:
    text = _read(SOURCES / "factsheet.docx").text
    assert "Page 1" not in text
    assert not any(p == "U.S.-ASEAN Comprehensive Strategic Partnership" for p in text.split("\n\n"))


def test_core_properties_are_metadata() -> None:
    meta = _read(SOURCES / "factsheet.docx").metadata
    assert meta.title.startswith("FACT SHEET: President Biden")
    assert meta.author == "White House Press Office"
    assert meta.date is None  # core 'created' is a file timestamp, not a publication date


def _build(tmp_path: Path) -> Path:
    """A small document exercising styles, content controls, hidden and deleted text, breaks."""
    document = docx.Document()
    document.core_properties.title = ""
    document.core_properties.created = datetime(2024, 5, 1, 8, tzinfo=UTC)
    document.add_paragraph("Annual Review of Regional Trade", style="Title")
    document.add_paragraph("Trade across the region grew by 4 percent in 2023, led by electronics.")
    custom = document.styles.add_style("Chapter Head", 1)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Outlook for the Coming Year", style="Chapter Head")
    para = document.add_paragraph("Exports are expected to rise")
    para.add_run(" secretly").font.hidden = True
    para.add_run(" again.").add_break()
    para.add_run("Imports will follow.")
    para._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText> Deleted.</w:delText>'
                             "</w:r></w:del>"))
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a content control.'
                    "</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    document.element.body.insert(len(document.element.body) - 1, sdt)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Partner", "", "Share"], strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["China", "", "27 %"], strict=True):
        cell.text = value
    document.sections[0].header.paragraphs[0].text = "Running header text"
    path = tmp_path / "review.docx"
    document.save(str(path))
    return path


def test_styles_controls_hidden_and_deleted_text(tmp_path: Path) -> None:
    raw = _read(_build(tmp_path))
    assert [(p.text, p.heading) for p in raw.paragraphs] == [
        ("Annual Review of Regional Trade", True),
        ("Trade across the region grew by 4 percent in 2023, led by electronics.", False),
        ("Outlook for the Coming Year", True),
        ("Exports are expected to rise again.\nImports will follow.", False),
        ("Inside a content control.", False),
        ("Partner | Share", False),
        ("China | 27 %", False),
    ]
    assert raw.metadata.title == "Annual Review of Regional Trade"  # no core title: the Title paragraph
    assert raw.metadata.date is None  # the core "created" stamp does not date the text
    assert_exact_spans(raw.text, raw.paragraphs)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _lying_sizes(data: bytes, size: int) -> bytes:
    """The same zip with every central-directory entry claiming ``size`` uncompressed bytes."""
    out = bytearray(data)
    start = out.find(b"PK\x01\x02")
    while start != -1:
        out[start + 24 : start + 28] = struct.pack("<I", size)
        start = out.find(b"PK\x01\x02", start + 4)
    return bytes(out)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"This is plain text saved with a .docx name.", "not a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "password-protected or in an old binary format"),
        (_zip({"hello.txt": b"not a word document"}), "not a readable Word .docx file"),
        (_zip({"word/document.xml": bytes(3 * 1024 * 1024)}), "possible zip bomb"),
        (_lying_sizes(_zip({"word/document.xml": b"<w:document/>"}), 300 * 1024 * 1024), "over the 200 MB limit"),
    ],
    ids=["not-zip", "ole", "no-document", "ratio", "size"],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        _read(path)
    assert message in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


def _repeated_paragraphs(path: Path, paragraph: str, times: int) -> Path:
    """A small .docx whose document.xml holds one paragraph ``times`` times (it packs to a few KB)."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    body = f"<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p>" * times
    xml = source.read("word/document.xml").decode().replace("<w:body>", "<w:body>" + body, 1)
    members = {item.filename: source.read(item.filename) for item in source.infolist()}
    path.write_bytes(_zip({**members, "word/document.xml": xml.encode()}))
    return path


def test_text_past_the_source_limit_stops_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file far under the limit whose text is far over it: refused as soon as the text passes the limit."""
    sentence = "The delegation discussed trade, security and the regional outlook at length. "
    path = _repeated_paragraphs(tmp_path / "bomb.docx", sentence, 5000)  # 385,000 characters of text
    limit = 64 * 1024
    assert path.stat().st_size < limit
    read: list[int] = []
    paragraph_text = briefgen.ingest.docx._paragraph_text

    def counted(paragraph: Any) -> str:
        read.append(1)
        return paragraph_text(paragraph)

    monkeypatch.setattr(briefgen.ingest.docx, "_paragraph_text", counted)
    with pytest.raises(IngestError) as info:
        read_source(path, "bomb", max_bytes=limit)
    assert str(info.value) == (
        f"{path}: extracted text exceeds the 0.0625 MB source limit; split the document or raise --max-source-mb"
    )
    assert len(read) <= limit // len(sentence) + 2  # stopped at the limit, not after all 5,000 paragraphs
    assert len(read_docx(path, path.read_bytes()).paragraphs) == 5000  # the default limit takes it whole


def test_a_member_needing_a_newer_zip_version_is_a_clear_error(tmp_path: Path) -> None:
    """Found by fuzzing: zipfile raises NotImplementedError for such an entry, which was an internal error."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    data = bytearray(buffer.getvalue())
    entry = data.rindex(b"PK\x01\x02")  # the last central-directory entry
    data[entry + 6 : entry + 8] = struct.pack("<H", 64)  # "version needed to extract": 6.4
    path = tmp_path / "new.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError, match=r"new\.docx: not a valid \.docx file"):
        read_source(path, "new")
