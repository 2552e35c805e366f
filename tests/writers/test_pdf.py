"""The PDF writer: pages, banners, outline, metadata, text fidelity, glyph coverage, determinism."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.document import (
    Aside,
    Bar,
    Block,
    BlockQuote,
    Cell,
    Document,
    FigureBlock,
    Heading,
    Link,
    ListBlock,
    ListItem,
    Para,
    Row,
    Strong,
    Table,
    Text,
    WithSidebar,
)
from briefgen.style import Style
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import MissingGlyphWarning, check_coverage, write_pdf
from briefgen.writers.pdf.fonts import register_family

from sample_document import BANNER, TITLE, sample_job

KHMER = "ព្រះរាជាណាចក្រកម្ពុជា"
NO_FONT_CHAR = "\U0010fffd"  # plane-16 private use: no font draws it
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> RenderJob:
    """The shared realistic brief."""
    return sample_job(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="module")
def pdf(job: RenderJob) -> bytes:
    """The realistic brief rendered once."""
    return write_pdf(job)


def with_body(job: RenderJob, *blocks: Block, style: Style | None = None) -> RenderJob:
    """The sample job with a small body of its own (same banners)."""
    document = Document(job.document.header, job.document.footer, tuple(blocks))
    return replace(job, document=document, style=style or job.style)


def pdftotext(data: bytes, *args: str) -> str:
    """Text of a PDF according to poppler."""
    done = subprocess.run(["pdftotext", *args, "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed."""
    return " ".join(text.split())


