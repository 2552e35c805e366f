"""Issue 11's 'Done when' checks on the bundled formats: Word that staff can edit (no layout table around body
text, headings in order, pull quotes kept with their section), each figure once per page of the seed PDF,
a Source line under every chart, a serif memo, and a timeline that does not repeat the summaries."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]

from briefgen.api import prepare, render_document
from briefgen.document import FigureBlock, Heading, ListBlock, Para, Table, WithSidebar, plain_text
from briefgen.model import Brief
from briefgen.templating.formats import find_format
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

ROOT = Path(__file__).parents[2]
MIXED = ROOT / "tests" / "fixtures" / "briefs" / "mixed"
FORMATS = ("policy-brief", "one-pager", "memo")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Paragraph styles a table cell may hold: table text, the key-figure sidebar's and the strip's.
CELL_STYLES = {
    "TableText",
    "TableHeading",
    "TableSmall",
    "KeyFigure",
    "KeyFigureLabel",
    "SidebarHeading",
    "BriefSpacer",
}


@pytest.fixture(scope="module")
def mixed_brief() -> Brief:
    return prepare(MIXED)[2]


def _job(name: str, brief: Brief) -> RenderJob:
    fmt = find_format(name)
    return RenderJob(brief, render_document(fmt, brief), fmt.style, fmt.folder)


def _docx_body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml")).find(f"{W}body")


def _style(paragraph: etree._Element) -> str:
    node = paragraph.find(f"{W}pPr/{W}pStyle")
    return "" if node is None else str(node.get(f"{W}val"))


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_word_has_no_layout_table_around_body_text_and_headings_in_order(
    name: str, which: str, request: pytest.FixtureRequest
) -> None:
    body = _docx_body(write_format(_job(name, request.getfixturevalue(which)), "docx"))
    for cell in body.iter(f"{W}tc"):
        styles = {_style(p) for p in cell.iter(f"{W}p")}
        assert styles <= CELL_STYLES, (name, styles - CELL_STYLES)
    levels = [int(s[-1]) for s in (_style(p) for p in body.iter(f"{W}p")) if re.fullmatch(r"Heading\d", s)]
    assert levels and levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    for paragraph in body.iter(f"{W}p"):
        assert paragraph.find(f"{W}pPr/{W}outlineLvl") is None or _style(paragraph) == "SidebarHeading"


def test_sources_are_not_nested_under_key_dates(seed_brief: Brief) -> None:
    for name in FORMATS:
        headings = [b for b in render_document(find_format(name), seed_brief).body if isinstance(b, Heading)]
        sources = next(h for h in headings if h.id == "sources")
        assert sources.level == 2, name


@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_pull_quotes_are_kept_with_the_paragraph_before_them(which: str, request: pytest.FixtureRequest) -> None:
    for name in FORMATS:
        body = _docx_body(write_format(_job(name, request.getfixturevalue(which)), "docx"))
        blocks = [b for b in body if b.tag in (f"{W}p", f"{W}tbl")]
        for before, quote in itertools.pairwise(blocks):
            if quote.tag == f"{W}p" and _style(quote) == "IntenseQuote":
                last = before.findall(f"{W}tr")[-1] if before.tag == f"{W}tbl" else before
                kept = [p.find(f"{W}pPr/{W}keepNext") is not None for p in last.iter(f"{W}p")]
                assert kept and all(kept), name


def _pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")


needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="needs poppler's pdftotext and pdffonts"
)


@needs_poppler
@pytest.mark.parametrize("name", ["policy-brief", "one-pager"])
def test_no_figure_value_shows_twice_on_one_page_of_the_seed_pdf(name: str, seed_brief: Brief, tmp_path: Path) -> None:
    job = _job(name, seed_brief)
    shown = {f.display for f in seed_brief.figures if re.search(r"[$%€£¥]|\d[BMK]$", f.display)}
    assert len(shown) >= 5
    for number, page in enumerate(_pdf_pages(write_format(job, "pdf"), tmp_path), start=1):
        for value in shown:
            count = len(re.findall(rf"(?<![\w$.]){re.escape(value)}(?![\w.])", page))
            assert count <= 1, f"{name} page {number}: {value!r} shown {count} times"


@needs_poppler
@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_every_chart_has_a_source_line_in_every_format_and_in_the_pdf(
    which: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    brief: Brief = request.getfixturevalue(which)
    for name in FORMATS:
        job = _job(name, brief)
        blocks = [
            b for block in job.document.body for b in ((*block.main,) if isinstance(block, WithSidebar) else (block,))
        ]
        charts = [i for i, b in enumerate(blocks) if isinstance(b, FigureBlock) and b.bars]
        for i in charts:
            after = blocks[i + 1]
            assert isinstance(after, Para) and plain_text(after.children).startswith("Source"), name
        text = "\n".join(_pdf_pages(write_format(job, "pdf"), tmp_path))
        assert len(re.findall(r"^\s*Sources?: .*\[\d+\]", text, re.M)) >= len(charts), name


@needs_poppler
def test_the_memo_pdf_is_set_in_a_serif_font(seed_brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(write_format(_job("memo", seed_brief), "pdf"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
    assert names and all(n.startswith("LiberationSerif") for n in names), names


@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_the_timeline_does_not_repeat_a_sentence_the_summaries_show(which: str, request: pytest.FixtureRequest) -> None:
    brief: Brief = request.getfixturevalue(which)
    document = render_document(find_format("policy-brief"), brief)
    timeline = next(
        b
        for b in document.body
        if isinstance(b, Table) and b.rows and "Event" in plain_text(b.rows[0].cells[-1].children)
    )
    rows = [plain_text(r.cells[-1].children) for r in timeline.rows[1:]]
    shown = [i.text for i in brief.bluf] + [i.text for t in brief.themes for i in t.summary]
    long_ones = [s for s in shown if len(s.split()) > 12]
    assert long_ones
    for row in rows:
        assert not any(s in row for s in long_ones), row
    assert any("in full under" in row for row in rows)


def _list_items(blocks: tuple[object, ...]) -> list[str]:
    """The text of every list item in ``blocks``, layout nodes included."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            out += [plain_text(item.children) for item in block.items]
        elif isinstance(block, WithSidebar):
            out += _list_items(block.main)
    return out


@pytest.mark.parametrize("name", ["policy-brief", "memo"])
def test_a_theme_section_does_not_repeat_a_bottom_line_sentence(seed_brief: Brief, name: str) -> None:
    from dataclasses import replace

    theme = seed_brief.themes[0]
    repeated = replace(theme, summary=(seed_brief.bluf[0], *theme.summary))
    brief = replace(seed_brief, themes=(repeated, *seed_brief.themes[1:]))
    items = _list_items(render_document(find_format(name), brief).body)
    assert sum(seed_brief.bluf[0].text in item for item in items) == 1
    assert any("… (in full under Bottom line)" in item for item in items)
