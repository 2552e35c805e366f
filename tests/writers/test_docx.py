"""DOCX writer: real Word styles, sidebar as a shaded floating table, links, running heads, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefgen.document import (
    Aside,
    Bar,
    Block,
    Cell,
    FigureBlock,
    Heading,
    Link,
    ListBlock,
    ListItem,
    Para,
    Row,
    Strong,
    Sup,
    Table,
    Text,
)
from briefgen.errors import TemplateError, WriteError
from briefgen.style import Style
from briefgen.writers.base import RenderJob
from briefgen.writers.docx import write_docx
from briefgen.writers.pdf.fonts import resolve_family

from writers.sample_document import BANNER, SOURCE_URL, TITLE, sample_job

TRICKY = "Q&A <b>not a tag</b> “curly” ‘single’ — ភ្នំពេញ 柬埔寨 a\u00a0b"


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The sample brief written once for the read-only tests."""
    return write_docx(sample_job(tmp_path_factory.mktemp("format")))


@pytest.fixture(scope="module")
def sample(sample_bytes: bytes) -> Any:
    """The sample brief read back with python-docx."""
    return docx.Document(io.BytesIO(sample_bytes))


def _job(tmp_path: Path, body: tuple[Block, ...], **style: Any) -> RenderJob:
    """The sample job with another body (and style settings)."""
    job = sample_job(tmp_path)
    document = replace(job.document, body=body)
    return replace(job, document=document, style=replace(job.style, **style))


def _read(data: bytes) -> Any:
    """A written .docx read back with python-docx."""
    return docx.Document(io.BytesIO(data))


def _paragraphs(doc: Any, root: Any = None) -> list[Paragraph]:
    """Every paragraph under ``root`` (default: the body), table cells included, in order."""
    element = doc.element.body if root is None else root
    return [Paragraph(p, doc._body) for p in element.iter(qn("w:p"))]


def _styled(doc: Any, style: str) -> list[str]:
    """Texts of the paragraphs in ``style``."""
    return [p.text for p in _paragraphs(doc) if p.style.name == style]


def _xml(data: bytes, name: str) -> str:
    """One part of the package as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def _fill(cell: Any) -> str | None:
    """The background fill of a table cell."""
    shd = cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    return None if shd is None else shd.get(qn("w:fill"))


# --- reproducibility ---------------------------------------------------------------------------


def test_two_writes_give_identical_bytes(tmp_path: Path, sample_bytes: bytes) -> None:
    assert write_docx(sample_job(tmp_path)) == sample_bytes


def test_a_write_leaves_the_kept_starting_document_as_it_was(tmp_path: Path, sample_bytes: bytes) -> None:
    job = sample_job(tmp_path)
    other = replace(job, document=replace(job.document, body=job.document.body[:2], header=(), footer=()))
    assert write_docx(other) != sample_bytes  # another document, written into a copy of the same start
    assert write_docx(job) == sample_bytes


def test_zip_entries_are_dated_from_the_brief_and_ordered(sample_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(sample_bytes)) as package:
        infos = package.infolist()
    assert {info.date_time for info in infos} == {(2026, 11, 28, 0, 0, 0)}
    names = [info.filename for info in infos]
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert names[2:] == sorted(names[2:])
    assert {info.compress_type for info in infos} == {zipfile.ZIP_DEFLATED}


def test_zip_is_what_zipfile_writes_at_level_9(sample_bytes: bytes) -> None:
    """Members deflated once per process are handed to ``zipfile``: the file is the one it would write itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sample_bytes)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.create_system, copy.external_attr = 8, 3, info.external_attr
            target.writestr(copy, source.read(info), compresslevel=9)
    assert out.getvalue() == sample_bytes


def test_unchanged_members_are_not_deflated_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.writers.docx import package

    job = sample_job(tmp_path)
    write_docx(job)
    deflated: list[int] = []

    class Counting:
        DEFLATED = zlib.DEFLATED

        @staticmethod
        def compressobj(*args: Any) -> Any:
            deflated.append(1)
            return zlib.compressobj(*args)

    monkeypatch.setattr(package, "zlib", Counting)
    changed = write_docx(replace(job, brief=replace(job.brief, title="Another title")))
    with zipfile.ZipFile(io.BytesIO(changed)) as written:
        members = len(written.infolist())
    assert 0 < len(deflated) <= 3 < members  # the document, its core properties: not the fonts, styles, theme