def test_banner_and_page_x_of_y_on_every_page(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.count(BANNER) >= 2, f"page {number} lacks its top and bottom banner"
        assert f"Page {number} of {len(pages)}" in text


def test_outline_has_an_entry_per_section_heading(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["ASEM engagement", "Indo-Pacific security", "China alignment", "Actors", "Sources"]


def test_outline_entries_point_at_their_pages(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    texts = page_texts(pdf)
    for item in reader.outline:
        assert not isinstance(item, list)
        assert item.title in texts[reader.get_destination_page_number(item)]


def test_sub_headings_nest_under_their_section(job: RenderJob) -> None:
    data = write_pdf(
        with_body(job, Heading(3, (Text("Orphan"),)), Heading(2, (Text("Part"),)), Heading(3, (Text("Sub"),)))
    )
    outline = PdfReader(io.BytesIO(data)).outline
    assert [o.title for o in outline if not isinstance(o, list)] == ["Orphan", "Part"]
    assert [o.title for o in outline[-1]] == ["Sub"]


def test_metadata_and_language(pdf: bytes, job: RenderJob) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == TITLE
    assert meta.author == job.brief.author
    assert meta.subject == job.brief.subtitle
    assert meta["/Keywords"] == ", ".join(t.title for t in job.brief.themes)
    assert meta.creator == "briefgen"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_author_defaults_to_briefgen(job: RenderJob) -> None:
    data = write_pdf(replace(job, brief=replace(job.brief, author="", subtitle="")))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.author == "briefgen"
    assert meta.subject == " · ".join(t.title for t in job.brief.themes)


def test_same_input_gives_identical_bytes(pdf: bytes, job: RenderJob) -> None:
    assert write_pdf(job) == pdf


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_font_is_embedded(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts
    for row in fonts:
        assert re.search(r"\byes\s+yes\s+yes\b", row), f"font not embedded as a Unicode subset: {row}"


@needs_poppler
def test_source_text_survives_verbatim(pdf: bytes, job: RenderJob) -> None:
    text = flat(pdftotext(pdf))
    assert "Q&A on aid:" in text
    assert "< 20% of the total" in text
    assert flat(job.brief.themes[2].summary[2].text) in text  # curly apostrophes intact


@needs_poppler
def test_markup_in_text_is_not_interpreted(job: RenderJob) -> None:
    data = write_pdf(with_body(job, Para((Text("Q&A <b>not bold</b> & “quoted” <br/> &amp;"),))))
    assert "Q&A <b>not bold</b> & “quoted” <br/> &amp;" in pdftotext(data)


def text_positions(data: bytes, keys: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Page-1 (x, y) of the first text run starting with each key."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for key in keys:
            if text.startswith(key) and key not in found:
                found[key] = (cm[4] + tm[4], cm[5] + tm[5])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


def test_sidebar_sits_beside_the_bottom_line_on_page_one(pdf: bytes) -> None:
    found = text_positions(pdf, ("Bottom line", "Key figures"))
    (bluf_x, bluf_y), (side_x, side_y) = found["Bottom line"], found["Key figures"]
    assert side_x > bluf_x + 200
    assert abs(side_y - bluf_y) < 30


def test_text_after_a_short_main_column_moves_up_beside_the_sidebar(job: RenderJob) -> None:
    figures: list[Block] = []
    for n in range(4):
        figures += [
            Para((Text(f"{n}0%"),), classes=("figure-value",)),
            Para((Text(f"Label{n}"),), classes=("figure-label",)),
        ]
    side = WithSidebar(main=(Para((Text("Short bottom line."),)),), sidebar=Aside(tuple(figures), classes=("sidebar",)))
    section = (Heading(2, (Text("NextSection"),)), ListBlock(False, (ListItem((Text("A point."),)),)))
    found = text_positions(write_pdf(with_body(job, side, *section)), ("NextSection", "Label3"))
    assert found["NextSection"][1] > found["Label3"][1]
    assert found["NextSection"][0] < found["Label3"][0]


def test_internal_citation_links_resolve(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    internal = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if "/Dest" in annot.get_object()
    ]
    assert internal, "citations should link to the sources list"
    sources_page = len(reader.pages) - 1
    for annot in internal:
        assert reader.get_page_number(annot["/Dest"][0].get_object()) == sources_page


def test_links_without_a_target_keep_their_text(job: RenderJob) -> None:
    para = Para((Link("#nowhere", (Text("dead anchor"),)), Text(" "), Link("www.example.com", (Text("relative"),))))
    text = page_texts(write_pdf(with_body(job, para)))[0]
    assert "dead anchor relative" in text


@pytest.mark.skipif(register_family("Noto Sans Khmer") is None, reason="fonts-noto-core not installed")
def test_khmer_uses_a_fallback_font_without_missing_glyphs(job: RenderJob) -> None:
    assert check_coverage(KHMER) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingGlyphWarning)
        data = write_pdf(with_body(job, Para((Text(f"Cambodia ({KHMER})"), Strong((Text(KHMER),))))))
    if shutil.which("pdftotext"):
        assert KHMER in pdftotext(data)


def test_characters_no_font_has_are_reported(job: RenderJob) -> None:
    assert check_coverage(f"abc{NO_FONT_CHAR}") == ["U+10FFFD (unnamed)"]
    with pytest.warns(MissingGlyphWarning, match="U\\+10FFFD"):
        write_pdf(with_body(job, Para((Text(f"odd {NO_FONT_CHAR} char"),))))


def test_latin_text_needs_no_fallback() -> None:
    assert check_coverage("Plain text, “quotes”, 65% – $17.7B — €5 …") == []


def test_letter_page_size(job: RenderJob) -> None:
    data = write_pdf(replace(job, style=Style(page_size="Letter")))
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_unknown_font_family_falls_back(job: RenderJob) -> None:
    data = write_pdf(replace(job, style=Style(body_font="No Such Font", heading_font="Nor This")))
    assert TITLE in page_texts(data)[0]


def test_empty_document_still_has_a_page_with_banners(job: RenderJob) -> None:
    pages = page_texts(write_pdf(with_body(job)))
    assert len(pages) == 1
    assert BANNER in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_long_main_column_beside_sidebar_flows_on(job: RenderJob) -> None:
    words = " ".join(f"word{i}" for i in range(3000))
    sidebar = Aside((Para((Text("$1"),), classes=("figure-value",)),), classes=("sidebar",))
    data = write_pdf(with_body(job, WithSidebar(main=(Para((Text(words),)),), sidebar=sidebar)))
    text = " ".join(page_texts(data))
    assert len(page_texts(data)) >= 2
    assert "word0 " in text
    assert "word2999" in text


def test_blocks_of_any_size_lay_out(job: RenderJob) -> None:
    huge = " ".join(f"w{i}" for i in range(2500))
    table = Table((Row((Cell((Text("Head"),), header=True),)), Row((Cell((Text(huge),)), Cell((Text("x"),))))))
    bars = tuple(Bar(f"Label {i}", float(i), f"{i}%") for i in range(70))
    chart = FigureBlock((), bars, "Many bars", ("chart",))
    items = ListBlock(False, (ListItem((Text("item"),), blocks=(ListBlock(True, (ListItem((Text("sub"),)),)),)),))
    callout = Aside((Para((Text(huge),)),), classes=("callout",))
    pull = BlockQuote((Para((Text(huge),)),), classes=("pull",))
    data = write_pdf(with_body(job, table, Table(()), chart, items, callout, pull))
    text = " ".join(page_texts(data))
    for expected in ("Label 69", "sub", "w2499"):
        assert expected in text


# --- style settings, dates, charts, page breaks -------------------------------------------------


def _content(data: bytes) -> bytes:
    """Every page's content stream, concatenated."""
    return b"\n".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages)


def _rg(colour: str) -> bytes:
    """reportlab's fill operator for a ``#rrggbb`` colour (with its number formatting)."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfdoc import fp_str

    c = HexColor(colour)
    return f"{fp_str(c.red, c.green, c.blue)} rg".encode()


def test_creation_date_is_the_briefs_date(pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20261128000000+00'00'"


def test_colours_follow_the_style(job: RenderJob) -> None:
    style = Style(accent_colour="#aa0000", sidebar_shade="#00ee00", banner_colour="#0000cc", text_colour="#222222")
    content = _content(write_pdf(replace(job, style=style)))
    for colour in ("#aa0000", "#00ee00", "#0000cc", "#222222"):
        assert _rg(colour) in content, colour
    assert _rg("#1f3b5c") not in content


def _font_names(data: bytes) -> set[str]:
    """Base names of the fonts the pages use (subset prefixes removed)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.skipif(register_family("Liberation Serif") is None, reason="bundled fonts missing")
def test_fonts_follow_the_style(job: RenderJob) -> None:
    names = _font_names(write_pdf(replace(job, style=Style(body_font="Liberation Serif"))))
    assert any(name.startswith("LiberationSerif") for name in names)
    assert any(name.startswith("LiberationSans-Bold") for name in names)  # headings keep the heading font


def test_margins_move_the_text(job: RenderJob) -> None:
    def title_x(style: Style) -> float:
        return text_positions(write_pdf(replace(job, style=style)), (TITLE[:8],))[TITLE[:8]][0]

    assert title_x(Style(margin_left=40.0)) - title_x(Style(margin_left=20.0)) == pytest.approx(20 * 72 / 25.4, abs=0.5)


def test_chart_is_vector_with_text_labels(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    text = " ".join(page_texts(pdf))
    for label in ("Global GDP", "World population", "Global tourism", "Global trade", "75%"):
        assert label in text


@pytest.mark.parametrize("where", ["callout", "sidebar", "top"])
def test_a_chart_lays_out_inside_boxes_and_beside_the_sidebar(job: RenderJob, where: str) -> None:
    chart = FigureBlock((), (Bar("Alpha", 1.0, "1"), Bar("Beta", 2.0, "2")), "Chart caption", ("chart",))
    side = Aside((Para((Text("$5"),), classes=("figure-value",)),), classes=("sidebar",))
    block: Block = {
        "callout": Aside((chart,), classes=("callout",)),
        "sidebar": WithSidebar(main=(chart,), sidebar=side),
        "top": chart,
    }[where]
    text = page_texts(write_pdf(with_body(job, block)))[0]
    assert "Chart caption" in text and "Alpha" in text and "Beta" in text


def test_a_heading_over_a_long_table_stays_with_its_first_rows(job: RenderJob) -> None:
    filler = [Para((Text(" ".join(["filler text"] * 60)),)) for _ in range(5)]
    rows = [Row((Cell((Text("Name"),), header=True), Cell((Text("Role"),), header=True)))]
    rows += [Row((Cell((Text(f"Person{n}"),)), Cell((Text("Minister"),)))) for n in range(40)]
    data = write_pdf(with_body(job, *filler, Heading(2, (Text("ActorsHeading"),)), Table(tuple(rows))))
    pages = page_texts(data)
    assert "ActorsHeading" in pages[0] and "Person2" in pages[0]  # not pushed whole to page 2
    assert "Person39" in pages[-1]


def _following(kind: str) -> Block:
    """A long table, a long list or a box, to put under a heading."""
    if kind == "table":
        rows = [Row((Cell((Text("Name"),), header=True),))] + [Row((Cell((Text(f"Item{n}"),)),)) for n in range(10)]
        return Table(tuple(rows))
    if kind == "list":
        return ListBlock(True, tuple(ListItem((Text(f"Item{n} " + "word " * 30),)) for n in range(6)))
    return Aside((Para((Text("Item0 " + "boxed " * 80),)),), classes=("callout",))


@pytest.mark.parametrize("kind", ["table", "list", "box"])
@pytest.mark.parametrize("lines", range(30, 44, 2))
def test_a_heading_never_ends_a_page_without_what_follows(job: RenderJob, lines: int, kind: str) -> None:
    filler = [Para((Text(f"filler line {n}"),)) for n in range(lines)]
    headings = (Heading(2, (Text("SectionHeading"),)), Heading(3, (Text("SubHeading"),)))
    pages = page_texts(write_pdf(with_body(job, *filler, *headings, _following(kind))))
    heading_page = next(i for i, text in enumerate(pages) if "SectionHeading" in text)
    assert "SubHeading" in pages[heading_page] and "Item0" in pages[heading_page]


def test_bold_cells_are_measured_bold(job: RenderJob) -> None:
    long = " ".join(["a long event description"] * 12)
    rows = tuple(Row((Cell((Strong((Text(year),)),)), Cell((Text(long),)))) for year in ("2024", "2025"))
    text = " ".join(page_texts(write_pdf(with_body(job, Table(rows, classes=("compact",))))))
    assert "2024" in text and "2025" in text


def test_body_is_laid_out_once(job: RenderJob, pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page X of Y without a second layout: the story is built and placed on pages once, then drawn as placed."""
    from reportlab.platypus import Frame

    from briefgen.writers.pdf.flow import FlowBuilder

    stories: list[int] = []
    placed: list[str] = []
    story, add = FlowBuilder.story, Frame._add

    def counting_story(builder: FlowBuilder, *args: object) -> object:
        stories.append(1)
        return story(builder, *args)

    def counting_add(frame: Frame, flowable: object, *args: object, **kwargs: object) -> int:
        placed.append(type(flowable).__name__)
        result: int = add(frame, flowable, *args, **kwargs)
        return result

    monkeypatch.setattr(FlowBuilder, "story", counting_story)
    monkeypatch.setattr(Frame, "_add", counting_add)
    monkeypatch.setattr(Frame, "add", counting_add)
    assert write_pdf(job) == pdf
    assert stories == [1]
    drawn = [name for name in placed if name == "PlacedPage"]
    assert len(drawn) == len(page_texts(pdf))  # the drawing pass places one recorded page per page, nothing else
    assert len(placed) - len(drawn) >= 10 * len(drawn)  # the body's flowables were placed by the layout pass alone