def test_the_starting_document_is_kept_on_disk_between_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.writers.docx import writer

    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    made: list[int] = []
    make = writer._make_prepared

    def counting(*args: Any) -> bytes:
        made.append(1)
        return make(*args)

    monkeypatch.setattr(writer, "_make_prepared", counting)
    monkeypatch.setattr(writer, "_PREPARED", writer.OrderedDict())
    job = sample_job(tmp_path)
    first = write_docx(job)
    writer._PREPARED.clear()  # as a new process finds it
    assert write_docx(job) == first
    assert made == [1]
    write_docx(replace(job, style=replace(job.style, body_size=11.0)))  # another style: another document
    assert made == [1, 1]


def test_source_date_epoch_sets_the_zip_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    with zipfile.ZipFile(io.BytesIO(write_docx(sample_job(tmp_path)))) as package:
        assert {info.date_time for info in package.infolist()} == {(2026, 1, 1, 0, 0, 0)}


def test_a_bad_source_date_epoch_is_a_write_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(WriteError, match="SOURCE_DATE_EPOCH"):
        write_docx(sample_job(tmp_path))


def test_a_bad_brief_date_is_a_write_error(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    with pytest.raises(WriteError, match="28 Nov"):
        write_docx(replace(job, brief=replace(job.brief, date="28 Nov")))


def test_no_template_leftovers(sample_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(sample_bytes)) as package:
        names = package.namelist()
    assert not [n for n in names if "thumbnail" in n or "stylesWithEffects" in n]


def test_app_properties_are_briefgens_own(sample_bytes: bytes) -> None:
    app = _xml(sample_bytes, "docProps/app.xml")
    assert "<Application>briefgen</Application>" in app
    for leftover in ("Microsoft", "Normal.dotm", "<Template", "<Pages>", "<Words>", "AppVersion"):
        assert leftover not in app
    types = _xml(sample_bytes, "[Content_Types].xml")
    assert 'PartName="/docProps/app.xml"' in types
    assert "extended-properties" in _xml(sample_bytes, "_rels/.rels")


def test_a_reference_docx_app_xml_is_replaced_too(tmp_path: Path) -> None:
    _reference(tmp_path)
    app = _xml(write_docx(sample_job(tmp_path)), "docProps/app.xml")
    assert "<Application>briefgen</Application>" in app and "Microsoft" not in app


# --- metadata ----------------------------------------------------------------------------------


def test_core_properties_come_from_the_brief(sample: Any) -> None:
    props = sample.core_properties
    midnight = dt.datetime(2026, 11, 28, 0, 0)
    assert props.title == TITLE
    assert props.subject == "ASEM engagement · Indo-Pacific security · China alignment"
    assert props.author == "Asia-Pacific Desk"
    assert props.keywords == "ASEM engagement, Indo-Pacific security, China alignment"
    assert props.language.startswith("en-")
    assert props.created.replace(tzinfo=None) == midnight
    assert props.modified.replace(tzinfo=None) == midnight
    assert props.last_printed.replace(tzinfo=None) == midnight


def test_subject_and_author_fall_back_to_themes_and_briefgen(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    job = replace(job, brief=replace(job.brief, subtitle="", author=""))
    props = _read(write_docx(job)).core_properties
    assert props.subject == "ASEM engagement; Indo-Pacific security; China alignment"
    assert props.author == "briefgen"


# --- styles ------------------------------------------------------------------------------------


def test_blocks_use_real_word_styles(sample: Any) -> None:
    assert _styled(sample, "Title") == [TITLE]
    assert _styled(sample, "Heading 1") == [
        "ASEM engagement",
        "Indo-Pacific security",
        "China alignment",
        "Actors",
        "Sources",
    ]
    assert len(_styled(sample, "List Bullet")) == 10
    assert _styled(sample, "List Number")[0].startswith("Khmer Times")
    assert _styled(sample, "Key Figure")[:2] == ["$17.7B1", "$588M1"]
    assert _styled(sample, "Key Figure Label")[1] == "Chinese aid pledged, 2018–2021"
    assert _styled(sample, "Sidebar Heading") == ["Key figures"]
    assert _styled(sample, "Intense Quote")[0].startswith("“Despite current challenges")
    assert _styled(sample, "Quote Attribution") == ["— Prak Sokhonn, Deputy Prime Minister"]
    assert _styled(sample, "Brief Meta")[0].startswith("28 November 2026")
    assert _styled(sample, "Brief BLUF")[0].startswith("Bottom line: ")
    assert _styled(sample, "Brief Note") == ["Figures as reported; not independently verified."]
    assert _styled(sample, "Subtitle") == ["ASEM engagement · Indo-Pacific security · China alignment"]
    assert _styled(sample, "Brief Rule") == []  # a rule is a border, never an empty paragraph


def test_a_rule_is_drawn_above_the_next_paragraph(sample: Any) -> None:
    sources = next(p for p in _paragraphs(sample) if p.text == "Sources")
    top = sources._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")
    assert top is not None and top.get(qn("w:val")) == "single"


def test_headings_never_skip_a_level(sample: Any) -> None:
    levels = [
        int(p._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")))
        for p in _paragraphs(sample)
        if p._p.pPr is not None and p._p.pPr.find(qn("w:outlineLvl")) is not None
    ]
    assert levels[0] == 0
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_runs_carry_no_direct_fonts_sizes_or_colours(sample_bytes: bytes) -> None:
    body = _xml(sample_bytes, "word/document.xml")
    for direct in ("<w:rFonts", "<w:sz ", "<w:color "):
        assert direct not in body


def test_style_settings_go_onto_the_styles(tmp_path: Path) -> None:
    style = Style(body_font="Liberation Serif", body_size=11.0, title_size=24.0, accent_colour="#aa0000")
    job = replace(sample_job(tmp_path), style=style)
    styles = _read(write_docx(job)).styles
    assert styles["Normal"].font.name == "Liberation Serif"
    assert styles["Normal"].font.size == Pt(11)
    assert styles["Title"].font.size == Pt(24)
    assert str(styles["Heading 1"].font.color.rgb) == "AA0000"
    assert str(styles["Key Figure"].font.color.rgb) == "AA0000"
    assert str(styles["Brief Banner"].font.color.rgb) == "0B6E2E"
    assert styles["Brief Banner"].font.bold


def test_colours_fonts_and_shade_reach_every_style(tmp_path: Path) -> None:
    style = Style(
        heading_font="Liberation Serif",
        text_colour="#101010",
        muted_colour="#707070",
        banner_colour="#cc0000",
        sidebar_shade="#fafa00",
        h2_size=15.0,
        small_size=7.0,
        figure_size=21.0,
    )
    data = write_docx(replace(sample_job(tmp_path), style=style))
    doc = _read(data)
    styles = doc.styles
    assert styles["Heading 1"].font.name == "Liberation Serif" and styles["Title"].font.name == "Liberation Serif"
    assert styles["Heading 1"].font.size == Pt(15)
    assert str(styles["Normal"].font.color.rgb) == "101010"
    assert str(styles["Brief Meta"].font.color.rgb) == "707070"
    assert str(styles["Brief Banner"].font.color.rgb) == "CC0000"
    assert styles["Key Figure"].font.size == Pt(21)
    assert styles["Brief Meta"].font.size == Pt(7)
    assert _fill(doc.tables[0].rows[0].cells[0]) == "FAFA00"
    assert 'w:fill="FAFA00"' in _xml(data, "word/document.xml")


def test_line_spacing_follows_the_style(tmp_path: Path) -> None:
    doc = _read(write_docx(replace(sample_job(tmp_path), style=Style(body_size=10.0, line_spacing=1.6))))
    normal = doc.styles["Normal"].paragraph_format
    # The PDF's leading (size × spacing), as a floor: Word's "multiple" would scale the font's own line height.
    assert normal.line_spacing == Pt(16)
    assert normal.line_spacing_rule == WD_LINE_SPACING.AT_LEAST


def test_letter_gives_a_letter_size_section(tmp_path: Path) -> None:
    data = write_docx(replace(sample_job(tmp_path), style=Style(page_size="Letter")))
    page = re.search(r"<w:pgSz [^>]*>", _xml(data, "word/document.xml"))
    assert page is not None
    assert 'w:w="12240"' in page.group(0) and 'w:h="15840"' in page.group(0)  # 8.5 x 11 in = 612 x 792 pt


def test_margins_and_sidebar_width_follow_the_style(tmp_path: Path) -> None:
    style = Style(margin_top=30.0, margin_bottom=25.0, margin_right=15.0, sidebar_width=45.0)
    doc = _read(write_docx(replace(sample_job(tmp_path), style=style)))
    section = doc.sections[0]
    assert abs(section.top_margin - Mm(30)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(25)) < Mm(0.1)
    assert abs(section.right_margin - Mm(15)) < Mm(0.1)
    assert abs(doc.tables[0].rows[0].cells[0].width - Mm(45)) < Mm(0.1)


@pytest.mark.parametrize(("size", "width_mm"), [("A4", 210), ("Letter", 215.9)])
def test_page_size_and_margins_follow_the_style(tmp_path: Path, size: str, width_mm: float) -> None:
    job = replace(sample_job(tmp_path), style=Style(page_size=size, margin_left=25.0))
    section = _read(write_docx(job)).sections[0]
    assert abs(section.page_width - Mm(width_mm)) < Mm(0.1)
    assert abs(section.left_margin - Mm(25)) < Mm(0.1)


# --- layout ------------------------------------------------------------------------------------


def test_sidebar_is_a_shaded_table_floating_beside_the_body_text(sample: Any) -> None:
    box = sample.tables[0]
    assert (len(box.rows), len(box.columns)) == (1, 1)
    [side] = box.rows[0].cells
    assert "$588M" in side.text and "Chinese aid pledged, 2018–2021" in side.text
    assert _fill(side) == "E8EEF4"
    assert abs(side.width - Mm(55)) < Mm(0.1)
    edges = box._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in edges} == {"nil"}
    # Text wrapping "Around", at the right margin: the bottom line is body text beside it, in no table.
    place = box._tbl.tblPr.find(qn("w:tblpPr"))
    assert place.get(qn("w:tblpXSpec")) == "right" and place.get(qn("w:vertAnchor")) == "text"
    after = box._tbl.getnext()
    assert after.tag == qn("w:p") and "Bottom line:" in "".join(after.itertext())
    assert all("Bottom line:" not in cell.text and "ASEM engagement" not in cell.text for t in sample.tables
               for row in t.rows for cell in row.cells)  # fmt: skip


def test_callout_is_a_shaded_band_on_its_own_paragraphs_not_a_layout_table(sample: Any) -> None:
    body = sample.element.body
    heading = next(p for p in body.iterchildren(qn("w:p")) if "Q&A on aid" in "".join(p.itertext()))
    ppr = heading.find(qn("w:pPr"))
    assert ppr.find(f"{qn('w:shd')}").get(qn("w:fill")) == "E8EEF4"
    assert ppr.find(f"{qn('w:pBdr')}/{qn('w:left')}") is not None
    assert all("Q&A on aid" not in cell.text for t in sample.tables for row in t.rows for cell in row.cells)


def test_no_text_boxes_or_frames_and_only_the_sidebar_floats(sample_bytes: bytes) -> None:
    body = _xml(sample_bytes, "word/document.xml")
    for floating in ("txbxContent", "v:textbox", "wps:txbx", "w:framePr"):
        assert floating not in body
    assert body.count("<w:tblpPr") == 1


def test_data_table_has_a_shaded_repeating_header_row(sample: Any) -> None:
    actors = next(t for t in sample.tables if t.rows[0].cells[0].text == "Actor")
    assert actors.style.name == "Brief Table"
    header = actors.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [_fill(c) for c in header.cells] == ["E8EEF4", "E8EEF4"]
    assert header.cells[0].paragraphs[0].style.name == "Table Heading"
    assert actors.rows[1].cells[1].text == "Deputy Prime Minister & Foreign Minister"
    assert _fill(actors.rows[1].cells[0]) is None


def test_columns_are_never_narrower_than_their_longest_word(tmp_path: Path) -> None:
    role = "Deputy Prime Minister; Minister of Foreign Affairs and International Cooperation"
    rows = [Row(tuple(Cell((Text(name),), header=True) for name in ("Name", "Role", "Mentions")))]
    body = ("Association of Southeast Asian Nations", role, "3")
    rows += [Row(tuple(Cell((Text(text),)) for text in body))] * 3
    table = _read(write_docx(_job(tmp_path, (Table(tuple(rows)),)))).tables[0]
    widths = [cell.width for cell in table.rows[0].cells]
    bold = resolve_family(Style().body_font).bold
    mentions = Pt(stringWidth("Mentions", bold, Style().body_size))
    assert widths[2] > mentions  # "Mentions" in bold on one line (margins come on top)
    assert widths[1] > widths[0] > widths[2]
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    assert margins is not None  # on the table itself, which LibreOffice honours


def test_memo_block_table_has_no_rules(tmp_path: Path) -> None:
    memo = Table((Row((Cell((Text("TO:"),), header=True), Cell((Text("Desk"),)))),), classes=("memo-block",))
    table = _read(write_docx(_job(tmp_path, (memo,)))).tables[0]
    assert table.style is None or table.style.name != "Brief Table"
    edges = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in edges} == {"nil"}


def test_bar_data_becomes_a_captioned_chart_picture_with_alt_text(sample: Any, sample_bytes: bytes) -> None:
    assert _styled(sample, "Caption") == ["ASEM partners’ share of world totals"]
    assert not [t for t in sample.tables if t.rows[0].cells[0].text == "Global GDP"]
    pictures = [p for p in _paragraphs(sample) if p.style.name == "Brief Chart"]
    assert len(pictures) == 1
    doc_pr = next(pictures[0]._p.iter(qn("wp:docPr")))
    assert doc_pr.get("descr") == (
        "Bar chart: ASEM partners’ share of world totals. "
        "Global GDP 65%; World population 60%; Global tourism 75%; Global trade 68%."
    )
    assert doc_pr.get("title") == "ASEM partners’ share of world totals"
    with zipfile.ZipFile(io.BytesIO(sample_bytes)) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(media) == 1 and package.read(media[0]).startswith(b"\x89PNG")
    shape = sample.inline_shapes[0]
    assert abs(shape.width - Mm(120)) < Mm(0.5)  # a small chart, as wide as the PDF draws it


def test_a_chart_inside_a_box_fits_the_box(tmp_path: Path) -> None:
    chart = FigureBlock((), (Bar("a", 1.0, "1"), Bar("b", 2.0, "2")), "cap", ("chart",))
    doc = _read(write_docx(_job(tmp_path, (Aside((chart,), classes=("callout",)),), margin_left=60.0)))
    section = doc.sections[0]
    assert doc.inline_shapes[0].width <= section.page_width - section.left_margin - section.right_margin - Mm(3)


def test_a_chart_with_many_bars_stays_one_picture(tmp_path: Path) -> None:
    bars = tuple(Bar(f"item {i}", float(i), str(i)) for i in range(45))
    doc = _read(write_docx(_job(tmp_path, (FigureBlock((), bars, "", ("chart",)),))))
    assert len(doc.inline_shapes) == 1
    assert doc.inline_shapes[0].height > Mm(100)


def test_every_cell_ends_with_a_paragraph_and_tables_never_touch(tmp_path: Path) -> None:
    grid = Table((Row((Cell((Text("a"),)),)),))
    boxed = Aside((Para((Text("x"),)), grid), classes=("callout",))
    doc = _read(write_docx(_job(tmp_path, (grid, grid, boxed))))
    for tc in doc.element.body.iter(qn("w:tc")):
        assert tc[-1].tag == qn("w:p")
    blocks = [el.tag for el in doc.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    assert all(not (a == b == qn("w:tbl")) for a, b in itertools.pairwise(blocks))
    assert blocks[-1] == qn("w:p")


def test_rule_is_a_bordered_paragraph_style(sample: Any) -> None:
    rule = sample.styles["Brief Rule"].element
    assert rule.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None


# --- lists -------------------------------------------------------------------------------------


def _num_id(paragraph: Paragraph) -> str | None:
    """The numId set on a paragraph itself."""
    found = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if found is None else found.get(qn("w:val"))


def test_each_numbered_list_starts_again_at_one(tmp_path: Path) -> None:
    steps = ListBlock(True, (ListItem((Text("one"),)), ListItem((Text("two"),))))
    doc = _read(write_docx(_job(tmp_path, (steps, Para((Text("between"),)), steps))))
    numbered = [p for p in _paragraphs(doc) if p.style.name == "List Number"]
    ids = [_num_id(p) for p in numbered]
    assert ids[0] == ids[1] != ids[2] == ids[3]
    numbering = doc.part.numbering_part.element
    for num_id in {ids[0], ids[2]}:
        num = numbering.num_having_numId(int(str(num_id)))
        assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"


def test_nested_lists_use_level_two_styles(tmp_path: Path) -> None:
    inner = ListBlock(False, (ListItem((Text("inner"),)),))
    outer = ListBlock(False, (ListItem((Text("outer"),), blocks=(inner,)),))
    doc = _read(write_docx(_job(tmp_path, (outer,))))
    assert _styled(doc, "List Bullet") == ["outer"]
    assert _styled(doc, "List Bullet 2") == ["inner"]


# --- links and running heads -------------------------------------------------------------------


def test_external_links_are_real_hyperlinks(sample: Any, sample_bytes: bytes) -> None:
    targets = {rel.target_ref for rel in sample.part.rels.values() if rel.is_external}
    assert targets == {SOURCE_URL}
    body = _xml(sample_bytes, "word/document.xml")
    r_id = next(r for r, rel in sample.part.rels.items() if rel.target_ref == SOURCE_URL)
    assert f'<w:hyperlink r:id="{r_id}"' in body


def test_citations_are_superscript_links_to_the_source_bookmark(sample: Any) -> None:
    body = sample.element.body
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    source_item = next(p for p in _paragraphs(sample) if p.text.startswith("Khmer Times"))
    marks = {b.get(qn("w:name")) for b in source_item._p.iter(qn("w:bookmarkStart"))}
    assert len(anchors) == 1 and anchors == marks
    citation = sample.styles["Brief Citation"]
    assert citation.font.superscript
    cite_runs = [r for h in body.iter(qn("w:hyperlink")) for r in h.iter(qn("w:r"))]
    assert all(r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}") is not None for r in cite_runs)


def test_headings_with_ids_are_bookmarked(sample: Any) -> None:
    names = {b.get(qn("w:name")) for b in sample.element.body.iter(qn("w:bookmarkStart"))}
    assert "title" in names
    assert any(name.startswith("theme_asem") for name in names)
    assert all(len(name) <= 40 and name[0].isalpha() for name in names)


def test_unsafe_link_schemes_become_plain_text(tmp_path: Path) -> None:
    bad = Para((Link("javascript:alert(1)", (Text("click"),)),))
    data = write_docx(_job(tmp_path, (bad,)))
    assert "javascript" not in _xml(data, "word/_rels/document.xml.rels")
    assert _styled(_read(data), "Normal") == ["click"]


def test_link_targets_are_percent_encoded(tmp_path: Path) -> None:
    odd = Para((Link("https://example.org/a b?q=<1>&r=ü", (Text("odd"),)),))
    doc = _read(write_docx(_job(tmp_path, (odd,))))
    targets = [rel.target_ref for rel in doc.part.rels.values() if rel.is_external]
    assert targets == ["https://example.org/a%20b?q=%3C1%3E&r=%C3%BC"]


def test_banner_and_page_x_of_y_on_every_page(sample: Any, sample_bytes: bytes) -> None:
    section = sample.sections[0]
    header = section.header.paragraphs
    assert [p.text for p in header] == [BANNER]
    assert header[0].style.name == "Brief Banner"
    footer = section.footer.paragraphs
    assert footer[0].text == BANNER
    assert footer[-1].text.startswith("Page ")
    instructions = _xml(sample_bytes, "word/footer1.xml")
    assert "> PAGE <" in instructions and "> NUMPAGES <" in instructions


# --- text fidelity -----------------------------------------------------------------------------


def test_markup_characters_and_other_scripts_come_through(tmp_path: Path) -> None:
    body = (
        Heading(2, (Text(TRICKY),)),
        Para((Strong((Text(TRICKY),)), Sup((Text("<1>"),))), id="p&1"),
        Table((Row((Cell((Text(TRICKY),)),)),)),
        Para((Link("#p&1", (Text("back"),), title='say "hi" & <bye>'),)),
    )
    job = _job(tmp_path, body)
    job = replace(job, document=replace(job.document, header=(Para((Text(TRICKY),), classes=("banner",)),)))
    doc = _read(write_docx(job))
    texts = [p.text for p in _paragraphs(doc)]
    assert texts[:2] == [TRICKY, TRICKY + "<1>"]
    assert TRICKY in texts
    assert doc.sections[0].header.paragraphs[0].text == TRICKY
    link = next(doc.element.body.iter(qn("w:hyperlink")))
    assert link.get(qn("w:tooltip")) == 'say "hi" & <bye>'


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    doc = _read(write_docx(_job(tmp_path, (Para((Text("a\x00b\x0bc\x1fd"),)),))))
    assert _styled(doc, "Normal") == ["abcd"]


def test_line_breaks_and_tabs_survive(tmp_path: Path) -> None:
    doc = _read(write_docx(_job(tmp_path, (Para((Text("one\ntwo\tthree"),)),))))
    assert _styled(doc, "Normal") == ["one\ntwo\tthree"]


# --- reference.docx ----------------------------------------------------------------------------


def _reference(folder: Path, *, strip_lists: bool = False) -> Path:
    """A reference.docx with its own Normal font, a red Title, body text and header text."""
    ref = docx.Document()
    ref.styles["Normal"].font.name = "Liberation Serif"
    ref.styles["Title"].font.color.rgb = docx.shared.RGBColor(0xCC, 0, 0)
    ref.add_paragraph("TEMPLATE BODY TEXT")
    ref.sections[0].header.paragraphs[0].text = "TEMPLATE HEADER"
    if strip_lists:
        for name in ("List Bullet", "List Number"):
            element = ref.styles[name].element
            element.getparent().remove(element)
        numbering = next(r for r, rel in ref.part.rels.items() if rel.reltype.endswith("/numbering"))
        ref.part.rels.pop(numbering)
    path = folder / "reference.docx"
    ref.save(str(path))
    return path


def test_reference_docx_supplies_the_styles_but_not_the_content(tmp_path: Path) -> None:
    _reference(tmp_path)
    data = write_docx(sample_job(tmp_path))
    doc = _read(data)
    assert doc.styles["Normal"].font.name == "Liberation Serif"
    assert str(doc.styles["Title"].font.color.rgb) == "CC0000"
    assert doc.styles["Key Figure"].font.size == Pt(18)
    texts = [p.text for p in _paragraphs(doc)]
    assert "TEMPLATE BODY TEXT" not in texts and TITLE in texts
    assert [p.text for p in doc.sections[0].header.paragraphs] == [BANNER]
    assert write_docx(sample_job(tmp_path)) == data


def test_reference_docx_without_list_styles_still_gets_numbered_lists(tmp_path: Path) -> None:
    _reference(tmp_path, strip_lists=True)
    doc = _read(write_docx(sample_job(tmp_path)))
    numbered = [p for p in _paragraphs(doc) if p.style.name == "List Number"]
    assert numbered and _num_id(numbered[0]) is not None
    bullet = doc.styles["List Bullet"].element
    assert bullet.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None


def test_a_reference_docx_without_list_numbering_gives_the_same_bytes_each_write(tmp_path: Path) -> None:
    from briefgen.writers.docx import writer

    path = _reference(tmp_path, strip_lists=True)
    first = write_docx(sample_job(tmp_path))
    assert write_docx(sample_job(tmp_path)) == first
    # each write numbers the list styles: the copies do not share the starting document's style sheet
    start = writer._PREPARED[(path.read_bytes(), sample_job(tmp_path).style)]
    assert not start.shared and start.chains is None


def test_copies_share_a_style_sheet_no_write_changes(tmp_path: Path) -> None:
    from briefgen.writers.docx import writer

    first = write_docx(sample_job(tmp_path))
    start = writer._PREPARED[(None, sample_job(tmp_path).style)]
    assert start.shared and start.chains is not None
    ((styles_part, blob),) = start.blobs.items()
    assert write_docx(sample_job(tmp_path)) == first
    assert styles_part.blob == blob  # unchanged by the writes
    assert zipfile.ZipFile(io.BytesIO(first)).read("word/styles.xml") == blob


def test_the_starting_document_is_made_once_per_reference_and_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.writers.docx import writer

    path = _reference(tmp_path)
    first = write_docx(sample_job(tmp_path))
    restyled: list[int] = []
    install = writer.install_styles

    def counting(*args: Any, **kwargs: Any) -> None:
        restyled.append(1)
        install(*args, **kwargs)

    monkeypatch.setattr(writer, "install_styles", counting)
    assert write_docx(sample_job(tmp_path)) == first
    assert restyled == []
    ref = docx.Document(str(path))
    ref.styles["Normal"].font.name = "Liberation Mono"
    ref.save(str(path))
    assert _read(write_docx(sample_job(tmp_path))).styles["Normal"].font.name == "Liberation Mono"
    assert restyled == [1]  # an edited reference.docx is a new starting document


def test_a_broken_reference_docx_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "reference.docx").write_bytes(b"not a zip")
    with pytest.raises(TemplateError, match=r"reference\.docx"):
        write_docx(sample_job(tmp_path))


# --- LibreOffice -------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="needs LibreOffice (soffice) and pdftotext")
def test_libreoffice_opens_and_converts_it(tmp_path: Path, sample_bytes: bytes) -> None:
    source = tmp_path / "brief.docx"
    source.write_bytes(sample_bytes)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    text = subprocess.run(
        [str(PDFTOTEXT), "-layout", str(tmp_path / "brief.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert text.count(BANNER) >= 4  # header and footer of each of the (at least) two pages
    for expected in (TITLE, "$588M", "Chinese aid pledged, 2018–2021", "Q&A on aid", "Page 1 of 2"):
        assert expected in text


def test_bold_cells_are_measured_bold(tmp_path: Path) -> None:
    long = " ".join(["a long event description"] * 12)
    rows = tuple(Row((Cell((Strong((Text("2024"),)),)), Cell((Text(long),)))) for _ in range(3))
    table = _read(write_docx(_job(tmp_path, (Table(rows, classes=("compact",)),)))).tables[0]
    bold = stringWidth("2024", resolve_family("Liberation Sans").bold, Style().small_size)
    assert table.rows[0].cells[0].width > Pt(bold + 8.5)


@pytest.mark.parametrize("text", ["plain", " padded ", "x"])
@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=4)))
def test_a_plain_run_is_the_run_python_docx_makes(text: str, flags: tuple[bool, bool, bool, bool]) -> None:
    from docx.oxml.ns import nsdecls
    from docx.oxml.parser import parse_xml

    from briefgen.writers.docx.inlines import RunFormat, plain_run

    styled, bold, italic, superscript = flags
    fmt = RunFormat(bold, italic, superscript, "Brief Citation" if styled else "")
    theirs = Paragraph(parse_xml(f"<w:p {nsdecls('w')}/>"), None)
    run = theirs.add_run(text)
    if styled:
        run._r.style = "BriefCitation"
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if superscript:
        run.font.superscript = True
    ours = parse_xml(f"<w:p {nsdecls('w')}/>")
    ours.append(plain_run(text, fmt, "BriefCitation" if styled else None))
    assert etree_bytes(ours) == etree_bytes(theirs._p)


def etree_bytes(node: Any) -> bytes:
    """A node as the bytes a saved document holds."""
    from lxml import etree

    return bytes(etree.tostring(node))
